// Vietnamese collation (collation.hpp): keys built from the letters of
// letters.hpp, ranked by the Vietnamese alphabet.
#include "cchc/text/collation.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "codepoints.hpp"
#include "letters.hpp"

namespace cchc::text {

using namespace detail;

namespace {

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

}  // namespace

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

}  // namespace cchc::text
