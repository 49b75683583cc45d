// Amounts in words (số tiền bằng chữ), as vietnamese.md prescribes, and the
// English rendering for --lang en.
#pragma once

#include <cstdint>
#include <string>

namespace cchc::text {

struct WordsOptions {
  bool le = false;    // Southern "lẻ" instead of "linh" for a zero tens digit
  bool ngan = false;  // "ngàn" instead of "nghìn"
  bool tu = false;    // "tư" instead of "bốn" after a tens digit >= 2 (never "mười tư")
  bool chan = false;  // "đồng chẵn" for a whole number of thousands (on in reports)
};

// 21950000000 -> "Hai mươi mốt tỷ chín trăm năm mươi triệu đồng" (+ " chẵn" with
// chan). Any int64 >= 0; negative amounts are written with "Âm " in front.
std::string amount_in_words_vi(std::int64_t dong, const WordsOptions& opt = {});

// 21950000000 -> "Twenty-one billion nine hundred fifty million dong" (short
// scale: thousand, million, billion, trillion, quadrillion, quintillion).
std::string amount_in_words_en(std::int64_t dong);

}  // namespace cchc::text
