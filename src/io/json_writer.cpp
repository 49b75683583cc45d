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

// The outer `{` is written at once; a nested object's or array's opening
// bracket waits for its first member or element, since an empty one is
// written `{}` or `[]` on the key's line.
JsonObjectWriter::JsonObjectWriter(std::ostream& out) : out_(out) {
  out_ << '{';
  open_.push_back({});
}

void JsonObjectWriter::key(std::string_view k) {
  if (open_.empty() || open_.back().array)
    throw std::logic_error("JsonObjectWriter: a member outside an open object");
  Open& o = open_.back();
  if (o.any && !(o.last_key < k))
    throw std::logic_error("JsonObjectWriter: members out of key order: " + std::string(k));
  // The outer object's brace is out already; a nested one's comes with its first member.
  const char* lead = o.any ? ",\n" : (open_.size() == 1 ? "\n" : "{\n");
  out_ << lead << indent() << nlohmann::json(std::string(k)).dump() << ": ";
  o.last_key = k;
  o.any = true;
}

void JsonObjectWriter::member(std::string_view k, const nlohmann::json& value) {
  key(k);
  write_indented(out_, value, 2 * open_.size());
}

void JsonObjectWriter::members(const nlohmann::json& object) {
  for (const auto& [k, v] : object.items()) member(k, v);
}

void JsonObjectWriter::begin_object(std::string_view k) {
  key(k);
  open_.push_back({});
}

void JsonObjectWriter::end_object() {
  close(false);
}

void JsonObjectWriter::begin_array(std::string_view k) {
  key(k);
  open_.push_back({true, false, {}});
}

void JsonObjectWriter::element(const nlohmann::json& value) {
  if (open_.empty() || !open_.back().array)
    throw std::logic_error("JsonObjectWriter: an element outside an array");
  out_ << (open_.back().any ? ",\n" : "[\n") << indent();
  write_indented(out_, value, 2 * open_.size());
  open_.back().any = true;
}

void JsonObjectWriter::end_array() {
  close(true);
}

void JsonObjectWriter::close(bool array) {
  if (open_.size() < 2 || open_.back().array != array)
    throw std::logic_error(array ? "JsonObjectWriter: no array to end"
                                 : "JsonObjectWriter: no object to end");
  const bool any = open_.back().any;
  open_.pop_back();
  if (any)
    out_ << '\n' << indent() << (array ? ']' : '}');
  else
    out_ << (array ? "[]" : "{}");
}

void JsonObjectWriter::finish() {
  if (open_.empty()) throw std::logic_error("JsonObjectWriter: finished twice");
  while (open_.size() > 1) close(open_.back().array);
  out_ << (open_.back().any ? "\n}\n" : "}\n");
  open_.clear();
}

}  // namespace cchc::io
