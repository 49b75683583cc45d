// iCalendar (RFC 5545) for deadline lists. Every deadline is an all-day,
// transparent event (a deadline does not make anyone busy). DTSTAMP is the
// as-of day rather than the clock, so the same plans give the same bytes.
#include "cchc/render/ics.hpp"

#include <fmt/format.h>

#ifndef CCHC_VERSION
#error "CCHC_VERSION is defined by the build (CMakeLists.txt)"
#endif

namespace cchc::render {

namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 3.1, line break excluded
constexpr std::string_view kCrlf = "\r\n";

bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// 3.3.5 (DATE): YYYYMMDD.
std::string ics_date(const model::Date& d) {
  return fmt::format("{:04}{:02}{:02}", model::year_of(d), model::month_of(d), model::day_of(d));
}

// One content line, folded, with its CRLF.
void put(std::string& out, std::string_view name, std::string_view value) {
  out += ics_fold(std::string(name) + ":" + std::string(value));
  out += kCrlf;
}

std::string categories(const std::vector<std::string>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ',';  // the list separator, unlike the escaped commas inside a category
    out += ics_escape(list[i]);
  }
  return out;
}

void put_event(std::string& out, const IcsEvent& e, const model::Date& stamp) {
  put(out, "BEGIN", "VEVENT");
  put(out, "UID", ics_escape(e.uid));
  put(out, "DTSTAMP", ics_date(stamp) + "T000000Z");
  put(out, "DTSTART;VALUE=DATE", ics_date(e.day));
  // DTEND is exclusive (3.6.1): an all-day event ends at the start of the next day.
  put(out, "DTEND;VALUE=DATE", ics_date(model::add_days(e.day, 1)));
  put(out, "SUMMARY", ics_escape(e.summary));
  if (!e.description.empty()) put(out, "DESCRIPTION", ics_escape(e.description));
  if (!e.categories.empty()) put(out, "CATEGORIES", categories(e.categories));
  if (!e.status.empty()) put(out, "STATUS", ics_escape(e.status));
  put(out, "TRANSP", "TRANSPARENT");
  put(out, "END", "VEVENT");
}

}  // namespace

std::string ics_escape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 >= s.size() || s[i + 1] != '\n') out += "\\n";  // CRLF is one line break
        break;
      default:
        // Other control characters are not allowed in TEXT (3.3.11); tab is.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
        out += c;
    }
  }
  return out;
}

std::string ics_fold(const std::string& line) {
  std::string out;
  std::size_t pos = 0;
  std::size_t room = kMaxLineOctets;  // continuation lines give one octet to the leading space
  while (line.size() - pos > room) {
    std::size_t cut = pos + room;
    // Back up to the first byte of a character; give up after a character's
    // worth of bytes (broken UTF-8 is then cut where it stands).
    std::size_t back = 0;
    while (back < 3 && cut - back > pos && is_utf8_continuation(line[cut - back])) ++back;
    if (cut - back > pos && !is_utf8_continuation(line[cut - back])) cut -= back;
    out.append(line, pos, cut - pos);
    out += "\r\n ";
    pos = cut;
    room = kMaxLineOctets - 1;
  }
  out.append(line, pos, std::string::npos);
  return out;
}

std::string render_ics(const IcsCalendar& cal) {
  std::string out;
  put(out, "BEGIN", "VCALENDAR");
  put(out, "VERSION", "2.0");
  put(out, "PRODID", "-//cchc//cchc " CCHC_VERSION "//VI");
  put(out, "CALSCALE", "GREGORIAN");
  put(out, "METHOD", "PUBLISH");
  put(out, "X-WR-CALNAME", ics_escape(cal.name));
  put(out, "X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
  for (const IcsEvent& e : cal.events) put_event(out, e, cal.stamp);
  put(out, "END", "VCALENDAR");
  return out;
}

}  // namespace cchc::render
