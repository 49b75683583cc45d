// Tests for cchc/render/ics.hpp: TEXT escaping, folding at 75 octets without
// breaking UTF-8, and a whole calendar compared byte for byte (RFC 5545).

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cchc/render/ics.hpp"
#include "cchc/text/unicode.hpp"

using namespace cchc::render;
using cchc::model::Date;
using cchc::text::find_invalid_utf8;

namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date{date::year{y}, date::month{m}, date::day{d}};
}

std::vector<std::string> physical_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t crlf = s.find("\r\n"); crlf != std::string::npos; crlf = s.find("\r\n", start)) {
    out.push_back(s.substr(start, crlf - start));
    start = crlf + 2;
  }
  out.push_back(s.substr(start));
  return out;
}

// RFC 5545 3.1: a CRLF followed by one space or tab is removed.
std::string unfold(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\r\n") == 0 && i + 2 < s.size() && (s[i + 2] == ' ' || s[i + 2] == '\t')) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

const std::string kLongSummary =
    "[2.3] Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung, thay thế, bãi bỏ thuộc "
    "phạm vi chức năng quản lý của Sở Nội vụ; cập nhật lên Cổng Dịch vụ công quốc gia và "
    "Trung tâm Phục vụ hành chính công tỉnh";

}  // namespace

TEST_CASE("ics_escape escapes backslash, semicolon, comma and newline", "[ics]") {
  CHECK(ics_escape("Sở Nội vụ") == "Sở Nội vụ");
  CHECK(ics_escape("a\\b") == "a\\\\b");
  CHECK(ics_escape("sửa đổi, bổ sung") == "sửa đổi\\, bổ sung");
  CHECK(ics_escape("Chủ trì; phối hợp") == "Chủ trì\\; phối hợp");
  CHECK(ics_escape("dòng 1\ndòng 2") == "dòng 1\\ndòng 2");
  CHECK(ics_escape("dòng 1\r\ndòng 2") == "dòng 1\\ndòng 2");  // CRLF is one break
  CHECK(ics_escape("a\rb") == "a\\nb");
  CHECK(ics_escape("Hạn: 08/12/2017 \"x\"") == "Hạn: 08/12/2017 \"x\"");  // colon and quote stay
  CHECK(ics_escape("a\tb") == "a\tb");
  CHECK(ics_escape(std::string("a\x01\x7F") + "b") == "ab");  // control characters are not TEXT
  CHECK(ics_escape("\\,;\n") == "\\\\\\,\\;\\n");
}

TEST_CASE("ics_fold leaves lines of up to 75 octets alone", "[ics]") {
  CHECK(ics_fold("") == "");
  CHECK(ics_fold("SUMMARY:Hạn") == "SUMMARY:Hạn");
  std::string exact(75, 'a');
  CHECK(ics_fold(exact) == exact);
  CHECK(ics_fold(exact + "b") == exact + "\r\n b");
}

TEST_CASE("ics_fold gives continuation lines 74 octets after the space", "[ics]") {
  std::string line = std::string(75, 'a') + std::string(74, 'b') + "c";
  CHECK(ics_fold(line) == std::string(75, 'a') + "\r\n " + std::string(74, 'b') + "\r\n c");
}

TEST_CASE("ics_fold never splits a UTF-8 character", "[ics]") {
  // "ộ" is three octets (E1 BB 99); at octets 75-77 it would be cut in two.
  std::string line = std::string(74, 'a') + "ộ";
  CHECK(ics_fold(line) == std::string(74, 'a') + "\r\n ộ");
  std::string two = std::string(73, 'a') + "ộ";  // ends exactly at 76
  CHECK(ics_fold(two) == std::string(73, 'a') + "\r\n ộ");
  std::string fits = std::string(72, 'a') + "ộ";  // exactly 75
  CHECK(ics_fold(fits) == fits);
}

TEST_CASE("a long Vietnamese summary folds into valid lines that unfold to the original", "[ics]") {
  std::string line = "SUMMARY:" + ics_escape(kLongSummary);
  std::string folded = ics_fold(line);
  std::vector<std::string> lines = physical_lines(folded);
  REQUIRE(lines.size() >= 3);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO("line " << i << ": " << lines[i]);
    CHECK(lines[i].size() <= 75);
    CHECK_FALSE(find_invalid_utf8(lines[i]));
    if (i > 0) CHECK(lines[i][0] == ' ');
    // Folded as late as a character boundary allows (a character is at most 4 octets).
    if (i + 1 < lines.size()) CHECK(lines[i].size() >= 72);
  }
  CHECK(unfold(folded) == line);
}

TEST_CASE("render_ics writes a whole calendar", "[ics]") {
  IcsCalendar cal;
  cal.name = "Kế hoạch CCHC, 2021";
  cal.stamp = day(2026, 1, 1);
  IcsEvent first;
  first.uid = "kh-2021/1/0@cchc";
  first.day = day(2021, 3, 15);
  first.summary = "[1] Rà soát, công bố thủ tục";
  first.description = "Kế hoạch: KH 2021\nChủ trì: Sở Nội vụ; Sở Tư pháp";
  first.categories = {"kh-2021", "overdue", "a,b"};
  first.status = "CONFIRMED";
  IcsEvent second;
  second.uid = "kh-2021/2/1/2021-12@cchc";
  second.day = day(2021, 12, 31);  // DTEND crosses into the next year
  second.summary = "[2] Báo cáo năm";
  cal.events = {first, second};

  std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//cchc//cchc " CCHC_VERSION
      "//VI\r\n"
      "CALSCALE:GREGORIAN\r\n"
      "METHOD:PUBLISH\r\n"
      "X-WR-CALNAME:Kế hoạch CCHC\\, 2021\r\n"
      "X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:kh-2021/1/0@cchc\r\n"
      "DTSTAMP:20260101T000000Z\r\n"
      "DTSTART;VALUE=DATE:20210315\r\n"
      "DTEND;VALUE=DATE:20210316\r\n"
      "SUMMARY:[1] Rà soát\\, công bố thủ tục\r\n"
      "DESCRIPTION:Kế hoạch: KH 2021\\nChủ trì: Sở Nội vụ\\; Sở Tư p\r\n"  // 79 octets: folded
      " háp\r\n"
      "CATEGORIES:kh-2021,overdue,a\\,b\r\n"
      "STATUS:CONFIRMED\r\n"
      "TRANSP:TRANSPARENT\r\n"
      "END:VEVENT\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:kh-2021/2/1/2021-12@cchc\r\n"
      "DTSTAMP:20260101T000000Z\r\n"
      "DTSTART;VALUE=DATE:20211231\r\n"
      "DTEND;VALUE=DATE:20220101\r\n"
      "SUMMARY:[2] Báo cáo năm\r\n"
      "TRANSP:TRANSPARENT\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  CHECK(render_ics(cal) == expected);
}

TEST_CASE("an empty calendar is the calendar properties alone", "[ics]") {
  IcsCalendar cal;
  cal.name = "cchc";
  cal.stamp = day(2021, 1, 5);
  std::string out = render_ics(cal);
  CHECK(out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(out.find("VEVENT") == std::string::npos);
  CHECK(out.size() >= 16);
  CHECK(out.substr(out.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("every line of a rendered calendar is CRLF-ended, short and valid UTF-8", "[ics]") {
  IcsCalendar cal;
  cal.name = kLongSummary;
  cal.stamp = day(2021, 1, 5);
  IcsEvent e;
  e.uid = "kh/1@cchc";
  e.day = day(2020, 2, 29);
  e.summary = kLongSummary;
  e.description = kLongSummary + "\n" + kLongSummary;
  e.categories = {kLongSummary};
  cal.events = {e};
  std::string out = render_ics(cal);
  REQUIRE(out.size() > 2);
  CHECK(out.substr(out.size() - 2) == "\r\n");
  std::vector<std::string> lines = physical_lines(out.substr(0, out.size() - 2));
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
    CHECK_FALSE(find_invalid_utf8(line));
  }
  std::string whole = unfold(out);
  CHECK(whole.find("\r\nSUMMARY:" + ics_escape(kLongSummary) + "\r\n") != std::string::npos);
  CHECK(whole.find("\r\nDTSTART;VALUE=DATE:20200229\r\nDTEND;VALUE=DATE:20200301\r\n") !=
        std::string::npos);
}
