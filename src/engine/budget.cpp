// Exact budget totals.
#include "cchc/engine/budget.hpp"

#include <algorithm>
#include <map>

namespace cchc::engine {

using namespace cchc::model;

std::string_view budget_key_name(BudgetKey k) {
  switch (k) {
    case BudgetKey::plan:
      return "plan";
    case BudgetKey::area:
      return "area";
    case BudgetKey::owner:
      return "owner";
    case BudgetKey::source:
      return "source";
    case BudgetKey::year:
      return "year";
  }
  return "plan";
}

std::optional<BudgetKey> budget_key_from_name(std::string_view s) {
  for (BudgetKey k :
       {BudgetKey::plan, BudgetKey::area, BudgetKey::owner, BudgetKey::source, BudgetKey::year})
    if (budget_key_name(k) == s) return k;
  return std::nullopt;
}

std::optional<std::int64_t> PlanTotal::difference() const {
  if (!declared) return std::nullopt;
  std::int64_t d = 0;
  if (__builtin_sub_overflow(total.dong, declared->dong, &d)) return std::nullopt;
  return d;
}

namespace {

// A budget line together with the task that carries it.
struct CountedLine {
  const Plan* plan;
  const Task* task;
  const BudgetLine* line;
};

class Summer {
 public:
  explicit Summer(bool& overflow) : overflow_(overflow) {}
  void add(Money& into, Money m) {
    auto s = checked_add(into, m);
    if (s)
      into = *s;
    else
      overflow_ = true;
  }

 private:
  bool& overflow_;
};

std::string key_of(const CountedLine& c, BudgetKey k) {
  switch (k) {
    case BudgetKey::plan:
      return c.plan->id;
    case BudgetKey::area:
      return c.task->area;
    case BudgetKey::owner: {
      std::string key;
      for (const auto& r : c.task->lead) key += (key.empty() ? "" : "+") + r.id_or_text();
      return key;
    }
    case BudgetKey::source:
      return c.line->source;
    case BudgetKey::year: {
      if (c.line->year) return std::to_string(*c.line->year);
      int y = year_of(c.plan->period.from);
      return y == year_of(c.plan->period.to) ? std::to_string(y) : std::string();
    }
  }
  return {};
}

// Groups nested in the order of `by`, depth first; keys sorted, "" (none) last.
void group(const std::vector<const CountedLine*>& lines, const std::vector<BudgetKey>& by,
           std::size_t level, std::vector<std::string>& path, std::vector<GroupTotal>& out,
           Summer& sum) {
  if (level == by.size()) return;
  std::map<std::string, std::vector<const CountedLine*>> parts;
  for (const auto* l : lines) parts[key_of(*l, by[level])].push_back(l);
  std::vector<std::string> keys;
  for (const auto& [k, v] : parts) keys.push_back(k);
  std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    if (by[level] == BudgetKey::area) {
      const Plan& p = *parts[a].front()->plan;
      int ra = area_order(&p, a), rb = area_order(&p, b);
      if (ra != rb) return ra < rb;
    }
    return a < b;
  });
  for (const auto& k : keys) {
    GroupTotal g;
    g.by = by[level];
    g.key = k;
    path.push_back(k);
    g.path = path;
    for (const auto* l : parts[k]) sum.add(g.total, l->line->amount);
    out.push_back(g);
    group(parts[k], by, level + 1, path, out, sum);
    path.pop_back();
  }
}

}  // namespace

BudgetTotals budget_totals(const Repository& repo, const Filter& filter,
                           const std::vector<BudgetKey>& by) {
  BudgetTotals out;
  out.by = by;
  Summer sum(out.overflow);
  std::vector<CountedLine> all;
  for (const auto& plan : repo.plans) {
    if (!filter.wants_plan(plan)) continue;
    PlanTotal pt;
    pt.plan = &plan;
    pt.declared = plan.declared_total;
    pt.mismatches = subtask_budget_mismatches(plan, out.overflow);
    std::vector<CountedLine> lines;
    for (const auto& c : counted_budget_lines(plan))
      if (filter.matches(plan, *c.task)) lines.push_back({&plan, c.task, c.line});
    std::map<std::string, Money> by_area;
    for (const auto& l : lines) {
      sum.add(pt.total, l.line->amount);
      sum.add(by_area[l.task->area], l.line->amount);
    }
    for (const auto& a : plan.areas)
      if (a.declared_total)
        by_area.try_emplace(a.id);  // a declared subtotal with no task still shows
    for (const auto& [id, total] : by_area) {
      AreaTotal at;
      at.area = id;
      const Area* a = plan.find_area(id);
      at.name = a ? a->name : id;
      at.total = total;
      for (const auto& d : plan.areas)
        if (d.id == id) at.declared = d.declared_total;
      pt.areas.push_back(at);
    }
    std::stable_sort(pt.areas.begin(), pt.areas.end(), [&](const AreaTotal& a, const AreaTotal& b) {
      return area_order(&plan, a.area) < area_order(&plan, b.area);
    });
    sum.add(out.total, pt.total);
    all.insert(all.end(), lines.begin(), lines.end());
    out.plans.push_back(std::move(pt));
  }
  std::vector<const CountedLine*> ptrs;
  for (const auto& l : all) ptrs.push_back(&l);
  std::vector<std::string> path;
  group(ptrs, by, 0, path, out.groups, sum);
  return out;
}

}  // namespace cchc::engine
