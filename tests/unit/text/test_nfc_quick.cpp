// Tests for text::nfc_quick_yes (utf8.hpp), the fast path of to_nfc and
// is_nfc: every code point it accepts is one NFC leaves alone in any context,
// checked against utf8proc itself, and what it refuses still goes through
// utf8proc.

#include <utf8proc.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <vector>

#include "cchc/text/utf8.hpp"

using cchc::text::nfc_quick_yes;

namespace {

std::string utf8(utf8proc_int32_t cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  auto n = utf8proc_encode_char(cp, buf.data());
  return std::string(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

// NFC straight from utf8proc, bypassing the fast path.
std::string utf8proc_nfc(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string r(reinterpret_cast<const char*>(out));
  std::free(out);
  return r;
}

std::vector<utf8proc_int32_t> accepted_code_points() {
  std::vector<utf8proc_int32_t> out;
  for (utf8proc_int32_t cp = 1; cp < 0x3000; ++cp)
    if (nfc_quick_yes(utf8(cp))) out.push_back(cp);
  return out;
}

}  // namespace

TEST_CASE("nfc_quick_yes accepts only code points NFC never changes", "[text]") {
  const auto accepted = accepted_code_points();
  REQUIRE(accepted.size() > 900);
  std::vector<utf8proc_int32_t> letters;
  for (auto cp : accepted) {
    INFO("U+" << std::hex << cp);
    CHECK(utf8proc_get_property(cp)->combining_class == 0);
    CHECK(utf8proc_nfc(utf8(cp)) == utf8(cp));
    const auto cat = utf8proc_category(cp);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) letters.push_back(cp);
  }
  // Nor does any of them compose with a letter before it (quick-check "maybe").
  std::size_t composed = 0;
  for (auto second : accepted) {
    if (second < 0x80) continue;
    for (auto first : letters) {
      const std::string pair = utf8(first) + utf8(second);
      if (utf8proc_nfc(pair) != pair) ++composed;
    }
  }
  CHECK(composed == 0);
}

TEST_CASE("nfc_quick_yes leaves marks, other scripts and bad bytes to utf8proc", "[text]") {
  CHECK(nfc_quick_yes(""));
  CHECK(nfc_quick_yes("Kế hoạch cải cách hành chính năm 2026 – “Sở Nội vụ” 5.000.000 ₫"));
  CHECK_FALSE(
      nfc_quick_yes("Ho\xCC\x80"
                    "a"));                         // a combining grave
  CHECK_FALSE(nfc_quick_yes("\xE1\x84\x80"));      // a Hangul jamo
  CHECK_FALSE(nfc_quick_yes("\xE2\x84\xAB"));      // U+212B ANGSTROM SIGN, NFC is U+00C5
  CHECK_FALSE(nfc_quick_yes("\xF0\x9F\x98\x80"));  // beyond the BMP
  CHECK_FALSE(nfc_quick_yes("\xC3"));              // cut short
  CHECK_FALSE(nfc_quick_yes("\xC0\xAF"));          // overlong
  CHECK_FALSE(nfc_quick_yes("a\xE1\xBA"));         // cut short
  CHECK(cchc::text::to_nfc("\xE2\x84\xAB") == "\xC3\x85");
  CHECK_FALSE(cchc::text::is_nfc("\xE2\x84\xAB"));
  CHECK_FALSE(cchc::text::is_nfc("\xC3"));
}
