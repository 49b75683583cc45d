// What the files of text/ share, private to them: code points decoded with
// utf8proc (an invalid sequence is always one byte, read as U+FFFD), encoded
// back, mapped through utf8proc, and sorted into the classes Vietnamese text
// needs.
#pragma once

#include <utf8proc.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cchc::text::detail {

using CodePoint = utf8proc_int32_t;
using CodePoints = std::vector<CodePoint>;

constexpr CodePoint kReplacement = 0xFFFD;

// One decoding step: the code point at a position and how many bytes it took.
struct Step {
  CodePoint cp;
  std::size_t length;
  bool valid;
};

Step decode_at(std::string_view s, std::size_t pos);

// Calls f(step, byte_offset) for each code point; a bad byte is one step.
template <typename F>
void for_each_step(std::string_view s, F&& f) {
  for (std::size_t pos = 0; pos < s.size();) {
    const Step step = decode_at(s, pos);
    f(step, pos);
    pos += step.length;
  }
}

CodePoints decode_lossy(std::string_view s);
void append_utf8(std::string& out, CodePoint cp);
std::string encode(const CodePoints& cps);

// Valid UTF-8 with every bad byte replaced by U+FFFD.
std::string sanitize(std::string_view s);

// utf8proc_map over valid UTF-8; falls back to the input if utf8proc reports
// an error.
std::string map_utf8(std::string_view valid, int flags);
// The two halves of map_utf8 with UTF8PROC_DECOMPOSE and then
// UTF8PROC_COMPOSE, for a caller that works on the code points in between:
// valid UTF-8 decomposed in one pass (as decode_lossy if utf8proc refuses
// it), and canonically ordered code points composed and encoded.
CodePoints decompose_utf8(std::string_view valid, int flags);
std::string compose_to_utf8(CodePoints cps);

// One code point through utf8proc_decompose_char with the given options.
CodePoints decompose_char(CodePoint cp, int flags);

// Character classes. White space includes tabs, newlines and NEL.
bool is_space(CodePoint cp);
bool is_mark(CodePoint cp);
bool is_letter(CodePoint cp);
// Inline: the legacy-encoding detector asks them of every code point of every scalar.
inline bool is_ascii_letter(CodePoint cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
inline CodePoint ascii_lower(CodePoint cp) {
  return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
}
bool is_plain_vowel(CodePoint lower);  // a e i o u y

// White space runs become one U+0020; leading and trailing runs go.
CodePoints collapse_space_cps(const CodePoints& cps);

}  // namespace cchc::text::detail
