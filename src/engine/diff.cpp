// Comparing two versions of a plan repository.
#include "cchc/engine/diff.hpp"

#include <algorithm>
#include <map>

#include "cchc/engine/budget.hpp"
#include "cchc/model/deadline.hpp"

namespace cchc::engine {

using namespace cchc::model;

std::string_view owner_change_name(OwnerChangeKind k) {
  switch (k) {
    case OwnerChangeKind::added:
      return "added";
    case OwnerChangeKind::removed:
      return "removed";
    case OwnerChangeKind::renamed:
      return "renamed";
    case OwnerChangeKind::ended:
      return "ended";
  }
  return "added";
}

namespace {

constexpr DiffTrigger kTriggers[] = {DiffTrigger::deadline_later, DiffTrigger::budget_increase,
                                     DiffTrigger::task_removed};

std::vector<std::string> owner_keys(const std::vector<OwnerRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.resolved_id.empty() ? r.text : r.resolved_id);
  return out;
}

TaskRef ref_of(const Plan& p, const Task& t) {
  return {p.id, t.id, t.title, t.where};
}

Money own_budget(const Task& t) {
  if (!t.budget) return {};
  return budget_total(*t.budget).value_or(Money{});
}

// Every task of a plan, subtasks included, in file order.
std::vector<const Task*> flatten(const Plan& p) {
  std::vector<const Task*> out;
  for_each_task(p.tasks, [&](const Task& t, int) { out.push_back(&t); });
  return out;
}

// Title and lead: what makes a task the same task under another number.
std::string identity(const Task& t) {
  std::string key = t.title;
  for (const auto& l : owner_keys(t.lead)) key += '\x1f' + l;
  return key;
}

bool same_goal(const Goal& a, const Goal& b) {
  return a.by == b.by && a.overall == b.overall && a.per_level == b.per_level;
}

bool same_goals(const std::vector<Goal>& a, const std::vector<Goal>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), same_goal);
}

bool same_actual(const Actual& a, const Actual& b) {
  return a.on == b.on && a.value == b.value && a.owner.text == b.owner.text;
}

class Differ {
 public:
  Differ(PlanDiff& out, const WorkCalendar& calendar) : out_(out), calendar_(calendar) {}

  void plans(const Repository& before, const Repository& after) {
    std::map<std::string, const Plan*> old_plans;
    for (const auto& p : before.plans) old_plans.emplace(p.id, &p);
    std::map<std::string, const Plan*> new_ids;
    for (const auto& p : after.plans) {
      new_ids.emplace(p.id, &p);
      auto it = old_plans.find(p.id);
      if (it == old_plans.end()) {
        out_.plans_added.push_back({p.id, p.title, p.where});
        for (const Task* t : flatten(p)) out_.tasks_added.push_back(ref_of(p, *t));
      } else {
        tasks(*it->second, p);
        targets(*it->second, p);
      }
    }
    for (const auto& p : before.plans)
      if (!new_ids.count(p.id)) {
        out_.plans_removed.push_back({p.id, p.title, p.where});
        for (const Task* t : flatten(p)) out_.tasks_removed.push_back(ref_of(p, *t));
      }
  }

  void budgets(const Repository& before, const Repository& after) {
    BudgetTotals old_totals = budget_totals(before, Filter{}, {});
    BudgetTotals new_totals = budget_totals(after, Filter{}, {});
    out_.overflow = old_totals.overflow || new_totals.overflow;
    out_.total_before = old_totals.total;
    out_.total_after = new_totals.total;
    std::map<std::string, const PlanTotal*> old_plans;
    for (const auto& p : old_totals.plans) old_plans.emplace(p.plan->id, &p);
    std::map<std::string, bool> seen;
    for (const auto& p : new_totals.plans) {
      seen[p.plan->id] = true;
      auto it = old_plans.find(p.plan->id);
      const PlanTotal* old = it == old_plans.end() ? nullptr : it->second;
      Money before_total = old ? old->total : Money{};
      if (before_total != p.total || (old && old->declared != p.declared))
        out_.plan_budgets.push_back({p.plan->id, "", p.plan->title, before_total, p.total,
                                     p.declared, p.plan->declared_total_where});
      areas(old, p);
    }
    for (const auto& p : old_totals.plans)
      if (!seen.count(p.plan->id) && p.total.dong != 0)
        out_.plan_budgets.push_back(
            {p.plan->id, "", p.plan->title, p.total, Money{}, std::nullopt, p.plan->where});
  }

  void owners(const Repository& before, const Repository& after) {
    std::map<std::string, const Owner*> old_owners;
    for (const auto& o : before.owners) old_owners.emplace(o.id, &o);
    std::map<std::string, bool> seen;
    for (const auto& o : after.owners) {
      seen[o.id] = true;
      auto it = old_owners.find(o.id);
      if (it == old_owners.end()) {
        out_.owners.push_back({OwnerChangeKind::added, o.id, "", o.name, o.until, o.where});
        continue;
      }
      const Owner& old = *it->second;
      if (old.name != o.name)
        out_.owners.push_back({OwnerChangeKind::renamed, o.id, old.name, o.name, o.until, o.where});
      if (o.until && o.until != old.until)
        out_.owners.push_back({OwnerChangeKind::ended, o.id, old.name, o.name, o.until, o.where});
    }
    for (const auto& o : before.owners)
      if (!seen.count(o.id))
        out_.owners.push_back({OwnerChangeKind::removed, o.id, o.name, "", o.until, o.where});
  }

 private:
  void tasks(const Plan& old_plan, const Plan& plan) {
    std::vector<const Task*> olds = flatten(old_plan), news = flatten(plan);
    std::vector<bool> old_used(olds.size()), new_used(news.size());
    std::map<std::string, std::size_t> old_by_id, old_by_identity;
    for (std::size_t i = 0; i < olds.size(); ++i) {
      old_by_id.emplace(olds[i]->id, i);
      old_by_identity.emplace(identity(*olds[i]), i);
    }
    auto pair = [&](std::size_t o, std::size_t n) {
      old_used[o] = new_used[n] = true;
      compare(plan, *olds[o], *news[n]);
    };
    // 1. Same id, same title and lead. 2. Same title and lead under a new id:
    // renumbered (tasks shifted by an insertion are found here). 3. Same id.
    for (std::size_t n = 0; n < news.size(); ++n) {
      auto it = old_by_id.find(news[n]->id);
      if (it != old_by_id.end() && identity(*olds[it->second]) == identity(*news[n]))
        pair(it->second, n);
    }
    for (std::size_t n = 0; n < news.size(); ++n) {
      if (new_used[n]) continue;
      auto it = old_by_identity.find(identity(*news[n]));
      if (it == old_by_identity.end() || old_used[it->second]) continue;
      out_.renumbered.push_back({ref_of(plan, *news[n]), olds[it->second]->id});
      pair(it->second, n);
    }
    for (std::size_t n = 0; n < news.size(); ++n) {
      if (new_used[n]) continue;
      auto it = old_by_id.find(news[n]->id);
      if (it == old_by_id.end() || old_used[it->second]) continue;
      pair(it->second, n);
    }
    for (std::size_t n = 0; n < news.size(); ++n)
      if (!new_used[n]) out_.tasks_added.push_back(ref_of(plan, *news[n]));
    for (std::size_t o = 0; o < olds.size(); ++o)
      if (!old_used[o]) out_.tasks_removed.push_back(ref_of(old_plan, *olds[o]));
  }

  void compare(const Plan& plan, const Task& old, const Task& t) {
    TaskRef ref = ref_of(plan, t);
    if (old.title != t.title) out_.retitled.push_back({ref, old.title});
    // A subtask's inherited field changes with its parent: reported once, there.
    bool due_inherited = old.due_inherited && t.due_inherited;
    if (!due_inherited && old.due != t.due) deadline(ref, old, t);
    auto lb = owner_keys(old.lead), la = owner_keys(t.lead);
    auto sb = owner_keys(old.support), sa = owner_keys(t.support);
    bool lead_changed = lb != la && !(old.lead_inherited && t.lead_inherited);
    bool support_changed = sb != sa && !(old.support_inherited && t.support_inherited);
    if (lead_changed || support_changed) {
      AgenciesChange c{ref, {}, {}, {}, {}};
      if (lead_changed) c.lead_before = lb, c.lead_after = la;
      if (support_changed) c.support_before = sb, c.support_after = sa;
      out_.agencies.push_back(std::move(c));
    }
    Money ob = own_budget(old), nb = own_budget(t);
    if (ob != nb)
      out_.task_budgets.push_back(
          {plan.id, t.id, t.title, ob, nb, std::nullopt, t.budget ? t.budget->where : t.where});
    if (old.status != t.status ||
        (t.status == Status::done && old.tracked().done_on != t.tracked().done_on)) {
      StatusChange c{ref, old.status, t.status, std::nullopt};
      c.task.where = t.tracked().status_where.line ? t.tracked().status_where : t.where;
      if (t.status == Status::done && !t.tracked().done_on.empty())
        c.done_on = t.tracked().done_on.back();
      out_.statuses.push_back(std::move(c));
    }
  }

  void deadline(TaskRef ref, const Task& old, const Task& t) {
    DeadlineMove m{std::move(ref), old.due ? old.due->text : "", t.due ? t.due->text : "", {}, {}};
    if (t.due_where.line) m.task.where = t.due_where;
    auto a = old.due ? latest_day(*old.due) : std::nullopt;
    auto b = t.due ? latest_day(*t.due) : std::nullopt;
    if (a && b) {
      m.days = static_cast<int>((date::sys_days(*b) - date::sys_days(*a)).count());
      m.working_days = *b >= *a ? calendar_.working_days_between(*a, *b)
                                : -calendar_.working_days_between(*b, *a);
    }
    out_.deadlines.push_back(std::move(m));
  }

  void areas(const PlanTotal* old, const PlanTotal& p) {
    std::map<std::string, const AreaTotal*> old_areas;
    if (old)
      for (const auto& a : old->areas) old_areas.emplace(a.area, &a);
    for (const auto& a : p.areas) {
      auto it = old_areas.find(a.area);
      const AreaTotal* was = it == old_areas.end() ? nullptr : it->second;
      if (was) old_areas.erase(it);
      Money before = was ? was->total : Money{};
      if (before == a.total && (!was || was->declared == a.declared)) continue;
      const Area* area = p.plan->find_area(a.area);
      out_.area_budgets.push_back(
          {p.plan->id, a.area, a.name, before, a.total, a.declared,
           area && area->declared_total ? area->declared_total_where : p.plan->where});
    }
    for (const auto& [id, a] : old_areas)  // areas left without money
      if (a->total.dong != 0)
        out_.area_budgets.push_back(
            {p.plan->id, id, a->name, a->total, Money{}, std::nullopt, p.plan->where});
  }

  void targets(const Plan& old_plan, const Plan& plan) {
    std::map<std::string, const Target*> olds;
    for (const auto& t : old_plan.targets) olds.emplace(t.id, &t);
    for (const auto& t : plan.targets) {
      TargetRef ref{plan.id, t.id, t.name, t.where};
      auto it = olds.find(t.id);
      if (it != olds.end() && !same_goals(it->second->goals, t.goals))
        out_.goals.push_back({ref, it->second->goals, t.goals});
      for (const auto& a : t.actuals) {
        bool known =
            it != olds.end() && std::any_of(it->second->actuals.begin(), it->second->actuals.end(),
                                            [&](const Actual& o) { return same_actual(o, a); });
        if (!known) out_.actuals.push_back({{plan.id, t.id, t.name, a.where}, a});
      }
    }
  }

  PlanDiff& out_;
  const WorkCalendar& calendar_;
};

}  // namespace

bool PlanDiff::empty() const {
  return plans_added.empty() && plans_removed.empty() && tasks_added.empty() &&
         tasks_removed.empty() && renumbered.empty() && retitled.empty() && deadlines.empty() &&
         agencies.empty() && plan_budgets.empty() && area_budgets.empty() && task_budgets.empty() &&
         statuses.empty() && goals.empty() && actuals.empty() && owners.empty();
}

std::size_t PlanDiff::deadlines_later() const {
  return static_cast<std::size_t>(
      std::count_if(deadlines.begin(), deadlines.end(), [](const auto& d) { return d.later(); }));
}

int PlanDiff::max_days_later() const {
  int most = 0;
  for (const auto& d : deadlines)
    if (d.later()) most = std::max(most, *d.days);
  return most;
}

std::size_t PlanDiff::tasks_done() const {
  return static_cast<std::size_t>(std::count_if(
      statuses.begin(), statuses.end(), [](const auto& s) { return s.after == Status::done; }));
}

PlanDiff diff_repositories(const Repository& before, const Repository& after,
                           const WorkCalendar& calendar) {
  PlanDiff out;
  Differ d(out, calendar);
  d.plans(before, after);
  d.budgets(before, after);
  d.owners(before, after);
  return out;
}

std::string_view diff_trigger_name(DiffTrigger t) {
  switch (t) {
    case DiffTrigger::deadline_later:
      return "deadline-later";
    case DiffTrigger::budget_increase:
      return "budget-increase";
    case DiffTrigger::task_removed:
      return "task-removed";
  }
  return "deadline-later";
}

std::optional<DiffTrigger> diff_trigger_from_name(std::string_view s) {
  for (DiffTrigger t : kTriggers)
    if (diff_trigger_name(t) == s) return t;
  return std::nullopt;
}

bool has_change(const PlanDiff& d, DiffTrigger t) {
  auto grows = [](const std::vector<BudgetChange>& v) {
    return std::any_of(v.begin(), v.end(), [](const auto& c) { return c.after > c.before; });
  };
  switch (t) {
    case DiffTrigger::deadline_later:
      return d.deadlines_later() > 0;
    case DiffTrigger::budget_increase:
      return d.total_after > d.total_before || grows(d.plan_budgets) || grows(d.area_budgets) ||
             grows(d.task_budgets);
    case DiffTrigger::task_removed:
      return !d.tasks_removed.empty();
  }
  return false;
}

}  // namespace cchc::engine
