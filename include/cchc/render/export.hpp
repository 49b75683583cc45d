// `cchc export`: every task, every deadline and every target goal as flat
// records (docs/export.md). The records are built from the repository and the
// engine's evaluation, then laid out as JSON or CSV; the calendar reuses
// deadlines_ics. Nothing here computes a category or a verdict.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/targets.hpp"
#include "cchc/model/plan.hpp"
#include "cchc/render/document.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::render {

// One task of a plan, parents too, in file order.
struct TaskRecord {
  const model::Plan* plan = nullptr;
  const model::Task* task = nullptr;
  std::string parent;                                  // parent task id, "" at the top
  std::vector<const engine::DeadlineEval*> deadlines;  // a leaf's deadlines in index order
  std::optional<model::Money> own_budget;  // the task's budget as written (sum of lines)
  // What the task adds to the plan total (engine/budget's rule): its own
  // budget unless a parent above it carries one. Summed over all records
  // this is the plan total of `cchc budget`.
  std::optional<model::Money> counted_budget;
};

// One deadline (occurrence) of a leaf task. The budget that a task carries
// is put on exactly one deadline record, so that sums over the records give
// the plan total: a leaf's on its first deadline; a parent's own budget on
// the first deadline of its first leaf below it (`budget_of` names the task).
struct DeadlineRecord {
  const TaskRecord* task = nullptr;
  const engine::DeadlineEval* eval = nullptr;
  std::optional<model::Money> budget;
  std::string budget_of;  // id of the task the budget belongs to
};

struct ExportRecords {
  std::vector<TaskRecord> tasks;
  std::vector<DeadlineRecord> deadlines;
};

// Tasks matching `filter` (and parents of matching tasks, so the numbering
// stays whole), with the deadlines `ev` gives for them.
ExportRecords export_records(const model::Repository& repo, const engine::Evaluation& ev,
                             const engine::Filter& filter);

// A task's own budget in its plan's unit, the Vietnamese way and with the
// unit word, so a spreadsheet and `cchc import` read it unambiguously:
// "2.019 triệu đồng". Empty when the task has none.
std::string budget_cell(const TaskRecord& r);

// "Sở Nội vụ; UBND các xã, phường, thị trấn": names joined with "; ", never
// ", " (agency names hold commas); the text as written when unresolved.
std::string owner_names(const std::vector<model::OwnerRef>& refs, const model::OwnerIndex& owners);
// The owners' ids joined with "; ".
std::string owner_ids(const std::vector<model::OwnerRef>& refs);

// The first due day of a task's deadlines, if any has one.
std::optional<model::Date> first_due(const TaskRecord& r);

// The category shown on a task's row: that of its first deadline not yet
// done, else of its last one; nullopt for a parent (no deadlines of its own).
std::optional<engine::Category> task_category(const TaskRecord& r);

// {"cchc": ..., "tasks": [...], "deadlines": [...], "targets": [...]}
nlohmann::json export_json(const ExportRecords& rec, const engine::TargetEvaluation& targets,
                           const ListContext& ctx);

// One row per task: the Vietnamese columns `cchc import` reads (STT, Nội
// dung, Sản phẩm (one product per line), Chủ trì, Phối hợp, Kinh phí, Thời
// gian, Ghi chú), then the machine columns (plan, parent, area, due,
// category, done_on, status, optional, lead_ids, budget_dong).
std::string export_tasks_csv(const ExportRecords& rec, const ListContext& ctx, bool excel_bom);

// The same rows with their values (days, amounts in đồng), and one row per
// deadline record (the fields of the JSON `deadlines`).
DocTable export_tasks_table(const ExportRecords& rec, const ListContext& ctx);
DocTable export_deadlines_table(const ExportRecords& rec, const ListContext& ctx);

// The workbook of `cchc export --format xlsx` (export_sheets.cpp): the sheets
// Nhiệm vụ (tasks: the CSV's eight import columns, then worded columns and
// the stable keys), Thời hạn (deadlines) and Chỉ tiêu (target goals).
Document export_document(const ExportRecords& rec, const engine::TargetEvaluation& targets,
                         const ListContext& ctx);

}  // namespace cchc::render
