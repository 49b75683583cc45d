// The periodic report as a Document: header, then sections I to IX.
#include "cchc/render/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cchc/render/budget.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/targets.hpp"
#include "cchc/text/unicode.hpp"
#include "cchc/text/words.hpp"
#include "report_cells.hpp"
#include "report_form.hpp"

namespace cchc::render {

using form::is_vi;
using form::Say;

using engine::Category;
using engine::DeadlineEval;
using engine::ReportKind;
using text::Lang;

using namespace report_cells;

namespace {

// --------------------------------------------------------------- status tables

std::vector<Column> status_columns(std::string first, Lang l) {
  Say say{l};
  std::vector<Column> cols{{std::move(first), Align::left, true}};
  for (Category c : engine::all_categories())
    cols.push_back({std::string(category_short(c, l)), Align::right});
  cols.push_back({say("Nếu có, quá hạn", "If any, past"), Align::right});
  cols.push_back({say("Tổng số", "Total"), Align::right});
  cols.push_back({say("Đã đến hạn", "Came due"), Align::right});
  cols.push_back(column(Word::completion_rate, l, Align::right));
  cols.push_back(column(Word::on_time_rate, l, Align::right));
  return cols;
}

std::vector<Cell> status_row(std::string label, const engine::StatusCounts& c, Lang l) {
  std::vector<Cell> row{Cell(std::move(label))};
  for (Category cat : engine::all_categories()) row.push_back(count_cell(c.count(cat), l));
  row.push_back(count_cell(c.optional_past_due, l));
  row.push_back(count_cell(c.total, l));
  row.push_back(count_cell(c.denominator(), l));
  row.push_back(rate_cell(engine::completion_rate(c), l));
  row.push_back(rate_cell(engine::on_time_rate(c), l));
  return row;
}

std::string status_label(const engine::StatusRow& row, const engine::StatusTable& t,
                         const ReportView& v) {
  Lang l = v.lang;
  if (t.by == engine::GroupBy::owner)
    return row.key.empty() ? std::string(word(Word::no_lead, l)) : owner_name(row.key, v.owners);
  return row.key.empty() ? (is_vi(l) ? "(không ghi lĩnh vực)" : "(no area)") : row.label;
}

DocTable status_doc_table(std::string id, const engine::StatusTable& t, const ReportView& v) {
  Lang l = v.lang;
  DocTable out;
  out.id = std::move(id);
  out.columns = status_columns(
      std::string(word(t.by == engine::GroupBy::owner ? Word::owner : Word::area, l)), l);
  for (const auto& row : t.rows)
    out.rows.push_back(status_row(status_label(row, t, v), row.counts, l));
  out.total_rows.push_back(out.rows.size());
  out.rows.push_back(status_row(std::string(word(Word::total, l)), t.total.counts, l));
  out.empty = is_vi(l) ? "Không có nhiệm vụ trong kỳ." : "No tasks in the period.";
  return out;
}

std::string_view optional_color() {
  return "#8e6bbf";
}

Figure status_figure(const engine::StatusTable& t, const ReportView& v) {
  Lang l = v.lang;
  StackedBars chart;
  for (Category c : engine::all_categories())
    chart.series.push_back({std::string(category_label(c, l)), std::string(category_color(c))});
  chart.series.push_back(
      {std::string(word(Word::optional_past_due, l)), std::string(optional_color())});
  for (const auto& row : t.rows) {
    StackedBars::Bar bar{status_label(row, t, v), {}};
    for (Category c : engine::all_categories()) bar.values.push_back(row.counts.count(c));
    bar.values.push_back(row.counts.optional_past_due);
    chart.bars.push_back(std::move(bar));
  }
  return {"chart-status-by-area",
          is_vi(l) ? "Tình hình thực hiện nhiệm vụ theo lĩnh vực (số nhiệm vụ theo từng thời hạn)"
                   : "Task status by area (deadlines counted one by one)",
          chart};
}

// --------------------------------------------------------------- I. summary

Section summary_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  const engine::StatusCounts& c = r.by_area.total.counts;
  Section s = section("tong-hop", v.lang,
                      {"I. Tổng hợp tình hình thực hiện nhiệm vụ", "I. Summary of the tasks"},
                      {"Tổng hợp", "Summary"});
  s.blocks.push_back(Paragraph{
      is_vi(l)
          ? fmt::format(
                "Trong kỳ báo cáo có {} nhiệm vụ (tính theo từng thời hạn) thuộc {} kế hoạch.",
                c.total, r.plans.size())
          : fmt::format("The period holds {} tasks (counted deadline by deadline) of {} plan{}.",
                        c.total, r.plans.size(), r.plans.size() == 1 ? "" : "s")});
  DocTable t;
  t.id = "summary";
  t.columns = {{say("Phân loại", "Category"), Align::left, true},
               {say("Số nhiệm vụ", "Tasks"), Align::right}};
  for (Category cat : engine::all_categories())
    t.rows.push_back({Cell(std::string(category_label(cat, l))), count_cell(c.count(cat), l)});
  t.rows.push_back(
      {Cell(std::string(word(Word::optional_past_due, l))), count_cell(c.optional_past_due, l)});
  t.total_rows.push_back(t.rows.size());
  t.rows.push_back({Cell(std::string(word(Word::total, l))), count_cell(c.total, l)});
  s.blocks.push_back(std::move(t));
  s.blocks.push_back(Paragraph{form::rates_sentence(c, l)});
  s.blocks.push_back(
      Paragraph{say("Mỗi thời hạn của một nhiệm vụ được tính một lần: nhiệm vụ hàng tháng, hàng "
                    "quý hoặc có nhiều thời hạn được "
                    "tính theo từng thời hạn; nhiệm vụ có nhiệm vụ con được tính qua các nhiệm vụ "
                    "con. Nhiệm vụ đã hoàn thành "
                    "trong kỳ trước không tính lại; nhiệm vụ quá hạn của kỳ trước chưa hoàn thành "
                    "vẫn được tính.",
                    "Each deadline of a task counts once: a monthly or quarterly task, or one with "
                    "several deadlines, counts "
                    "deadline by deadline; a task with subtasks counts through them. Tasks done in "
                    "an earlier period are not "
                    "counted again; overdue tasks of earlier periods still open are."),
                Paragraph::Style::note});
  return s;
}

// --------------------------------------------------------------- II, III

Section area_section(const engine::Report& r, const ReportView& v) {
  Section s = section("linh-vuc", v.lang, {"II. Kết quả thực hiện theo lĩnh vực", "II. By area"},
                      {"Theo lĩnh vực", "By area"});
  s.blocks.push_back(status_doc_table("status-by-area", r.by_area, v));
  if (!r.by_area.rows.empty()) s.blocks.push_back(status_figure(r.by_area, v));
  s.blocks.push_back(
      Paragraph{std::string(word(Word::rates_note, v.lang)), Paragraph::Style::note});
  return s;
}

Section owner_section(const engine::Report& r, const ReportView& v) {
  Say say{v.lang};
  Section s = section("co-quan", v.lang,
                      {"III. Kết quả thực hiện theo cơ quan chủ trì", "III. By lead agency"},
                      {"Theo cơ quan", "By agency"});
  s.blocks.push_back(status_doc_table("status-by-owner", r.by_owner, v));
  s.blocks.push_back(Paragraph{
      say("Nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan; dòng Tổng cộng tính "
          "mỗi nhiệm vụ một lần.",
          "A task with several lead agencies counts for each of them; the Total row counts "
          "it once."),
      Paragraph::Style::note});
  return s;
}

// --------------------------------------------------------------- IV. overdue

DocTable overdue_table(std::string id,
                       const std::vector<std::pair<std::string, const DeadlineEval*>>& items,
                       const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  bool plans = several_plans(r);
  DocTable t;
  t.id = std::move(id);
  t.columns.push_back(wrapping(Word::lead, l));
  if (plans) t.columns.push_back(column(Word::plan, l));
  t.columns.push_back(column(Word::task_id, l));
  t.columns.push_back(wrapping(Word::title, l));
  t.columns.push_back(wrapping(Word::due_written, l));
  t.columns.push_back(column(Word::due, l));
  t.columns.push_back(column(Word::days_overdue, l, Align::right));
  t.columns.push_back(column(Word::working_days, l, Align::right));
  for (const auto& [lead, e] : items) {
    std::vector<Cell> row{Cell(lead)};
    if (plans) row.push_back(Cell(e->plan->id));
    row.push_back(Cell(e->task->id));
    row.push_back(Cell(e->task->title));
    row.push_back(Cell(due_label(*e, l)));
    row.push_back(day_cell(e->due, l));
    row.push_back(count_cell(e->days_overdue, l));
    row.push_back(count_cell(e->working_days_overdue, l));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Section overdue_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Section s =
      section("qua-han", v.lang, {"IV. Nhiệm vụ quá hạn chưa hoàn thành", "IV. Overdue tasks"},
              {"Quá hạn", "Overdue"});
  std::size_t n = r.overdue.items.size();
  if (is_vi(l))
    s.blocks.push_back(Paragraph{
        n == 0 ? fmt::format("Tính đến {}, không có nhiệm vụ nào quá hạn chưa hoàn thành.",
                             form::day_long(r.data_day, l))
               : fmt::format("Tính đến {}, có {} nhiệm vụ quá hạn chưa hoàn thành, xếp "
                             "theo cơ quan chủ trì.",
                             form::day_long(r.data_day, l), n)});
  else
    s.blocks.push_back(Paragraph{
        n == 0 ? fmt::format("On {}, no task is overdue.", form::day_long(r.data_day, l))
               : fmt::format("On {}, {} {} overdue, listed by lead agency.",
                             form::day_long(r.data_day, l), n, n == 1 ? "task is" : "tasks are")});
  std::vector<std::pair<std::string, const DeadlineEval*>> rows;
  std::vector<std::string> ids;
  for (const auto& g : r.overdue.groups) ids.push_back(g.owner_id);
  OwnerLabels labels(v.owners, ids);
  for (const auto& g : r.overdue.groups) {
    std::string lead =
        g.owner_id.empty() ? std::string(word(Word::no_lead, l)) : labels(g.owner_id);
    for (const auto* e : g.items) rows.emplace_back(lead, e);
  }
  DocTable t = overdue_table("overdue", rows, r, v);
  s.blocks.push_back(std::move(t));
  if (!r.overdue.optional_past_due.empty()) {
    s.blocks.push_back(
        Paragraph{std::string(word(Word::optional_past_due, l)), Paragraph::Style::heading});
    std::vector<std::pair<std::string, const DeadlineEval*>> optional;
    for (const auto* e : r.overdue.optional_past_due)
      optional.emplace_back(lead_names(*e->task, v.owners), e);
    s.blocks.push_back(overdue_table("optional-past-due", optional, r, v));
  }
  return s;
}

// --------------------------------------------------------------- V. done in the window

std::string done_verdict(const DeadlineEval& e, Lang l) {
  if (e.category == Category::done_on_time) return is_vi(l) ? "Đúng hạn" : "On time";
  return is_vi(l) ? fmt::format("Quá hạn {} ngày", e.days_overdue)
                  : fmt::format("{} days late", e.days_overdue);
}

Section done_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  bool plans = several_plans(r);
  Section s = section("ket-qua", v.lang, {"V. Kết quả thực hiện trong kỳ", "V. Done in the period"},
                      {"Kết quả trong kỳ", "Done in period"});
  if (!r.timeline.rows.empty())
    s.blocks.push_back(Figure{"chart-timeline",
                              is_vi(l) ? fmt::format("Tiến độ các nhiệm vụ trong kỳ, từ {} đến {}",
                                                     day(r.period.from, l), day(r.period.last, l))
                                       : fmt::format("The tasks of the period, {} to {}",
                                                     day(r.period.from, l), day(r.period.last, l)),
                              Timeline{&r.timeline, &v.owners}});
  s.blocks.push_back(Paragraph{say("Nhiệm vụ hoàn thành trong kỳ", "Tasks done in the period"),
                               Paragraph::Style::heading});
  DocTable done;
  done.id = "done";
  done.columns.push_back(column(Word::done_on, l));
  task_columns(done, plans, l);
  done.columns.push_back(column(Word::due, l));
  done.columns.push_back({say("Đánh giá", "Verdict")});
  done.columns.push_back({say("Sản phẩm, văn bản", "Product, document"), Align::left, true});
  for (const auto* e : r.completed) {
    std::vector<Cell> row{day_cell(e->done_on, l)};
    task_cells(row, plans, *e->plan, *e->task, v.owners);
    row.push_back(day_cell(e->due, l));
    row.push_back(Cell(done_verdict(*e, l)));
    row.push_back(Cell(e->task->evidence.empty() ? text::join(e->task->product, "; ")
                                                 : e->task->evidence.str()));
    done.rows.push_back(std::move(row));
  }
  done.empty = say("Không có nhiệm vụ hoàn thành trong kỳ.", "No task was done in the period.");
  s.blocks.push_back(std::move(done));

  s.blocks.push_back(
      Paragraph{say("Tiến độ đã báo cáo trong kỳ", "Progress reported in the period"),
                Paragraph::Style::heading});
  DocTable progress;
  progress.id = "progress";
  progress.columns.push_back(column(Word::date, l));
  task_columns(progress, plans, l);
  progress.columns.push_back({say("Tiến độ", "Progress"), Align::right});
  progress.columns.push_back({say("Ghi chú", "Note"), Align::left, true});
  for (const auto& n : r.progress) {
    std::vector<Cell> row{day_cell(n.update->on, l)};
    task_cells(row, plans, *n.plan, *n.task, v.owners);
    row.push_back(
        n.update->progress
            ? Cell(fmt::format("{}%", *n.update->progress),
                   Decimal{static_cast<double>(*n.update->progress), 0, true})
            : missing(l, "Cập nhật không ghi tỷ lệ tiến độ.", "The update gives no percentage."));
    row.push_back(Cell(n.update->note));
    progress.rows.push_back(std::move(row));
  }
  progress.empty =
      say("Không có cập nhật tiến độ trong kỳ.", "No progress was reported in the period.");
  s.blocks.push_back(std::move(progress));
  return s;
}

// --------------------------------------------------------------- VI, VII

Section next_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  bool plans = several_plans(r);
  Section s =
      section("ky-toi", v.lang, {"VI. Nhiệm vụ đến hạn trong kỳ tới", "VI. Due in the next period"},
              {"Kỳ tới", "Next period"});
  model::Date from = model::add_days(r.period.last, 1);
  std::string n = r.next_due.empty() ? say("không có nhiệm vụ nào đến hạn", "nothing falls due")
                                     : fmt::format("{} {}", r.next_due.size(),
                                                   say("nhiệm vụ đến hạn", "tasks fall due"));
  s.blocks.push_back(Paragraph{
      is_vi(l) ? fmt::format("Từ {} đến {} (kỳ báo cáo {}): {}.", form::day_long(from, l),
                             form::day_long(r.next.last, l), period_words(r.next.spec, l), n)
               : fmt::format("From {} to {} (the report for {}): {}.", form::day_long(from, l),
                             form::day_long(r.next.last, l), period_words(r.next.spec, l), n)});
  DocTable t;
  t.id = "next-due";
  t.columns.push_back(column(Word::due, l));
  task_columns(t, plans, l);
  t.columns.push_back(wrapping(Word::due_written, l));
  t.columns.push_back(wrapping(Word::status, l));
  for (const auto* e : r.next_due) {
    std::vector<Cell> row{day_cell(e->due, l)};
    task_cells(row, plans, *e->plan, *e->task, v.owners);
    row.push_back(Cell(due_label(*e, l)));
    std::string status(category_label(e->category, l));
    if (e->optional) status += say(" (nếu có)", " (if any)");
    row.push_back(Cell(status));
    t.rows.push_back(std::move(row));
  }
  s.blocks.push_back(std::move(t));
  return s;
}

std::string undated_kind(const DeadlineEval& e, Lang l) {
  if (e.kind == model::DeadlineKind::ongoing) return is_vi(l) ? "Thường xuyên" : "Ongoing";
  if (e.due_text.empty()) return is_vi(l) ? "Chưa ghi thời hạn" : "No deadline written";
  return is_vi(l) ? "Chờ hướng dẫn, văn bản" : "Set by others";
}

Section undated_section(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  bool plans = several_plans(r);
  Section s = section("khong-thoi-han", v.lang,
                      {"VII. Nhiệm vụ không có thời hạn cụ thể", "VII. Tasks without a fixed date"},
                      {"Không thời hạn", "No fixed date"});
  DocTable t;
  t.id = "undated";
  task_columns(t, plans, l);
  t.columns.push_back(wrapping(Word::due_written, l));
  t.columns.push_back(column(Word::kind, l));
  for (const auto* e : r.undated) {
    std::vector<Cell> row;
    task_cells(row, plans, *e->plan, *e->task, v.owners);
    row.push_back(e->due_text.empty()
                      ? missing(l, "Kế hoạch không ghi thời hạn.", "The plan gives no deadline.")
                      : Cell(e->due_text));
    row.push_back(Cell(undated_kind(*e, l)));
    t.rows.push_back(std::move(row));
  }
  t.empty = say("Không có nhiệm vụ nào không có thời hạn cụ thể.", "Every task has a fixed date.");
  s.blocks.push_back(std::move(t));
  return s;
}

}  // namespace

std::string period_words(const engine::PeriodSpec& p, Lang l) {
  switch (p.kind) {
    case ReportKind::q1:
      return is_vi(l) ? fmt::format("quý I năm {}", p.year)
                      : fmt::format("the first quarter of {}", p.year);
    case ReportKind::h1:
      return is_vi(l) ? fmt::format("6 tháng đầu năm {}", p.year)
                      : fmt::format("the first half of {}", p.year);
    case ReportKind::q3:
      return is_vi(l) ? fmt::format("quý III năm {}", p.year)
                      : fmt::format("the third quarter of {}", p.year);
    case ReportKind::year:
      break;
  }
  return is_vi(l) ? fmt::format("năm {}", p.year) : fmt::format("{}", p.year);
}

std::string place_of_issuer(std::string_view issuer) {
  std::string name = text::collapse_space(issuer);
  std::string folded = text::fold_ascii(name);
  // Folded prefixes and how many words they take in the name as written.
  static const std::vector<std::pair<std::string, int>> prefixes{{"uy ban nhan dan tinh ", 5},
                                                                 {"uy ban nhan dan thanh pho ", 6},
                                                                 {"ubnd tinh ", 2},
                                                                 {"ubnd thanh pho ", 3},
                                                                 {"ubnd tp. ", 2},
                                                                 {"ubnd tp ", 2}};
  for (const auto& [prefix, words] : prefixes) {
    if (folded.rfind(prefix, 0) != 0 || folded.size() == prefix.size()) continue;
    std::size_t pos = 0;
    for (int w = 0; w < words; ++w) pos = name.find(' ', pos) + 1;
    return name.substr(pos);
  }
  return "";
}

Document report_document(const engine::Report& r, const ReportView& v) {
  Document d;
  d.lang = v.lang;
  d.title = (is_vi(v.lang) ? "Báo cáo kết quả thực hiện công tác cải cách hành chính "
                           : "Report on the administrative reform work in ") +
            period_words(r.period.spec, v.lang);
  d.header = form::header(r, v);
  d.body = form::body(r, v);
  d.closing = form::closing(r, v);
  d.appendix = form::appendix(r, v);
  d.sections.push_back(summary_section(r, v));
  d.sections.push_back(area_section(r, v));
  d.sections.push_back(owner_section(r, v));
  d.sections.push_back(overdue_section(r, v));
  d.sections.push_back(done_section(r, v));
  d.sections.push_back(next_section(r, v));
  d.sections.push_back(undated_section(r, v));
  d.sections.push_back(budget_section(r, v));
  d.sections.push_back(targets_section(r, v));
  return d;
}

}  // namespace cchc::render
