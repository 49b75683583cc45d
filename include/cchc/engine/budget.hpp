// Budget totals (tổng hợp kinh phí): exact sums in whole đồng by plan, area,
// lead agency, funding source and year, each task counted once, with the
// printed totals set against the computed ones. Overflow is detected, never
// wrapped: a total that does not fit in 64 bits makes `overflow` true.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/model/money.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

enum class BudgetKey { plan, area, owner, source, year };
std::string_view budget_key_name(BudgetKey k);
std::optional<BudgetKey> budget_key_from_name(std::string_view s);

struct AreaTotal {
  std::string area;  // id ("" for tasks without an area)
  std::string name;
  model::Money total;
  std::optional<model::Money> declared;  // the subtotal printed in the document
};

// A parent task whose own amount differs from the sum of its subtasks.
using SubtaskMismatch = model::SubtaskBudgetMismatch;

struct PlanTotal {
  const model::Plan* plan = nullptr;
  model::Money total;
  std::optional<model::Money> declared;  // declared_total
  std::vector<AreaTotal> areas;          // the programme's order, then declared areas, then none
  std::vector<SubtaskMismatch> mismatches;
  // computed - declared, when a total is declared
  std::optional<std::int64_t> difference() const;
};

// One group of a --by grouping. `path` holds the keys from the outermost
// grouping down to this one; `by` and `key` are the last of them.
struct GroupTotal {
  BudgetKey by = BudgetKey::plan;
  std::string key;  // plan id, area id, owner ids joined by "+", source, year; "" = none
  std::vector<std::string> path;  // keys of the enclosing groups, then `key`
  model::Money total;
};

struct BudgetTotals {
  std::vector<BudgetKey> by;
  model::Money total;
  std::vector<PlanTotal> plans;
  std::vector<GroupTotal> groups;  // depth-first: a group, then its subgroups
  bool overflow = false;
};

// What a task's money is counted under: model::counted_budget_lines (a task
// with a budget of its own carries it, else its subtasks carry theirs), kept
// when the carrying task passes the filter. A budget line's year is its `year`,
// else the plan period's year when the period is a single year.
BudgetTotals budget_totals(const model::Repository& repo, const Filter& filter,
                           const std::vector<BudgetKey>& by);

}  // namespace cchc::engine
