// As-of evaluation of deadlines (cli.md section 3, plan-format.md section 9).
#include "cchc/engine/evaluate.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "cchc/text/unicode.hpp"

namespace cchc::engine {

using namespace cchc::model;

namespace {

constexpr std::array<Category, kCategoryCount> kCategories{
    Category::done_on_time, Category::done_late,   Category::overdue,  Category::due_soon,
    Category::on_track,     Category::no_deadline, Category::cancelled};

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// One deadline before evaluation: a fixed day, an occurrence, or none.
struct RawDeadline {
  DeadlineKind kind = DeadlineKind::day;
  std::optional<PeriodUnit> every;
  std::optional<Date> due;
  std::optional<Date> start;
  std::string text;
  bool carried_over = false;
  std::size_t item = 0;
  std::vector<PeriodUnit> periods;  // the periods it closes (a quarter, a year ...)
};

// The last day of the period containing month m of year y, or the given day
// of that period's last month (clamped to the month's length).
Date occurrence_due(int y, unsigned last_month, std::optional<unsigned> day) {
  Date end = last_day_of_month(y, last_month);
  if (!day) return end;
  unsigned d = std::min(*day, day_of(end));
  return *make_date(y, last_month, d);
}

// Occurrences of a recurring rule inside [from, to]: every one due before
// as_of, plus the next one (cli.md section 3).
std::vector<Date> occurrences(const Recurrence& rule, const Date& from, const Date& to,
                              const Date& as_of, const Date& horizon) {
  std::vector<Date> out;
  int step = months_of(rule.every);
  int y = year_of(from);
  // The first period of the rule that can end on or after `from`: periods are
  // aligned to the calendar (quarters end in March, June ...).
  int m0 = static_cast<int>(month_of(from)) - 1;  // 0-based month of `from`
  int last = (m0 / step) * step + step;           // 1-based last month of that period
  for (int guard = 0; guard < 12 * 200; ++guard) {
    while (last > 12) {
      last -= 12;
      ++y;
    }
    Date due = occurrence_due(y, static_cast<unsigned>(last), rule.day);
    if (due > to) break;
    if (due >= from) {
      out.push_back(due);
      if (due >= as_of && due >= horizon)
        break;  // the next one after the as-of day (or horizon) closes the list
    }
    last += step;
  }
  return out;
}

// The period a fixed deadline names, when it names a whole one ("Năm 2021",
// "Quý IV/2021"): its first day is the 1st of a month and it ends on the last
// day of the month 1, 3, 6 or 12 months on. A range "X - Y" names none.
std::optional<PeriodUnit> period_named(const DeadlineItem& item) {
  if (item.start || day_of(item.first) != 1) return std::nullopt;
  const int months = (year_of(item.due) - year_of(item.first)) * 12 +
                     static_cast<int>(month_of(item.due)) - static_cast<int>(month_of(item.first)) +
                     1;
  if (item.due != last_day_of_month(year_of(item.due), month_of(item.due))) return std::nullopt;
  for (PeriodUnit u : {PeriodUnit::month, PeriodUnit::quarter, PeriodUnit::half, PeriodUnit::year})
    if (months == months_of(u) && (static_cast<int>(month_of(item.due)) % months_of(u)) == 0)
      return u;
  return std::nullopt;
}

// Deadlines of one task falling on the same day are one deadline ("Định kỳ
// hàng quý, 6 tháng, hàng năm": the report of quý II and 6 tháng on 30/6),
// in the place of the first of them, with the periods it closes.
std::vector<RawDeadline> merge_same_day(std::vector<RawDeadline> raw) {
  std::vector<RawDeadline> out;
  for (auto& r : raw) {
    auto same = r.due ? std::find_if(out.begin(), out.end(),
                                     [&](const RawDeadline& o) { return o.due == r.due; })
                      : out.end();
    if (same == out.end()) {
      out.push_back(std::move(r));
      continue;
    }
    if (same->text != r.text) same->text += ", " + r.text;
    if (r.kind == DeadlineKind::recurring && same->kind != DeadlineKind::recurring) {
      same->kind = DeadlineKind::recurring;
      same->every = r.every;
    }
    same->carried_over = same->carried_over && r.carried_over;
    for (PeriodUnit u : r.periods)
      if (!contains(same->periods, u)) same->periods.push_back(u);
    std::sort(same->periods.begin(), same->periods.end(),
              [](PeriodUnit a, PeriodUnit b) { return months_of(a) < months_of(b); });
  }
  return out;
}

std::vector<RawDeadline> expand(const Plan& plan, const Task& task, const Date& as_of,
                                const Date& horizon) {
  std::vector<RawDeadline> out;
  if (!task.due) {
    RawDeadline r;
    r.kind = DeadlineKind::external;  // nothing written: no fixed date
    out.push_back(r);
    return out;
  }
  std::optional<Date> task_start;
  if (task.start)
    for (const auto& s : task.start->items)
      if (s.kind == DeadlineKind::day)
        task_start = task_start ? std::min(*task_start, s.first) : s.first;
  for (std::size_t n = 0; n < task.due->items.size(); ++n) {
    const DeadlineItem& item = task.due->items[n];
    if (item.kind == DeadlineKind::recurring) {
      // A recurrence cannot start before the plan exists: from its issue day
      // (or month), else from the start of its period.
      const Date plan_start =
          plan.issued ? std::max(*plan.issued, plan.period.from) : plan.period.from;
      Date from = item.rule.from.value_or(task_start.value_or(plan_start));
      Date to = item.rule.to.value_or(plan.period.to);
      for (const Date& d : occurrences(item.rule, from, to, as_of, horizon)) {
        RawDeadline r;
        r.kind = DeadlineKind::recurring;
        r.every = item.rule.every;
        r.periods = {item.rule.every};
        r.due = d;
        r.text = item.text;
        r.item = n;
        out.push_back(r);
      }
      continue;
    }
    RawDeadline r;
    r.kind = item.kind;
    r.text = item.text;
    r.carried_over = item.carried_over;
    r.item = n;
    if (item.kind == DeadlineKind::day) {
      r.due = item.due;
      r.start = item.start;
      if (!r.start && task_start) r.start = task_start;
      if (auto unit = period_named(item)) r.periods = {*unit};
    }
    out.push_back(r);
  }
  return merge_same_day(std::move(out));
}

// plan-format.md 9: the k-th done_on date completes the k-th deadline; a task
// marked done completes them all (the last date standing in for missing ones).
// Completions after the as-of day are not known yet on that day.
std::optional<Date> completion(const Task& t, std::size_t k, const Date& as_of) {
  std::optional<Date> d;
  if (k < t.tracked().done_on.size())
    d = t.tracked().done_on[k];
  else if (t.status == Status::done && !t.tracked().done_on.empty())
    d = t.tracked().done_on.back();
  if (d && *d > as_of) return std::nullopt;
  return d;
}

void categorize(DeadlineEval& e, const Task& t, const Date& as_of, int due_soon_days,
                const WorkCalendar& cal) {
  if (t.status == Status::cancelled) {
    e.category = Category::cancelled;
    return;
  }
  if (!e.due) {
    e.category = Category::no_deadline;
    return;
  }
  const Date& due = *e.due;
  if (e.done_on) {
    e.category = *e.done_on <= due ? Category::done_on_time : Category::done_late;
    if (e.category == Category::done_late) {
      e.days_overdue = days_between(due, *e.done_on);
      e.working_days_overdue = cal.working_days_between(due, *e.done_on);
    }
    return;
  }
  if (due < as_of) {
    e.category = Category::overdue;
    e.days_overdue = days_between(due, as_of);
    e.working_days_overdue = cal.working_days_between(due, as_of);
  } else if (days_between(as_of, due) <= due_soon_days) {
    e.category = Category::due_soon;
  } else {
    e.category = Category::on_track;
  }
}

// Split "I.10a" into comparable pieces: numbers by value, Roman numerals and
// other text by their characters.
std::vector<std::pair<long, std::string>> id_parts(std::string_view s) {
  std::vector<std::pair<long, std::string>> parts;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] >= '0' && s[i] <= '9') {
      long v = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9' && v < 100000000)
        v = v * 10 + (s[i++] - '0');
      parts.emplace_back(v, "");
    } else {
      std::string t;
      while (i < s.size() && !(s[i] >= '0' && s[i] <= '9')) t += s[i++];
      parts.emplace_back(-1, t);
    }
  }
  return parts;
}

int roman_value(const std::string& s) {
  static const std::array<std::string_view, 12> romans{"I",   "II",   "III", "IV", "V",  "VI",
                                                       "VII", "VIII", "IX",  "X",  "XI", "XII"};
  std::string head = s.substr(0, s.find_first_of(".-_ "));
  for (std::size_t i = 0; i < romans.size(); ++i)
    if (romans[i] == head) return static_cast<int>(i) + 1;
  return 0;
}

}  // namespace

std::string_view category_name(Category c) {
  switch (c) {
    case Category::done_on_time:
      return "done-on-time";
    case Category::done_late:
      return "done-late";
    case Category::overdue:
      return "overdue";
    case Category::due_soon:
      return "due-soon";
    case Category::on_track:
      return "on-track";
    case Category::no_deadline:
      return "no-deadline";
    case Category::cancelled:
      return "cancelled";
  }
  return "on-track";
}

const std::array<Category, kCategoryCount>& all_categories() {
  return kCategories;
}

bool task_id_less(std::string_view a, std::string_view b) {
  // Roman area numerals first (I.2 < II.1 < VII.1), then numbers by value.
  int ra = roman_value(std::string(a)), rb = roman_value(std::string(b));
  if (ra != rb && ra && rb) return ra < rb;
  auto pa = id_parts(a), pb = id_parts(b);
  return pa < pb;
}

std::optional<Role> role_from_name(std::string_view name) {
  if (name == "lead") return Role::lead;
  if (name == "support") return Role::support;
  if (name == "any") return Role::any;
  return std::nullopt;
}

namespace {

bool names_any(const std::vector<OwnerRef>& refs, const std::vector<std::string>& ids) {
  for (const auto& r : refs)
    if (contains(ids, r.resolved_id.str())) return true;
  return false;
}

}  // namespace

bool Filter::wants_plan(const Plan& p) const {
  if (plans.empty()) return !plans_chosen;
  return plans.contains(p.id);
}

bool Filter::matches(const Plan& p, const Task& t) const {
  if (!wants_plan(p)) return false;
  if (!areas.empty() && !contains(areas, t.area.str())) return false;
  if (!owner_ids.empty()) {
    bool leads = names_any(t.lead, owner_ids), supports = names_any(t.support, owner_ids);
    switch (role) {
      case Role::lead:
        return leads;
      case Role::support:
        return supports;
      case Role::any:
        return leads || supports;
    }
  }
  return true;
}

bool Filter::only_supports(const Task& t) const {
  return !owner_ids.empty() && role != Role::lead && !names_any(t.lead, owner_ids) &&
         names_any(t.support, owner_ids);
}

PlanSelection select_plans(const Repository& repo, const Date& as_of,
                           const std::vector<std::string>& named, bool all_plans) {
  PlanSelection out;
  if (!named.empty()) {
    out.plans = named;
    out.plans_chosen = true;
    return out;
  }
  if (all_plans) return out;
  out.plans_chosen = true;
  for (const auto& p : repo.plans) {
    if (in_force(p, as_of))
      out.plans.push_back(p.id);
    else
      out.left_out.push_back(&p);
  }
  return out;
}

OwnerFilterResult resolve_owner_filter(const Repository& repo, const OwnerIndex& index,
                                       const std::vector<std::string>& refs) {
  OwnerFilterResult out;
  for (const auto& ref : refs) {
    bool found = false;
    // An owner is named relative to a plan's scope; try each scope in use.
    std::vector<std::string> scopes{""};
    for (const auto& p : repo.plans)
      if (!contains(scopes, p.scope)) scopes.push_back(p.scope);
    for (const auto& scope : scopes)
      if (const Owner* o = index.resolve(ref, scope)) {
        if (!contains(out.ids, o->id)) out.ids.push_back(o->id);
        found = true;
      }
    if (!found) out.unknown.push_back(ref);
  }
  return out;
}

bool counts_as_overdue(const DeadlineEval& e) {
  return e.category == Category::overdue && !e.optional;
}
bool is_optional_past_due(const DeadlineEval& e) {
  return e.category == Category::overdue && e.optional;
}

Evaluation evaluate(const Repository& repo, const Date& as_of, const WorkCalendar& calendar,
                    const Filter& filter, const std::optional<Date>& horizon) {
  Evaluation ev;
  ev.as_of = as_of;
  ev.due_soon_days = repo.config.due_soon_days;
  for (const auto& plan : repo.plans) {
    if (!filter.wants_plan(plan)) continue;
    for_each_task(plan.tasks, [&](const Task& t, int) {
      if (!t.is_leaf() || !filter.matches(plan, t)) return;
      auto raw = expand(plan, t, as_of, horizon ? std::max(*horizon, as_of) : as_of);
      for (std::size_t k = 0; k < raw.size(); ++k) {
        DeadlineEval e;
        e.plan = &plan;
        e.task = &t;
        e.index = k;
        e.item = raw[k].item;
        e.kind = raw[k].kind;
        e.every = raw[k].every;
        e.periods = std::move(raw[k].periods);
        e.due = raw[k].due;
        e.start = raw[k].start;
        e.due_text = raw[k].text;
        e.optional = t.optional;
        e.carried_over = raw[k].carried_over;
        e.done_on = completion(t, k, as_of);
        categorize(e, t, as_of, ev.due_soon_days, calendar);
        ev.items.push_back(std::move(e));
      }
    });
  }
  std::stable_sort(ev.items.begin(), ev.items.end(),
                   [](const DeadlineEval& a, const DeadlineEval& b) {
                     if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
                     if (a.due && *a.due != *b.due) return *a.due < *b.due;
                     if (a.plan->id != b.plan->id) return a.plan->id < b.plan->id;
                     if (a.task->id != b.task->id) return task_id_less(a.task->id, b.task->id);
                     return a.index < b.index;
                   });
  return ev;
}

std::vector<OwnerGroup> group_by_lead(const std::vector<const DeadlineEval*>& items,
                                      const OwnerIndex& owners) {
  std::vector<std::pair<std::string, OwnerGroup>> groups;  // (label, then its sort key; group)
  // Keyed by interned text (the owner's id, else the reference as written),
  // and each id looked up once: this runs for every item of a national list.
  std::unordered_map<text::Interned, std::size_t> index;  // key -> position in groups
  std::unordered_map<text::Interned, const Owner*> owner_of;
  auto group = [&](const text::Interned& key, const std::string& id,
                   const std::string& label) -> OwnerGroup& {
    auto [it, added] = index.try_emplace(key, groups.size());
    if (added) groups.push_back({label, OwnerGroup{id, {}}});
    return groups[it->second].second;
  };
  for (const DeadlineEval* e : items) {
    if (e->task->lead.empty()) group(text::Interned(), "", "").items.push_back(e);
    for (const auto& ref : e->task->lead) {
      const Owner* o = nullptr;
      if (!ref.resolved_id.empty()) {
        auto [it, added] = owner_of.try_emplace(ref.resolved_id, nullptr);
        if (added) it->second = owners.by_id(ref.resolved_id);
        o = it->second;
      }
      // A found owner's id is its resolved id: the same key as before.
      if (o)
        group(ref.resolved_id, o->id, o->name).items.push_back(e);
      else
        group(ref.text, ref.text.str(), ref.text.str()).items.push_back(e);
    }
  }
  // Each label's collation key is made once, not at every comparison.
  for (auto& [label, g] : groups) label = text::collation_key(label);
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    if (a.second.owner_id.empty() != b.second.owner_id.empty()) return b.second.owner_id.empty();
    return a.first < b.first;
  });
  std::vector<OwnerGroup> out;
  for (auto& [label, g] : groups) out.push_back(std::move(g));
  return out;
}

OverdueList overdue_list(const Evaluation& ev, const OwnerIndex& owners) {
  OverdueList out;
  for (const auto& e : ev.items) {
    if (is_optional_past_due(e)) out.optional_past_due.push_back(&e);
    if (counts_as_overdue(e)) out.items.push_back(&e);
  }
  out.groups = group_by_lead(out.items, owners);
  return out;
}

std::vector<AgencyPage> agency_pages(const std::vector<const DeadlineEval*>& overdue,
                                     const std::vector<const DeadlineEval*>& due,
                                     const OwnerIndex& owners) {
  // One grouping of both lists keeps the agencies in one order; each item
  // then goes to the part of its page it came from.
  std::vector<const DeadlineEval*> all = overdue;
  all.insert(all.end(), due.begin(), due.end());
  std::set<const DeadlineEval*> late(overdue.begin(), overdue.end());
  std::vector<AgencyPage> pages;
  for (auto& g : group_by_lead(all, owners)) {
    AgencyPage page{g.owner_id, {}, {}};
    std::set<const DeadlineEval*> seen;  // an item on both lists shows once, as overdue
    for (const DeadlineEval* e : g.items) {
      if (!seen.insert(e).second) continue;
      (late.count(e) ? page.overdue : page.due).push_back(e);
    }
    pages.push_back(std::move(page));
  }
  return pages;
}

std::vector<const DeadlineEval*> deadlines_between(const Evaluation& ev, const Date& from,
                                                   const Date& to) {
  std::vector<const DeadlineEval*> out;
  for (const auto& e : ev.items)
    if (e.due && *e.due >= from && *e.due <= to && e.category != Category::cancelled)
      out.push_back(&e);
  return out;
}

}  // namespace cchc::engine
