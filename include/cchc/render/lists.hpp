// The deadline lists and the status table in every format: text for a
// terminal, Markdown, CSV, JSON (cli.md section 6) and iCalendar. These only
// lay out what the engine computed.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/status.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

struct ListContext {
  const model::OwnerIndex& owners;
  text::Lang lang = text::Lang::vi;
  model::Date as_of{};
  // The filter the items passed: rows a chosen agency only supports are marked.
  const engine::Filter* filter = nullptr;
};

// The footer of a report that covers the plans in force: how many plans
// ended before the as-of day and were left out, and how to include them.
std::string plans_left_out_note(const std::vector<const model::Plan*>& plans,
                                const ListContext& ctx);

using Items = std::vector<const engine::DeadlineEval*>;

// {"cchc": {"version", "as_of"}} — the header of every JSON document.
nlohmann::json json_document(const model::Date& as_of);

// cli.md section 6 item: plan, task, title, lead (ids), due, category,
// days_overdue, working_days_overdue, optional; plus due_text, done_on, item.
nlohmann::json item_json(const engine::DeadlineEval& e);
nlohmann::json items_json(const Items& items);

// `overdue` and `deadlines --format json`, streamed an item at a time (issue
// 15): the bytes of json_document(as_of) merged with {"items",
// "optional_past_due"} (overdue) or {"from", "items", "to"} (deadlines) and,
// unless null, "plans_left_out", dumped with dump(2).
void write_overdue_json(std::ostream& out, const engine::OverdueList& list,
                        const model::Date& as_of, const nlohmann::json& plans_left_out);
void write_deadlines_json(std::ostream& out, const Items& items, const model::Date& from,
                          const model::Date& to, const model::Date& as_of,
                          const nlohmann::json& plans_left_out);

// "Nhiệm vụ quá hạn — tính đến ngày 16 tháng 9 năm 2026"
std::string as_of_line(std::string_view heading, const ListContext& ctx);
// "Nhiệm vụ đến hạn từ 16/09/2026 đến 15/11/2026"
std::string window_heading(const model::Date& from, const model::Date& to, const ListContext& ctx);

// The tables of the two lists: plan, task, title, deadline as written, due
// day, days overdue (calendar, working); and due day, plan, task, title, lead
// agencies, deadline as written, status.
Table overdue_table(const Items& items, const ListContext& ctx);
Table deadlines_table(const Items& items, const ListContext& ctx);

// overdue
std::string overdue_text(const engine::OverdueList& list, const ListContext& ctx,
                         const TextStyle& style);
std::string overdue_md(const engine::OverdueList& list, const ListContext& ctx);

// deadlines (the list to print before a meeting)
std::string deadlines_text(const Items& items, const model::Date& from, const model::Date& to,
                           const ListContext& ctx, const TextStyle& style);
std::string deadlines_md(const Items& items, const model::Date& from, const model::Date& to,
                         const ListContext& ctx);
std::string deadlines_ics(const Items& items, const ListContext& ctx,
                          const std::string& calendar_name);

// Flat CSV of deadline items (overdue and deadlines), header = the JSON keys.
std::string items_csv(const Items& items, const ListContext& ctx, bool excel_bom);

// status
std::string status_text(const engine::StatusTable& t, const ListContext& ctx,
                        const TextStyle& style);
std::string status_md(const engine::StatusTable& t, const ListContext& ctx);
std::string status_csv(const engine::StatusTable& t, const ListContext& ctx, bool excel_bom);
nlohmann::json status_json(const engine::StatusTable& t);
// `status --format json` as it is written: a row at a time (issue 15), byte
// for byte the dump(2) of json_document(as_of) merged with status_json(t) and,
// unless null, "plans_left_out".
void write_status_json(std::ostream& out, const engine::StatusTable& t, const model::Date& as_of,
                       const nlohmann::json& plans_left_out);

// Stable iCalendar UID of a deadline: same plan, task and occurrence -> same UID.
std::string deadline_uid(const engine::DeadlineEval& e);

}  // namespace cchc::render
