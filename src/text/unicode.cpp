// Vietnamese text handling on top of utf8proc: UTF-8 validity, NFC, keys for
// matching and sorting names, ASCII folding, display width, edit distance and
// the detection of text mangled by the old TCVN3 (ABC) and VNI encodings.
//
// Everything decodes with utf8proc_iterate. An invalid sequence always
// consumes exactly one byte, so no function can stall on bad input; what each
// function makes of such a byte is stated in the header.

#include "cchc/text/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace cchc::text {
namespace {

using CodePoint = utf8proc_int32_t;
using CodePoints = std::vector<CodePoint>;

constexpr CodePoint kReplacement = 0xFFFD;

// ---------------------------------------------------------------------------
// Decoding, encoding and thin wrappers over utf8proc.

const utf8proc_uint8_t* bytes_of(std::string_view s) {
  return reinterpret_cast<const utf8proc_uint8_t*>(s.data());
}

utf8proc_option_t options(int flags) {
  return static_cast<utf8proc_option_t>(flags);
}

// One decoding step: the code point at a position and how many bytes it took.
struct Step {
  CodePoint cp;
  std::size_t length;
  bool valid;
};

Step decode_at(std::string_view s, std::size_t pos) {
  CodePoint cp = 0;
  const auto n =
      utf8proc_iterate(bytes_of(s) + pos, static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  if (n <= 0) return {kReplacement, 1, false};
  return {cp, static_cast<std::size_t>(n), true};
}

// Calls f(step, byte_offset) for each code point; a bad byte is one step.
template <typename F>
void for_each_step(std::string_view s, F&& f) {
  for (std::size_t pos = 0; pos < s.size();) {
    const Step step = decode_at(s, pos);
    f(step, pos);
    pos += step.length;
  }
}

CodePoints decode_lossy(std::string_view s) {
  CodePoints out;
  out.reserve(s.size());
  for_each_step(s, [&](const Step& step, std::size_t) { out.push_back(step.cp); });
  return out;
}

void append_utf8(std::string& out, CodePoint cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  const auto n = utf8proc_encode_char(cp, buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

std::string encode(const CodePoints& cps) {
  std::string out;
  out.reserve(cps.size());
  for (const CodePoint cp : cps) append_utf8(out, cp);
  return out;
}

// Valid UTF-8 with every bad byte replaced by U+FFFD.
std::string sanitize(std::string_view s) {
  if (!find_invalid_utf8(s)) return std::string(s);
  return encode(decode_lossy(s));
}

// utf8proc_map over valid UTF-8; the buffer utf8proc allocates is freed here.
// Falls back to the input if utf8proc reports an error.
std::string map_utf8(std::string_view valid, int flags) {
  utf8proc_uint8_t* raw = nullptr;
  const auto n = utf8proc_map(bytes_of(valid), static_cast<utf8proc_ssize_t>(valid.size()), &raw,
                              options(flags));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(raw, &std::free);
  if (n < 0 || raw == nullptr) return std::string(valid);
  return std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
}

// One code point through utf8proc_decompose_char with the given options.
CodePoints decompose_char(CodePoint cp, int flags) {
  std::array<CodePoint, 32> buf{};
  int boundclass = 0;
  auto n = utf8proc_decompose_char(cp, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()),
                                   options(flags), &boundclass);
  if (n < 0) return {};
  if (static_cast<std::size_t>(n) <= buf.size()) return CodePoints(buf.begin(), buf.begin() + n);
  CodePoints big(static_cast<std::size_t>(n));
  boundclass = 0;
  n = utf8proc_decompose_char(cp, big.data(), n, options(flags), &boundclass);
  if (n < 0) return {};
  big.resize(static_cast<std::size_t>(n));
  return big;
}

// ---------------------------------------------------------------------------
// Character classes.

bool is_space(CodePoint cp) {
  // Tabs, newlines and NEL are controls to Unicode but white space to people.
  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x85) return true;
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_mark(CodePoint cp) {
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool is_letter(CodePoint cp) {
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
         cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO;
}

bool is_ascii_letter(CodePoint cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

CodePoint ascii_lower(CodePoint cp) {
  return (cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp;
}

bool is_plain_vowel(CodePoint lower) {
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' ||
         lower == 'y';
}

// White space runs become one U+0020; leading and trailing runs go.
CodePoints collapse_space_cps(const CodePoints& cps) {
  CodePoints out;
  out.reserve(cps.size());
  bool pending = false;
  for (const CodePoint cp : cps) {
    if (is_space(cp)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(cp);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Vietnamese diacritics. A decomposed Vietnamese letter is a base letter, at
// most one modifier (breve, circumflex, horn) and at most one tone mark.

// Tone marks (dấu thanh) numbered in dictionary order.
enum Tone : int { kNoTone = 0, kHuyen = 1, kSac = 2, kHoi = 3, kNga = 4, kNang = 5 };

int tone_of_mark(CodePoint mark) {
  switch (mark) {
    case 0x0300:
      return kHuyen;
    case 0x0301:
      return kSac;
    case 0x0309:
      return kHoi;
    case 0x0303:
      return kNga;
    case 0x0323:
      return kNang;
    default:
      return kNoTone;
  }
}

// Marks that make a new letter of the alphabet (ă â ê ô ơ ư); stroke is đ,
// which Unicode does not decompose.
enum class Modifier : std::uint8_t { none, breve, circumflex, horn, stroke };

Modifier modifier_of_mark(CodePoint mark) {
  switch (mark) {
    case 0x0306:
      return Modifier::breve;
    case 0x0302:
      return Modifier::circumflex;
    case 0x031B:
      return Modifier::horn;
    default:
      return Modifier::none;
  }
}

bool modifier_fits(CodePoint lower_base, Modifier m) {
  switch (m) {
    case Modifier::breve:
      return lower_base == 'a';
    case Modifier::circumflex:
      return lower_base == 'a' || lower_base == 'e' || lower_base == 'o';
    case Modifier::horn:
      return lower_base == 'o' || lower_base == 'u';
    case Modifier::stroke:
      return lower_base == 'd';
    case Modifier::none:
      return true;
  }
  return false;
}

// A base character with the combining marks that follow it.
struct Cluster {
  CodePoint base;
  CodePoints marks;
};

std::vector<Cluster> clusters_of(const CodePoints& cps) {
  std::vector<Cluster> out;
  for (const CodePoint cp : cps) {
    if (is_mark(cp) && !out.empty()) {
      out.back().marks.push_back(cp);
    } else {
      out.push_back({cp, {}});
    }
  }
  return out;
}

CodePoints flatten(const std::vector<Cluster>& clusters) {
  CodePoints out;
  for (const Cluster& c : clusters) {
    out.push_back(c.base);
    out.insert(out.end(), c.marks.begin(), c.marks.end());
  }
  return out;
}

std::ptrdiff_t tone_mark_index(const Cluster& c) {
  const auto it = std::find_if(c.marks.begin(), c.marks.end(),
                               [](CodePoint m) { return tone_of_mark(m) != 0; });
  return it == c.marks.end() ? -1 : it - c.marks.begin();
}

bool has_modifier(const Cluster& c) {
  return std::any_of(c.marks.begin(), c.marks.end(),
                     [](CodePoint m) { return modifier_of_mark(m) != Modifier::none; });
}

// Calls f on every maximal run of letter clusters (a syllable, in Vietnamese).
template <typename F>
void for_each_syllable(std::vector<Cluster>& clusters, F&& f) {
  std::size_t start = 0;
  while (start < clusters.size()) {
    if (!is_letter(clusters[start].base)) {
      ++start;
      continue;
    }
    std::size_t end = start;
    while (end < clusters.size() && is_letter(clusters[end].base)) ++end;
    f(std::span<Cluster>(clusters.data() + start, end - start));
    start = end;
  }
}

// ---------------------------------------------------------------------------
// Tone placement. For the open rhymes oa, oe, uy the old style puts the tone
// on the second vowel (hoà, khoẻ, thuỷ), the new style on the first (hòa,
// khỏe, thủy). Keys use the new style. The rhyme must end the syllable (a
// final consonant or vowel fixes the tone on the second vowel in both styles:
// hoàng, ngoài) and must start it or follow a consonant other than q: in quý
// the u belongs to the onset qu, and an i before it would be the onset gi or
// part of another rhyme.

bool is_movable_rhyme(CodePoint first, CodePoint second) {
  return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
}

void move_tone_to_first_vowel(std::span<Cluster> syllable) {
  const std::size_t n = syllable.size();
  if (n < 2) return;
  Cluster& first = syllable[n - 2];
  Cluster& second = syllable[n - 1];
  if (!is_movable_rhyme(first.base, second.base) || has_modifier(first) || has_modifier(second))
    return;
  if (n > 2) {
    const CodePoint before = syllable[n - 3].base;
    if (is_plain_vowel(before) || before == 'q') return;
  }
  const auto tone_at = tone_mark_index(second);
  if (tone_at < 0 || tone_mark_index(first) >= 0) return;
  first.marks.push_back(second.marks[static_cast<std::size_t>(tone_at)]);
  second.marks.erase(second.marks.begin() + tone_at);
}

// ---------------------------------------------------------------------------
// Collation. A key is three levels separated by 0x01: primary weights (4
// bytes per element, first byte >= 0x02 so a shorter string sorts first),
// then per element the tone and any foreign marks, then per element the case.

enum Kind : std::uint8_t {
  kSpaceKind = 2,
  kSymbolKind = 3,
  kDigitKind = 4,
  kLatinKind = 5,
  kOtherLetterKind = 6
};

struct AlphabetLetter {
  CodePoint base;
  Modifier modifier;
};

// The Vietnamese alphabet; f, j, w, z (foreign names) sit where Latin has them.
constexpr std::array<AlphabetLetter, 33> kAlphabet = {{
    {'a', Modifier::none},   {'a', Modifier::breve},      {'a', Modifier::circumflex},
    {'b', Modifier::none},   {'c', Modifier::none},       {'d', Modifier::none},
    {'d', Modifier::stroke}, {'e', Modifier::none},       {'e', Modifier::circumflex},
    {'f', Modifier::none},   {'g', Modifier::none},       {'h', Modifier::none},
    {'i', Modifier::none},   {'j', Modifier::none},       {'k', Modifier::none},
    {'l', Modifier::none},   {'m', Modifier::none},       {'n', Modifier::none},
    {'o', Modifier::none},   {'o', Modifier::circumflex}, {'o', Modifier::horn},
    {'p', Modifier::none},   {'q', Modifier::none},       {'r', Modifier::none},
    {'s', Modifier::none},   {'t', Modifier::none},       {'u', Modifier::none},
    {'u', Modifier::horn},   {'v', Modifier::none},       {'w', Modifier::none},
    {'x', Modifier::none},   {'y', Modifier::none},       {'z', Modifier::none},
}};

CodePoint alphabet_rank(CodePoint lower_base, Modifier m) {
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    if (kAlphabet[i].base == lower_base && kAlphabet[i].modifier == m)
      return static_cast<CodePoint>(i);
  }
  return -1;
}

struct CollationElement {
  Kind kind = kSymbolKind;
  CodePoint primary = 0;
  int tone = kNoTone;
  bool upper = false;
  CodePoints other_marks;  // marks that are neither a Vietnamese tone nor a letter modifier
};

CollationElement element_of(const Cluster& c) {
  CollationElement e;
  const CodePoint lower = utf8proc_tolower(c.base);
  e.upper = lower != c.base;
  Modifier modifier = lower == 0x0111 ? Modifier::stroke : Modifier::none;
  for (const CodePoint m : c.marks) {
    const int tone = tone_of_mark(m);
    const Modifier mod = modifier_of_mark(m);
    if (tone != kNoTone && e.tone == kNoTone) {
      e.tone = tone;
    } else if (mod != Modifier::none && modifier == Modifier::none && modifier_fits(lower, mod)) {
      modifier = mod;
    } else {
      e.other_marks.push_back(m);
    }
  }
  const CodePoint latin_base = lower == 0x0111 ? 'd' : lower;
  const CodePoint rank = latin_base < 0x80 ? alphabet_rank(latin_base, modifier) : -1;
  if (is_space(c.base)) {
    e.kind = kSpaceKind;
  } else if (rank >= 0) {
    e.kind = kLatinKind;
    e.primary = rank;
  } else if (utf8proc_category(c.base) == UTF8PROC_CATEGORY_ND) {
    e.kind = kDigitKind;
    e.primary = c.base;
  } else if (is_letter(c.base)) {
    e.kind = kOtherLetterKind;
    e.primary = lower;
  } else {
    e.primary = c.base;
  }
  return e;
}

char byte(std::uint32_t value) {
  return static_cast<char>(static_cast<unsigned char>(value & 0xFFu));
}

void append_primary(std::string& key, const CollationElement& e) {
  const auto p = static_cast<std::uint32_t>(e.primary);
  key += byte(e.kind);
  key += byte(p >> 16);
  key += byte(p >> 8);
  key += byte(p);
}

// Tone byte, then each foreign mark as 3 bytes (first >= 0x02), then 0x01:
// the terminator sorts an element with fewer marks first.
void append_secondary(std::string& key, const CollationElement& e) {
  key += byte(static_cast<std::uint32_t>(2 + e.tone));
  for (const CodePoint m : e.other_marks) {
    const auto v = static_cast<std::uint32_t>(m);
    key += byte(2 + (v >> 16));
    key += byte(v >> 8);
    key += byte(v);
  }
  key += '\x01';
}

// ---------------------------------------------------------------------------
// Vietnamese syllable shape, used to judge whether a word reads as Vietnamese
// as it stands or only after undoing a legacy encoding.

struct Letter {
  CodePoint base;  // a..z
  Modifier modifier;
  int tone;
};
using Word = std::vector<Letter>;

// The letters of a word, or nullopt when it holds anything that cannot be
// written in Vietnamese (foreign letters, digits, symbols, stray marks).
std::optional<Word> letters_of(const CodePoints& cps) {
  Word word;
  for (const CodePoint cp : cps) {
    for (const CodePoint d : decompose_char(cp, UTF8PROC_DECOMPOSE)) {
      if (is_mark(d)) {
        if (word.empty()) return std::nullopt;
        Letter& last = word.back();
        const int tone = tone_of_mark(d);
        const Modifier mod = modifier_of_mark(d);
        if (tone != kNoTone && last.tone == kNoTone) {
          last.tone = tone;
        } else if (mod != Modifier::none && last.modifier == Modifier::none &&
                   modifier_fits(last.base, mod)) {
          last.modifier = mod;
        } else {
          return std::nullopt;
        }
        continue;
      }
      const CodePoint lower = utf8proc_tolower(d);
      if (lower == 0x0111) {
        word.push_back({'d', Modifier::stroke, kNoTone});
      } else if (lower >= 'a' && lower <= 'z') {
        word.push_back({lower, Modifier::none, kNoTone});
      } else {
        return std::nullopt;
      }
    }
  }
  return word;
}

char32_t spelled(const Letter& l) {
  switch (l.modifier) {
    case Modifier::breve:
      return U'ă';
    case Modifier::circumflex:
      return l.base == 'a' ? U'â' : l.base == 'e' ? U'ê' : U'ô';
    case Modifier::horn:
      return l.base == 'o' ? U'ơ' : U'ư';
    case Modifier::stroke:
      return U'đ';
    case Modifier::none:
      break;
  }
  return static_cast<char32_t>(l.base);
}

// Initial consonants (phụ âm đầu). Every one that matches is tried, so "gi"
// and "g" + i both get their chance (già, gì).
constexpr std::array<std::u32string_view, 28> kOnsets = {
    U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"th", U"tr", U"qu", U"b", U"c", U"d",
    U"đ",   U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",  U"r",  U"s",  U"t",  U"v", U"x", U""};

constexpr std::array<std::u32string_view, 9> kCodas = {U"ch", U"ng", U"nh", U"c", U"m",
                                                       U"n",  U"p",  U"t",  U""};

// A vowel nucleus and where its tone may stand: bit i set = on vowel i.
// open_tones applies without a final consonant, closed_tones with one; 0 means
// the nucleus cannot occur that way. oa, oe, uy accept both placements when open.
struct Nucleus {
  std::u32string_view vowels;
  std::uint8_t open_tones;
  std::uint8_t closed_tones;
};

constexpr std::array<Nucleus, 54> kNuclei = {{
    {U"a", 1, 1},   {U"ă", 0, 1},   {U"â", 0, 1},   {U"e", 1, 1},   {U"ê", 1, 1},   {U"i", 1, 1},
    {U"o", 1, 1},   {U"ô", 1, 1},   {U"ơ", 1, 1},   {U"u", 1, 1},   {U"ư", 1, 1},   {U"y", 1, 1},
    {U"ai", 1, 0},  {U"ao", 1, 0},  {U"au", 1, 0},  {U"ay", 1, 0},  {U"âu", 1, 0},  {U"ây", 1, 0},
    {U"eo", 1, 0},  {U"êu", 1, 0},  {U"ia", 1, 0},  {U"iu", 1, 0},  {U"oi", 1, 0},  {U"ôi", 1, 0},
    {U"ơi", 1, 0},  {U"ua", 1, 0},  {U"ui", 1, 0},  {U"ưa", 1, 0},  {U"ưi", 1, 0},  {U"ưu", 1, 0},
    {U"uê", 2, 2},  {U"uơ", 2, 0},  {U"oa", 3, 2},  {U"oe", 3, 2},  {U"uy", 3, 2},  {U"oă", 0, 2},
    {U"uâ", 0, 2},  {U"iê", 0, 2},  {U"yê", 0, 2},  {U"uô", 0, 2},  {U"ươ", 0, 2},  {U"oo", 0, 3},
    {U"oai", 2, 0}, {U"oay", 2, 0}, {U"uây", 2, 0}, {U"uôi", 2, 0}, {U"ươi", 2, 0}, {U"uyê", 0, 4},
    {U"oeo", 2, 0}, {U"uya", 2, 0}, {U"uyu", 2, 0}, {U"ươu", 2, 0}, {U"iêu", 2, 0}, {U"yêu", 2, 0},
}};

constexpr std::size_t kNoPosition = static_cast<std::size_t>(-1);

bool is_stop_coda(std::u32string_view coda) {
  return coda == U"c" || coda == U"ch" || coda == U"p" || coda == U"t";
}

bool nucleus_fits(std::u32string_view vowels, bool closed, std::size_t tone_at) {
  const auto fits = [&](const Nucleus& n) {
    if (n.vowels != vowels) return false;
    const std::uint8_t allowed = closed ? n.closed_tones : n.open_tones;
    if (allowed == 0) return false;
    return tone_at == kNoPosition || (tone_at < vowels.size() && ((allowed >> tone_at) & 1u) != 0);
  };
  return std::any_of(kNuclei.begin(), kNuclei.end(), fits);
}

bool rhyme_fits(std::u32string_view onset, std::u32string_view rhyme, std::size_t tone_at,
                int tone) {
  for (const auto coda : kCodas) {
    if (coda.size() >= rhyme.size() || rhyme.substr(rhyme.size() - coda.size()) != coda) continue;
    // Syllables closed by p, t, c, ch only take the sắc or nặng tone.
    if (is_stop_coda(coda) && tone != kSac && tone != kNang) continue;
    const std::u32string_view vowels = rhyme.substr(0, rhyme.size() - coda.size());
    // A lone y is closed only after qu (quýt, quỳnh); elsewhere it is i.
    if (vowels == U"y" && !coda.empty() && onset != U"qu") continue;
    if (nucleus_fits(vowels, !coda.empty(), tone_at)) return true;
  }
  return false;
}

bool is_vietnamese_syllable(const Word& word) {
  std::u32string spelling;
  int tone = kNoTone;
  std::size_t tone_at = kNoPosition;
  for (std::size_t i = 0; i < word.size(); ++i) {
    spelling += spelled(word[i]);
    if (word[i].tone == kNoTone) continue;
    if (tone != kNoTone) return false;
    tone = word[i].tone;
    tone_at = i;
  }
  const std::u32string_view s = spelling;
  for (const auto onset : kOnsets) {
    if (!s.starts_with(onset)) continue;
    if (tone_at != kNoPosition && tone_at < onset.size()) continue;
    const std::size_t rhyme_tone = tone_at == kNoPosition ? kNoPosition : tone_at - onset.size();
    if (rhyme_fits(onset, s.substr(onset.size()), rhyme_tone, tone)) return true;
  }
  return false;
}

bool reads_as_vietnamese(const std::optional<CodePoints>& cps) {
  if (!cps) return false;
  const auto word = letters_of(*cps);
  return word && is_vietnamese_syllable(*word);
}

// ---------------------------------------------------------------------------
// Legacy encodings seen through Windows-1252 / Latin-1.

// TCVN3 (ABC) puts each precomposed lower-case letter in one byte; capitals
// used a separate font with the same bytes, except the seven below.
struct LegacyByte {
  CodePoint latin1;
  char32_t letter;
};

constexpr std::array<LegacyByte, 74> kTcvn3 = {{
    {0xB5, U'à'}, {0xB8, U'á'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB9, U'ạ'}, {0xA8, U'ă'},
    {0xBB, U'ằ'}, {0xBE, U'ắ'}, {0xBC, U'ẳ'}, {0xBD, U'ẵ'}, {0xC6, U'ặ'}, {0xA9, U'â'},
    {0xC7, U'ầ'}, {0xCA, U'ấ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCB, U'ậ'}, {0xAE, U'đ'},
    {0xCC, U'è'}, {0xD0, U'é'}, {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD1, U'ẹ'}, {0xAA, U'ê'},
    {0xD2, U'ề'}, {0xD5, U'ế'}, {0xD3, U'ể'}, {0xD4, U'ễ'}, {0xD6, U'ệ'}, {0xD7, U'ì'},
    {0xDD, U'í'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'}, {0xDE, U'ị'}, {0xDF, U'ò'}, {0xE3, U'ó'},
    {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE4, U'ọ'}, {0xAB, U'ô'}, {0xE5, U'ồ'}, {0xE8, U'ố'},
    {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE9, U'ộ'}, {0xAC, U'ơ'}, {0xEA, U'ờ'}, {0xED, U'ớ'},
    {0xEB, U'ở'}, {0xEC, U'ỡ'}, {0xEE, U'ợ'}, {0xEF, U'ù'}, {0xF3, U'ú'}, {0xF1, U'ủ'},
    {0xF2, U'ũ'}, {0xF4, U'ụ'}, {0xAD, U'ư'}, {0xF5, U'ừ'}, {0xF8, U'ứ'}, {0xF6, U'ử'},
    {0xF7, U'ữ'}, {0xF9, U'ự'}, {0xFA, U'ỳ'}, {0xFD, U'ý'}, {0xFB, U'ỷ'}, {0xFC, U'ỹ'},
    {0xFE, U'ỵ'}, {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA7, U'Đ'}, {0xA3, U'Ê'}, {0xA4, U'Ô'},
    {0xA5, U'Ơ'}, {0xA6, U'Ư'},
}};

// TCVN3 bytes that are symbols in Latin-1: inside a word they are a sure sign.
// (ª and the soft hyphen are left out: they occur in ordinary text.)
bool is_tcvn3_symbol(CodePoint cp) {
  return (cp >= 0xA1 && cp <= 0xA9) || (cp >= 0xAB && cp <= 0xAC) || cp == 0xAE ||
         (cp >= 0xB6 && cp <= 0xB9) || (cp >= 0xBB && cp <= 0xBE) || cp == 0xD7 || cp == 0xF7;
}

std::optional<CodePoints> decode_tcvn3(const CodePoints& word) {
  CodePoints out;
  for (const CodePoint cp : word) {
    if (is_ascii_letter(cp)) {
      out.push_back(cp);
      continue;
    }
    const auto it = std::find_if(kTcvn3.begin(), kTcvn3.end(),
                                 [&](const LegacyByte& b) { return b.latin1 == cp; });
    if (it == kTcvn3.end()) return std::nullopt;
    out.push_back(static_cast<CodePoint>(it->letter));
  }
  return out;
}

// VNI writes a letter as an ASCII base followed by one byte for its marks;
// ơ, ư, đ and the toned i's (and ỵ) are single bytes.
enum class VniFamily : std::uint8_t { tone, circumflex, breve };

struct VniMark {
  CodePoint latin1;  // lower-case form; the capital is 0x20 below
  VniFamily family;
  int tone;
};

constexpr std::array<VniMark, 17> kVniMarks = {{
    {0xF9, VniFamily::tone, kSac},
    {0xF8, VniFamily::tone, kHuyen},
    {0xFB, VniFamily::tone, kHoi},
    {0xF5, VniFamily::tone, kNga},
    {0xEF, VniFamily::tone, kNang},
    {0xE2, VniFamily::circumflex, kNoTone},
    {0xE1, VniFamily::circumflex, kSac},
    {0xE0, VniFamily::circumflex, kHuyen},
    {0xE5, VniFamily::circumflex, kHoi},
    {0xE3, VniFamily::circumflex, kNga},
    {0xE4, VniFamily::circumflex, kNang},
    {0xEA, VniFamily::breve, kNoTone},
    {0xE9, VniFamily::breve, kSac},
    {0xE8, VniFamily::breve, kHuyen},
    {0xFA, VniFamily::breve, kHoi},
    {0xFC, VniFamily::breve, kNga},
    {0xEB, VniFamily::breve, kNang},
}};

constexpr std::array<LegacyByte, 9> kVniLetters = {{
    {0xF4, U'ơ'},
    {0xF6, U'ư'},
    {0xF1, U'đ'},
    {0xED, U'í'},
    {0xEC, U'ì'},
    {0xE6, U'ỉ'},
    {0xF3, U'ĩ'},
    {0xF2, U'ị'},
    {0xEE, U'ỵ'},
}};

constexpr std::array<CodePoint, 6> kToneMarkCodePoints = {0,      0x0300, 0x0301,
                                                          0x0309, 0x0303, 0x0323};

// Latin-1 capitals sit 0x20 below their small letters (À..Þ vs à..þ).
CodePoint latin1_lower(CodePoint cp) {
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 0x20 : cp;
}

const VniMark* vni_mark(CodePoint cp) {
  const CodePoint lower = latin1_lower(cp);
  const auto it = std::find_if(kVniMarks.begin(), kVniMarks.end(),
                               [&](const VniMark& m) { return m.latin1 == lower; });
  return it == kVniMarks.end() ? nullptr : &*it;
}

std::optional<char32_t> vni_letter(CodePoint cp) {
  const CodePoint lower = latin1_lower(cp);
  const auto it = std::find_if(kVniLetters.begin(), kVniLetters.end(),
                               [&](const LegacyByte& b) { return b.latin1 == lower; });
  if (it == kVniLetters.end()) return std::nullopt;
  return it->letter;
}

bool vni_mark_fits(VniFamily family, CodePoint lower_base) {
  switch (family) {
    case VniFamily::tone:
      return is_plain_vowel(lower_base) || lower_base == 0x01A1 || lower_base == 0x01B0;
    case VniFamily::circumflex:
      return lower_base == 'a' || lower_base == 'e' || lower_base == 'o';
    case VniFamily::breve:
      return lower_base == 'a';
  }
  return false;
}

// The word decoded as VNI, in decomposed form; nullopt when it is not VNI.
std::optional<CodePoints> decode_vni(const CodePoints& word) {
  CodePoints out;
  CodePoint markable = 0;  // the lower-case letter a mark byte may follow, or 0
  for (const CodePoint cp : word) {
    if (is_ascii_letter(cp)) {
      out.push_back(cp);
      markable = ascii_lower(cp);
    } else if (const auto letter = vni_letter(cp)) {
      out.push_back(static_cast<CodePoint>(*letter));
      markable = (*letter == U'ơ' || *letter == U'ư') ? static_cast<CodePoint>(*letter) : 0;
    } else if (const VniMark* mark = vni_mark(cp);
               mark && markable != 0 && vni_mark_fits(mark->family, markable)) {
      if (mark->family == VniFamily::circumflex) out.push_back(0x0302);
      if (mark->family == VniFamily::breve) out.push_back(0x0306);
      if (mark->tone != kNoTone)
        out.push_back(kToneMarkCodePoints[static_cast<std::size_t>(mark->tone)]);
      markable = 0;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// A vowel followed by a VNI mark byte that no European spelling puts there
// (oä, aø, uû, öø ...). Diaeresis pairs like oï, aë are left out: French
// writes Loïc and Raphaël.
bool has_vni_signature(const CodePoints& word) {
  for (std::size_t i = 1; i < word.size(); ++i) {
    const CodePoint prev = latin1_lower(ascii_lower(word[i - 1]));
    const CodePoint cur = latin1_lower(word[i]);
    const bool vowel = is_plain_vowel(prev) || prev == 0xF4 || prev == 0xF6;
    if (vowel && (cur == 0xE4 || cur == 0xE5 || cur == 0xF8 || cur == 0xFB || cur == 0xFC))
      return true;
  }
  return false;
}

bool is_consonant_letter(CodePoint cp) {
  return is_ascii_letter(cp) && !is_plain_vowel(ascii_lower(cp));
}

// Words for the detector: letters, marks and the whole upper half of Latin-1
// (TCVN3 letters show up as ©, ·, ¸, × ...).
std::vector<CodePoints> legacy_candidate_words(const CodePoints& cps) {
  std::vector<CodePoints> words;
  CodePoints current;
  for (const CodePoint cp : cps) {
    const bool word_char = (cp >= 0xA1 && cp <= 0xFF) || is_letter(cp) || is_mark(cp);
    if (word_char) {
      current.push_back(cp);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// What one line says for one encoding. A stray foreign word can decode to a
// syllable by chance (Romanian "în" reads as TCVN3 "ợn", Spanish "aún" as VNI
// "ẳn"), so it takes two different such words or one with a sure sign, and
// they must make up at least half of the words that hold non-ASCII letters:
// mangled lines are mangled nearly everywhere, foreign text only here and there.
struct Evidence {
  std::set<CodePoints>
      words;       // distinct (lower-cased) words that read as Vietnamese only after decoding
  int strong = 0;  // of those, words carrying a sign no real spelling has
  int hits = 0;    // occurrences of such words

  bool convincing(int non_ascii_words) const {
    return (strong >= 1 || words.size() >= 2) && 2 * hits >= non_ascii_words;
  }
  int score() const { return hits + strong; }
};

CodePoints latin1_lowered(const CodePoints& word) {
  CodePoints out;
  out.reserve(word.size());
  for (const CodePoint cp : word) out.push_back(latin1_lower(ascii_lower(cp)));
  return out;
}

bool has_non_ascii(const CodePoints& word) {
  return std::any_of(word.begin(), word.end(), [](CodePoint cp) { return cp >= 0x80; });
}

// Only words made of ASCII and Latin-1 that are not Vietnamese as they stand
// can be mangled legacy text.
bool is_suspect(const CodePoints& word) {
  const bool latin1_only =
      std::all_of(word.begin(), word.end(), [](CodePoint cp) { return cp <= 0xFF; });
  return latin1_only && !reads_as_vietnamese(word);
}

void weigh_tcvn3(const CodePoints& word, Evidence& e) {
  // A TCVN3 word always keeps an ASCII letter; a lone ·, £ or ¥ is punctuation.
  if (std::none_of(word.begin(), word.end(), is_ascii_letter)) return;
  if (!reads_as_vietnamese(decode_tcvn3(word))) return;
  ++e.hits;
  e.words.insert(latin1_lowered(word));
  if (std::any_of(word.begin(), word.end(), is_tcvn3_symbol)) ++e.strong;
}

void weigh_vni(const CodePoints& word, Evidence& e) {
  if (word.size() < 2 || !reads_as_vietnamese(decode_vni(word))) return;
  const bool strong = has_vni_signature(word);
  // Bare vowels such as French "où" decode to a word too; they count only
  // with a signature.
  if (!strong && std::none_of(word.begin(), word.end(), is_consonant_letter)) return;
  ++e.hits;
  e.words.insert(latin1_lowered(word));
  if (strong) ++e.strong;
}

// ---------------------------------------------------------------------------
// Levenshtein distance over two code point sequences, two rows at a time.

int levenshtein(const CodePoints& a, const CodePoints& b) {
  std::vector<int> previous(b.size() + 1);
  std::vector<int> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Code points for the distance; a bad byte becomes a value no code point has,
// so two different bad bytes still differ.
CodePoints distance_units(std::string_view s) {
  CodePoints out;
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    out.push_back(step.valid ? step.cp : 0x110000 + static_cast<unsigned char>(s[pos]));
  });
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Public functions.

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const Step step = decode_at(s, pos);
    if (!step.valid) return pos;
    pos += step.length;
  }
  return std::nullopt;
}

std::string to_nfc(std::string_view s) {
  if (find_invalid_utf8(s)) return std::string(s);
  return map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

bool is_nfc(std::string_view s) {
  if (find_invalid_utf8(s)) return false;
  return to_nfc(s) == s;
}

std::string name_key(std::string_view s) {
  // IGNORE drops default-ignorable code points (soft hyphen, zero-width
  // joiners, BOM) that make equal names look different.
  const std::string folded = map_utf8(
      sanitize(s), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  std::vector<Cluster> clusters = clusters_of(collapse_space_cps(decode_lossy(folded)));
  for_each_syllable(clusters, move_tone_to_first_vowel);
  return map_utf8(encode(flatten(clusters)), UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string to_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    if (step.valid)
      append_utf8(out, utf8proc_toupper(step.cp));
    else
      out += s[pos];
  });
  return to_nfc(out);
}

std::string fold_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (const CodePoint cp : decode_lossy(s)) {
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (cp == 0x0110 || cp == 0x0111) {
      out += 'd';  // đ has no decomposition, so stripping marks would keep it
    } else if (cp < 0x80) {
      out += static_cast<char>(ascii_lower(cp));
    } else {
      const int flags =
          UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
      for (const CodePoint d : decompose_char(cp, flags)) append_utf8(out, d);
    }
  }
  return out;
}

int display_width(std::string_view s) {
  const std::string nfc = to_nfc(s);
  int width = 0;
  for_each_step(nfc, [&](const Step& step, std::size_t) {
    width += step.valid ? utf8proc_charwidth(step.cp) : 1;
  });
  return width;
}

int codepoint_count(std::string_view s) {
  int count = 0;
  for_each_step(s, [&](const Step&, std::size_t) { ++count; });
  return count;
}

std::string collation_key(std::string_view s) {
  const std::string nfd = map_utf8(sanitize(s), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
  std::vector<CollationElement> elements;
  for (const Cluster& c : clusters_of(collapse_space_cps(decode_lossy(nfd))))
    elements.push_back(element_of(c));

  std::string key;
  key.reserve(elements.size() * 6 + 2);
  for (const auto& e : elements) append_primary(key, e);
  key += '\x01';
  for (const auto& e : elements) append_secondary(key, e);
  key += '\x01';
  for (const auto& e : elements) key += e.upper ? '\x02' : '\x03';
  return key;
}

bool vietnamese_less(std::string_view a, std::string_view b) {
  return collation_key(a) < collation_key(b);
}

std::optional<std::string> detect_legacy_encoding(std::string_view s) {
  Evidence tcvn3;
  Evidence vni;
  int non_ascii_words = 0;
  for (const CodePoints& word : legacy_candidate_words(decode_lossy(s))) {
    if (!has_non_ascii(word)) continue;
    ++non_ascii_words;
    if (!is_suspect(word)) continue;
    weigh_tcvn3(word, tcvn3);
    weigh_vni(word, vni);
  }
  const bool is_tcvn3 = tcvn3.convincing(non_ascii_words);
  const bool is_vni = vni.convincing(non_ascii_words);
  if (is_tcvn3 && (!is_vni || tcvn3.score() >= vni.score())) return std::string("TCVN3");
  if (is_vni) return std::string("VNI");
  return std::nullopt;
}

int edit_distance(std::string_view a, std::string_view b) {
  return levenshtein(distance_units(to_nfc(a)), distance_units(to_nfc(b)));
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    if (step.valid && is_space(step.cp)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(s.substr(pos, step.length));
  });
  return out;
}

}  // namespace cchc::text
