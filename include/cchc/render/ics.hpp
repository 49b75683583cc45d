// iCalendar (RFC 5545) for deadline lists: all-day events, CRLF line ends,
// lines folded at 75 octets without splitting a UTF-8 character, TEXT values
// escaped, and UIDs the caller makes stable so a re-import updates events.
#pragma once

#include <string>
#include <vector>

#include "cchc/model/date.hpp"

namespace cchc::render {

struct IcsEvent {
  std::string uid;    // stable: same plan, task and occurrence -> same uid
  model::Date day{};  // all-day: DTSTART;VALUE=DATE=day, DTEND = day + 1
  std::string summary;
  std::string description;  // may hold newlines
  std::vector<std::string> categories;
  std::string status;  // optional: "CONFIRMED", "CANCELLED" ...
};

struct IcsCalendar {
  std::string name;  // X-WR-CALNAME
  model::Date
      stamp{};  // DTSTAMP of every event (the as-of day, 00:00:00Z) so output is reproducible
  std::vector<IcsEvent> events;
};

std::string render_ics(const IcsCalendar& cal);

// Escape a TEXT value (\\, \;, \,, \n) and fold a content line (exposed for tests).
std::string ics_escape(const std::string& s);
std::string ics_fold(const std::string& line);

}  // namespace cchc::render
