// Flat records for `cchc export`: tasks, deadlines and target goals as JSON,
// tasks as CSV that `cchc import` reads back.
#include "cchc/render/export.hpp"

#include <algorithm>
#include <map>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/budget.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/targets.hpp"

namespace cchc::render {

using engine::DeadlineEval;
using engine::DeadlineRecord;
using engine::ExportRecords;
using engine::TaskRecord;

// "; " and not ", ": agency names hold commas ("UBND các xã, phường, thị trấn").
std::string owner_names(const std::vector<model::OwnerRef>& refs, const model::OwnerIndex& owners) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(owner_name(r, owners));
  return text::join(out, "; ");
}

namespace {

nlohmann::json ids(const std::vector<model::OwnerRef>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : refs) out.push_back(r.id_or_text());
  return out;
}

}  // namespace

std::string owner_ids(const std::vector<model::OwnerRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.id_or_text());
  return text::join(out, "; ");
}

namespace {

std::vector<std::string> iso_days(const std::vector<model::Date>& days) {
  std::vector<std::string> out;
  for (const auto& d : days) out.push_back(model::iso(d));
  return out;
}

nlohmann::json money_or_null(const std::optional<model::Money>& m) {
  return m ? nlohmann::json(m->dong) : nlohmann::json(nullptr);
}

}  // namespace

std::optional<model::Date> first_due(const TaskRecord& r) {
  for (const auto* e : r.deadlines)
    if (e->due) return e->due;
  return std::nullopt;
}

namespace {

std::string due_written(const model::Task& t) {
  return t.due ? t.due->text : "";
}

nlohmann::json task_json(const TaskRecord& r, const ListContext& ctx) {
  const model::Task& t = *r.task;
  auto cat = task_category(r);
  auto due = first_due(r);
  return {{"kind", "task"},
          {"plan", r.plan->id},
          {"task", t.id},
          {"parent", r.parent},
          {"title", t.title},
          {"product", text::join(t.product, "; ")},
          {"lead", ids(t.lead)},
          {"lead_names", owner_names(t.lead, ctx.owners)},
          {"support", ids(t.support)},
          {"support_names", owner_names(t.support, ctx.owners)},
          {"area", t.area},
          {"due_text", due_written(t)},
          {"due", due ? nlohmann::json(model::iso(*due)) : nlohmann::json(nullptr)},
          {"category", cat ? nlohmann::json(engine::category_name(*cat)) : nlohmann::json(nullptr)},
          {"done_on", iso_days(t.tracked().done_on)},
          {"status", model::status_name(t.status)},
          {"optional", t.due && t.due->optional},
          {"budget", r.own_budget
                         ? nlohmann::json(money_text(r.own_budget->dong, r.plan->unit, ctx.lang))
                         : nlohmann::json(nullptr)},
          {"budget_own_dong", money_or_null(r.own_budget)},
          {"budget_dong", money_or_null(r.counted_budget)},
          {"deadlines", r.deadlines.size()}};
}

nlohmann::json deadline_json(const DeadlineRecord& d, const ListContext& ctx) {
  const model::Task& t = *d.task->task;
  nlohmann::json j = item_json(*d.eval);  // the fields every deadline list shares
  j["kind"] = "deadline";
  j["parent"] = d.task->parent;
  j["product"] = text::join(t.product, "; ");
  j["lead_names"] = owner_names(t.lead, ctx.owners);
  j["support"] = ids(t.support);
  j["support_names"] = owner_names(t.support, ctx.owners);
  j["area"] = t.area;
  j["status"] = model::status_name(t.status);
  j["budget"] = d.budget ? nlohmann::json(money_text(d.budget->dong, d.task->plan->unit, ctx.lang))
                         : nlohmann::json(nullptr);
  j["budget_dong"] = money_or_null(d.budget);
  j["budget_of"] = d.budget ? nlohmann::json(d.budget_of) : nlohmann::json(nullptr);
  return j;
}

}  // namespace

std::string budget_cell(const TaskRecord& r) {
  // Always Vietnamese: this is the column `cchc import` reads.
  return r.own_budget ? money_text(r.own_budget->dong, r.plan->unit, text::Lang::vi)
                      : std::string();
}

namespace {

nlohmann::json goal_json(const engine::TargetEval& e) {
  nlohmann::json j = target_json(e);
  j["kind"] = "target";
  return j;
}

}  // namespace

nlohmann::json export_json(const ExportRecords& rec, const engine::TargetEvaluation& targets,
                           const ListContext& ctx) {
  nlohmann::json j = json_document(ctx.as_of);
  nlohmann::json tasks = nlohmann::json::array(), deadlines = nlohmann::json::array(),
                 goals = nlohmann::json::array();
  for (const auto& r : rec.tasks) tasks.push_back(task_json(r, ctx));
  for (const auto& d : rec.deadlines) deadlines.push_back(deadline_json(d, ctx));
  for (const auto& e : targets.items) goals.push_back(goal_json(e));
  j["tasks"] = std::move(tasks);
  j["deadlines"] = std::move(deadlines);
  j["targets"] = std::move(goals);
  return j;
}

void write_export_json(std::ostream& out, const ExportRecords& rec,
                       const engine::TargetEvaluation& targets, const ListContext& ctx) {
  io::JsonObjectWriter w(out);
  w.members(json_document(ctx.as_of));
  w.begin_array("deadlines");
  w.elements(rec.deadlines.size(),
             [&](std::size_t i) { return deadline_json(rec.deadlines[i], ctx); });
  w.end_array();
  w.begin_array("targets");
  for (const auto& e : targets.items) w.element(goal_json(e));
  w.end_array();
  w.begin_array("tasks");
  w.elements(rec.tasks.size(), [&](std::size_t i) { return task_json(rec.tasks[i], ctx); });
  w.end_array();
  w.finish();
}

DocTable export_tasks_table(const ExportRecords& rec, const ListContext& ctx) {
  DocTable table;
  table.id = "tasks";
  for (const char* h : {"STT", "Nội dung", "Sản phẩm", "Chủ trì", "Phối hợp", "Kinh phí",
                        "Thời gian", "Ghi chú", "plan", "parent", "area", "due", "category",
                        "done_on", "status", "optional", "lead_ids", "budget_dong"})
    table.columns.push_back({h});
  for (std::size_t c : {1, 2, 3, 4, 7}) table.columns[c].flexible = true;
  for (const auto& r : rec.tasks) {
    const model::Task& t = *r.task;
    auto cat = task_category(r);
    auto due = first_due(r);
    table.rows.push_back(
        {t.id.str(), t.title, text::join(t.product, "\n"), owner_names(t.lead, ctx.owners),
         owner_names(t.support, ctx.owners), budget_cell(r), due_written(t), t.note.str(),
         r.plan->id, r.parent, t.area.str(), due ? Cell(model::iso(*due), *due) : Cell(""),
         cat ? std::string(engine::category_name(*cat)) : "",
         text::join(iso_days(t.tracked().done_on), "; "), std::string(model::status_name(t.status)),
         t.due && t.due->optional ? "true" : "false", owner_ids(t.lead),
         r.counted_budget ? Cell(std::to_string(r.counted_budget->dong),
                                 Amount{r.counted_budget->dong, model::MoneyUnit::dong})
                          : Cell("")});
  }
  return table;
}

std::string export_tasks_csv(const ExportRecords& rec, const ListContext& ctx, bool excel_bom) {
  return table_csv(export_tasks_table(rec, ctx), excel_bom);
}

DocTable export_deadlines_table(const ExportRecords& rec, const ListContext& ctx) {
  DocTable table;
  table.id = "deadlines";
  for (const char* h : {"plan", "task", "parent", "title", "lead_names", "due", "due_text",
                        "category", "days_overdue", "working_days_overdue", "optional", "done_on",
                        "status", "area", "budget_dong", "budget_of"})
    table.columns.push_back({h});
  table.columns[3].flexible = table.columns[4].flexible = true;
  for (const auto& d : rec.deadlines) {
    const DeadlineEval& e = *d.eval;
    const model::Task& t = *d.task->task;
    table.rows.push_back(
        {e.plan->id, t.id.str(), d.task->parent, t.title, owner_names(t.lead, ctx.owners),
         e.due ? Cell(model::iso(*e.due), *e.due) : Cell(""), due_label(e, ctx.lang),
         std::string(engine::category_name(e.category)),
         Cell(std::to_string(e.days_overdue), std::int64_t{e.days_overdue}),
         Cell(std::to_string(e.working_days_overdue), std::int64_t{e.working_days_overdue}),
         e.optional ? "true" : "false",
         e.done_on ? Cell(model::iso(*e.done_on), *e.done_on) : Cell(""),
         std::string(model::status_name(t.status)), t.area.str(),
         d.budget
             ? Cell(std::to_string(d.budget->dong), Amount{d.budget->dong, model::MoneyUnit::dong})
             : Cell(""),
         d.budget ? d.budget_of : ""});
  }
  return table;
}

}  // namespace cchc::render
