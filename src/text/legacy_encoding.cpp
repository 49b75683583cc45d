// Text mangled by TCVN3 (ABC) or VNI (legacy_encoding.hpp). A word counts as
// evidence when it is not a Vietnamese syllable as written but becomes one
// once its Latin-1 characters are read back as TCVN3 or VNI bytes; the shape
// of a syllable (onset, nucleus, coda and where its tone may stand) is
// checked first.
#include "cchc/text/legacy_encoding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "codepoints.hpp"
#include "letters.hpp"

namespace cchc::text {

using namespace detail;

namespace {

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

// Only a word holding a Latin-1 letter (U+0080..U+00FF: UTF-8 lead bytes C2
// and C3) can be suspect: text without one needs no decoding at all.
bool may_hold_legacy_bytes(std::string_view s) {
  // Not find_first_of: it calls memchr over the set once per byte of `s`.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b == 0xC2 || b == 0xC3;
  });
}

// Latin-1 code points TCVN3 and VNI can have produced (0xA1..0xFF): those of
// decode_tcvn3, and the letters and marks of decode_vni in either case.
struct LegacyBytes {
  std::array<bool, 256> tcvn3{};
  std::array<bool, 256> vni{};
};

const LegacyBytes& legacy_bytes() {
  static const LegacyBytes table = [] {
    LegacyBytes t;
    for (const LegacyByte& b : kTcvn3) t.tcvn3[b.latin1] = true;
    for (CodePoint cp = 0xA1; cp <= 0xFF; ++cp) t.vni[cp] = vni_letter(cp) || vni_mark(cp);
    return t;
  }();
  return table;
}

// Whether a word (its UTF-8 bytes, Latin-1 letters and ASCII only) is a
// Vietnamese syllable as written. Real text repeats a few hundred such words
// ("các", "công", "chính"), so each thread remembers its answers; the memory is
// bounded whatever the input.
bool latin1_word_reads_as_vietnamese(std::string_view word) {
  static thread_local std::unordered_map<std::string, bool> known;
  if (const auto it = known.find(std::string(word)); it != known.end()) return it->second;
  const bool reads = reads_as_vietnamese(decode_lossy(word));
  if (known.size() >= 4096) known.clear();
  known.emplace(word, reads);
  return reads;
}

// Whether some word of `s` could weigh as evidence: made of ASCII letters and
// Latin-1 characters alone, holding one of the latter, each of them a byte that
// TCVN3 (with an ASCII letter beside it) or VNI (in a word of two or more)
// writes, and not a Vietnamese syllable as written. Words are cut as
// legacy_candidate_words cuts them. A necessary condition of weigh_tcvn3 and
// weigh_vni, so "no" is exact; it answers most text, Vietnamese or not,
// without decoding it word by word.
// The code point at `pos` (not ASCII) as decode_at reads it. Inline for the
// two- and three-byte sequences of Vietnamese text (U+0080..U+07FF, and
// U+1000..U+CFFF and U+E000..U+FFFF, which have neither overlong forms nor
// surrogates); decode_at (utf8proc) for the rest.
Step decode_non_ascii(std::string_view s, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t left = s.size() - pos;
  const auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  if (p[0] >= 0xC2 && p[0] <= 0xDF && left >= 2 && cont(p[1]))
    return {static_cast<CodePoint>(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu)), 2, true};
  if (((p[0] >= 0xE1 && p[0] <= 0xEC) || p[0] >= 0xEE) && p[0] <= 0xEF && left >= 3 && cont(p[1]) &&
      cont(p[2]))
    return {static_cast<CodePoint>(((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu)),
            3, true};
  return decode_at(s, pos);
}

// is_letter(cp) || is_mark(cp) for a code point above U+00FF: the blocks of
// Vietnamese text answered without utf8proc (Latin Extended-A and -B, all
// letters; the combining diacritics, all marks; Latin Extended Additional, all
// letters; General Punctuation, neither), utf8proc for the rest. Compared with
// utf8proc for every code point when written.
bool letter_or_mark(CodePoint cp) {
  if (cp <= 0x024F) return true;
  if (cp >= 0x0300 && cp <= 0x036F) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  return is_letter(cp) || is_mark(cp);
}

bool may_hold_evidence(std::string_view s) {
  const LegacyBytes& legacy = legacy_bytes();
  std::size_t start = 0;
  std::size_t count = 0;  // code points of the current word
  bool latin1 = true, non_ascii = false, ascii_letter = false, tcvn3 = true, vni = true;
  const auto word_may_weigh = [&] {
    return count > 0 && latin1 && non_ascii && ((tcvn3 && ascii_letter) || (vni && count >= 2));
  };
  for (std::size_t pos = 0; pos <= s.size();) {
    CodePoint cp = 0;
    std::size_t length = 1;
    bool word_char = false;
    if (pos < s.size()) {
      const auto byte = static_cast<unsigned char>(s[pos]);
      if (byte < 0x80) {
        cp = byte;
        word_char = is_ascii_letter(cp);
      } else {
        const Step step = decode_non_ascii(s, pos);
        if (!step.valid) return true;  // the full detector decides
        cp = step.cp;
        length = step.length;
        word_char = (cp >= 0xA1 && cp <= 0xFF) || (cp > 0xFF && letter_or_mark(cp));
      }
    }
    if (word_char) {
      if (count++ == 0) start = pos;
      if (cp < 0x80) {
        ascii_letter = true;
      } else if (cp <= 0xFF) {
        non_ascii = true;
        tcvn3 = tcvn3 && legacy.tcvn3[cp];
        vni = vni && legacy.vni[cp];
      } else {
        latin1 = false;
      }
    } else {
      if (word_may_weigh() && !latin1_word_reads_as_vietnamese(s.substr(start, pos - start)))
        return true;
      count = 0;
      latin1 = true, non_ascii = false, ascii_letter = false, tcvn3 = true, vni = true;
    }
    pos += length;
  }
  return false;
}

}  // namespace

std::optional<std::string> detect_legacy_encoding(std::string_view s) {
  if (!may_hold_legacy_bytes(s) || !may_hold_evidence(s)) return std::nullopt;
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

}  // namespace cchc::text
