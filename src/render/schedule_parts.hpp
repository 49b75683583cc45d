// What the schedule's writers share (schedule.cpp: text, Markdown, JSON;
// schedule_html.cpp: the SVG timeline and the HTML page), private to
// render/: the words every format says the same way and the rows grouped by
// plan.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/schedule.hpp"
#include "cchc/render/document.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render::schedule_parts {

inline bool is_vi(text::Lang l) {
  return l == text::Lang::vi;
}

// "T10" / "Oct" for a month, "IV" / "Q4" for a quarter: the column headers.
std::string period_short(const engine::SchedulePeriod& p, engine::ScheduleBy by, text::Lang l);

// "Tiến độ thực hiện nhiệm vụ theo tháng — tính đến ngày 18 tháng 3 năm 2026".
std::string heading(const engine::Schedule& s, text::Lang l);
// "Từ 01/01/2026 đến 31/12/2026".
std::string window_line(const engine::Schedule& s, text::Lang l);
// "tth-2018 — Kế hoạch ...".
std::string plan_line(const model::Plan& p);
std::string_view undated_heading(text::Lang l);
std::string_view no_tasks(text::Lang l);

// The rows of one plan: drawn ones for the chart, undated ones listed under it.
struct PlanGroup {
  const model::Plan* plan = nullptr;
  std::vector<const engine::ScheduleRow*> drawn;
  std::vector<const engine::ScheduleRow*> undated;
};

std::vector<PlanGroup> plan_groups(const engine::Schedule& s);

// The undated tasks of a plan: STT, title and the deadline as written.
DocTable undated_table(const PlanGroup& g, text::Lang l);

}  // namespace cchc::render::schedule_parts
