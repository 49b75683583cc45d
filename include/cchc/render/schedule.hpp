// The schedule (engine/schedule.hpp) drawn for people and programs: a text
// Gantt for the terminal, a Markdown table, JSON, and a self-contained HTML
// page holding an SVG timeline (a Document, render/document.hpp). These lay
// out; they compute nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "cchc/engine/schedule.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"

namespace cchc::render {

struct Document;

// A left part (STT, title cut with '…' to fit) and one cell per month or
// quarter, three columns wide: a month's three columns are its days 1-10,
// 11-20 and 21-end, a quarter's are its months. Bars: '█' elapsed, '░' ahead,
// '▓' done, '─' cancelled; marks: '✓' done on time, '»' done late, '!'
// overdue, '◆' not yet due, '×' cancelled; '┊' the as-of day. Titles shrink
// first (never below 20 columns) when the chart is wider than style.width.
// One section per plan, undated tasks listed under the chart, a legend last.
std::string schedule_text(const engine::Schedule& s, const ListContext& ctx,
                          const TextStyle& style);

// The schedule schedule_text draws within style.width: as `options` ask,
// else — when the months do not fit and the unit was not chosen (`by_chosen`)
// — by quarter, else — when no window was given (--from, --to) — the quarters
// that fit from the start of the as-of year (moved back so as to end with the
// plans). A width of 0 takes `options` as they are.
engine::Schedule fitted_schedule(const engine::Evaluation& ev, engine::ScheduleOptions options,
                                 bool by_chosen, const ListContext& ctx, const TextStyle& style);

// One table per plan: STT, title, one column per period with its marks
// ("✓ 20/03") or the bar's state; undated tasks in a table of their own.
std::string schedule_md(const engine::Schedule& s, const ListContext& ctx);

// {"by", "from", "to", "columns": [...], "rows": [...]}: merge into
// json_document() for the whole document.
nlohmann::json schedule_json(const engine::Schedule& s);
// `schedule --format json` as it is written: streamed a row at a time (issue
// 15), byte for byte the dump(2) of json_document(as_of) merged with
// schedule_json(s) and, unless null, "plans_left_out".
void write_schedule_json(std::ostream& out, const engine::Schedule& s, const model::Date& as_of,
                         const nlohmann::json& plans_left_out);

// The schedule as a Document: a section with the window and the timeline
// figure (one SVG chart per plan and the legend), then a section listing the
// undated tasks of each plan when there are any. The document points into
// `s` and `ctx.owners`, which must outlive it.
Document schedule_document(const engine::Schedule& s, const ListContext& ctx);

// That document as one HTML page through document_html: inline CSS and SVG,
// no script, a Content-Security-Policy that forbids fetching anything, laid
// out to print on A4. Every text is escaped.
std::string schedule_html(const engine::Schedule& s, const ListContext& ctx);

// The SVG timelines alone, for a page of another command (the periodic
// report): one chart per plan with drawn rows (a plan line above each when
// there are several) and the legend; "" when nothing is drawn. The classes
// they use are styled by schedule_chart_css().
std::string schedule_charts_html(const engine::Schedule& s, const ListContext& ctx);
std::string schedule_chart_css();

}  // namespace cchc::render
