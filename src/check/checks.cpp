// The repository-wide validation rules of plan-format.md section 12.
#include "cchc/check/checks.hpp"

#include <fmt/format.h>

#include <map>

#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::check {

using diag::Rule;
using namespace cchc::model;

namespace {

std::string where_text(const SourceLocation& l) {
  return fmt::format("{}:{}", l.file, l.line);
}

// Amounts in messages are shown in the plan's unit with Vietnamese grouping
// ("26.979 triệu đồng"), exactly: an amount that is not a whole number of the
// unit is shown in đồng.
std::string show_amount(Money m, MoneyUnit unit) {
  std::int64_t f = unit_factor(unit);
  if (m.dong % f == 0)
    return fmt::format("{} {}", text::group_digits(m.dong / f, text::Lang::vi),
                       money_unit_words(unit, text::Lang::vi));
  return fmt::format("{} đồng", text::group_digits(m.dong, text::Lang::vi));
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
        diags_.add(
            Rule::duplicate_id, t.id_where,
            fmt::format("task id \"{}\" is already used in this plan at line {}", t.id,
                        it->second.line),
            "give each task its own id (the printed number, with the area's numeral when numbering "
            "restarts per area: \"I.1\", \"II.1\")");
    });
    std::map<std::string, SourceLocation> targets;
    for (const auto& t : plan_.targets) {
      auto [it, inserted] = targets.emplace(t.id, t.where);
      if (!inserted && !t.id.empty())
        diags_.add(Rule::duplicate_id, t.where,
                   fmt::format("target id \"{}\" is already used in this plan at line {}", t.id,
                               it->second.line));
    }
    std::map<std::string, SourceLocation> areas;
    for (const auto& a : plan_.areas) {
      auto [it, inserted] = areas.emplace(a.id, a.where);
      if (!inserted && !a.id.empty())
        diags_.add(Rule::duplicate_id, a.where,
                   fmt::format("area id \"{}\" is declared twice (first at line {})", a.id,
                               it->second.line));
    }
  }

  std::string suggest_area(const std::string& id) const {
    std::string best;
    int best_d = 1000;
    auto consider = [&](const Area& a) {
      int d = std::min(text::edit_distance(text::fold_ascii(id), a.id),
                       text::edit_distance(text::name_key(id), text::name_key(a.name)));
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
      diags_.add(Rule::unknown_area, t.area_where, fmt::format("no area \"{}\"", t.area),
                 s.empty() ? fmt::format("declare it under areas:, or use a built-in id ({})",
                                         builtin_area_ids())
                           : fmt::format("did you mean \"{}\"?", s));
    }
    if (t.is_leaf()) {
      if (t.lead.empty() && !t.lead_written)
        diags_.add(Rule::missing_lead, t.where,
                   fmt::format("task {} has no lead agency (cơ quan chủ trì)", t.id),
                   "add lead: with the agency that leads the task, here or on its parent task");
      if (!t.due && !t.due_written)
        diags_.add(Rule::missing_due, t.where,
                   fmt::format("task {} has no deadline (thời gian hoàn thành)", t.id),
                   "add due: (e.g. Quý IV/2018, Thường xuyên, Theo hướng dẫn của Trung ương)");
    }
    check_dates(t);
    check_status(t);
  }

  void check_dates(const Task& t) {
    if (t.due && !t.due_inherited) {
      for (const auto& item : t.due->items) {
        if (item.kind != DeadlineKind::day || item.carried_over) continue;
        if (plan_.issued && item.due < *plan_.issued)
          diags_.add(Rule::deadline_outside_period, t.due_where,
                     fmt::format("deadline {} ({}) is before the plan was issued ({})",
                                 iso(item.due), item.text, iso(*plan_.issued)));
        else if (item.due > plan_.period.to)
          diags_.add(Rule::deadline_outside_period, t.due_where,
                     fmt::format("deadline {} ({}) is after the end of the plan period ({})",
                                 iso(item.due), item.text, iso(plan_.period.to)));
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
                   fmt::format("the task starts {} but is due {}", iso(*first), iso(*last)),
                   "check both dates: start must not be after the deadline");
    }
  }

  void check_status(const Task& t) {
    if (t.status == Status::done && t.done_on.empty())
      diags_.add(Rule::done_without_date, t.status_where,
                 fmt::format("task {} is done but has no done_on date", t.id),
                 "add done_on: with the day it was completed (YYYY-MM-DD)");
    if ((t.status == Status::blocked || t.status == Status::cancelled) && t.note.empty())
      diags_.add(
          Rule::note_wanted, t.status_where,
          fmt::format("task {} is {} without a note saying why", t.id, status_name(t.status)),
          "add note: with the reason");
    for (const auto& d : t.done_on)
      if (d > as_of_) {
        diags_.add(Rule::done_after_as_of, t.done_on_where,
                   fmt::format("done_on {} is after the as-of day {}", iso(d), iso(as_of_)),
                   "a task cannot be completed in the future; check the date");
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
        diags_.add(Rule::budget_overflow, t.budget->where,
                   "this budget's lines add up beyond 64-bit đồng");
      }
    });
    for (const auto& m : subtask_budget_mismatches(plan_, overflow))
      diags_.add(Rule::subtask_budget_mismatch, m.task->budget->where,
                 fmt::format("task {} has a budget of {} but its subtasks add up to {}", m.task->id,
                             show_amount(m.own, plan_.unit), show_amount(m.subtasks, plan_.unit)),
                 "make the parent's amount the sum of its subtasks, or remove it");
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
      diags_.add(Rule::budget_overflow, plan_.where,
                 "the plan's budgets add up beyond what 64-bit đồng can hold");
      return;
    }
    if (plan_.declared_total && plan_.declared_total != total) {
      diags_.add(Rule::declared_total_mismatch, plan_.declared_total_where,
                 fmt::format(
                     "the plan's printed total is {} but its tasks add up to {} (difference {})",
                     show_amount(*plan_.declared_total, plan_.unit), show_amount(total, plan_.unit),
                     show_amount(Money{total.dong - plan_.declared_total->dong}, plan_.unit)),
                 "correct the printed total, or find the task whose amount was mistyped");
    }
    for (const auto& a : plan_.areas) {
      if (!a.declared_total) continue;
      Money sum = by_area.count(a.id) ? by_area[a.id] : Money{};
      if (sum != *a.declared_total)
        diags_.add(
            Rule::declared_total_mismatch, a.declared_total_where,
            fmt::format("area {}'s printed total is {} but its tasks add up to {} (difference {})",
                        a.id, show_amount(*a.declared_total, plan_.unit),
                        show_amount(sum, plan_.unit),
                        show_amount(Money{sum.dong - a.declared_total->dong}, plan_.unit)));
    }
  }

  void check_targets() {
    for (const auto& t : plan_.targets) {
      for (const auto& g : t.goals) {
        if (!g.by) continue;
        if (t.baseline && *g.by < t.baseline->on)
          diags_.add(Rule::bad_goal, g.by_where,
                     fmt::format("goal of target {} is due {}, before its baseline ({})", t.id,
                                 iso(*g.by), iso(t.baseline->on)));
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
                fmt::format("plan id \"{}\" is already used by {}", p.id,
                            where_text(it->second->id_where)),
                "plan ids must be unique in the repository");
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
