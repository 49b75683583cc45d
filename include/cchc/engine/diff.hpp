// What changed in the plans between two versions of a repository (cchc diff):
// plans and tasks added, removed, renumbered or retitled; deadlines moved, in
// calendar and working days; lead and supporting agencies; budgets per task,
// area and plan against the printed totals; statuses; target goals and new
// actuals; owners. Computed on two loaded repositories; no text is made here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/calendar.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

// A task as the change report names it: on the new side, or on the old side
// when it is gone.
struct TaskRef {
  std::string plan;
  std::string task;
  std::string title;
  model::SourceLocation where;
};

struct PlanRef {
  std::string plan;
  std::string title;
  model::SourceLocation where;
};

// Same title and lead, new id: the document's numbering changed, not the task.
struct Renumbered {
  TaskRef task;  // with the new id
  std::string old_id;
};

struct Retitled {
  TaskRef task;
  std::string old_title;
};

struct DeadlineMove {
  TaskRef task;
  std::string before, after;        // as written; "" when absent
  std::optional<int> days;          // after - before (latest fixed days), when both have one
  std::optional<int> working_days;  // signed like `days`
  bool later() const { return days && *days > 0; }  // lùi hạn
};

// Owner ids (the text as written when a reference is unknown).
struct AgenciesChange {
  TaskRef task;
  std::vector<std::string> lead_before, lead_after, support_before, support_after;
};

// A budget before and after: of a task, an area of a plan, or a whole plan.
struct BudgetChange {
  std::string plan;
  std::string key;   // task id or area id; "" for the plan itself
  std::string name;  // task title or area name
  model::Money before, after;
  std::optional<model::Money> declared;  // the total printed in the new version
  model::SourceLocation where;
  std::int64_t change() const { return after.dong - before.dong; }
  bool matches_declared() const { return !declared || *declared == after; }
};

struct StatusChange {
  TaskRef task;
  model::Status before = model::Status::planned, after = model::Status::planned;
  std::optional<model::Date> done_on;  // the last completion day when now done
};

struct TargetRef {
  std::string plan;
  std::string target;
  std::string name;
  model::SourceLocation where;
};

struct GoalsChange {
  TargetRef target;
  std::vector<model::Goal> before, after;
};

struct NewActual {
  TargetRef target;
  model::Actual actual;
};

enum class OwnerChangeKind { added, removed, renamed, ended };
std::string_view owner_change_name(OwnerChangeKind k);  // added, removed, renamed, ended

struct OwnerChange {
  OwnerChangeKind kind = OwnerChangeKind::added;
  std::string id;
  std::string name_before, name_after;
  std::optional<model::Date> until;  // ended: the last day
  model::SourceLocation where;
};

struct PlanDiff {
  std::vector<PlanRef> plans_added, plans_removed;
  std::vector<TaskRef> tasks_added, tasks_removed;
  std::vector<Renumbered> renumbered;
  std::vector<Retitled> retitled;
  std::vector<DeadlineMove> deadlines;
  std::vector<AgenciesChange> agencies;
  std::vector<BudgetChange> plan_budgets, area_budgets, task_budgets;
  model::Money total_before, total_after;  // every plan of each side
  std::vector<StatusChange> statuses;
  std::vector<GoalsChange> goals;
  std::vector<NewActual> actuals;
  std::vector<OwnerChange> owners;
  bool overflow = false;  // a budget total does not fit in 64 bits

  bool empty() const;
  std::int64_t total_change() const { return total_after.dong - total_before.dong; }
  std::size_t deadlines_later() const;
  int max_days_later() const;  // 0 when none
  std::size_t tasks_done() const;
};

// Plans are matched by id, tasks by (plan id, task id), except that a task
// gone from one id whose title and lead reappear under a new id is
// renumbered. Working days count on `calendar` (the new version's).
PlanDiff diff_repositories(const model::Repository& before, const model::Repository& after,
                           const WorkCalendar& calendar);

// The changes `--fail-on` can ask about.
enum class DiffTrigger { deadline_later, budget_increase, task_removed };
std::string_view diff_trigger_name(DiffTrigger t);  // deadline-later, budget-increase, task-removed
std::optional<DiffTrigger> diff_trigger_from_name(std::string_view s);
bool has_change(const PlanDiff& d, DiffTrigger t);

}  // namespace cchc::engine
