// UTF-8 and what is measured or folded code point by code point: validity,
// decoding, NFC, ASCII folding for grammars, display width, grapheme
// clusters, upper case and white space. Every string read from a file goes
// through these before it is compared or measured.
//
// Every function accepts any bytes. Invalid UTF-8 (overlong forms, surrogates,
// code points past U+10FFFF, truncated or stray bytes) is read one bad byte
// at a time, so nothing loops or crashes; each function says below what it
// makes of such a byte.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cchc::text {

// One step of decoding: the code point that starts at byte `pos` of `s`
// (pos < s.size()) and the number of bytes it takes. An invalid sequence is
// one byte long and reads as U+FFFD with valid false, so a loop that adds
// `length` always moves on.
struct Utf8Step {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};
Utf8Step decode_utf8(std::string_view s, std::size_t pos);

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Unicode NFC. Input must be valid UTF-8 (returns input unchanged otherwise).
// is_nfc is false for invalid UTF-8: such text is not Unicode at all (report
// it with find_invalid_utf8 first).
// Both answer at once, without utf8proc, for text that nfc_quick_yes accepts.
std::string to_nfc(std::string_view s);
bool is_nfc(std::string_view s);

// NFC's quick check, "yes" only: true when every code point of valid UTF-8 `s`
// is one that NFC leaves alone whatever surrounds it (quick-check value Yes,
// combining class 0): ASCII, U+0080..U+02FF, the precomposed Vietnamese letters
// of U+1E00..U+1EFF, and U+2010..U+20BF (dashes, quotes, ₫). So text in them is
// already NFC. False means "not known": a combining mark, another script, or
// invalid UTF-8.
bool nfc_quick_yes(std::string_view s);

// Lower-case ASCII folding for grammar matching ("Quý IV" -> "quy iv").
// Strips diacritics and maps đ/Đ to d explicitly (decomposition leaves đ alone).
// White space runs become one space; the result is trimmed. Letters of other
// scripts pass through lower-cased; invalid bytes become U+FFFD.
std::string fold_ascii(std::string_view s);

// Terminal display width (utf8proc charwidth on the NFC form; combining marks
// and control characters are 0 wide, wide CJK 2). An invalid byte counts 1,
// the width of the replacement character a terminal shows for it.
int display_width(std::string_view s);

// Extended grapheme clusters (a letter with its tone marks is one), so that
// cutting text never separates them. Invalid bytes are clusters of their own.
std::vector<std::string_view> grapheme_clusters(std::string_view s);

// `s` no wider than `width` display columns: cut at a cluster boundary and
// ended with '…' when it is wider (no space left before the '…').
std::string cut_to_width(std::string_view s, int width);

// Number of code points (for caret spans), as written (not normalized); an
// invalid byte counts as one.
int codepoint_count(std::string_view s);

// Upper case, letter by letter ("UBND tỉnh Sóc Trăng" -> "UBND TỈNH SÓC TRĂNG"),
// for the issuing body in a report header; the result is NFC. Invalid bytes
// are kept as they are.
std::string to_upper(std::string_view s);

// Trim ASCII and Unicode white space (tabs, newlines, U+00A0 ...) at both
// ends; collapse inner runs to one space. Other bytes, invalid ones included,
// are kept as they are.
std::string collapse_space(std::string_view s);

}  // namespace cchc::text
