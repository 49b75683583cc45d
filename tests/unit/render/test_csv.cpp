// Tests for cchc/render/csv.hpp: RFC 4180 quoting, CRLF line ends, the
// optional UTF-8 BOM, and a round trip through a small strict reader written
// here, so what cchc writes is known to read back field for field.

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cchc/render/csv.hpp"

using namespace cchc::render;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: records end with CRLF; a quoted field may hold
// anything, with "" for a quote; a bare CR or LF, or a quote inside an
// unquoted field, is an error (nullopt), as is text after a closing quote.
std::optional<Rows> read_csv(const std::string& s) {
  Rows rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"') {
      for (++i;; ++i) {
        if (i >= s.size()) return std::nullopt;  // unterminated
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        field += s[i];
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '\r') {
        if (s[i] == '"' || s[i] == '\n') return std::nullopt;
        field += s[i++];
      }
    }
    row.push_back(field);
    field.clear();
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    if (s.compare(i, 2, "\r\n") != 0) return std::nullopt;  // every record ends with CRLF
    i += 2;
    rows.push_back(row);
    row.clear();
  }
  return rows;
}

}  // namespace

TEST_CASE("csv_field leaves plain text alone", "[csv]") {
  CHECK(csv_field("") == "");
  CHECK(csv_field("abc") == "abc");
  CHECK(csv_field("Sở Nội vụ") == "Sở Nội vụ");
  CHECK(csv_field("Quý IV/2017") == "Quý IV/2017");
  CHECK(csv_field("98.62%") == "98.62%");
  CHECK(csv_field("a'b") == "a'b");
}

TEST_CASE("csv_field quotes separators, quotes, line breaks and edge spaces", "[csv]") {
  CHECK(csv_field("Công bố, sửa đổi") == "\"Công bố, sửa đổi\"");
  CHECK(csv_field("Nghị định \"30\"") == "\"Nghị định \"\"30\"\"\"");
  CHECK(csv_field("\"") == "\"\"\"\"");
  CHECK(csv_field("dòng 1\ndòng 2") == "\"dòng 1\ndòng 2\"");
  CHECK(csv_field("a\rb") == "\"a\rb\"");
  CHECK(csv_field("a\r\nb") == "\"a\r\nb\"");
  CHECK(csv_field(" đầu") == "\" đầu\"");
  CHECK(csv_field("cuối ") == "\"cuối \"");
  CHECK(csv_field("\ttab") == "\"\ttab\"");
  CHECK(csv_field(" ") == "\" \"");
}

TEST_CASE("CsvWriter ends every record with CRLF", "[csv]") {
  CsvWriter w;
  w.row({"plan", "task", "title"});
  w.row({"kh-2021", "1", "Công bố, công khai"});
  w.row({"kh-2021", "", ""});
  CHECK(w.str() ==
        "plan,task,title\r\n"
        "kh-2021,1,\"Công bố, công khai\"\r\n"
        "kh-2021,,\r\n");
}

TEST_CASE("a record of one empty field is not written as a blank line", "[csv]") {
  CsvWriter w;
  w.row({""});
  w.row({"", ""});
  w.row({});
  CHECK(w.str() == "\"\"\r\n,\r\n\r\n");
}

TEST_CASE("CsvWriter writes the UTF-8 BOM first only when asked", "[csv]") {
  CsvWriter plain;
  CHECK(plain.str().empty());
  plain.row({"Hạn"});
  CHECK(plain.str() == "Hạn\r\n");

  CsvWriter excel(true);
  CHECK(excel.str() == "\xEF\xBB\xBF");
  excel.row({"Hạn"});
  CHECK(excel.str() == "\xEF\xBB\xBFHạn\r\n");
}

TEST_CASE("what CsvWriter writes reads back field for field", "[csv]") {
  Rows rows = {
      {"plan", "task", "title", "lead", "due"},
      {"kh-2021", "1.2", "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung",
       "Trung tâm Phục vụ hành chính công tỉnh", "2021-03-15"},
      {"q", "\"", "\"\"", "say \"xin chào\"", ","},
      {"lines", "a\nb", "a\r\nb", "a\rb", "\n"},
      {" lead", "trail ", " ", "", "中文"},
      {""},
      {"", ""},
      {"last,", ",first", "a,\"b\",c", "\\", ";"},
  };
  CsvWriter w;
  for (const auto& r : rows) w.row(r);
  auto back = read_csv(w.str());
  REQUIRE(back);
  CHECK(*back == rows);
}

TEST_CASE("the round-trip reader rejects malformed CSV", "[csv]") {
  // The reader must be able to fail, or the round trip proves nothing.
  CHECK_FALSE(read_csv("a,b\n"));
  CHECK_FALSE(read_csv("a\"b\r\n"));
  CHECK_FALSE(read_csv("\"a\r\n"));
  CHECK_FALSE(read_csv("\"a\"b\r\n"));
  CHECK(read_csv("\"a,b\",c\r\n") == Rows{{"a,b", "c"}});
}
