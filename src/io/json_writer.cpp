// The streaming JSON writer (json_writer.hpp).
#include "cchc/io/json_writer.hpp"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <thread>

namespace cchc::io {

namespace {

// `value` as dump(2) writes it at `indent` spaces, appended to `out`: its
// inner lines shifted. JSON strings hold no raw newline, so every newline is
// layout.
void append_indented(std::string& out, const nlohmann::json& value, std::size_t indent) {
  const std::string text = value.dump(2);
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.append(text, from, nl + 1 - from);
    out.append(indent, ' ');
  }
  out.append(text, from, std::string::npos);
}

// The same, written to `out` at once rather than a stream write per line.
void write_indented(std::ostream& out, const nlohmann::json& value, std::size_t indent) {
  std::string shifted;
  append_indented(shifted, value, indent);
  out.write(shifted.data(), static_cast<std::streamsize>(shifted.size()));
}

// Elements serialised per block: enough to be worth a thread's start, few
// enough that the blocks in flight hold a few megabytes.
constexpr std::size_t kBlock = 2048;

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

void JsonObjectWriter::elements(std::size_t n,
                                const std::function<nlohmann::json(std::size_t)>& make,
                                unsigned threads) {
  if (open_.empty() || !open_.back().array)
    throw std::logic_error("JsonObjectWriter: an element outside an array");
  const std::size_t blocks = (n + kBlock - 1) / kBlock;
  threads =
      static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(blocks, 1)));
  if (threads == 1) {
    for (std::size_t i = 0; i < n; ++i) element(make(i));
    return;
  }
  // A round serialises `threads` blocks, one per thread (this one among
  // them), each block into its own text with the separators element() would
  // write; the texts are then written in order.
  const std::string lead = ",\n" + indent();
  const std::size_t depth = 2 * open_.size();
  std::vector<std::string> texts(threads);
  std::vector<std::exception_ptr> failed(threads);
  for (std::size_t first = 0; first < blocks; first += threads) {
    const std::size_t round = std::min<std::size_t>(threads, blocks - first);
    // What make or dump throws (a string that is not UTF-8) is thrown here
    // after the round, as element() would have thrown it.
    auto serialise = [&](std::size_t k) {
      try {
        std::string& text = texts[k];
        text.clear();
        const std::size_t begin = (first + k) * kBlock;
        const std::size_t end = std::min(n, begin + kBlock);
        for (std::size_t i = begin; i < end; ++i) {
          text += lead;
          append_indented(text, make(i), depth);
        }
      } catch (...) {
        failed[k] = std::current_exception();
      }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(round - 1);
    for (std::size_t k = 1; k < round; ++k) helpers.emplace_back(serialise, k);
    serialise(0);
    for (auto& h : helpers) h.join();
    for (std::size_t k = 0; k < round; ++k)
      if (failed[k]) std::rethrow_exception(failed[k]);
    for (std::size_t k = 0; k < round; ++k) {
      std::string_view text = texts[k];
      // The array's first element opens it: `[` instead of the comma.
      if (!open_.back().any) {
        out_ << '[';
        text.remove_prefix(1);
        open_.back().any = true;
      }
      out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
  }
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
