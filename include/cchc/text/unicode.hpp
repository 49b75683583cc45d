// Vietnamese text handling: UTF-8 validity, NFC, name folding, ASCII folding,
// display width and Vietnamese collation. Every string read from a file goes
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

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Unicode NFC. Input must be valid UTF-8 (returns input unchanged otherwise).
// is_nfc is false for invalid UTF-8: such text is not Unicode at all (report
// it with find_invalid_utf8 first).
std::string to_nfc(std::string_view s);
bool is_nfc(std::string_view s);

// Key for matching agency names: NFC, case folding, white space collapsed and
// trimmed, and the old tone-mark placement folded to the new one
// (hoà = hòa, uỷ = ủy, thuỷ = thủy, khoẻ = khỏe, also oá/óa, oạ/ọa ...).
// Only open oa/oe/uy rhymes move (quý keeps its tone on y: qu is the onset).
// Default-ignorable code points (soft hyphen, zero-width joiners) are dropped.
// Invalid bytes become U+FFFD; the key is always valid UTF-8.
std::string name_key(std::string_view s);

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

// Key that sorts Vietnamese text in alphabetical order:
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
// base letters first, tone marks after (none, huyền, sắc, hỏi, ngã, nặng),
// case-insensitive first, upper-case before lower-case on ties. White space
// is collapsed and trimmed first; digits sort before letters, punctuation
// before digits, other scripts after z. NFC and NFD spellings give one key.
// The key is opaque bytes: compare it with std::string's operator<. Invalid
// bytes read as U+FFFD.
std::string collation_key(std::string_view s);
bool vietnamese_less(std::string_view a, std::string_view b);

// Text that reads like TCVN3 (ABC) or VNI bytes decoded as Windows-1252 or
// Latin-1: "Céng hßa x· héi chñ nghÜa", "Coäng hoøa xaõ hoäi". Returns the
// name of the encoding it looks like ("TCVN3" or "VNI") when such a run is found.
// A word counts as evidence when it is not a Vietnamese syllable as written
// but becomes one once its Latin-1 characters are read back as TCVN3 or VNI
// bytes. It takes two different such words, or one carrying a sign no real
// spelling has (a TCVN3 symbol such as © · ¸ ×, or a VNI pair such as oä,
// aø), and they must be at least half of the words holding non-ASCII
// letters; so French é/è/ë, German ß or ö, a stray Romanian "în" and real
// Vietnamese are left alone. Call it per line or per field. Invalid bytes
// read as U+FFFD (never evidence).
std::optional<std::string> detect_legacy_encoding(std::string_view s);

// Levenshtein distance over code points (for "did you mean" suggestions),
// measured on the NFC forms. Each invalid byte is one unit that equals only
// the same byte.
int edit_distance(std::string_view a, std::string_view b);

// Upper case, letter by letter ("UBND tỉnh Sóc Trăng" -> "UBND TỈNH SÓC TRĂNG"),
// for the issuing body in a report header; the result is NFC. Invalid bytes
// are kept as they are.
std::string to_upper(std::string_view s);

// Trim ASCII and Unicode white space (tabs, newlines, U+00A0 ...) at both
// ends; collapse inner runs to one space. Other bytes, invalid ones included,
// are kept as they are.
std::string collapse_space(std::string_view s);

}  // namespace cchc::text
