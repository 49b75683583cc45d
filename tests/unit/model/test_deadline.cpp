// Tests of the deadline grammar: every row of plan-format.md section 6 and
// every deadline phrase printed in the seed documents.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "../support/messages.hpp"
#include "cchc/model/deadline.hpp"

using namespace cchc::model;
using cchc::diag::Rule;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
  return make_date(y, m, d).value();
}

const DeadlineContext kCtx2021{ymd(2021, 1, 1), ymd(2021, 12, 31)};

Deadline parsed(std::string_view text, const DeadlineContext& ctx = kCtx2021) {
  Parsed<Deadline> r = parse_deadline(text, ctx);
  INFO("text: " << text << " | message: " << en(r.message));
  REQUIRE(r.ok());
  return *r.value;
}

// The one day item a text must read as.
DeadlineItem one_day(std::string_view text) {
  Deadline d = parsed(text);
  INFO("text: " << text);
  REQUIRE(d.items.size() == 1);
  REQUIRE(d.items[0].kind == DeadlineKind::day);
  return d.items[0];
}

Date due_of(std::string_view text) {
  return one_day(text).due;
}

// The one recurring rule a text must read as.
Recurrence one_rule(std::string_view text) {
  Deadline d = parsed(text);
  INFO("text: " << text);
  REQUIRE(d.items.size() == 1);
  REQUIRE(d.items[0].kind == DeadlineKind::recurring);
  return d.items[0].rule;
}

DeadlineKind one_kind(std::string_view text) {
  Deadline d = parsed(text);
  INFO("text: " << text);
  REQUIRE(d.items.size() == 1);
  return d.items[0].kind;
}

Rule error_rule(std::string_view text) {
  Parsed<Deadline> r = parse_deadline(text, kCtx2021);
  INFO("text: " << text);
  REQUIRE_FALSE(r.ok());
  CHECK_FALSE(en(r.message).empty());
  CHECK_FALSE(en(r.hint).empty());
  return r.rule;
}

}  // namespace

TEST_CASE("a day is that day", "[deadline]") {
  for (const char* text :
       {"2020-06-01", "01/6/2020", "1-6-2020", "ngày 01/6/2020", "ngày 01 tháng 6 năm 2020",
        "chậm nhất ngày 01/6/2020", "hạn 01/6/2020", "đến ngày 01/6/2020", "Ngày 01/06/2020",
        "Chậm nhất vào ngày 01/6/2020", "Hạn: 01/6/2020", "1.6.2020", "2020/06/01"}) {
    INFO(text);
    const DeadlineItem item = one_day(text);
    CHECK(item.due == ymd(2020, 6, 1));
    CHECK(item.first == ymd(2020, 6, 1));
    CHECK_FALSE(item.start.has_value());
    CHECK_FALSE(item.carried_over);
  }
}

TEST_CASE("before a day is the day before", "[deadline]") {
  CHECK(due_of("trước ngày 01/6/2020") == ymd(2020, 5, 31));
  CHECK(due_of("Trước ngày 01/6/2020") == ymd(2020, 5, 31));
  CHECK(due_of("before 2020-06-01") == ymd(2020, 5, 31));
  CHECK(due_of("Trước ngày 01/01/2021") == ymd(2020, 12, 31));
  CHECK(due_of("trước ngày 01/3/2020") == ymd(2020, 2, 29));  // leap year
  CHECK(due_of("trước ngày 01/3/2021") == ymd(2021, 2, 28));
  CHECK(due_of("Trước tháng 6/2020") == ymd(2020, 5, 31));
  CHECK(one_day("trước ngày 01/6/2020").first == ymd(2020, 5, 31));
}

TEST_CASE("a month is its last day", "[deadline]") {
  for (const char* text :
       {"2020-04", "04/2020", "Tháng 4/2020", "tháng 4 năm 2020", "Tháng 04/2020"})
    CHECK(due_of(text) == ymd(2020, 4, 30));
  CHECK(due_of("Tháng 02/2021") == ymd(2021, 2, 28));
  CHECK(due_of("Tháng 2/2020") == ymd(2020, 2, 29));
  CHECK(due_of("12/2017") == ymd(2017, 12, 31));
  CHECK(one_day("Tháng 4/2020").first == ymd(2020, 4, 1));
  CHECK(one_day("2020-04").first == ymd(2020, 4, 1));
}

TEST_CASE("a quarter is its last day", "[deadline]") {
  for (const char* text : {"2017-Q4", "Quý IV/2017", "Quý 4/2017", "quý IV năm 2017", "Q4/2017"})
    CHECK(due_of(text) == ymd(2017, 12, 31));
  CHECK(due_of("Quý I/2018") == ymd(2018, 3, 31));
  CHECK(due_of("Quý II/2018") == ymd(2018, 6, 30));
  CHECK(due_of("Quý III/2018") == ymd(2018, 9, 30));
  CHECK(due_of("2021-Q1") == ymd(2021, 3, 31));
  CHECK(one_day("Quý IV/2017").first == ymd(2017, 10, 1));
  CHECK(one_day("2021-Q2").first == ymd(2021, 4, 1));
}

TEST_CASE("a half is 30 June or 31 December", "[deadline]") {
  CHECK(due_of("2021-H1") == ymd(2021, 6, 30));
  CHECK(due_of("6 tháng đầu năm 2021") == ymd(2021, 6, 30));
  CHECK(due_of("2021-H2") == ymd(2021, 12, 31));
  CHECK(due_of("6 tháng cuối năm 2021") == ymd(2021, 12, 31));
  CHECK(due_of("H1/2021") == ymd(2021, 6, 30));
  CHECK(one_day("6 tháng đầu năm 2021").first == ymd(2021, 1, 1));
  CHECK(one_day("6 tháng cuối năm 2021").first == ymd(2021, 7, 1));
}

TEST_CASE("a year is 31 December", "[deadline]") {
  for (const char* text : {"2018", "Năm 2018", "Trong năm 2018", "trong năm 2018", "NĂM 2018"})
    CHECK(due_of(text) == ymd(2018, 12, 31));
  CHECK(one_day("Năm 2018").first == ymd(2018, 1, 1));
}

TEST_CASE("a range starts at the first day of X and is due at the end of Y", "[deadline]") {
  DeadlineItem r = one_day("Tháng 12/2020 - Tháng 12/2021");
  CHECK(r.start == ymd(2020, 12, 1));
  CHECK(r.due == ymd(2021, 12, 31));
  CHECK(r.first == ymd(2020, 12, 1));
  CHECK(r.text == "Tháng 12/2020 - Tháng 12/2021");

  r = one_day("từ Tháng 4/2020 đến Quý III/2020");
  CHECK(r.start == ymd(2020, 4, 1));
  CHECK(r.due == ymd(2020, 9, 30));

  r = one_day("Từ ngày 01/6/2020 đến ngày 15/6/2020");
  CHECK(r.start == ymd(2020, 6, 1));
  CHECK(r.due == ymd(2020, 6, 15));

  r = one_day("2021 - 2025");
  CHECK(r.start == ymd(2021, 1, 1));
  CHECK(r.due == ymd(2025, 12, 31));

  r = one_day("Quý I/2021 – Quý II/2021");  // en dash from Word
  CHECK(r.start == ymd(2021, 1, 1));
  CHECK(r.due == ymd(2021, 6, 30));

  r = one_day("2020-04 - 2020-06");
  CHECK(r.start == ymd(2020, 4, 1));
  CHECK(r.due == ymd(2020, 6, 30));
}

TEST_CASE("a cell that opens with a dash is a list, not a range", "[deadline]") {
  for (const char* text :
       {"- Tháng 02/2021 - Ngày 15/11/2021", "-\nTháng 02/2021\n-\nNgày 15/11/2021",
        "- Tháng 02/2021\n-Ngày 15/11/2021", "– Tháng 02/2021 – Ngày 15/11/2021"}) {
    INFO(text);
    Deadline d = parsed(text);
    REQUIRE(d.items.size() == 2);
    CHECK(d.items[0].kind == DeadlineKind::day);
    CHECK(d.items[0].due == ymd(2021, 2, 28));
    CHECK_FALSE(d.items[0].start.has_value());
    CHECK(d.items[0].text == "Tháng 02/2021");
    CHECK(d.items[1].due == ymd(2021, 11, 15));
    CHECK(d.items[1].text == "Ngày 15/11/2021");
    CHECK(d.text == text);
  }

  // Same months, with and without the leading dash.
  Deadline list = parsed("- Tháng 12/2020 - Tháng 12/2021");
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[0].due == ymd(2020, 12, 31));
  CHECK(list.items[1].due == ymd(2021, 12, 31));
  Deadline range = parsed("Tháng 12/2020 - Tháng 12/2021");
  REQUIRE(range.items.size() == 1);
  CHECK(range.items[0].start == ymd(2020, 12, 1));

  // Several lines opening with a dash make a list even when the first does not.
  Deadline lines = parsed("Tháng 02/2021\n- Ngày 15/11/2021\n- Quý IV/2021");
  REQUIRE(lines.items.size() == 3);
  CHECK(lines.items[0].due == ymd(2021, 2, 28));
  CHECK(lines.items[1].due == ymd(2021, 11, 15));
  CHECK(lines.items[2].due == ymd(2021, 12, 31));

  // Dashes inside a day do not split a list.
  Deadline iso = parsed("- 2021-02-01 - 1-6-2021");
  REQUIRE(iso.items.size() == 2);
  CHECK(iso.items[0].due == ymd(2021, 2, 1));
  CHECK(iso.items[1].due == ymd(2021, 6, 1));

  // A list item may itself be a "từ ... đến" range.
  Deadline mixed = parsed("- từ Tháng 1/2021 đến Tháng 3/2021\n- Hàng quý");
  REQUIRE(mixed.items.size() == 2);
  CHECK(mixed.items[0].start == ymd(2021, 1, 1));
  CHECK(mixed.items[0].due == ymd(2021, 3, 31));
  CHECK(mixed.items[1].kind == DeadlineKind::recurring);
}

TEST_CASE("carried over from a year is due at the end of the plan period", "[deadline]") {
  const DeadlineContext ctx2018{ymd(2018, 1, 1), ymd(2018, 12, 31)};
  for (const char* text : {"Chuyển tiếp từ năm 2017", "Chuyển\ntiếp từ năm 2017",
                           "Chuyển tiếp từ\nnăm 2017", "chuyen tiep tu nam 2017"}) {
    Deadline d = parsed(text, ctx2018);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].kind == DeadlineKind::day);
    CHECK(d.items[0].carried_over);
    CHECK(d.items[0].carried_from == 2017);
    CHECK(d.items[0].due == ymd(2018, 12, 31));
    CHECK(d.items[0].first == ymd(2017, 1, 1));
    CHECK_FALSE(d.items[0].start.has_value());
  }
}

TEST_CASE("carried over work is never due before the year it comes from", "[deadline][issue14]") {
  // Found by fuzz_plan: in a plan ending before 2017 (or without a period) the
  // deadline was due before its first day.
  const DeadlineContext ctx2015{ymd(2015, 1, 1), ymd(2015, 12, 31)};
  Parsed<Deadline> r = parse_deadline("Chuyển tiếp từ năm 2017", ctx2015);
  REQUIRE_FALSE(r.ok());
  CHECK(r.rule == Rule::bad_date);
  CHECK(en(r.message) ==
        "impossible date \"Chuyển tiếp từ năm 2017\": work carried over from 2017 cannot be "
        "due when the plan ends, on 2015-12-31");
  // The plan's own year is fine: due when the plan ends.
  const DeadlineContext ctx2017{ymd(2017, 1, 1), ymd(2017, 12, 31)};
  CHECK(parsed("Chuyển tiếp từ năm 2017", ctx2017).items.at(0).due == ymd(2017, 12, 31));
  // No period (reported on its own): the end of the year it comes from.
  const Deadline d = parsed("Chuyển tiếp từ năm 2017", DeadlineContext{});
  CHECK(d.items.at(0).first == ymd(2017, 1, 1));
  CHECK(d.items.at(0).due == ymd(2017, 12, 31));
}

TEST_CASE("the (nếu có) suffix makes the deadline optional", "[deadline]") {
  Deadline d = parsed("Trong năm 2021 (nếu có)");
  CHECK(d.optional);
  REQUIRE(d.items.size() == 1);
  CHECK(d.items[0].due == ymd(2021, 12, 31));
  CHECK(d.items[0].text == "Trong năm 2021");
  CHECK(d.text == "Trong năm 2021 (nếu có)");

  CHECK(parsed("Trong\nnăm 2021 (nếu có)").optional);
  CHECK(parsed("trong nam 2021 (neu co)").optional);
  CHECK(parsed("Tháng 4/2020 (if any)").optional);
  CHECK(parsed("Hàng quý (nếu có)").optional);
  CHECK(parsed("Thường xuyên (nếu có)").optional);
  CHECK(parsed("Tháng 12/2020 - Tháng 12/2021 (nếu có)").optional);
  CHECK(parsed("- Tháng 01/2021 - Trong năm 2021 (nếu có)").optional);
  CHECK_FALSE(parsed("Trong năm 2021").optional);
}

TEST_CASE("recurring rules", "[deadline]") {
  struct Row {
    const char* text;
    PeriodUnit every;
  };
  for (const Row& row : {
           Row{"Hàng tháng", PeriodUnit::month},
           Row{"Hàng quý", PeriodUnit::quarter},
           Row{"6 tháng một lần", PeriodUnit::half},
           Row{"6 tháng/lần", PeriodUnit::half},
           Row{"Hàng năm", PeriodUnit::year},
           Row{"monthly", PeriodUnit::month},
           Row{"quarterly", PeriodUnit::quarter},
           Row{"half-yearly", PeriodUnit::half},
           Row{"yearly", PeriodUnit::year},
           Row{"Định kỳ 3 tháng/lần", PeriodUnit::quarter},
           Row{"định kỳ 3 tháng/ lần", PeriodUnit::quarter},
           Row{"định kỳ hàng quý", PeriodUnit::quarter},
           Row{"Định kỳ 6 tháng", PeriodUnit::half},
           Row{"định kỳ 01 lần/năm", PeriodUnit::year},
           Row{"2 lần/năm", PeriodUnit::half},
           Row{"6 tháng", PeriodUnit::half},
           Row{"mỗi tháng", PeriodUnit::month},
           Row{"every quarter", PeriodUnit::quarter},
           Row{"HANG QUY", PeriodUnit::quarter},
       }) {
    INFO(row.text);
    const Recurrence rule = one_rule(row.text);
    CHECK(rule.every == row.every);
    CHECK_FALSE(rule.from.has_value());
    CHECK_FALSE(rule.to.has_value());
    CHECK_FALSE(rule.day.has_value());
  }

  const Recurrence in2021 = one_rule("Hàng quý năm 2021");
  CHECK(in2021.every == PeriodUnit::quarter);
  CHECK(in2021.from == ymd(2021, 1, 1));
  CHECK(in2021.to == ymd(2021, 12, 31));
  CHECK(parsed("Hàng quý năm 2021").items[0].first == ymd(2021, 1, 1));
}

TEST_CASE("a rule and a day joined by và are two deadlines", "[deadline]") {
  for (const char* text : {"Hàng quý và năm 2021", "Hàng\nquý và năm 2021", "hang quy va nam 2021",
                           "Hàng quý; năm 2021"}) {
    INFO(text);
    Deadline d = parsed(text);
    REQUIRE(d.items.size() == 2);
    CHECK(d.items[0].kind == DeadlineKind::recurring);
    CHECK(d.items[0].rule.every == PeriodUnit::quarter);
    CHECK_FALSE(d.items[0].rule.from.has_value());
    CHECK(d.items[1].kind == DeadlineKind::day);
    CHECK(d.items[1].due == ymd(2021, 12, 31));
  }
  Deadline d = parsed("Hàng quý và năm 2021");
  CHECK(d.items[0].text == "Hàng quý");
  CHECK(d.items[1].text == "năm 2021");

  Deadline periodic = parsed("Định kỳ hàng quý, 6 tháng, hàng năm");
  REQUIRE(periodic.items.size() == 3);
  CHECK(periodic.items[0].rule.every == PeriodUnit::quarter);
  CHECK(periodic.items[1].rule.every == PeriodUnit::half);
  CHECK(periodic.items[2].rule.every == PeriodUnit::year);

  // "định kỳ" of the first part holds for the bare units after it.
  Deadline shared = parsed("định kỳ quý, 6 tháng và năm");
  REQUIRE(shared.items.size() == 3);
  CHECK(shared.items[0].rule.every == PeriodUnit::quarter);
  CHECK(shared.items[1].rule.every == PeriodUnit::half);
  CHECK(shared.items[2].rule.every == PeriodUnit::year);

  Deadline days = parsed("Quý IV/2017, Quý I/2018");
  REQUIRE(days.items.size() == 2);
  CHECK(days.items[0].due == ymd(2017, 12, 31));
  CHECK(days.items[1].due == ymd(2018, 3, 31));
}

TEST_CASE("ongoing", "[deadline]") {
  for (const char* text : {"Thường xuyên", "Liên tục", "ongoing", "Thường xuyên, liên tục",
                           "Thường\nxuyên", "THUONG XUYEN", "thường xuyên và liên tục"}) {
    INFO(text);
    Deadline d = parsed(text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].kind == DeadlineKind::ongoing);
  }
}

TEST_CASE("external deadlines keep their text", "[deadline]") {
  for (const char* text :
       {"Theo hướng dẫn của Trung ương", "Theo quy định của Trung ương",
        "Theo văn bản triển khai của Bộ Nội vụ", "Theo kế hoạch của UBND tỉnh",
        "Khi có văn bản hướng dẫn", "tbd", "TBD", "theo huong dan cua Trung uong",
        "Theo hướng dẫn của Bộ Nội vụ và Bộ Tài chính"}) {
    INFO(text);
    Deadline d = parsed(text);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].kind == DeadlineKind::external);
    CHECK(d.items[0].text == text);
  }
  Deadline broken = parsed("Theo\nquy định của Trung ương");
  REQUIRE(broken.items.size() == 1);
  CHECK(broken.items[0].text == "Theo quy định của Trung ương");
  CHECK(broken.text == "Theo\nquy định của Trung ương");
}

TEST_CASE("case and diacritics do not matter", "[deadline]") {
  CHECK(due_of("Quy IV/2017") == ymd(2017, 12, 31));
  CHECK(due_of("QUÝ iv/2017") == ymd(2017, 12, 31));
  CHECK(due_of("TRUOC NGAY 01/6/2020") == ymd(2020, 5, 31));
  CHECK(due_of("truoc ngay 01/6/2020") == ymd(2020, 5, 31));
  CHECK(due_of("Thang 4/2020") == ymd(2020, 4, 30));
  CHECK(due_of("THÁNG 4/2020") == ymd(2020, 4, 30));
  CHECK(due_of("6 thang dau nam 2021") == ymd(2021, 6, 30));
  CHECK(due_of("6 thang cuoi nam 2021") == ymd(2021, 12, 31));
  CHECK(due_of("ngay 01 thang 6 nam 2020") == ymd(2020, 6, 1));
  CHECK(due_of("cham nhat ngay 01/6/2020") == ymd(2020, 6, 1));
  CHECK(due_of("den ngay 01/6/2020") == ymd(2020, 6, 1));
  CHECK(one_rule("hang thang").every == PeriodUnit::month);
  CHECK(one_rule("dinh ky 6 thang/lan").every == PeriodUnit::half);
  CHECK(one_kind("lien tuc") == DeadlineKind::ongoing);
  CHECK(one_kind("khi co van ban") == DeadlineKind::external);
}

// The distinct deadline phrases of the seed documents, as printed (line breaks
// from the Word extraction kept):
//  000 (Khánh Hòa 2020): "Tháng 4/2020", "Trước ngày 01/6/2020", "Trước ngày 03/6/2020",
//      "Trước ngày 10/6/2020", "Trước ngày 23/6/2020", "Trước ngày 23/7/2020", "Tháng 8/2020",
//      "Tháng\n9/2020", "Tháng 9/2020", "Theo hướng dẫn của Trung ương".
//  003 (Thừa Thiên Huế 2018): "Quý\nIV/2017", "Quý IV/2017", "Năm 2018", "Năm\n2018",
//      "Năm\n2017", "Chuyển\ntiếp từ năm 2017", "Chuyển tiếp từ\nnăm 2017", "Tháng 01/2018",
//      "01/2018", "Quý I/2018", "Quý\nI/2018", "Quý\nIV/2018", "Quý\nIII/2018", "Tháng\n12/2017",
//      "Tháng 01 năm\n2018", "12/2017", "Hàng\nquý", "Hàng\ntháng"; in the text
//      "định kỳ\n3 tháng/ lần".
//  004 (Sóc Trăng 2021): "Theo\nquy định của Trung ương", "Trong\nnăm 2021",
//      "-\nTháng 02/2021\n-\nNgày 15/11/2021", "-\nTháng 01/2021\n-\nTrong năm 2021",
//      "Trong\nnăm 2021 (nếu có)", "Hàng\nquý và năm 2021", "Tháng\n3/2021", "Quý\n3/2021",
//      "Quý\n4/2021", "Tháng\n12/2021", "Quý\n1/2021", "Thường\nxuyên",
//      "-\nTháng 4/2021\n-\nTháng 12/2021", "-\nTháng 12/2020\n-\nTháng 12/2021",
//      "-\nTháng 01/2021\n-\nTháng 12/2021", "Theo\nvăn bản triển khai của Bộ Nội vụ"; in the
//      text "định kỳ 01 lần/năm", "6 tháng đầu năm 2021", "Quý I/2021", "Quý III/2021",
//      "định kỳ quý, 6 tháng và năm"; the README: "Tháng 12/2020 - Tháng 12/2021", "6 tháng".
//  001 (Đắk Nông 2022), text: "Định kỳ hàng quý, 6 tháng, hàng năm",
//      "hàng quý, 6 tháng và hàng năm", "Hàng năm".
//  002 (Bà Rịa - Vũng Tàu 2023), text: "trong năm 2023".
TEST_CASE("every deadline phrase of the seed documents", "[deadline]") {
  struct Day {
    const char* text;
    Date due;
  };
  for (const Day& row : {
           Day{"Tháng 4/2020", ymd(2020, 4, 30)},
           Day{"Trước ngày 01/6/2020", ymd(2020, 5, 31)},
           Day{"Trước ngày 03/6/2020", ymd(2020, 6, 2)},
           Day{"Trước ngày 10/6/2020", ymd(2020, 6, 9)},
           Day{"Trước ngày 23/6/2020", ymd(2020, 6, 22)},
           Day{"Trước ngày 23/7/2020", ymd(2020, 7, 22)},
           Day{"Tháng 8/2020", ymd(2020, 8, 31)},
           Day{"Tháng\n9/2020", ymd(2020, 9, 30)},
           Day{"Tháng 9/2020", ymd(2020, 9, 30)},
           Day{"Quý\nIV/2017", ymd(2017, 12, 31)},
           Day{"Quý IV/2017", ymd(2017, 12, 31)},
           Day{"Năm 2018", ymd(2018, 12, 31)},
           Day{"Năm\n2018", ymd(2018, 12, 31)},
           Day{"Năm\n2017", ymd(2017, 12, 31)},
           Day{"Tháng 01/2018", ymd(2018, 1, 31)},
           Day{"01/2018", ymd(2018, 1, 31)},
           Day{"Quý I/2018", ymd(2018, 3, 31)},
           Day{"Quý\nI/2018", ymd(2018, 3, 31)},
           Day{"Quý\nIV/2018", ymd(2018, 12, 31)},
           Day{"Quý\nIII/2018", ymd(2018, 9, 30)},
           Day{"Tháng\n12/2017", ymd(2017, 12, 31)},
           Day{"Tháng 01 năm\n2018", ymd(2018, 1, 31)},
           Day{"12/2017", ymd(2017, 12, 31)},
           Day{"Trong\nnăm 2021", ymd(2021, 12, 31)},
           Day{"Trong năm 2021", ymd(2021, 12, 31)},
           Day{"Tháng\n3/2021", ymd(2021, 3, 31)},
           Day{"Quý\n3/2021", ymd(2021, 9, 30)},
           Day{"Quý\n4/2021", ymd(2021, 12, 31)},
           Day{"Tháng\n12/2021", ymd(2021, 12, 31)},
           Day{"Quý\n1/2021", ymd(2021, 3, 31)},
           Day{"6 tháng đầu năm 2021", ymd(2021, 6, 30)},
           Day{"Quý I/2021", ymd(2021, 3, 31)},
           Day{"Quý III/2021", ymd(2021, 9, 30)},
           Day{"trong năm 2023", ymd(2023, 12, 31)},
       }) {
    INFO(row.text);
    const DeadlineItem item = one_day(row.text);
    CHECK(item.due == row.due);
    CHECK_FALSE(item.start.has_value());
  }

  struct List {
    const char* text;
    Date first;
    Date second;
  };
  for (const List& row : {
           List{"-\nTháng 02/2021\n-\nNgày 15/11/2021", ymd(2021, 2, 28), ymd(2021, 11, 15)},
           List{"-\nTháng 01/2021\n-\nTrong năm 2021", ymd(2021, 1, 31), ymd(2021, 12, 31)},
           List{"-\nTháng 4/2021\n-\nTháng 12/2021", ymd(2021, 4, 30), ymd(2021, 12, 31)},
           List{"-\nTháng 12/2020\n-\nTháng 12/2021", ymd(2020, 12, 31), ymd(2021, 12, 31)},
           List{"-\nTháng 01/2021\n-\nTháng 12/2021", ymd(2021, 1, 31), ymd(2021, 12, 31)},
       }) {
    INFO(row.text);
    Deadline d = parsed(row.text);
    REQUIRE(d.items.size() == 2);
    CHECK(d.items[0].kind == DeadlineKind::day);
    CHECK(d.items[0].due == row.first);
    CHECK(d.items[1].kind == DeadlineKind::day);
    CHECK(d.items[1].due == row.second);
    CHECK_FALSE(d.optional);
  }

  const DeadlineContext ctx2018{ymd(2018, 1, 1), ymd(2018, 12, 31)};
  for (const char* text : {"Chuyển\ntiếp từ năm 2017", "Chuyển tiếp từ\nnăm 2017"}) {
    Deadline d = parsed(text, ctx2018);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].carried_over);
    CHECK(d.items[0].carried_from == 2017);
    CHECK(d.items[0].due == ymd(2018, 12, 31));
  }

  Deadline optional = parsed("Trong\nnăm 2021 (nếu có)");
  CHECK(optional.optional);
  REQUIRE(optional.items.size() == 1);
  CHECK(optional.items[0].due == ymd(2021, 12, 31));

  Deadline both = parsed("Hàng\nquý và năm 2021");
  REQUIRE(both.items.size() == 2);
  CHECK(both.items[0].rule.every == PeriodUnit::quarter);
  CHECK(both.items[1].due == ymd(2021, 12, 31));

  DeadlineItem range = one_day("Tháng 12/2020 - Tháng 12/2021");
  CHECK(range.start == ymd(2020, 12, 1));
  CHECK(range.due == ymd(2021, 12, 31));

  CHECK(one_rule("Hàng\nquý").every == PeriodUnit::quarter);
  CHECK(one_rule("Hàng\ntháng").every == PeriodUnit::month);
  CHECK(one_rule("Hàng năm").every == PeriodUnit::year);
  CHECK(one_rule("6 tháng").every == PeriodUnit::half);
  CHECK(one_rule("định kỳ\n3 tháng/ lần").every == PeriodUnit::quarter);
  CHECK(one_rule("định kỳ 01 lần/năm").every == PeriodUnit::year);

  for (const char* text : {"Định kỳ hàng quý, 6 tháng, hàng năm", "hàng quý, 6 tháng và hàng năm",
                           "định kỳ quý, 6 tháng và năm"}) {
    INFO(text);
    Deadline d = parsed(text);
    REQUIRE(d.items.size() == 3);
    CHECK(d.items[0].rule.every == PeriodUnit::quarter);
    CHECK(d.items[1].rule.every == PeriodUnit::half);
    CHECK(d.items[2].rule.every == PeriodUnit::year);
  }

  CHECK(one_kind("Thường\nxuyên") == DeadlineKind::ongoing);
  for (const char* text : {"Theo hướng dẫn của Trung ương", "Theo\nquy định của Trung ương",
                           "Theo\nvăn bản triển khai của Bộ Nội vụ"})
    CHECK(one_kind(text) == DeadlineKind::external);
}

TEST_CASE("impossible dates are bad-date", "[deadline]") {
  for (const char* text :
       {"30/02/2021", "31/04/2020", "29/02/2021", "Quý V/2017", "Quý 5/2017", "Quý 0/2017",
        "13/2020", "Tháng 13/2020", "2020-13", "2020-02-30", "2021-H3", "ngày 31 tháng 6 năm 2020",
        "Trước ngày 32/1/2020", "- Tháng 02/2021 - Ngày 31/11/2021", "Hàng quý và 30/02/2021",
        "Tháng 12/2020 - Tháng 13/2021", "0000"}) {
    INFO(text);
    CHECK(error_rule(text) == Rule::bad_date);
  }
  CHECK(due_of("29/02/2020") == ymd(2020, 2, 29));
  CHECK(due_of("29/02/2000") == ymd(2000, 2, 29));

  Parsed<Deadline> r = parse_deadline("30/02/2021", kCtx2021);
  CHECK(en(r.message) == "impossible date \"30/02/2021\": 02/2021 has no day 30 (it has 28 days)");
  r = parse_deadline("Quý V/2017", kCtx2021);
  CHECK(en(r.message) ==
        "impossible date \"Quý V/2017\": there is no quarter V (quarters run I to IV)");
  r = parse_deadline("- Tháng 02/2021 - Ngày 31/11/2021", kCtx2021);
  CHECK(en(r.message) ==
        "impossible date \"Ngày 31/11/2021\" in \"- Tháng 02/2021 - Ngày 31/11/2021\": "
        "11/2021 has no day 31 (it has 30 days)");
}

TEST_CASE("text that is not a deadline is bad-deadline", "[deadline]") {
  for (const char* text :
       {"", "   ", " \n\t ", "sớm", "abc", "Quý IV", "ngày 18", "Tháng 4", "(nếu có)", "-", "- -",
        "Hàng quý và sớm", "3 lần/năm", "Chuyển tiếp", "Tháng 4/2020 -", "2020-06-01 abc",
        "từ Tháng 4/2020", "Q4", "6 tháng đầu năm"}) {
    INFO(text);
    CHECK(error_rule(text) == Rule::bad_deadline);
  }

  Parsed<Deadline> r = parse_deadline("sớm", kCtx2021);
  CHECK(en(r.message) == "cannot read \"sớm\" as a deadline");
  CHECK(en(r.message).find("không hiểu") == std::string::npos);
  CHECK(en(r.hint).find("Quý IV/2017") != std::string::npos);
  CHECK(en(r.hint).find("Thường xuyên") != std::string::npos);

  r = parse_deadline("", kCtx2021);
  CHECK(r.rule == Rule::bad_deadline);
  CHECK(en(r.message).find("empty") != std::string::npos);

  r = parse_deadline("- Tháng 02/2021 - sớm", kCtx2021);
  CHECK(en(r.message) == "cannot read \"sớm\" in \"- Tháng 02/2021 - sớm\" as a deadline");
}

TEST_CASE("any bytes give a result, never a crash", "[deadline]") {
  CHECK(error_rule(std::string("\xff\xfe\x80", 3)) == Rule::bad_deadline);
  CHECK(error_rule(std::string("Th\xc3", 3)) == Rule::bad_deadline);
  CHECK(error_rule(std::string("Tháng 4/2020\0", 14)) == Rule::bad_deadline);

  const std::string huge(200000, 'x');
  Parsed<Deadline> r = parse_deadline(huge, kCtx2021);
  REQUIRE_FALSE(r.ok());
  CHECK(r.rule == Rule::bad_deadline);
  CHECK(en(r.message).size() < 300);

  std::string many;
  while (many.size() < 1900) many += "Tháng 4/2020; ";
  Deadline d = parsed(many);
  CHECK(d.items.size() > 100);

  std::string deep;
  while (deep.size() < 1900) deep += "trước ";
  deep += "ngày 01/6/2020";
  CHECK(parse_deadline(deep, kCtx2021).ok() == (deep.size() <= 2000));

  // Random bytes and random pieces of the grammar: every call returns.
  std::mt19937 rng(20210101);
  const std::vector<std::string> pieces{"Quý",  "IV",    "/",   "2017", "-",  " ",        "\n",
                                        "ngày", "01",    "và",  ",",    ";",  "(nếu có)", "trước",
                                        "Hàng", "tháng", "năm", "Theo", "từ", "đến",      "6",
                                        "–",    "\xff",  "Q",   "H"};
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int n = int(rng() % 12);
    for (int k = 0; k < n; ++k) {
      if (rng() % 4 == 0)
        text += char(rng() % 256);
      else
        text += pieces[rng() % pieces.size()];
    }
    Parsed<Deadline> any = parse_deadline(text, kCtx2021);
    if (any.ok()) {
      CHECK_FALSE(any.value->items.empty());
    } else {
      CHECK_FALSE(en(any.message).empty());
    }
  }
}

TEST_CASE("join_deadlines merges a YAML list of deadlines", "[deadline]") {
  Deadline a = parsed("Tháng 02/2021");
  Deadline b = parsed("15/11/2021 (nếu có)");
  Deadline joined = join_deadlines({a, b});
  REQUIRE(joined.items.size() == 2);
  CHECK(joined.items[0].due == ymd(2021, 2, 28));
  CHECK(joined.items[1].due == ymd(2021, 11, 15));
  CHECK(joined.optional);
  CHECK(joined.text == "Tháng 02/2021; 15/11/2021 (nếu có)");
  CHECK_FALSE(join_deadlines({a, a}).optional);
  CHECK(join_deadlines({}).items.empty());
}

TEST_CASE("period units", "[deadline]") {
  CHECK(months_of(PeriodUnit::month) == 1);
  CHECK(months_of(PeriodUnit::quarter) == 3);
  CHECK(months_of(PeriodUnit::half) == 6);
  CHECK(months_of(PeriodUnit::year) == 12);
  for (PeriodUnit u : {PeriodUnit::month, PeriodUnit::quarter, PeriodUnit::half, PeriodUnit::year})
    CHECK(period_unit_from_name(period_unit_name(u)) == u);
  CHECK(period_unit_name(PeriodUnit::half) == "half");
  CHECK(period_unit_from_name("half-year") == PeriodUnit::half);
  CHECK(period_unit_from_name("Quarter") == PeriodUnit::quarter);
  CHECK_FALSE(period_unit_from_name("week").has_value());
  CHECK_FALSE(period_unit_from_name("").has_value());
}

TEST_CASE("latest day and earliest start", "[deadline]") {
  Deadline d = parsed("- Tháng 02/2021 - Ngày 15/11/2021");
  CHECK(latest_day(d) == ymd(2021, 11, 15));
  CHECK_FALSE(earliest_start(d).has_value());

  Deadline mixed = join_deadlines({parsed("Tháng 12/2020 - Tháng 3/2021"), parsed("Hàng quý"),
                                   parsed("từ Tháng 6/2020 đến Tháng 7/2020")});
  CHECK(latest_day(mixed) == ymd(2021, 3, 31));
  CHECK(earliest_start(mixed) == ymd(2020, 6, 1));

  CHECK_FALSE(latest_day(parsed("Hàng quý")).has_value());
  CHECK_FALSE(latest_day(parsed("Thường xuyên")).has_value());
  CHECK_FALSE(latest_day(parsed("Theo hướng dẫn của Trung ương")).has_value());
  CHECK_FALSE(latest_day(Deadline{}).has_value());
}

TEST_CASE("a recurring rule with its day reads back as written by cchc", "[deadline]") {
  DeadlineContext ctx{*make_date(2021, 1, 1), *make_date(2021, 12, 31)};
  auto r = parse_deadline("Hàng quý, ngày 18", ctx);
  REQUIRE(r.ok());
  REQUIRE(r.value->items.size() == 1);
  CHECK(r.value->items[0].kind == DeadlineKind::recurring);
  CHECK(r.value->items[0].rule.every == PeriodUnit::quarter);
  CHECK(r.value->items[0].rule.day == 18u);
  auto m = parse_deadline("Hàng tháng ngày 5", ctx);
  REQUIRE(m.ok());
  CHECK(m.value->items[0].rule.day == 5u);
  CHECK_FALSE(parse_deadline("Hàng quý, ngày 32", ctx).ok());
}

TEST_CASE("a range that ends before it starts is an impossible date", "[deadline][issue14]") {
  // Found by fuzz_values: "8391-12-3121-1" read as the range 8391-12 to
  // 3121-01, a deadline due before it starts.
  for (std::string_view text :
       {"2022-12 - 2021-01", "8391-12-3121-1", "Tháng 12/2021 - Tháng 1/2021"}) {
    Parsed<Deadline> r = parse_deadline(text, kCtx2021);
    INFO(text);
    CHECK_FALSE(r.ok());
    CHECK(r.rule == cchc::diag::Rule::bad_date);
    CHECK(r.message.render(cchc::text::Lang::en).find("before it starts") != std::string::npos);
  }
  CHECK(parsed("Tháng 1/2021 - Tháng 12/2021").items.at(0).start == ymd(2021, 1, 1));
}
