// What the sections of the periodic report share, private to
// render/report*.cpp: cells for days, counts, rates and missing values, and
// the columns headed by the shared words.
#pragma once

#include <string>
#include <string_view>

#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/report.hpp"
#include "cchc/text/words.hpp"

namespace cchc::render::report_cells {

using text::Lang;

inline std::string day(const model::Date& d, Lang l) {
  return date_short(d, l);
}
// A value that is not there: "—" in text, an empty cell with a note in Excel.
inline Cell missing(Lang l, std::string_view vi, std::string_view en) {
  return Cell("—", Missing{std::string(l == Lang::vi ? vi : en)});
}
inline Cell day_cell(const std::optional<model::Date>& d, Lang l) {
  if (!d) return missing(l, "Không có ngày.", "No day.");
  return Cell(day(*d, l), *d);
}
inline Cell count_cell(std::int64_t n, Lang l) {
  return Cell(text::group_digits(n, l), n);
}
inline Cell rate_cell(const engine::Rate& r, Lang l) {
  if (r.den == 0)
    return missing(l, "Chưa có nhiệm vụ nào đến hạn: tỷ lệ không có mẫu số.",
                   "No task has come due: the rate has no denominator.");
  return Cell(text::percent_cut(r.num, r.den, l), r);
}

inline bool several_plans(const engine::Report& r) {
  return r.plans.size() > 1;
}

// A column headed by one of the shared words; `wrapping` for text that may
// wrap (titles, agencies, deadlines as written).
inline Column column(Word w, Lang l, Align align = Align::left) {
  return {std::string(word(w, l)), align, false};
}
inline Column wrapping(Word w, Lang l) {
  return {std::string(word(w, l)), Align::left, true};
}

// Vietnamese and English text of one label.
struct Both {
  std::string_view vi, en;
  std::string in(Lang l) const { return std::string(l == Lang::vi ? vi : en); }
};

// An appendix section, empty: its HTML anchor, its numbered title and the
// name of its Excel sheet.
inline Section section(std::string id, Lang l, Both title, Both sheet) {
  return Section{std::move(id), title.in(l), sheet.in(l), {}};
}

// The columns that name a task in the appendix's lists: the plan (when the
// report covers several), the number, the title and the lead agencies.
inline void task_columns(DocTable& t, bool plans, Lang l) {
  if (plans) t.columns.push_back(column(Word::plan, l));
  t.columns.push_back(column(Word::task_id, l));
  t.columns.push_back(wrapping(Word::title, l));
  t.columns.push_back(wrapping(Word::lead, l));
}
inline void task_cells(std::vector<Cell>& row, bool plans, const model::Plan& p,
                       const model::Task& t, const model::OwnerIndex& owners) {
  if (plans) row.push_back(Cell(p.id));
  row.push_back(Cell(t.id));
  row.push_back(Cell(t.title));
  row.push_back(Cell(lead_names(t, owners)));
}

// Sections VIII (budget) and IX (targets), in report_budget_targets.cpp.
Section budget_section(const engine::Report& r, const ReportView& v);
Section targets_section(const engine::Report& r, const ReportView& v);

}  // namespace cchc::render::report_cells
