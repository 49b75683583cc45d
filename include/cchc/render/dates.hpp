// Days written for people: in tables and in the official long form of
// Nghị định 30/2020. They live in render/, next to the other words people
// read, so that text/ knows nothing of the model's Date.
#pragma once

#include <string>

#include "cchc/model/date.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// Dates in tables: "08/12/2017" (vi, day and month always two digits);
// "2017-12-08" (en).
std::string date_short(const model::Date& d, text::Lang lang);

// The official long form (Nghị định 30/2020): "ngày 08 tháng 12 năm 2017",
// a leading zero on days below 10 and on months 1 and 2 ("ngày 05 tháng 02
// năm 2021", "ngày 15 tháng 3 năm 2021"); English "8 December 2017".
std::string date_official(const model::Date& d, text::Lang lang);

}  // namespace cchc::render
