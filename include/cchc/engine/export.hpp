// The records of `cchc export` (docs/export.md): every task matching the
// filter (with the parents that keep the numbering whole) and every deadline
// the evaluation gives for them, with each budget put where sums over the
// records give the plan total of `cchc budget`. The computation only; the
// layouts (JSON, CSV, workbook) are render/export's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

// One task of a plan, parents too, in file order.
struct TaskRecord {
  const model::Plan* plan = nullptr;
  const model::Task* task = nullptr;
  std::string parent;                          // parent task id, "" at the top
  std::vector<const DeadlineEval*> deadlines;  // a leaf's deadlines in index order
  std::optional<model::Money> own_budget;      // the task's budget as written (sum of lines)
  // What the task adds to the plan total: its own budget when it carries one
  // (model::counted_budget_lines) and passes the filter, as engine/budget
  // counts. Summed over all records this is the plan total of `cchc budget`.
  std::optional<model::Money> counted_budget;
};

// One deadline (occurrence) of a leaf task. The budget that a task carries
// is put on exactly one deadline record, so that sums over the records give
// the plan total: a leaf's on its first deadline; a parent's own budget on
// the first deadline of its first leaf below it (`budget_of` names the task).
struct DeadlineRecord {
  const TaskRecord* task = nullptr;
  const DeadlineEval* eval = nullptr;
  std::optional<model::Money> budget;
  std::string budget_of;  // id of the task the budget belongs to
};

// `deadlines` points into `tasks`: moving keeps the vector's elements in
// place, a copy would point into the original, so copies are refused.
struct ExportRecords {
  std::vector<TaskRecord> tasks;
  std::vector<DeadlineRecord> deadlines;

  ExportRecords() = default;
  ExportRecords(const ExportRecords&) = delete;
  ExportRecords& operator=(const ExportRecords&) = delete;
  ExportRecords(ExportRecords&&) = default;
  ExportRecords& operator=(ExportRecords&&) = default;
};

// Tasks matching `filter` (and parents of matching tasks, so the numbering
// stays whole), with the deadlines `ev` gives for them.
ExportRecords export_records(const model::Repository& repo, const Evaluation& ev,
                             const Filter& filter);

// The category shown on a task's row: that of its first deadline not yet
// done, else of its last one; nullopt for a parent (no deadlines of its own).
std::optional<Category> task_category(const TaskRecord& r);

}  // namespace cchc::engine
