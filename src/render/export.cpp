// Flat records for `cchc export`: tasks, deadlines and target goals as JSON,
// tasks as CSV that `cchc import` reads back.
#include "cchc/render/export.hpp"

#include <algorithm>
#include <map>

#include "cchc/render/budget.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/targets.hpp"

namespace cchc::render {

using engine::DeadlineEval;

namespace {

using EvalsByTask = std::map<const model::Task*, std::vector<const DeadlineEval*>>;

class Builder {
 public:
  Builder(const engine::Filter& filter, EvalsByTask evals)
      : filter_(filter), evals_(std::move(evals)) {}

  // Adds the task and its subtasks; returns whether anything was kept.
  bool add(const model::Plan& p, const model::Task& t, const std::string& parent,
           bool budget_above) {
    std::size_t at = tasks_.size();
    bool matches = filter_.matches(p, t);
    TaskRecord r{&p, &t, parent, evals_[&t], std::nullopt, std::nullopt};
    if (t.budget) r.own_budget = model::budget_total(*t.budget);
    // As engine/budget counts: the topmost task with a budget carries it, and
    // only when it passes the filter (its subtasks are then not counted).
    if (r.own_budget && !budget_above && matches) r.counted_budget = r.own_budget;
    tasks_.push_back(std::move(r));
    ends_.push_back(at + 1);
    bool kept_child = false;
    for (const auto& c : t.tasks)
      kept_child = add(p, c, t.id, budget_above || t.budget.has_value()) || kept_child;
    if (!matches && !kept_child) {
      tasks_.resize(at);
      ends_.resize(at);
      return false;
    }
    ends_[at] = tasks_.size();
    return true;
  }

  ExportRecords finish() {
    ExportRecords out;
    out.tasks = std::move(tasks_);
    // A parent's budget waits for the first deadline inside its subtree.
    std::optional<model::Money> pending;
    std::string pending_of;
    std::size_t pending_end = 0;
    for (std::size_t i = 0; i < out.tasks.size(); ++i) {
      const TaskRecord& r = out.tasks[i];
      if (pending && i >= pending_end) pending.reset();
      if (!r.task->is_leaf()) {
        if (r.counted_budget) {
          pending = r.counted_budget;
          pending_of = r.task->id;
          pending_end = ends_[i];
        }
        continue;
      }
      for (std::size_t k = 0; k < r.deadlines.size(); ++k) {
        DeadlineRecord d{&r, r.deadlines[k], std::nullopt, ""};
        if (k == 0 && r.counted_budget) {
          d.budget = r.counted_budget;
          d.budget_of = r.task->id;
        } else if (k == 0 && pending) {
          d.budget = pending;
          d.budget_of = pending_of;
          pending.reset();
        }
        out.deadlines.push_back(std::move(d));
      }
    }
    return out;
  }

 private:
  const engine::Filter& filter_;
  EvalsByTask evals_;
  std::vector<TaskRecord> tasks_;
  std::vector<std::size_t> ends_;  // one past the last record of each task's subtree
};

std::string ref_id(const model::OwnerRef& r) {
  return r.resolved_id.empty() ? r.text : r.resolved_id;
}

}  // namespace

// "; " and not ", ": agency names hold commas ("UBND các xã, phường, thị trấn").
std::string owner_names(const std::vector<model::OwnerRef>& refs, const model::OwnerIndex& owners) {
  std::vector<std::string> out;
  for (const auto& r : refs)
    out.push_back(r.resolved_id.empty() ? r.text : owner_name(r.resolved_id, owners));
  return text::join(out, "; ");
}

namespace {

nlohmann::json ids(const std::vector<model::OwnerRef>& refs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : refs) out.push_back(ref_id(r));
  return out;
}

}  // namespace

std::string owner_ids(const std::vector<model::OwnerRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(ref_id(r));
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
          {"done_on", iso_days(t.done_on)},
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

ExportRecords export_records(const model::Repository& repo, const engine::Evaluation& ev,
                             const engine::Filter& filter) {
  EvalsByTask evals;
  for (const auto& e : ev.items) evals[e.task].push_back(&e);
  for (auto& [task, list] : evals)
    std::stable_sort(list.begin(), list.end(), [](const DeadlineEval* a, const DeadlineEval* b) {
      return a->index < b->index;
    });
  Builder b(filter, std::move(evals));
  for (const auto& p : repo.plans)
    for (const auto& t : p.tasks) b.add(p, t, "", false);
  return b.finish();
}

std::string budget_cell(const TaskRecord& r) {
  // Always Vietnamese: this is the column `cchc import` reads.
  return r.own_budget ? money_text(r.own_budget->dong, r.plan->unit, text::Lang::vi)
                      : std::string();
}

std::optional<engine::Category> task_category(const TaskRecord& r) {
  if (r.deadlines.empty()) return std::nullopt;
  for (const auto* e : r.deadlines)
    if (e->category != engine::Category::done_on_time && e->category != engine::Category::done_late)
      return e->category;
  return r.deadlines.back()->category;
}

nlohmann::json export_json(const ExportRecords& rec, const engine::TargetEvaluation& targets,
                           const ListContext& ctx) {
  nlohmann::json j = json_document(ctx.as_of);
  nlohmann::json tasks = nlohmann::json::array(), deadlines = nlohmann::json::array();
  for (const auto& r : rec.tasks) tasks.push_back(task_json(r, ctx));
  for (const auto& d : rec.deadlines) deadlines.push_back(deadline_json(d, ctx));
  nlohmann::json goals = targets_json(targets)["targets"];
  for (auto& g : goals) g["kind"] = "target";
  j["tasks"] = std::move(tasks);
  j["deadlines"] = std::move(deadlines);
  j["targets"] = std::move(goals);
  return j;
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
        {t.id, t.title, text::join(t.product, "\n"), owner_names(t.lead, ctx.owners),
         owner_names(t.support, ctx.owners), budget_cell(r), due_written(t), t.note, r.plan->id,
         r.parent, t.area, due ? Cell(model::iso(*due), *due) : Cell(""),
         cat ? std::string(engine::category_name(*cat)) : "", text::join(iso_days(t.done_on), "; "),
         std::string(model::status_name(t.status)), t.due && t.due->optional ? "true" : "false",
         owner_ids(t.lead),
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
        {e.plan->id, t.id, d.task->parent, t.title, owner_names(t.lead, ctx.owners),
         e.due ? Cell(model::iso(*e.due), *e.due) : Cell(""), due_label(e, ctx.lang),
         std::string(engine::category_name(e.category)),
         Cell(std::to_string(e.days_overdue), std::int64_t{e.days_overdue}),
         Cell(std::to_string(e.working_days_overdue), std::int64_t{e.working_days_overdue}),
         e.optional ? "true" : "false",
         e.done_on ? Cell(model::iso(*e.done_on), *e.done_on) : Cell(""),
         std::string(model::status_name(t.status)), t.area,
         d.budget
             ? Cell(std::to_string(d.budget->dong), Amount{d.budget->dong, model::MoneyUnit::dong})
             : Cell(""),
         d.budget ? d.budget_of : ""});
  }
  return table;
}

}  // namespace cchc::render
