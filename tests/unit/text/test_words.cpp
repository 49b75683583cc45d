// Tests for cchc/text/words.hpp: every row of the table in vietnamese.md
// ("Amounts in words"), then amounts picked to hit each rule on its own
// (mốt, lăm, linh/lẻ, không trăm, skipped groups, tư, ngàn, chẵn, the scales
// above tỷ, the int64 limits), and the English rendering.

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>

#include "cchc/text/words.hpp"

using namespace cchc::text;

namespace {

constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();

WordsOptions chan() {
  WordsOptions opt;
  opt.chan = true;
  return opt;
}

WordsOptions le() {
  WordsOptions opt;
  opt.le = true;
  return opt;
}

WordsOptions tu() {
  WordsOptions opt;
  opt.tu = true;
  return opt;
}

WordsOptions ngan() {
  WordsOptions opt;
  opt.ngan = true;
  return opt;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("every row of the vietnamese.md table (with chẵn on, as in reports)", "[words]") {
  const auto opt = chan();
  CHECK(amount_in_words_vi(21950000000, opt) ==
        "Hai mươi mốt tỷ chín trăm năm mươi triệu đồng chẵn");
  CHECK(amount_in_words_vi(2019000000, opt) == "Hai tỷ không trăm mười chín triệu đồng chẵn");
  CHECK(amount_in_words_vi(4700000000, opt) == "Bốn tỷ bảy trăm triệu đồng chẵn");
  // Not a whole number of thousands: no chẵn even with the option on.
  CHECK(amount_in_words_vi(1234567890, opt) ==
        "Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng");
  CHECK(amount_in_words_vi(1000000000000, opt) == "Một nghìn tỷ đồng chẵn");
  CHECK(amount_in_words_vi(250750000, opt) ==
        "Hai trăm năm mươi triệu bảy trăm năm mươi nghìn đồng chẵn");
  CHECK(amount_in_words_vi(15000000, opt) == "Mười lăm triệu đồng chẵn");
  CHECK(amount_in_words_vi(1000001, opt) == "Một triệu không trăm linh một đồng");
  CHECK(amount_in_words_vi(2001, opt) == "Hai nghìn không trăm linh một đồng");
  CHECK(amount_in_words_vi(1010, opt) == "Một nghìn không trăm mười đồng");
  CHECK(amount_in_words_vi(125, opt) == "Một trăm hai mươi lăm đồng");
  CHECK(amount_in_words_vi(105, opt) == "Một trăm linh năm đồng");
  CHECK(amount_in_words_vi(21, opt) == "Hai mươi mốt đồng");
  CHECK(amount_in_words_vi(14, opt) == "Mười bốn đồng");
  CHECK(amount_in_words_vi(0, opt) == "Không đồng");
}

TEST_CASE("chẵn is added only when the option is on", "[words]") {
  CHECK(amount_in_words_vi(21950000000) == "Hai mươi mốt tỷ chín trăm năm mươi triệu đồng");
  CHECK(amount_in_words_vi(15000000) == "Mười lăm triệu đồng");
  CHECK(amount_in_words_vi(1000) == "Một nghìn đồng");
  CHECK(amount_in_words_vi(1000, chan()) == "Một nghìn đồng chẵn");
  CHECK(amount_in_words_vi(31000, chan()) == "Ba mươi mốt nghìn đồng chẵn");
  // Whole hundreds are not whole thousands.
  CHECK(amount_in_words_vi(1500, chan()) == "Một nghìn năm trăm đồng");
  CHECK(amount_in_words_vi(999, chan()) == "Chín trăm chín mươi chín đồng");
  CHECK(amount_in_words_vi(0) == "Không đồng");
}

TEST_CASE("round amounts: 10, 20, 100, 1.000, 10.000, 100.000, 1.000.000", "[words]") {
  CHECK(amount_in_words_vi(10) == "Mười đồng");
  CHECK(amount_in_words_vi(20) == "Hai mươi đồng");
  CHECK(amount_in_words_vi(100) == "Một trăm đồng");
  CHECK(amount_in_words_vi(1000) == "Một nghìn đồng");
  CHECK(amount_in_words_vi(10000) == "Mười nghìn đồng");
  CHECK(amount_in_words_vi(100000) == "Một trăm nghìn đồng");
  CHECK(amount_in_words_vi(1000000) == "Một triệu đồng");
  CHECK(amount_in_words_vi(1000000000) == "Một tỷ đồng");
  CHECK(amount_in_words_vi(1) == "Một đồng");
  CHECK(amount_in_words_vi(5) == "Năm đồng");
  CHECK(amount_in_words_vi(9) == "Chín đồng");
}

TEST_CASE("a final 1 is mốt after tens >= 2, một after mười and linh", "[words]") {
  CHECK(amount_in_words_vi(21) == "Hai mươi mốt đồng");
  CHECK(amount_in_words_vi(91) == "Chín mươi mốt đồng");
  CHECK(amount_in_words_vi(1021) == "Một nghìn không trăm hai mươi mốt đồng");
  CHECK(amount_in_words_vi(31000) == "Ba mươi mốt nghìn đồng");
  CHECK(amount_in_words_vi(11) == "Mười một đồng");
  CHECK(amount_in_words_vi(111) == "Một trăm mười một đồng");
  CHECK(amount_in_words_vi(101) == "Một trăm linh một đồng");
  CHECK(amount_in_words_vi(1000000001) == "Một tỷ không trăm linh một đồng");
  CHECK(amount_in_words_vi(11011) == "Mười một nghìn không trăm mười một đồng");
}

TEST_CASE("a final 5 is lăm after a non-zero tens digit, năm after linh or alone", "[words]") {
  CHECK(amount_in_words_vi(15) == "Mười lăm đồng");
  CHECK(amount_in_words_vi(25) == "Hai mươi lăm đồng");
  CHECK(amount_in_words_vi(555) == "Năm trăm năm mươi lăm đồng");
  CHECK(amount_in_words_vi(105) == "Một trăm linh năm đồng");
  CHECK(amount_in_words_vi(1005) == "Một nghìn không trăm linh năm đồng");
  CHECK(amount_in_words_vi(5000) == "Năm nghìn đồng");
  CHECK(amount_in_words_vi(50) == "Năm mươi đồng");
  CHECK(amount_in_words_vi(15015) == "Mười lăm nghìn không trăm mười lăm đồng");
}

TEST_CASE("a zero tens digit before a non-zero unit is linh, or lẻ as an option", "[words]") {
  CHECK(amount_in_words_vi(101) == "Một trăm linh một đồng");
  CHECK(amount_in_words_vi(909) == "Chín trăm linh chín đồng");
  CHECK(amount_in_words_vi(101, le()) == "Một trăm lẻ một đồng");
  CHECK(amount_in_words_vi(105, le()) == "Một trăm lẻ năm đồng");
  CHECK(amount_in_words_vi(2001, le()) == "Hai nghìn không trăm lẻ một đồng");
  CHECK(amount_in_words_vi(1000001, le()) == "Một triệu không trăm lẻ một đồng");
  // No linh in a leading group below ten, nor where the unit is zero.
  CHECK(amount_in_words_vi(7000) == "Bảy nghìn đồng");
  CHECK(amount_in_words_vi(7, le()) == "Bảy đồng");
  CHECK(amount_in_words_vi(300) == "Ba trăm đồng");
}

TEST_CASE("a non-leading group with hundreds digit zero reads không trăm", "[words]") {
  CHECK(amount_in_words_vi(1050000) == "Một triệu không trăm năm mươi nghìn đồng");
  CHECK(amount_in_words_vi(1000010) == "Một triệu không trăm mười đồng");
  CHECK(amount_in_words_vi(2019000000) == "Hai tỷ không trăm mười chín triệu đồng");
  CHECK(amount_in_words_vi(1099) == "Một nghìn không trăm chín mươi chín đồng");
  // The leading group reads only the digits it has.
  CHECK(amount_in_words_vi(50000) == "Năm mươi nghìn đồng");
  CHECK(amount_in_words_vi(99) == "Chín mươi chín đồng");
}

TEST_CASE("all-zero groups in the middle are skipped, scale and all", "[words]") {
  CHECK(amount_in_words_vi(1000000001) == "Một tỷ không trăm linh một đồng");
  CHECK(amount_in_words_vi(5000005000) == "Năm tỷ không trăm linh năm nghìn đồng");
  CHECK(amount_in_words_vi(5000005000, chan()) == "Năm tỷ không trăm linh năm nghìn đồng chẵn");
  CHECK(amount_in_words_vi(3000000700000) == "Ba nghìn tỷ bảy trăm nghìn đồng");
  CHECK(amount_in_words_vi(1000001000) == "Một tỷ không trăm linh một nghìn đồng");
}

TEST_CASE("bốn after tens >= 2 by default, tư as an option, never mười tư", "[words]") {
  CHECK(amount_in_words_vi(24) == "Hai mươi bốn đồng");
  CHECK(amount_in_words_vi(24, tu()) == "Hai mươi tư đồng");
  CHECK(amount_in_words_vi(54000, tu()) == "Năm mươi tư nghìn đồng");
  CHECK(amount_in_words_vi(14) == "Mười bốn đồng");
  CHECK(amount_in_words_vi(14, tu()) == "Mười bốn đồng");
  CHECK(amount_in_words_vi(114, tu()) == "Một trăm mười bốn đồng");
  // The option speaks only of tens >= 2: after linh and alone, bốn stays.
  CHECK(amount_in_words_vi(104, tu()) == "Một trăm linh bốn đồng");
  CHECK(amount_in_words_vi(4, tu()) == "Bốn đồng");
  CHECK(amount_in_words_vi(400, tu()) == "Bốn trăm đồng");
}

TEST_CASE("ngàn as an option for nghìn, in nghìn tỷ too", "[words]") {
  CHECK(amount_in_words_vi(1000, ngan()) == "Một ngàn đồng");
  CHECK(amount_in_words_vi(2001, ngan()) == "Hai ngàn không trăm linh một đồng");
  CHECK(amount_in_words_vi(1000000000000, ngan()) == "Một ngàn tỷ đồng");
  CHECK(amount_in_words_vi(1000000, ngan()) == "Một triệu đồng");
}

TEST_CASE("all options together", "[words]") {
  WordsOptions opt;
  opt.le = true;
  opt.ngan = true;
  opt.tu = true;
  opt.chan = true;
  CHECK(amount_in_words_vi(1024001, opt) ==
        "Một triệu không trăm hai mươi tư ngàn không trăm lẻ một đồng");
  CHECK(amount_in_words_vi(1024000, opt) == "Một triệu không trăm hai mươi tư ngàn đồng chẵn");
}

TEST_CASE("above tỷ the number of tỷ is read as a number: nghìn tỷ, triệu tỷ, tỷ tỷ", "[words]") {
  CHECK(amount_in_words_vi(1000000000000) == "Một nghìn tỷ đồng");
  CHECK(amount_in_words_vi(1000000000000, chan()) == "Một nghìn tỷ đồng chẵn");
  CHECK(amount_in_words_vi(10000000000000) == "Mười nghìn tỷ đồng");
  CHECK(amount_in_words_vi(1000000000000000) == "Một triệu tỷ đồng");
  CHECK(amount_in_words_vi(1000000000000000000) == "Một tỷ tỷ đồng");
  // 1.001 tỷ: "một nghìn không trăm linh một tỷ", never "một nghìn tỷ không trăm linh một tỷ".
  CHECK(amount_in_words_vi(1001000000000) == "Một nghìn không trăm linh một tỷ đồng");
  CHECK(amount_in_words_vi(1001000000000, chan()) == "Một nghìn không trăm linh một tỷ đồng chẵn");
  CHECK(amount_in_words_vi(1234567890123) ==
        "Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn "
        "một trăm hai mươi ba đồng");
  // Below the tỷ, groups after the first still read "không trăm".
  CHECK(amount_in_words_vi(1000005000000) == "Một nghìn tỷ không trăm linh năm triệu đồng");
  CHECK(amount_in_words_vi(2000000000001) == "Hai nghìn tỷ không trăm linh một đồng");
  CHECK(amount_in_words_vi(123456789012345) ==
        "Một trăm hai mươi ba nghìn bốn trăm năm mươi sáu tỷ bảy trăm tám mươi chín triệu "
        "không trăm mười hai nghìn ba trăm bốn mươi lăm đồng");
  CHECK(amount_in_words_vi(1001000000000, ngan()) == "Một ngàn không trăm linh một tỷ đồng");
  CHECK(amount_in_words_vi(1050000000000, le()) == "Một nghìn không trăm năm mươi tỷ đồng");
  CHECK(amount_in_words_vi(1005000000000, le()) == "Một nghìn không trăm lẻ năm tỷ đồng");
}

TEST_CASE("the largest and smallest int64 amounts", "[words]") {
  // 9.223.372.036.854.775.807: 9.223.372.036 tỷ, then 854.775.807.
  CHECK(amount_in_words_vi(kMax) ==
        "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
        "tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
  // -9.223.372.036.854.775.808: its magnitude does not fit in an int64.
  CHECK(amount_in_words_vi(kMin) ==
        "Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu "
        "tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám đồng");
}

TEST_CASE("negative amounts start with a capital Âm", "[words]") {
  CHECK(amount_in_words_vi(-1) == "Âm một đồng");
  CHECK(amount_in_words_vi(-105, le()) == "Âm một trăm lẻ năm đồng");
  CHECK(amount_in_words_vi(-21950000000, chan()) ==
        "Âm hai mươi mốt tỷ chín trăm năm mươi triệu đồng chẵn");
  CHECK(amount_in_words_vi(-kMax) ==
        "Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu "
        "tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng");
}

TEST_CASE("rules hold over a sweep of amounts", "[words]") {
  // Phrases no correct reading ever contains, whatever the amount.
  const char* const forbidden[] = {"mười tư",  "mươi một", "linh mốt", "linh lăm",  "mười năm",
                                   "mươi năm", "  ",       "lẻ mốt",   "mươi không"};
  WordsOptions with_tu;
  with_tu.tu = true;
  for (std::int64_t n = 0; n < 3000000; n += 997) {
    for (std::int64_t amount : {n, n * 1000003, -n}) {
      for (const auto& opt : {WordsOptions{}, with_tu, le()}) {
        const std::string words = amount_in_words_vi(amount, opt);
        INFO(amount << " -> " << words);
        for (const char* phrase : forbidden) CHECK_FALSE(contains(words, phrase));
        CHECK(words.ends_with(" đồng"));
        CHECK_FALSE(words.starts_with("Không trăm"));
        CHECK(words.starts_with("Âm ") == (amount < 0));
      }
    }
  }
}

TEST_CASE("English: short scale, hyphenated tens, no and", "[words]") {
  CHECK(amount_in_words_en(0) == "Zero dong");
  CHECK(amount_in_words_en(1) == "One dong");
  CHECK(amount_in_words_en(13) == "Thirteen dong");
  CHECK(amount_in_words_en(21) == "Twenty-one dong");
  CHECK(amount_in_words_en(40) == "Forty dong");
  CHECK(amount_in_words_en(99) == "Ninety-nine dong");
  CHECK(amount_in_words_en(100) == "One hundred dong");
  CHECK(amount_in_words_en(105) == "One hundred five dong");
  CHECK(amount_in_words_en(1010) == "One thousand ten dong");
  CHECK(amount_in_words_en(1000001) == "One million one dong");
  CHECK(amount_in_words_en(21950000000) == "Twenty-one billion nine hundred fifty million dong");
  CHECK(amount_in_words_en(1234567890) ==
        "One billion two hundred thirty-four million five hundred sixty-seven thousand eight "
        "hundred ninety dong");
  CHECK(amount_in_words_en(1000000000000) == "One trillion dong");
  CHECK(amount_in_words_en(1000000000000000) == "One quadrillion dong");
  CHECK(amount_in_words_en(kMax) ==
        "Nine quintillion two hundred twenty-three quadrillion three hundred seventy-two "
        "trillion thirty-six billion eight hundred fifty-four million seven hundred "
        "seventy-five thousand eight hundred seven dong");
}

TEST_CASE("English: negative amounts start with Minus", "[words]") {
  CHECK(amount_in_words_en(-5) == "Minus five dong");
  CHECK(amount_in_words_en(-21950000000) ==
        "Minus twenty-one billion nine hundred fifty million dong");
  CHECK(amount_in_words_en(kMin) ==
        "Minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two "
        "trillion thirty-six billion eight hundred fifty-four million seven hundred "
        "seventy-five thousand eight hundred eight dong");
}
