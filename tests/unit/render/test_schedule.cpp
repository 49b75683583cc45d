// The schedule renderers: the text Gantt's cells and widths, Markdown cells,
// JSON keys, and an HTML page that escapes everything and fetches nothing.
#include <catch2/catch.hpp>
#include <sstream>

#include "../support/messages.hpp"
#include "cchc/engine/schedule.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/render/schedule.hpp"
#include "cchc/text/unicode.hpp"

using namespace cchc;

namespace {

struct Fixture {
  model::Repository repo;
  engine::WorkCalendar calendar{std::nullopt};
  model::OwnerIndex owners{repo.owners};  // the index keeps a reference: not to a temporary
  engine::Evaluation ev;
  engine::Schedule schedule;

  Fixture(const std::string& tasks, const std::string& as_of,
          engine::ScheduleBy by = engine::ScheduleBy::month, const std::string& title = "t") {
    std::string text = "id: p\ntitle: " + title + "\nperiod: 2021\ntasks:\n" + tasks;
    auto f = load::load_plan("p.yaml", text, model::MoneyUnit::million);
    INFO(text);
    REQUIRE(f.plan);
    for (const auto& d : f.diags.items()) FAIL_CHECK(en(d.message));
    repo.plans.push_back(*f.plan);
    ev = engine::evaluate(repo, *model::parse_iso_date(as_of), calendar, {});
    schedule = engine::build_schedule(ev, {by, {}, {}});
  }

  render::ListContext ctx(text::Lang lang = text::Lang::vi) const {
    return {owners, lang, ev.as_of};
  }
};

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The line of the text chart for task `id`.
std::string row_line(const std::string& out, const std::string& id) {
  for (const auto& l : lines(out))
    if (l.rfind(id + " ", 0) == 0) return l;
  FAIL("no line for " << id << " in\n" << out);
  return "";
}

// The chart part of a row: what follows the left part (STT, title).
std::string chart_part(const std::string& line, std::size_t left) {
  std::size_t col = 0, pos = 0;
  while (pos < line.size() && col < left) {
    auto c = static_cast<unsigned char>(line[pos]);
    pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++col;
  }
  return line.substr(pos);
}

}  // namespace

TEST_CASE("text Gantt: marks fall in the ten days of their month, bars join across months",
          "[schedule]") {
  Fixture fx(
      "  - {id: '1', title: Một, due: 15/03/2021}\n"
      "  - {id: '2', title: Hai, due: Quý I/2021, status: done, done_on: 2021-01-20}\n"
      "  - {id: '3', title: Ba, due: Tháng 2/2021}\n",
      "2021-02-05");
  std::string out = render::schedule_text(fx.schedule, fx.ctx(), {});
  // Left part: "STT" (3) + 2 + "Nội dung" (8) = 13 columns; each month is a
  // blank column and three cells.
  // A plain day is a one-day bar: only its mark shows; '┊' is the as-of day.
  CHECK(chart_part(row_line(out, "1"), 13) == "     ┊    ◆");
  CHECK(chart_part(row_line(out, "2"), 13) == " ▓▓▓▓▓▓▓▓▓▓✓");  // done: the quarter in '▓'
  // As of 05/02 the first ten days of February are elapsed, the rest ahead.
  CHECK(chart_part(row_line(out, "3"), 13) == "     █░◆");
  CHECK(out.find("Thanh: █ đã qua  ░ còn lại  ▓ đã hoàn thành  ─ đã hủy  ┊ ngày 05/02/2021\n") !=
        std::string::npos);
}

TEST_CASE("text Gantt: overdue marks, the as-of column and the header", "[schedule]") {
  Fixture fx(
      "  - {id: '1', title: Một, due: 10/01/2021}\n"
      "  - {id: '2', title: Hai, due: Tháng 6/2021}\n",
      "2021-02-25");
  std::string out = render::schedule_text(fx.schedule, fx.ctx(), {});
  // Due 10/01, open on 25/02: '!' then the work running on to the as-of day.
  CHECK(chart_part(row_line(out, "1"), 13) == " !██████");
  CHECK(chart_part(row_line(out, "2"), 13) == "       ┊             ░░◆");
  auto ls = lines(out);
  auto header = std::find_if(ls.begin(), ls.end(),
                             [](const std::string& l) { return l.rfind("STT", 0) == 0; });
  REQUIRE(header != ls.end());
  CHECK(*header == "STT  Nội dung T1  T2  T3  T4  T5  T6  T7  T8  T9  T10 T11 T12");
  CHECK(*(header - 1) == "              2021");
  CHECK(text::display_width(*(header + 1)) == 13 + 48);
  // 13 + 7: the third cell of February (days 21-28) holds 25/02.
  CHECK((header + 1)->find("▼") == std::string("────────────────────").size());
}

TEST_CASE("text Gantt: titles shrink to fit the width, never below 20 columns", "[schedule]") {
  std::string long_title =
      "Xây dựng và ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của tỉnh";
  Fixture fx("  - {id: '1', title: " + long_title + ", due: Quý IV/2021}\n", "2021-06-30");
  SECTION("room for 27 columns of title") {
    std::string out =
        render::schedule_text(fx.schedule, fx.ctx(), {80, render::Overflow::cut, false});
    for (const auto& l : lines(out)) CHECK(text::display_width(l) <= 80);
    CHECK(row_line(out, "1").rfind("1    Xây dựng và ban hành văn b… ", 0) == 0);
  }
  SECTION("too narrow: the title keeps 20 columns and the chart goes past") {
    std::string out =
        render::schedule_text(fx.schedule, fx.ctx(), {60, render::Overflow::cut, false});
    CHECK(row_line(out, "1").rfind("1    Xây dựng và ban hàn… ", 0) == 0);
  }
  SECTION("no limit: the whole title") {
    std::string out = render::schedule_text(fx.schedule, fx.ctx(), {});
    CHECK(row_line(out, "1").find(long_title) != std::string::npos);
  }
}

TEST_CASE("text Gantt by quarter: a cell per month, Roman numerals; English labels", "[schedule]") {
  Fixture fx(
      "  - {id: '1', title: Một, due: Tháng 5/2021}\n  - {id: '2', title: Hai, due: Thường "
      "xuyên}\n",
      "2021-01-10", engine::ScheduleBy::quarter);
  std::string vi = render::schedule_text(fx.schedule, fx.ctx(), {});
  CHECK(vi.find("STT  Nội dung I   II  III IV\n") != std::string::npos);
  CHECK(chart_part(row_line(vi, "1"), 13) == " ┊    ◆");
  CHECK(
      vi.find("Không có thời hạn cụ thể (không vẽ trên biểu đồ):\n2    Hai      Thường xuyên\n") !=
      std::string::npos);
  std::string en = render::schedule_text(fx.schedule, fx.ctx(text::Lang::en), {});
  CHECK(en.find("No.  Task Q1  Q2  Q3  Q4\n") != std::string::npos);
  CHECK(en.find(
            "Task schedule by quarter — as of 10 January 2021\nFrom 2021-01-01 to 2021-12-31\n") ==
        0);
  CHECK(en.find("Marks: ✓ done on time  » done late  ! overdue  ◆ not yet due  × cancelled\n") !=
        std::string::npos);
}

TEST_CASE("a year with one column shows as '21", "[schedule]") {
  Fixture fx("  - {id: '1', title: Một, due: 15/01/2022}\n", "2021-06-30");
  engine::ScheduleOptions o{engine::ScheduleBy::month, *model::parse_iso_date("2021-12-01"), {}};
  auto s = engine::build_schedule(fx.ev, o);
  std::string out = render::schedule_text(s, fx.ctx(), {});
  // Two periods of a year each: "2021" and "2022" would run together.
  CHECK(out.find("\n              '21 '22\nSTT  Nội dung T12 T1\n") != std::string::npos);
}

TEST_CASE("Markdown: a column per period with its marks and days", "[schedule]") {
  Fixture fx("  - {id: '1', title: Một, due: Quý I/2021, status: done, done_on: 2021-03-02}\n",
             "2021-06-30", engine::ScheduleBy::quarter);
  std::string md = render::schedule_md(fx.schedule, fx.ctx());
  CHECK(md.find("| STT | Nội dung | Quý I/2021 | Quý II/2021 | Quý III/2021 | Quý IV/2021 |\n") !=
        std::string::npos);
  CHECK(md.find("| 1 | Một | ✓ 31/03 |  |  |  |\n") != std::string::npos);
}

TEST_CASE("JSON: window, columns and rows with marks", "[schedule]") {
  Fixture fx(
      "  - {id: '1', title: Một, due: Quý I/2021}\n  - {id: '2', title: Hai, due: Thường xuyên}\n",
      "2021-06-30", engine::ScheduleBy::quarter);
  auto j = render::schedule_json(fx.schedule);
  CHECK(j["by"] == "quarter");
  CHECK(j["from"] == "2021-01-01");
  CHECK(j["columns"].size() == 4);
  CHECK(j["columns"][1]["key"] == "2021-Q2");
  CHECK(j["rows"][0]["start"] == "2021-01-01");
  CHECK(j["rows"][0]["late_until"] == "2021-06-30");
  CHECK(j["rows"][0]["marks"][0]["due"] == "2021-03-31");
  CHECK(j["rows"][0]["marks"][0]["category"] == "overdue");
  CHECK(j["rows"][1]["start"].is_null());
  CHECK(j["rows"][1]["undated"][0]["kind"] == "ongoing");
}

TEST_CASE("xml_escape: the five characters XML gives meaning to", "[schedule]") {
  CHECK(render::xml_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
  CHECK(render::xml_escape("Sở TT&TT") == "Sở TT&amp;TT");
}

TEST_CASE("HTML: self-contained, escaped, with tooltips and the as-of line", "[schedule]") {
  Fixture fx("  - {id: '1', title: \"<script>alert('x')</script> & Co\", due: Quý I/2021}\n",
             "2021-02-01", engine::ScheduleBy::month, "\"Kế hoạch <2021>\"");
  std::string html = render::schedule_html(fx.schedule, fx.ctx());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n", 0) ==
        0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co") != std::string::npos);
  CHECK(html.find("Kế hoạch &lt;2021&gt;") != std::string::npos);
  // Nothing is fetched: no address, no external resource of any kind.
  for (const char* s : {"http:", "https:", "//", "src=", "href=", "url(", "@import"})
    CHECK(html.find(s) == std::string::npos);
  CHECK(html.find("<title>Quý I/2021 — hạn 31/03/2021 — Đang thực hiện trong hạn</title>") !=
        std::string::npos);
  CHECK(html.find("<line class=\"as-of\"") != std::string::npos);
  CHECK(render::schedule_html(fx.schedule, fx.ctx(text::Lang::en)).find("<html lang=\"en\">") !=
        std::string::npos);
}

TEST_CASE("a title written over two lines takes one row", "[schedule]") {
  Fixture fx("  - {id: '1', title: \"Dòng một\\ndòng hai\", due: Quý IV/2021}\n", "2021-06-30");
  std::string out = render::schedule_text(fx.schedule, fx.ctx(), {});
  CHECK(row_line(out, "1").rfind("1    Dòng một dòng hai ", 0) == 0);
  CHECK(out.find("\ndòng hai") == std::string::npos);
}
