// Days written for people (render/dates.hpp), from the month words of
// text/format.hpp.
#include "cchc/render/dates.hpp"

#include <fmt/format.h>

namespace cchc::render {

using text::Lang;

std::string date_short(const model::Date& d, Lang lang) {
  if (lang == Lang::en) return model::iso(d);
  return fmt::format("{:02}/{:02}/{:04}", model::day_of(d), model::month_of(d), model::year_of(d));
}

std::string date_official(const model::Date& d, Lang lang) {
  if (lang == Lang::en)
    return fmt::format("{} {} {}", model::day_of(d), text::english_month(model::month_of(d)),
                       model::year_of(d));
  return fmt::format("ngày {:02} tháng {} năm {}", model::day_of(d),
                     text::official_month(model::month_of(d)), model::year_of(d));
}

}  // namespace cchc::render
