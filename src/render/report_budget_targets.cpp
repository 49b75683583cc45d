// The periodic report's sections VIII (budget) and IX (targets).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cchc/render/budget.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/targets.hpp"
#include "cchc/text/unicode.hpp"
#include "report_cells.hpp"
#include "report_form.hpp"

namespace cchc::render::report_cells {

using form::is_vi;
using form::Say;

namespace {

// --------------------------------------------------------------- VIII. budget

// The unit is in the column header.
Cell money_cell(const model::Money& m, const ReportView& v) {
  return Cell(money_digits(m.dong, v.unit, v.lang), Amount{m.dong, v.unit});
}

Cell not_printed(const ReportView& v) {
  return missing(v.lang, "Kế hoạch không ghi tổng này.", "The plan prints no such total.");
}

Cell difference_cell(const std::optional<std::int64_t>& d, const ReportView& v) {
  if (!d)
    return missing(v.lang, "Không có tổng ghi trong kế hoạch để so sánh.",
                   "No printed total to compare with.");
  Cell c = money_cell(model::Money{*d}, v);
  if (*d > 0) c.text = "+" + c.text;
  return c;
}

std::string words_of(std::int64_t dong, Lang l) {
  text::WordsOptions o;
  o.chan = true;  // reports write "đồng chẵn" (vietnamese.md)
  return is_vi(l) ? text::amount_in_words_vi(dong, o) : text::amount_in_words_en(dong);
}

}  // namespace

Section budget_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  bool plans = several_plans(r);
  Section s = section("kinh-phi", v.lang, {"VIII. Kinh phí thực hiện", "VIII. Budget"},
                      {"Kinh phí", "Budget"});
  const engine::BudgetTotals& b = r.budget;
  if (b.overflow) {
    s.blocks.push_back(Paragraph{
        say("Tổng kinh phí vượt quá giới hạn tính toán (số nguyên 64 bit): kiểm tra lại số "
            "liệu bằng lệnh cchc check.",
            "The budget total does not fit in 64 bits: check the amounts with cchc check.")});
    return s;
  }
  DocTable t;
  t.id = "budget";
  std::string unit(model::money_unit_words(v.unit, l));
  if (plans) t.columns.push_back(column(Word::plan, l));
  t.columns.push_back(wrapping(Word::area, l));
  t.columns.push_back({fmt::format("{} ({})", say("Kinh phí", "Budget"), unit), Align::right});
  t.columns.push_back(
      {fmt::format("{} ({})", say("Số in trong văn bản", "Printed"), unit), Align::right});
  t.columns.push_back(
      {fmt::format("{} ({})", say("Chênh lệch", "Difference"), unit), Align::right});
  Bars chart;
  for (const auto& p : b.plans) {
    for (const auto& a : p.areas) {
      std::vector<Cell> row;
      if (plans) row.push_back(Cell(p.plan->id));
      std::string name = a.area.empty() ? say("(không ghi lĩnh vực)", "(no area)") : a.name;
      row.push_back(Cell(name));
      row.push_back(money_cell(a.total, v));
      row.push_back(a.declared ? money_cell(*a.declared, v) : not_printed(v));
      row.push_back(difference_cell(
          a.declared ? std::optional<std::int64_t>(a.total.dong - a.declared->dong) : std::nullopt,
          v));
      t.rows.push_back(std::move(row));
      chart.bars.push_back(
          {plans ? p.plan->id + " — " + name : name,
           static_cast<double>(a.total.dong) / static_cast<double>(model::unit_factor(v.unit)),
           money_text(a.total.dong, v.unit, l)});
    }
    std::vector<Cell> total;
    if (plans) total.push_back(Cell(p.plan->id));
    total.push_back(
        Cell(plans ? say("Cộng kế hoạch", "Plan total") : std::string(word(Word::total, l))));
    total.push_back(money_cell(p.total, v));
    total.push_back(p.declared ? money_cell(*p.declared, v) : not_printed(v));
    total.push_back(difference_cell(p.difference(), v));
    t.total_rows.push_back(t.rows.size());
    t.rows.push_back(std::move(total));
  }
  if (plans) {
    t.total_rows.push_back(t.rows.size());
    t.rows.push_back({Cell(std::string(word(Word::total, l))), Cell(""), money_cell(b.total, v),
                      Cell(""), Cell("")});
  }
  if (b.total.dong == 0) {
    s.blocks.push_back(Paragraph{say("Các kế hoạch không ghi kinh phí cho nhiệm vụ.",
                                     "The plans give no budget for their tasks.")});
    return s;
  }
  s.blocks.push_back(std::move(t));
  s.blocks.push_back(Paragraph{fmt::format(
      "{}: {} ({}: {}).", say("Tổng kinh phí", "Total budget"), money_text(b.total.dong, v.unit, l),
      say("Bằng chữ", "In words"), words_of(b.total.dong, l))});
  for (const auto& p : b.plans) {
    if (auto d = p.difference(); d && *d != 0)
      s.blocks.push_back(Paragraph{
          is_vi(l)
              ? fmt::format(
                    "Kế hoạch {} in tổng cộng {} nhưng các nhiệm vụ cộng lại {} (chênh lệch {}).",
                    p.plan->id, money_text(p.declared->dong, v.unit, l),
                    money_text(p.total.dong, v.unit, l), money_text(*d, v.unit, l))
              : fmt::format(
                    "Plan {} prints a total of {} but its tasks add up to {} (difference {}).",
                    p.plan->id, money_text(p.declared->dong, v.unit, l),
                    money_text(p.total.dong, v.unit, l), money_text(*d, v.unit, l))});
    for (const auto& m : p.mismatches)
      s.blocks.push_back(Paragraph{
          is_vi(l) ? fmt::format("Nhiệm vụ {} ({}) ghi {} nhưng các nhiệm vụ con cộng lại {}.",
                                 m.task->id, p.plan->id, money_text(m.own.dong, v.unit, l),
                                 money_text(m.subtasks.dong, v.unit, l))
                   : fmt::format("Task {} ({}) gives {} but its subtasks add up to {}.", m.task->id,
                                 p.plan->id, money_text(m.own.dong, v.unit, l),
                                 money_text(m.subtasks.dong, v.unit, l))});
  }
  s.blocks.push_back(
      Figure{"chart-budget-by-area", say("Kinh phí theo lĩnh vực", "Budget by area"), chart});
  s.blocks.push_back(Paragraph{
      say("Kinh phí là dự toán ghi trong kế hoạch, mỗi nhiệm vụ tính một lần (nhiệm vụ có kinh "
          "phí riêng không cộng thêm kinh phí của nhiệm vụ con).",
          "Amounts are the plans' estimates, each task counted once (a task with its own "
          "amount does not add its subtasks' amounts)."),
      Paragraph::Style::note});
  return s;
}

// --------------------------------------------------------------- IX. targets

namespace {

std::string verdict_color(engine::Verdict v) {
  switch (v) {
    case engine::Verdict::achieved:
    case engine::Verdict::met:
      return "#2e7d32";
    case engine::Verdict::on_track:
      return "#1565c0";
    case engine::Verdict::at_risk:
      return "#e65100";
    case engine::Verdict::missed:
      return "#c62828";
    case engine::Verdict::no_data:
      return "#9e9e9e";
  }
  return "#9e9e9e";
}

Cell value_cell(const std::optional<double>& v, const model::Target& t, Lang l) {
  if (!v) return missing(l, "Chưa có số liệu.", "No value yet.");
  std::string text = target_value(*v, t, l);
  bool numeric = t.unit != model::TargetUnit::category && t.unit != model::TargetUnit::yes_no;
  if (!numeric) return Cell(text);
  int decimals = t.unit == model::TargetUnit::count || t.unit == model::TargetUnit::rank ? 0 : 2;
  return Cell(text, Decimal{*v, decimals, t.unit == model::TargetUnit::percent});
}

// The track and the goal band of a target's chart row.
GoalRows::Row goal_row(const engine::TargetEval& e, const ReportView& v) {
  Lang l = v.lang;
  const model::Target& t = *e.target;
  const model::GoalValue& g = *e.value;
  GoalRows::Row row;
  row.label = (t.name.empty() ? t.id : t.name);
  if (std::string who = verdict_owner(e, v.owners, l); !who.empty()) row.label += " — " + who;
  row.sublabel = fmt::format("{} — {}", g.text, day(e.by, l));
  row.reversed = !t.higher_is_better;
  row.baseline = e.baseline ? std::optional<double>(e.baseline->value) : std::nullopt;
  row.latest = e.latest ? std::optional<double>(e.latest->value) : std::nullopt;
  row.latest_text = e.latest ? target_value(e.latest->value, t, l) : "—";
  row.verdict_text = std::string(verdict_label(e.verdict, l));
  row.color = verdict_color(e.verdict);
  double top = std::max({g.value, g.high, row.baseline.value_or(0), row.latest.value_or(0)});
  switch (t.unit) {
    case model::TargetUnit::percent:
      row.low = 0;
      row.high = 100;
      break;
    case model::TargetUnit::category:
      row.low = 0;
      row.high = std::max(1.0, double(t.scale.size()) - 1);
      break;
    case model::TargetUnit::yes_no:
      row.low = 0;
      row.high = 1;
      break;
    case model::TargetUnit::rank:
      row.low = 1;
      row.high = std::max(2.0, std::ceil(top * 1.25));
      break;
    default:
      row.low = 0;
      row.high = top > 0 ? top * 1.2 : 1;
      break;
  }
  switch (g.op) {
    case model::Comparison::ge:
    case model::Comparison::gt:
      row.goal_from = g.value;
      row.goal_to = row.high;
      break;
    case model::Comparison::le:
    case model::Comparison::lt:
      row.goal_from = row.low;
      row.goal_to = g.value;
      break;
    case model::Comparison::eq:
      row.goal_from = row.goal_to = g.value;
      break;
    case model::Comparison::range:
      row.goal_from = g.value;
      row.goal_to = g.high;
      break;
  }
  return row;
}

}  // namespace

Section targets_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  bool plans = several_plans(r);
  Section s = section("chi-tieu", v.lang, {"IX. Kết quả thực hiện các chỉ tiêu", "IX. Targets"},
                      {"Chỉ tiêu", "Targets"});
  DocTable t;
  t.id = "targets";
  if (plans) t.columns.push_back(column(Word::plan, l));
  t.columns.push_back({say("Chỉ tiêu", "Target"), Align::left, true});
  t.columns.push_back(wrapping(Word::owner, l));
  t.columns.push_back({say("Mục tiêu", "Goal")});
  t.columns.push_back(column(Word::due, l));
  t.columns.push_back({say("Ban đầu", "Baseline"), Align::right});
  t.columns.push_back({say("Gần nhất", "Latest"), Align::right});
  t.columns.push_back({say("Ngày số liệu", "Measured on")});
  t.columns.push_back({say("Dự báo", "Projected"), Align::right});
  t.columns.push_back({say("Đánh giá", "Verdict"), Align::left, true});
  GoalRows chart;
  for (const auto& e : r.targets.items) {
    const model::Target& tg = *e.target;
    std::vector<Cell> row;
    if (plans) row.push_back(Cell(e.plan->id));
    row.push_back(Cell(tg.name.empty() ? tg.id : tg.name));
    row.push_back(Cell(verdict_owner(e, v.owners, l)));
    row.push_back(Cell(goal_label(*e.value, tg, l)));
    row.push_back(day_cell(e.by, l));
    row.push_back(
        value_cell(e.baseline ? std::optional<double>(e.baseline->value) : std::nullopt, tg, l));
    row.push_back(
        value_cell(e.latest ? std::optional<double>(e.latest->value) : std::nullopt, tg, l));
    row.push_back(day_cell(e.latest ? std::optional<model::Date>(e.latest->on) : std::nullopt, l));
    row.push_back(value_cell(e.projected, tg, l));
    row.push_back(Cell(std::string(verdict_label(e.verdict, l))));
    t.rows.push_back(std::move(row));
    if (e.level && e.owner.empty()) continue;  // a level nobody reported for: nothing to draw
    chart.rows.push_back(goal_row(e, v));
  }
  t.empty = say("Các kế hoạch không có chỉ tiêu.", "The plans set no targets.");
  s.blocks.push_back(
      Paragraph{is_vi(l) ? fmt::format("Đánh giá tính đến {}.", form::day_long(r.data_day, l))
                         : fmt::format("Judged as of {}.", form::day_long(r.data_day, l))});
  s.blocks.push_back(std::move(t));
  if (!chart.rows.empty())
    s.blocks.push_back(Figure{"chart-targets",
                              say("Các chỉ tiêu so với mục tiêu", "Each target against its goal"),
                              chart});
  if (!r.targets.items.empty())
    s.blocks.push_back(Paragraph{say("Đã đạt: thời hạn đã qua và số liệu gần nhất đạt mục tiêu; Đã "
                                     "đạt trước hạn: chưa đến thời hạn nhưng số liệu "
                                     "gần nhất đã đạt; Đúng lộ trình / Có nguy cơ không đạt: theo "
                                     "đường xu hướng (bình phương tối thiểu) qua số "
                                     "liệu ban đầu và các số liệu thực tế.",
                                     "Achieved: the day has passed and the latest value meets the "
                                     "goal; met: not yet due but already met; on "
                                     "track / at risk: by the least-squares trend through the "
                                     "baseline and the actual values."),
                                 Paragraph::Style::note});
  return s;
}

}  // namespace cchc::render::report_cells
