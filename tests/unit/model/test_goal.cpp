// Indicator goals and actual values: comparisons, ranges, Vietnamese phrasing,
// category scales, yes-no, and the goals that are refused.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "../support/messages.hpp"
#include "cchc/model/goal.hpp"

using cchc::diag::Rule;
using cchc::model::Comparison;
using cchc::model::GoalValue;
using cchc::model::parse_actual_value;
using cchc::model::parse_goal_value;
using cchc::model::target_unit_from_name;
using cchc::model::target_unit_name;
using cchc::model::TargetUnit;

namespace {

const std::vector<std::string> kNoScale;
const std::vector<std::string> kPciScale{
    "thấp", "trung bình thấp", "trung bình", "trung bình cao", "khá", "tốt", "rất tốt"};

GoalValue goal(std::string_view text, TargetUnit unit = TargetUnit::percent,
               const std::vector<std::string>& scale = kNoScale) {
  auto r = parse_goal_value(text, unit, scale);
  INFO(text << ": " << en(r.message));
  REQUIRE(r.ok());
  return *r.value;
}

// The comparison and value(s) of a parsed goal, without its text.
void check_goal(std::string_view text, Comparison op, double value, double high = 0,
                TargetUnit unit = TargetUnit::percent,
                const std::vector<std::string>& scale = kNoScale) {
  INFO(text);
  auto g = goal(text, unit, scale);
  CHECK(g.op == op);
  CHECK(g.value == value);
  if (op == Comparison::range) CHECK(g.high == high);
}

cchc::model::Parsed<GoalValue> refused(std::string_view text, TargetUnit unit = TargetUnit::percent,
                                       const std::vector<std::string>& scale = kNoScale) {
  auto r = parse_goal_value(text, unit, scale);
  INFO(text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.rule == Rule::bad_goal);
  CHECK_FALSE(en(r.message).empty());
  CHECK_FALSE(en(r.hint).empty());
  return r;
}

}  // namespace

TEST_CASE("target unit names", "[goal]") {
  for (auto u : {TargetUnit::percent, TargetUnit::count, TargetUnit::score, TargetUnit::rank,
                 TargetUnit::category, TargetUnit::yes_no})
    CHECK(target_unit_from_name(target_unit_name(u)) == u);
  CHECK(target_unit_name(TargetUnit::yes_no) == "yes-no");
  CHECK(target_unit_from_name("category") == TargetUnit::category);
  CHECK_FALSE(target_unit_from_name("percentage"));
  CHECK_FALSE(target_unit_from_name(""));
}

TEST_CASE("comparison symbols", "[goal]") {
  check_goal(">= 90", Comparison::ge, 90);
  check_goal(">=90", Comparison::ge, 90);
  check_goal("≥ 90%", Comparison::ge, 90);
  check_goal("≥90%", Comparison::ge, 90);
  check_goal("> 80", Comparison::gt, 80);
  check_goal("<= 40", Comparison::le, 40);
  check_goal("≤ 40 %", Comparison::le, 40);
  check_goal("< 5", Comparison::lt, 5);
  check_goal("= 100", Comparison::eq, 100);
  check_goal("== 100", Comparison::eq, 100);
  check_goal("  >=   95  ", Comparison::ge, 95);
}

TEST_CASE("the goal keeps its text as written", "[goal]") {
  CHECK(goal("≥ 90%").text == "≥ 90%");
  CHECK(goal("  tối thiểu 95%  ").text == "tối thiểu 95%");
}

TEST_CASE("decimal comma and decimal point", "[goal]") {
  check_goal(">= 82,5", Comparison::ge, 82.5);
  check_goal(">= 82.5", Comparison::ge, 82.5);
  check_goal("82,5%", Comparison::ge, 82.5);
  check_goal(">= 7,25", Comparison::ge, 7.25, 0, TargetUnit::score);
  CHECK(goal(">= 82,5") == GoalValue{Comparison::ge, 82.5, 0, ">= 82,5"});
}

TEST_CASE("a bare value means at least, except for a rank", "[goal]") {
  check_goal("100%", Comparison::ge, 100);
  check_goal("90", Comparison::ge, 90);
  check_goal("500", Comparison::ge, 500, 0, TargetUnit::count);
  check_goal("8,5", Comparison::ge, 8.5, 0, TargetUnit::score);
  check_goal("40", Comparison::le, 40, 0, TargetUnit::rank);
  check_goal("khá", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
}

TEST_CASE("ranges", "[goal]") {
  check_goal("35..40", Comparison::range, 35, 40);
  check_goal("35% .. 40%", Comparison::range, 35, 40);
  check_goal("35,5..40", Comparison::range, 35.5, 40);
  check_goal("40..40", Comparison::range, 40, 40);
  check_goal("10..20", Comparison::range, 10, 20, TargetUnit::rank);
  check_goal("trung bình..khá", Comparison::range, 2, 4, TargetUnit::category, kPciScale);

  auto backwards = refused("40..35");
  CHECK(en(backwards.message) == "goal `40..35`: the range runs from high to low");
  refused("35..");
  refused("..40");
  refused(">= 35..40");
}

TEST_CASE("top N for a rank", "[goal]") {
  check_goal("top 10", Comparison::le, 10, 0, TargetUnit::rank);
  check_goal("Top 10", Comparison::le, 10, 0, TargetUnit::rank);
  check_goal("trong top 10", Comparison::le, 10, 0, TargetUnit::rank);
  check_goal("<= 40", Comparison::le, 40, 0, TargetUnit::rank);
  check_goal("thứ hạng 10", Comparison::le, 10, 0, TargetUnit::rank);
  check_goal("thứ hạng tối đa 40", Comparison::le, 40, 0, TargetUnit::rank);
  refused("top 10", TargetUnit::percent);
  refused("top", TargetUnit::rank);
  refused("<= 0", TargetUnit::rank);
  refused("<= 2,5", TargetUnit::rank);
}

TEST_CASE("a rank written 'từ 40 trở lên' is refused with the right form", "[goal]") {
  auto r = refused("thứ hạng từ 40 trở lên", TargetUnit::rank);
  CHECK(en(r.hint) == "for 40th place or better write <= 40");
}

TEST_CASE("Vietnamese goals", "[goal]") {
  check_goal("tối thiểu 95%", Comparison::ge, 95);
  check_goal("Tối thiểu 95%", Comparison::ge, 95);
  check_goal("toi thieu 95%", Comparison::ge, 95);
  check_goal("ít nhất 95%", Comparison::ge, 95);
  check_goal("từ 95% trở lên", Comparison::ge, 95);
  check_goal("tu 95% tro len", Comparison::ge, 95);
  check_goal("trên 80%", Comparison::gt, 80);
  check_goal("tren 80%", Comparison::gt, 80);
  check_goal("tối đa 5", Comparison::le, 5, 0, TargetUnit::count);
  check_goal("không quá 5", Comparison::le, 5, 0, TargetUnit::count);
  check_goal("từ 5 trở xuống", Comparison::le, 5, 0, TargetUnit::count);
  check_goal("dưới 5%", Comparison::lt, 5);
  check_goal("duoi 5%", Comparison::lt, 5);
  check_goal("tối thiểu 35% đến 40%", Comparison::range, 35, 40);
  check_goal("toi thieu 35% den 40%", Comparison::range, 35, 40);
  check_goal("từ 35% đến 40%", Comparison::range, 35, 40);
  check_goal("tối thiểu 82,5%", Comparison::ge, 82.5);
  // đạt ("reach") adds no comparison: the bare meaning.
  check_goal("đạt 100%", Comparison::ge, 100);
  check_goal("dat 100%", Comparison::ge, 100);
  check_goal("đạt 10", Comparison::le, 10, 0, TargetUnit::rank);
  // Decomposed (NFD) text: "tối thiểu" with combining marks.
  check_goal("to\xcc\x82\xcc\x81i thie\xcc\x82\xcc\x89u 95%", Comparison::ge, 95);
}

TEST_CASE("category goals are positions on the scale", "[goal]") {
  check_goal(">= khá", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
  check_goal(">= trung bình", Comparison::ge, 2, 0, TargetUnit::category, kPciScale);
  check_goal("= rất tốt", Comparison::eq, 6, 0, TargetUnit::category, kPciScale);
  check_goal(">= thấp", Comparison::ge, 0, 0, TargetUnit::category, kPciScale);
  check_goal("tối thiểu trung bình cao", Comparison::ge, 3, 0, TargetUnit::category, kPciScale);
  check_goal("từ khá trở lên", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
  // Case, NFD and spacing differences still match.
  check_goal(">= KHÁ", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
  check_goal(">= kha\xcc\x81", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
  check_goal(">= Trung  Bình", Comparison::ge, 2, 0, TargetUnit::category, kPciScale);
  // Without diacritics, when that names one entry only.
  check_goal(">= kha", Comparison::ge, 4, 0, TargetUnit::category, kPciScale);
  // Old tone placement in the scale.
  const std::vector<std::string> health{"yếu", "khoẻ"};
  check_goal(">= khỏe", Comparison::ge, 1, 0, TargetUnit::category, health);
  // An entry that starts like a keyword is still an entry.
  const std::vector<std::string> level{"dưới trung bình", "trung bình", "trên trung bình"};
  check_goal("trên trung bình", Comparison::ge, 2, 0, TargetUnit::category, level);
  check_goal("trên dưới trung bình", Comparison::gt, 0, 0, TargetUnit::category, level);

  auto r = refused(">= xuất sắc", TargetUnit::category, kPciScale);
  CHECK(en(r.message) ==
        "goal `>= xuất sắc`: `xuất sắc` is not on the scale: thấp, trung bình thấp, trung bình, "
        "trung bình cao, khá, tốt, rất tốt");
  refused(">= khá", TargetUnit::category, kNoScale);
  refused(">= 3", TargetUnit::category, kPciScale);
  // Two entries that fold to the same ASCII: no guessing.
  const std::vector<std::string> twins{"tot", "tốt"};
  check_goal(">= tốt", Comparison::ge, 1, 0, TargetUnit::category, twins);
  refused(">= tôt", TargetUnit::category, twins);
}

TEST_CASE("yes-no goals", "[goal]") {
  check_goal("yes", Comparison::eq, 1, 0, TargetUnit::yes_no);
  check_goal("Yes", Comparison::eq, 1, 0, TargetUnit::yes_no);
  check_goal("có", Comparison::eq, 1, 0, TargetUnit::yes_no);
  check_goal("co", Comparison::eq, 1, 0, TargetUnit::yes_no);
  check_goal("true", Comparison::eq, 1, 0, TargetUnit::yes_no);
  check_goal("no", Comparison::eq, 0, 0, TargetUnit::yes_no);
  check_goal("không", Comparison::eq, 0, 0, TargetUnit::yes_no);
  check_goal("Không", Comparison::eq, 0, 0, TargetUnit::yes_no);
  check_goal("= yes", Comparison::eq, 1, 0, TargetUnit::yes_no);
  refused("maybe", TargetUnit::yes_no);
  refused(">= yes", TargetUnit::yes_no);
  refused("90%", TargetUnit::yes_no);
}

TEST_CASE("goals that are refused", "[goal]") {
  auto over = refused(">= 120%");
  CHECK_THAT(en(over.message), Catch::Contains("outside 0..100"));
  refused("101");
  refused("tối thiểu 100,5%");
  refused("tối thiểu 35% đến 140%");
  refused("-5");
  refused("");
  refused("   ");
  refused(">=");
  CHECK(en(refused("nhiều").message) == "goal `nhiều` is not understood");
  refused("tối thiểu");
  refused("từ 95%");
  refused(">= 9O");  // letter O for zero
  refused(">= 82,5,1");
  refused(">= 90%", TargetUnit::count);
  refused(">= 1.5", TargetUnit::count);
  refused("tối thiểu 40% đến 35%");
  CHECK(en(refused(">= abc").message) == "goal `>= abc`: `abc` is not a number");
}

TEST_CASE("counts group thousands with a dot or a comma", "[goal]") {
  check_goal(">= 1.000", Comparison::ge, 1000, 0, TargetUnit::count);
  check_goal(">= 1,000", Comparison::ge, 1000, 0, TargetUnit::count);
  check_goal(">= 1.234.567", Comparison::ge, 1234567, 0, TargetUnit::count);
  refused(">= 1.00", TargetUnit::count);
  refused(">= 1.000,000", TargetUnit::count);
}

TEST_CASE("satisfied_by for each comparison", "[goal]") {
  auto ge = goal(">= 90");
  CHECK(ge.satisfied_by(90));
  CHECK(ge.satisfied_by(95.5));
  CHECK_FALSE(ge.satisfied_by(89.9));

  auto gt = goal("> 80");
  CHECK(gt.satisfied_by(80.1));
  CHECK_FALSE(gt.satisfied_by(80));

  auto le = goal("<= 40", TargetUnit::rank);
  CHECK(le.satisfied_by(40));
  CHECK(le.satisfied_by(1));
  CHECK_FALSE(le.satisfied_by(41));

  auto lt = goal("dưới 5%");
  CHECK(lt.satisfied_by(4.99));
  CHECK_FALSE(lt.satisfied_by(5));

  auto eq = goal("= 100");
  CHECK(eq.satisfied_by(100));
  CHECK_FALSE(eq.satisfied_by(99.9));

  auto range = goal("35..40");
  CHECK(range.satisfied_by(35));
  CHECK(range.satisfied_by(37.5));
  CHECK(range.satisfied_by(40));
  CHECK_FALSE(range.satisfied_by(34.9));
  CHECK_FALSE(range.satisfied_by(40.1));

  auto category = goal(">= khá", TargetUnit::category, kPciScale);
  CHECK(category.satisfied_by(5));        // tốt
  CHECK_FALSE(category.satisfied_by(3));  // trung bình cao

  auto yes = goal("có", TargetUnit::yes_no);
  CHECK(yes.satisfied_by(1));
  CHECK_FALSE(yes.satisfied_by(0));

  CHECK_FALSE(ge.satisfied_by(std::nan("")));
}

TEST_CASE("actual values", "[goal]") {
  auto actual = [](std::string_view text, TargetUnit unit,
                   const std::vector<std::string>& scale = kNoScale) {
    auto r = parse_actual_value(text, unit, scale);
    INFO(text << ": " << en(r.message));
    REQUIRE(r.ok());
    return *r.value;
  };
  CHECK(actual("84.1", TargetUnit::percent) == 84.1);
  CHECK(actual("84,1", TargetUnit::percent) == 84.1);
  CHECK(actual("93,5%", TargetUnit::percent) == 93.5);
  CHECK(actual("100", TargetUnit::percent) == 100);
  CHECK(actual("0", TargetUnit::percent) == 0);
  CHECK(actual("86", TargetUnit::score) == 86);
  CHECK(actual("1.200", TargetUnit::count) == 1200);
  CHECK(actual("37", TargetUnit::rank) == 37);
  CHECK(actual("khá", TargetUnit::category, kPciScale) == 4);
  CHECK(actual("Trung bình cao", TargetUnit::category, kPciScale) == 3);
  CHECK(actual("yes", TargetUnit::yes_no) == 1);
  CHECK(actual("không", TargetUnit::yes_no) == 0);
  CHECK(actual("false", TargetUnit::yes_no) == 0);

  auto bad = [](std::string_view text, TargetUnit unit,
                const std::vector<std::string>& scale = kNoScale) {
    auto r = parse_actual_value(text, unit, scale);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.rule == Rule::bad_goal);
    return en(r.message);
  };
  CHECK(bad("100,5", TargetUnit::percent) == "100,5 is outside 0..100 for a percent");
  bad("abc", TargetUnit::percent);
  bad("", TargetUnit::score);
  bad(">= 90", TargetUnit::percent);
  bad("12%", TargetUnit::count);
  bad("0", TargetUnit::rank);
  bad("xuất sắc", TargetUnit::category, kPciScale);
  bad("maybe", TargetUnit::yes_no);
}
