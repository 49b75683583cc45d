// Days written for people (render/dates.hpp), from the month words of
// text/format.hpp.
#include "cchc/render/dates.hpp"

#include <fmt/format.h>

#include <regex>

namespace cchc::render {

using text::Lang;

std::string date_short(const model::Date& d, Lang lang) {
  if (lang == Lang::en) return model::iso(d);
  return fmt::format("{:02}/{:02}/{:04}", model::day_of(d), model::month_of(d), model::year_of(d));
}

std::string days_as_short(std::string_view text, Lang lang) {
  // A day as plans write it (model::parse_day): D/M/YYYY or YYYY-MM-DD, not
  // inside a longer number.
  static const std::regex day(
      R"((^|[^0-9/.-])(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})(?![0-9/.-]))");
  std::string in(text), out;
  auto begin = in.cbegin();
  std::smatch m;
  while (std::regex_search(begin, in.cend(), m, day)) {
    out.append(begin, m[2].first);
    // Vietnamese keeps a day written the Vietnamese way as it is ("30/6/2020").
    bool keep = lang == Lang::vi && m[2].str().find('/') != std::string::npos;
    auto parsed = keep ? std::nullopt : model::parse_day(m[2].str(), "").value;
    out += parsed ? date_short(*parsed, lang) : m[2].str();
    begin = m[2].second;
  }
  out.append(begin, in.cend());
  return out;
}

std::string date_official(const model::Date& d, Lang lang) {
  if (lang == Lang::en)
    return fmt::format("{} {} {}", model::day_of(d), text::english_month(model::month_of(d)),
                       model::year_of(d));
  return fmt::format("ngày {:02} tháng {} năm {}", model::day_of(d),
                     text::official_month(model::month_of(d)), model::year_of(d));
}

}  // namespace cchc::render
