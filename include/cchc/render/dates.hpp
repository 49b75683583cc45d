// Days written for people: in tables and in the official long form of
// Nghị định 30/2020. They live in render/, next to the other words people
// read, so that text/ knows nothing of the model's Date.
#pragma once

#include <string>
#include <string_view>

#include "cchc/model/date.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// Dates in tables: "08/12/2017" (vi, day and month always two digits);
// "2017-12-08" (en).
std::string date_short(const model::Date& d, text::Lang lang);

// A deadline as written, its days in the output's form, so that one output
// writes days one way: in English "31/8/2026" becomes "2026-08-31"; in
// Vietnamese "2026-08-31" becomes "31/08/2026" (a day already written the
// Vietnamese way stays as written). The words around them stay as written.
std::string days_as_short(std::string_view text, text::Lang lang);

// The official long form (Nghị định 30/2020): "ngày 08 tháng 12 năm 2017",
// a leading zero on days below 10 and on months 1 and 2 ("ngày 05 tháng 02
// năm 2021", "ngày 15 tháng 3 năm 2021"); English "8 December 2017".
std::string date_official(const model::Date& d, text::Lang lang);

}  // namespace cchc::render
