// The schedule (engine/schedule.hpp) drawn for people and programs: a text
// Gantt for the terminal, a Markdown table, JSON, and a self-contained HTML
// page holding an SVG timeline. These lay out; they compute nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cchc/engine/schedule.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"

namespace cchc::render {

// A left part (STT, title cut with '…' to fit) and one cell per month or
// quarter, three columns wide: a month's three columns are its days 1-10,
// 11-20 and 21-end, a quarter's are its months. Bars: '█' elapsed, '░' ahead,
// '▓' done, '─' cancelled; marks: '✓' done on time, '»' done late, '!'
// overdue, '◆' not yet due, '×' cancelled; '┊' the as-of day. Titles shrink
// first (never below 20 columns) when the chart is wider than style.width.
// One section per plan, undated tasks listed under the chart, a legend last.
std::string schedule_text(const engine::Schedule& s, const ListContext& ctx,
                          const TextStyle& style);

// One table per plan: STT, title, one column per period with its marks
// ("✓ 20/03") or the bar's state; undated tasks in a table of their own.
std::string schedule_md(const engine::Schedule& s, const ListContext& ctx);

// {"by", "from", "to", "columns": [...], "rows": [...]}: merge into
// json_document() for the whole document.
nlohmann::json schedule_json(const engine::Schedule& s);

// One HTML page, nothing fetched: inline CSS, one inline SVG per plan (an
// axis of months or quarters, a row per task, bars, deadline markers colored
// by category with tooltips, the as-of day as a vertical line), the undated
// tasks and a legend. No script. Every text is escaped.
std::string schedule_html(const engine::Schedule& s, const ListContext& ctx);

// The SVG timelines alone, for a page of another command (the periodic
// report): one chart per plan with drawn rows (a plan line above each when
// there are several) and the legend; "" when nothing is drawn. The classes
// they use are styled by schedule_chart_css().
std::string schedule_charts_html(const engine::Schedule& s, const ListContext& ctx);
std::string schedule_chart_css();

}  // namespace cchc::render
