// The repository-wide validation rules of plan-format.md section 12.
#include "cchc/check/checks.hpp"

#include <fmt/format.h>

#include <map>

#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::check {

using diag::Message;
using diag::Msg;
using diag::Rule;
using namespace cchc::model;

namespace {

std::string where_text(const SourceLocation& l) {
  return fmt::format("{}:{}", l.file, l.line);
}

class PlanChecker {
 public:
  PlanChecker(const Plan& p, const Date& as_of, diag::Diagnostics& d)
      : plan_(p), as_of_(as_of), diags_(d) {}

  void run() {
    check_ids();
    check_tasks(plan_.tasks);
    check_budgets();
    check_targets();
  }

 private:
  void check_ids() {
    std::map<std::string, SourceLocation> seen;
    for_each_task(plan_.tasks, [&](const Task& t, int) {
      if (t.id.empty()) return;
      auto [it, inserted] = seen.emplace(t.id, t.id_where);
      if (!inserted)
        diags_.add(Rule::duplicate_id, t.id_where,
                   {Msg::task_id_twice, {t.id.str(), it->second.line}},
                   Message(Msg::task_id_twice_hint));
    });
    std::map<std::string, SourceLocation> targets;
    for (const auto& t : plan_.targets) {
      auto [it, inserted] = targets.emplace(t.id, t.where);
      if (!inserted && !t.id.empty())
        diags_.add(Rule::duplicate_id, t.where, {Msg::target_id_twice, {t.id, it->second.line}});
    }
    std::map<std::string, SourceLocation> areas;
    for (const auto& a : plan_.areas) {
      auto [it, inserted] = areas.emplace(a.id, a.where);
      if (!inserted && !a.id.empty())
        diags_.add(Rule::duplicate_id, a.where, {Msg::area_id_twice, {a.id, it->second.line}});
    }
  }

  std::string suggest_area(const std::string& id) const {
    std::string best;
    if (!text::worth_suggesting(id)) return best;
    int best_d = 1000;
    const std::string folded = text::fold_ascii(id), key = text::name_key(id);
    auto consider = [&](const Area& a) {
      int d = std::min(text::edit_distance(folded, a.id),
                       text::edit_distance(key, text::name_key(a.name)));
      if (d < best_d) {
        best_d = d;
        best = a.id;
      }
    };
    for (const auto& a : plan_.areas) consider(a);
    for (const auto& a : builtin_areas()) consider(a);
    return best_d <= std::max<int>(3, static_cast<int>(id.size()) / 3) ? best : std::string();
  }

  void check_tasks(const std::vector<Task>& tasks) {
    for (const auto& t : tasks) {
      check_task(t);
      check_tasks(t.tasks);
    }
  }

  void check_task(const Task& t) {
    if (!t.area.empty() && !t.area_inherited && !plan_.find_area(t.area)) {
      std::string s = suggest_area(t.area);
      diags_.add(Rule::unknown_area, t.area_where, {Msg::area_unknown, {t.area.str()}},
                 s.empty() ? Message(Msg::area_unknown_hint, {builtin_area_ids()})
                           : Message(Msg::did_you_mean, {s}));
    }
    if (t.is_leaf()) {
      if (t.lead.empty() && !t.lead_written)
        diags_.add(Rule::missing_lead, t.where, {Msg::task_no_lead, {t.id.str()}},
                   Message(Msg::task_no_lead_hint));
      if (!t.due && !t.due_written)
        // The example quarter is one of the plan's own.
        diags_.add(Rule::missing_due, t.where, {Msg::task_no_due, {t.id.str()}},
                   {Msg::task_no_due_hint, {year_of(plan_.period.from)}});
    }
    check_dates(t);
    check_status(t);
  }

  void check_dates(const Task& t) {
    if (t.due && !t.due_inherited) {
      for (const auto& item : t.due->items) {
        if (item.kind != DeadlineKind::day || item.carried_over) continue;
        if (plan_.issued && item.due < *plan_.issued)
          diags_.add(
              Rule::deadline_outside_period, t.due_where,
              {Msg::deadline_before_issued, {iso(item.due), item.text.str(), iso(*plan_.issued)}});
        else if (item.due > plan_.period.to)
          diags_.add(
              Rule::deadline_outside_period, t.due_where,
              {Msg::deadline_after_period, {iso(item.due), item.text.str(), iso(plan_.period.to)}});
      }
    }
    if (t.start && t.due) {
      std::optional<Date> first;
      for (const auto& item : t.start->items)
        if (item.kind == DeadlineKind::day)
          first = first ? std::min(*first, item.first) : item.first;
      auto last = latest_day(*t.due);
      if (first && last && *first > *last)
        diags_.add(Rule::start_after_due, t.start_where,
                   {Msg::start_after_due, {iso(*first), iso(*last)}},
                   Message(Msg::start_after_due_hint));
    }
  }

  void check_status(const Task& t) {
    if (t.status == Status::done && t.tracked().done_on.empty())
      diags_.add(Rule::done_without_date, t.tracked().status_where,
                 {Msg::done_without_date, {t.id.str()}}, Message(Msg::done_without_date_hint));
    if ((t.status == Status::blocked || t.status == Status::cancelled) && t.note.empty())
      diags_.add(
          Rule::note_wanted, t.tracked().status_where,
          {t.status == Status::blocked ? Msg::blocked_without_note : Msg::cancelled_without_note,
           {t.id.str()}},
          Message(Msg::note_wanted_hint));
    for (const auto& d : t.tracked().done_on)
      if (d > as_of_) {
        diags_.add(Rule::done_after_as_of, t.tracked().done_on_where,
                   {Msg::done_after_as_of, {iso(d), iso(as_of_)}},
                   Message(Msg::done_after_as_of_hint));
        break;
      }
  }

  // Totals over the lines each task is counted by (model::counted_budget_lines),
  // set against the printed totals of the plan and of its areas.
  void check_budgets() {
    bool overflow = false;
    for_each_task(plan_.tasks, [&](const Task& t, int) {
      if (t.budget && !budget_total(*t.budget)) {
        overflow = true;
        diags_.add(Rule::budget_overflow, t.budget->where, Message(Msg::budget_lines_overflow));
      }
    });
    for (const auto& m : subtask_budget_mismatches(plan_, overflow)) {
      auto a = show_amounts({m.own, m.subtasks}, plan_.unit);
      diags_.add(Rule::subtask_budget_mismatch, m.task->budget->where,
                 {Msg::subtask_budget_mismatch, {m.task->id.str(), a[0], a[1]}},
                 Message(Msg::subtask_budget_mismatch_hint));
    }
    Money total;
    std::map<std::string, Money> by_area;
    for (const auto& c : counted_budget_lines(plan_)) {
      auto sum = checked_add(total, c.line->amount);
      auto area_sum = checked_add(by_area[c.task->area], c.line->amount);
      if (!sum || !area_sum) {
        overflow = true;
        break;
      }
      total = *sum;
      by_area[c.task->area] = *area_sum;
    }
    if (overflow) {
      diags_.add(Rule::budget_overflow, plan_.where, Message(Msg::plan_budget_overflow));
      return;
    }
    if (plan_.declared_total && plan_.declared_total != total) {
      auto a = show_amounts(
          {*plan_.declared_total, total, Money{total.dong - plan_.declared_total->dong}},
          plan_.unit);
      diags_.add(Rule::declared_total_mismatch, plan_.declared_total_where,
                 {Msg::plan_total_mismatch, {a[0], a[1], a[2]}},
                 Message(Msg::plan_total_mismatch_hint));
    }
    for (const auto& a : plan_.areas) {
      if (!a.declared_total) continue;
      Money sum = by_area.count(a.id) ? by_area[a.id] : Money{};
      if (sum != *a.declared_total) {
        auto shown = show_amounts(
            {*a.declared_total, sum, Money{sum.dong - a.declared_total->dong}}, plan_.unit);
        diags_.add(Rule::declared_total_mismatch, a.declared_total_where,
                   {Msg::area_total_mismatch, {a.id, shown[0], shown[1], shown[2]}});
      }
    }
  }

  void check_targets() {
    for (const auto& t : plan_.targets) {
      for (const auto& g : t.goals) {
        if (!g.by) continue;
        if (t.baseline && *g.by < t.baseline->on)
          diags_.add(Rule::bad_goal, g.by_where,
                     {Msg::goal_before_baseline, {t.id, iso(*g.by), iso(t.baseline->on)}});
      }
    }
  }

  const Plan& plan_;
  const Date& as_of_;
  diag::Diagnostics& diags_;
};

void check_plan_ids(const Repository& repo, diag::Diagnostics& diags) {
  std::map<std::string, const Plan*> seen;
  for (const auto& p : repo.plans) {
    if (p.id.empty()) continue;
    auto [it, inserted] = seen.emplace(p.id, &p);
    if (!inserted)
      diags.add(Rule::duplicate_id, p.id_where,
                {Msg::plan_id_twice, {p.id, where_text(it->second->id_where)}},
                Message(Msg::plan_id_twice_hint));
  }
}

}  // namespace

void check_repository(const Repository& repo, const Date& as_of, diag::Diagnostics& diags) {
  check_plan_ids(repo, diags);
  for (const auto& p : repo.plans) PlanChecker(p, as_of, diags).run();
}

void apply_rule_settings(const Config& config, diag::Diagnostics& diags) {
  auto& items = diags.items();
  for (auto& d : items) {
    auto it = config.rules.find(d.rule);
    if (it != config.rules.end()) d.severity = it->second;
  }
  std::erase_if(items, [](const diag::Diagnostic& d) { return d.severity == diag::Severity::off; });
}

}  // namespace cchc::check
