// Tests for cchc/render/table.hpp: terminal tables aligned by display width
// (Vietnamese in NFC and NFD, CJK), flexible columns wrapped or cut to the
// terminal width, rules, bold headers, and the Markdown form. Whole outputs
// are compared; the expected blocks are written so that they line up in an
// editor, as they must on a terminal.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cchc/render/table.hpp"
#include "cchc/text/unicode.hpp"

using namespace cchc::render;
using cchc::text::display_width;
using cchc::text::find_invalid_utf8;
using cchc::text::to_nfc;

namespace {

// A raw-string block without its first newline, so the text starts flush left.
std::string block(const char* text) {
  std::string s = text;
  return s.substr(s.front() == '\n' ? 1 : 0);
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', start)) {
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

bool no_trailing_spaces(const std::string& s) {
  for (const std::string& line : lines_of(s))
    if (!line.empty() && line.back() == ' ') return false;
  return true;
}

const std::string kTitle = "Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung";  // 57 wide
const std::string kCentre = "Trung tâm Phục vụ hành chính công tỉnh";                    // 38 wide

// kTitle decomposed (NFD), spelled with escapes so no editor can normalize it.
const std::string kCirc = "\xCC\x82", kAcute = "\xCC\x81", kGrave = "\xCC\x80", kHook = "\xCC\x89",
                  kDot = "\xCC\xA3", kHorn = "\xCC\x9B";
const std::string kTitleNfd = "Co" + kCirc + "ng bo" + kCirc + kAcute + " danh mu" + kDot +
                              "c thu" + kHook + " tu" + kDot + "c ha" + kGrave + "nh chi" + kAcute +
                              "nh đu" + kHorn + "o" + kHorn + kDot + "c su" + kHorn + kHook +
                              "a đo" + kCirc + kHook + "i, bo" + kCirc + kHook + " sung";

Table task_table(const std::string& title) {
  Table t;
  t.columns = {{"STT"}, {"Nội dung", Align::left, true}, {"Chủ trì", Align::left, true}, {"Hạn"}};
  t.rows = {{"1", title, kCentre, "08/12/2017"},
            {"2", "Rà soát quy trình", "Sở Nội vụ", "15/03/2021"}};
  return t;
}

TextStyle width(int w, Overflow o = Overflow::wrap) {
  TextStyle s;
  s.width = w;
  s.overflow = o;
  return s;
}

}  // namespace

TEST_CASE("a table without a width limit keeps natural widths, rules and multi-line cells",
          "[table]") {
  Table t;
  t.columns = {{"Cơ quan"}, {"Quá hạn", Align::right}, {"Tỷ lệ", Align::right}};
  t.rows = {{"Sở Nội vụ", "3", "98,62%"},
            {"Trung tâm Phục vụ\nhành chính công tỉnh", "12", "50,00%"},
            {"Tổng cộng", "15", "77,77%"}};
  t.rules_after = {1};
  std::string out = render_text_table(t, TextStyle{});
  CHECK(out == block(R"(
Cơ quan               Quá hạn   Tỷ lệ
────────────────────  ───────  ──────
Sở Nội vụ                   3  98,62%
Trung tâm Phục vụ          12  50,00%
hành chính công tỉnh
─────────────────────────────────────
Tổng cộng                  15  77,77%
)"));
  CHECK(no_trailing_spaces(out));
}

TEST_CASE("a table that fits the width is not changed", "[table]") {
  // 3 + 57 + 38 + 10 columns and three gaps of two: 114.
  std::string natural = render_text_table(task_table(kTitle), TextStyle{});
  CHECK(render_text_table(task_table(kTitle), width(114)) == natural);
  CHECK(render_text_table(task_table(kTitle), width(200)) == natural);
  CHECK(render_text_table(task_table(kTitle), width(113)) != natural);
  CHECK(lines_of(natural).size() == 4);
  CHECK(display_width(lines_of(natural)[1]) == 114);
  CHECK(natural_table_width(task_table(kTitle)) == 114);
}

TEST_CASE("width 100: the narrower flexible column stays whole, the title wraps at spaces",
          "[table]") {
  std::string out = render_text_table(task_table(kTitle), width(100));
  CHECK(out == block(R"(
STT  Nội dung                                     Chủ trì                                 Hạn
───  ───────────────────────────────────────────  ──────────────────────────────────────  ──────────
1    Công bố danh mục thủ tục hành chính được     Trung tâm Phục vụ hành chính công tỉnh  08/12/2017
     sửa đổi, bổ sung
2    Rà soát quy trình                            Sở Nội vụ                               15/03/2021
)"));
  CHECK(no_trailing_spaces(out));
}

TEST_CASE("width 60: both flexible columns share the room and wrap", "[table]") {
  std::string out = render_text_table(task_table(kTitle), width(60));
  CHECK(out == block(R"(
STT  Nội dung               Chủ trì               Hạn
───  ─────────────────────  ────────────────────  ──────────
1    Công bố danh mục thủ   Trung tâm Phục vụ     08/12/2017
     tục hành chính được    hành chính công tỉnh
     sửa đổi, bổ sung
2    Rà soát quy trình      Sở Nội vụ             15/03/2021
)"));
  for (const std::string& line : lines_of(out)) CHECK(display_width(line) <= 60);
  CHECK(no_trailing_spaces(out));
}

TEST_CASE("width 40: flexible columns go below 12 when nothing else fits, cut with an ellipsis",
          "[table]") {
  // 40 leaves 21 for two flexible columns: below the floor of 12, which the
  // table takes when nothing else is left to give, so that it fits.
  std::string out = render_text_table(task_table(kTitle), width(40, Overflow::cut));
  CHECK(out == block(R"(
STT  Nội dung     Chủ trì     Hạn
───  ───────────  ──────────  ──────────
1    Công bố da…  Trung tâm…  08/12/2017
2    Rà soát qu…  Sở Nội vụ   15/03/2021
)"));
  for (const std::string& line : lines_of(out)) CHECK(display_width(line) <= 40);
  CHECK(no_trailing_spaces(out));
}

TEST_CASE("width 40 with wrapping never splits a word that fits", "[table]") {
  std::string out = render_text_table(task_table(kTitle), width(40));
  CHECK(out == block(R"(
STT  Nội dung     Chủ trì     Hạn
───  ───────────  ──────────  ──────────
1    Công bố      Trung tâm   08/12/2017
     danh mục     Phục vụ
     thủ tục      hành chính
     hành chính   công tỉnh
     được sửa
     đổi, bổ
     sung
2    Rà soát quy  Sở Nội vụ   15/03/2021
     trình
)"));
}

TEST_CASE("headers are stacked when shrinking the flexible columns is not enough", "[table]") {
  Table t;
  t.columns = {{"Cơ quan", Align::left, true},
               {"Hoàn thành đúng hạn", Align::right},
               {"Quá hạn chưa hoàn thành", Align::right}};
  t.rows = {{"Sở Nội vụ", "12", "3"}};
  std::string out = render_text_table(t, width(30));
  CHECK(out == block(R"(
Cơ quan     Hoàn    Quá
           thành    hạn
            đúng   chưa
             hạn   hoàn
                  thành
─────────  ─────  ─────
Sở Nội vụ     12      3
)"));
}

TEST_CASE("a matrix too wide for the width is shown in parts, each with the first column",
          "[table]") {
  Table t;
  t.columns = {{"Cơ quan"}};
  t.rows = {{"Sở Nội vụ"}, {"Sở Tư pháp"}};
  for (int c = 1; c <= 6; ++c) {
    t.columns.push_back({"(" + std::to_string(c) + ")"});
    for (auto& row : t.rows) row.push_back("Đạt");
  }
  std::string out = render_text_table(t, width(30));
  CHECK(out == block(R"(
Cơ quan     (1)  (2)  (3)  (4)
──────────  ───  ───  ───  ───
Sở Nội vụ   Đạt  Đạt  Đạt  Đạt
Sở Tư pháp  Đạt  Đạt  Đạt  Đạt

Cơ quan     (5)  (6)
──────────  ───  ───
Sở Nội vụ   Đạt  Đạt
Sở Tư pháp  Đạt  Đạt
)"));
}

TEST_CASE("width 0 means no limit", "[table]") {
  CHECK(render_text_table(task_table(kTitle), width(0)) ==
        render_text_table(task_table(kTitle), width(100000)));
  CHECK(render_text_table(task_table(kTitle), width(0, Overflow::cut)) ==
        render_text_table(task_table(kTitle), TextStyle{}));
}

TEST_CASE("a cut drops the space before the ellipsis", "[table]") {
  Table t;
  t.columns = {{"Mã"}, {"Nội dung", Align::left, true}};
  t.rows = {{"1", kTitle}};
  std::string out = render_text_table(t, width(18, Overflow::cut));
  CHECK(out == block(R"(
Mã  Nội dung
──  ──────────────
1   Công bố danh…
)"));
}

TEST_CASE("cut keeps the lines a cell was written with, cutting each", "[table]") {
  Table t;
  t.columns = {{"Nội dung", Align::left, true}, {"Hạn"}};
  t.rows = {{"Rà soát\n" + kTitle, "2021"}};
  std::string out = render_text_table(t, width(18, Overflow::cut));
  CHECK(out == block(R"(
Nội dung      Hạn
────────────  ────
Rà soát       2021
Công bố dan…
)"));
}

TEST_CASE("a word longer than the column is broken after a hyphen, else between characters",
          "[table]") {
  Table t;
  t.columns = {{"Liên kết", Align::left, true}};
  t.rows = {{"Xem dichvucong.gov.vn/thu-tuc-hanh-chinh"}};
  std::string out = render_text_table(t, width(12));
  CHECK(out == block(R"(
Liên kết
────────────
Xem
dichvucong.g
ov.vn/thu-
tuc-hanh-
chinh
)"));
}

TEST_CASE("hard breaks in NFD text keep each letter with its tone marks", "[table]") {
  // One long "word": the title without spaces, decomposed.
  std::string word;
  for (char c : kTitleNfd)
    if (c != ' ') word += c;
  Table t;
  t.columns = {{"X", Align::left, true}};
  t.rows = {{word}};
  std::vector<std::string> lines = lines_of(render_text_table(t, width(12)));
  REQUIRE(lines.size() > 3);
  std::string joined;
  for (std::size_t i = 2; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    CHECK_FALSE(find_invalid_utf8(line));
    CHECK(display_width(line) <= 12);
    CHECK(static_cast<unsigned char>(line[0]) != 0xCC);  // no line starts with a combining mark
    joined += line;
  }
  CHECK(joined == word);
  CHECK(display_width(lines[2]) == 12);
}

TEST_CASE("NFD text measures like NFC", "[table]") {
  for (int w : {0, 40, 60, 100}) {
    for (Overflow o : {Overflow::wrap, Overflow::cut}) {
      std::string nfc = render_text_table(task_table(kTitle), width(w, o));
      std::string nfd = render_text_table(task_table(kTitleNfd), width(w, o));
      CHECK(nfd != nfc);          // the text is kept as written ...
      CHECK(to_nfc(nfd) == nfc);  // ... and laid out exactly the same
    }
  }
}

TEST_CASE("wide CJK characters count two columns", "[table]") {
  Table t;
  t.columns = {{"Tên"}, {"Số", Align::right}};
  t.rows = {{"中文", "5"}, {"Hà Nội", "12"}};
  CHECK(render_text_table(t, TextStyle{}) == block(R"(
Tên     Số
──────  ──
中文     5
Hà Nội  12
)"));
}

TEST_CASE("an empty table is its header and underline", "[table]") {
  Table t;
  t.columns = {{"STT"}, {"Nội dung", Align::left, true}, {"Hạn", Align::right}};
  std::string expected = block(R"(
STT  Nội dung  Hạn
───  ────────  ───
)");
  CHECK(render_text_table(t, TextStyle{}) == expected);
  CHECK(render_text_table(t, width(100)) == expected);
  CHECK(render_text_table(t, width(10)) == expected);  // already at its floor
  CHECK(render_text_table(Table{}, TextStyle{}).empty());
}

TEST_CASE("short rows are padded with empty cells and never leave trailing spaces", "[table]") {
  Table t;
  t.columns = {{"Mã"}, {"Nội dung"}, {"Ghi chú"}};
  t.rows = {{"1"}, {"2", "Rà soát", ""}};
  std::string out = render_text_table(t, TextStyle{});
  CHECK(out == block(R"(
Mã  Nội dung  Ghi chú
──  ────────  ───────
1
2   Rà soát
)"));
}

TEST_CASE("color makes the header bold and nothing else", "[table]") {
  Table t;
  t.columns = {{"Tên"}, {"Số", Align::right}};
  t.rows = {{"中文", "5"}, {"Hà Nội", "12"}};
  TextStyle plain, colored;
  colored.color = true;
  std::vector<std::string> a = lines_of(render_text_table(t, plain));
  std::vector<std::string> b = lines_of(render_text_table(t, colored));
  REQUIRE(a.size() == b.size());
  CHECK(b[0] == "\x1b[1mTên\x1b[0m     \x1b[1mSố\x1b[0m");
  for (std::size_t i = 1; i < a.size(); ++i) CHECK(a[i] == b[i]);
}

TEST_CASE("a rule after the last row, and rules for rows that do not exist are ignored",
          "[table]") {
  Table t;
  t.columns = {{"A"}, {"B", Align::right}};
  t.rows = {{"x", "1"}, {"Tổng", "2"}};
  t.rules_after = {0, 1, 7};
  CHECK(render_text_table(t, TextStyle{}) == block(R"(
A     B
────  ─
x     1
───────
Tổng  2
───────
)"));
}

TEST_CASE("Markdown: header, alignment row, escaped cells", "[table]") {
  Table t;
  t.columns = {{"Nội dung"}, {"Quá hạn", Align::right}};
  t.rows = {{"A | B", "3"}, {"Dòng 1\nDòng 2", "12"}, {"Windows\r\nline"}, {"", ""}};
  t.rules_after = {0};  // nothing to draw in Markdown
  CHECK(render_md_table(t) ==
        "| Nội dung | Quá hạn |\n"
        "| --- | ---: |\n"
        "| A \\| B | 3 |\n"
        "| Dòng 1<br>Dòng 2 | 12 |\n"
        "| Windows<br>line |  |\n"
        "|  |  |\n");
  Table empty;
  empty.columns = {{"STT"}, {"Tên | mã"}};
  CHECK(render_md_table(empty) == "| STT | Tên \\| mã |\n| --- | --- |\n");
}

TEST_CASE("wrap_text: at spaces, each line on its own, no limit at width 0", "[table]") {
  CHECK(wrap_text("Tỷ lệ hoàn thành: 80,00% (4/5)", 12) == "Tỷ lệ hoàn\nthành:\n80,00% (4/5)");
  CHECK(wrap_text("một\nhai ba", 5) == "một\nhai\nba");
  CHECK(wrap_text("không giới hạn", 0) == "không giới hạn");
}
