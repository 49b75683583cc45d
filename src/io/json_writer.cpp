// The streaming JSON writer (json_writer.hpp).
#include "cchc/io/json_writer.hpp"

#include <stdexcept>

namespace cchc::io {

namespace {

// `value` as dump(2) writes it at `indent` spaces: its inner lines shifted.
// JSON strings hold no raw newline, so every newline is layout. The shifted
// text is put together first and written at once, not a stream write per line.
void write_indented(std::ostream& out, const nlohmann::json& value, std::size_t indent) {
  const std::string text = value.dump(2);
  if (text.find('\n') == std::string::npos) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return;
  }
  std::string shifted;
  shifted.reserve(text.size() + text.size() / 4);
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    shifted.append(text, from, nl + 1 - from);
    shifted.append(indent, ' ');
  }
  shifted.append(text, from, std::string::npos);
  out.write(shifted.data(), static_cast<std::streamsize>(shifted.size()));
}

}  // namespace

JsonObjectWriter::JsonObjectWriter(std::ostream& out) : out_(out) {
  out_ << '{';
}

void JsonObjectWriter::key(std::string_view k) {
  if (in_array_) throw std::logic_error("JsonObjectWriter: a member inside an open array");
  if (any_member_ && !(last_key_ < k))
    throw std::logic_error("JsonObjectWriter: members out of key order: " + std::string(k));
  out_ << (any_member_ ? ",\n  " : "\n  ") << nlohmann::json(std::string(k)).dump() << ": ";
  last_key_ = k;
  any_member_ = true;
}

void JsonObjectWriter::member(std::string_view k, const nlohmann::json& value) {
  key(k);
  write_indented(out_, value, 2);
}

void JsonObjectWriter::members(const nlohmann::json& object) {
  for (const auto& [k, v] : object.items()) member(k, v);
}

void JsonObjectWriter::begin_array(std::string_view k) {
  key(k);
  in_array_ = true;
  any_element_ = false;
}

void JsonObjectWriter::element(const nlohmann::json& value) {
  if (!in_array_) throw std::logic_error("JsonObjectWriter: an element outside an array");
  out_ << (any_element_ ? ",\n    " : "[\n    ");
  write_indented(out_, value, 4);
  any_element_ = true;
}

void JsonObjectWriter::end_array() {
  out_ << (any_element_ ? "\n  ]" : "[]");
  in_array_ = false;
}

void JsonObjectWriter::finish() {
  if (in_array_) end_array();
  out_ << (any_member_ ? "\n}\n" : "}\n");
}

}  // namespace cchc::io
