// Target verdicts as of a day, the least-squares trend, the owner matrix.
#include "cchc/engine/targets.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "cchc/model/owners.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::engine {

using namespace cchc::model;

std::string_view verdict_name(Verdict v) {
  switch (v) {
    case Verdict::achieved:
      return "achieved";
    case Verdict::missed:
      return "missed";
    case Verdict::met:
      return "met";
    case Verdict::on_track:
      return "on-track";
    case Verdict::at_risk:
      return "at-risk";
    case Verdict::no_data:
      return "no-data";
  }
  return "no-data";
}

namespace {

double day_number(const Date& d) {
  return static_cast<double>(date::sys_days{d}.time_since_epoch().count());
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A baseline or actual that names no owner is the target's own.
std::string point_owner(const Actual& a, const Target& t) {
  return a.owner.text.empty() ? t.owner.id_or_text() : a.owner.id_or_text();
}

// The latest actual of `owner` on or before `day`; on a tie of days the one
// written last, as a correction is usually appended.
std::optional<TargetPoint> latest_up_to(const Target& t, const std::string& owner,
                                        const Date& day) {
  std::optional<TargetPoint> best;
  for (const auto& a : t.actuals) {
    if (a.on > day || point_owner(a, t) != owner) continue;
    if (!best || a.on >= best->on) best = TargetPoint{a.on, a.value};
  }
  return best;
}

// The points a trend is drawn through: the owner's baseline and actuals known on the as-of day.
std::vector<TargetPoint> trend_points(const Target& t, const std::string& owner,
                                      const Date& as_of) {
  std::vector<TargetPoint> pts;
  if (t.baseline && t.baseline->on <= as_of && point_owner(*t.baseline, t) == owner)
    pts.push_back({t.baseline->on, t.baseline->value});
  for (const auto& a : t.actuals)
    if (a.on <= as_of && point_owner(a, t) == owner) pts.push_back({a.on, a.value});
  return pts;
}

// Before the goal's day: met, or the trend decides.
void judge_ahead(TargetEval& e, const Target& t, const Date& as_of) {
  if (e.value->satisfied_by(e.latest->value)) {
    e.verdict = Verdict::met;
    return;
  }
  std::vector<TargetPoint> pts = trend_points(t, e.owner, as_of);
  std::optional<double> at_by = least_squares_at(pts, e.by);
  if (!at_by) {
    // A single point shows no progress: nothing says the goal will be reached.
    e.verdict = Verdict::at_risk;
    return;
  }
  e.trend_points = static_cast<int>(pts.size());
  e.projected = fit_to_unit(*at_by, t);
  e.verdict = e.value->satisfied_by(*e.projected) ? Verdict::on_track : Verdict::at_risk;
}

TargetEval judge(TargetEval e, const Target& t, const Date& as_of) {
  e.past_due = as_of > e.by;
  if (t.baseline && point_owner(*t.baseline, t) == e.owner)
    e.baseline = TargetPoint{t.baseline->on, t.baseline->value};
  e.latest = latest_up_to(t, e.owner, e.past_due ? e.by : as_of);
  if (!e.latest) {
    e.verdict = Verdict::no_data;
  } else if (e.past_due) {
    e.verdict = e.value->satisfied_by(e.latest->value) ? Verdict::achieved : Verdict::missed;
  } else {
    judge_ahead(e, t, as_of);
  }
  return e;
}

// The owners of `level` that reported an actual for the target up to as_of,
// in Vietnamese alphabetical order of their names.
std::vector<const Owner*> reporting_owners(const Target& t, Level level, const Date& as_of,
                                           const OwnerIndex& index) {
  std::vector<const Owner*> out;
  for (const auto& a : t.actuals) {
    if (a.on > as_of) continue;
    const Owner* o = index.by_id(point_owner(a, t));
    if (o && o->level == level && std::find(out.begin(), out.end(), o) == out.end())
      out.push_back(o);
  }
  std::sort(out.begin(), out.end(), [](const Owner* a, const Owner* b) {
    if (a->name != b->name) return text::vietnamese_less(a->name, b->name);
    return a->id < b->id;
  });
  return out;
}

struct GoalContext {
  const Plan& plan;
  const Target& target;
  const Goal& goal;
  const Date& as_of;
  const Filter& filter;
  const OwnerIndex& index;
};

bool owner_wanted(const Filter& f, const std::string& owner) {
  return f.owner_ids.empty() || contains(f.owner_ids, owner);
}

void judge_goal(const GoalContext& c, std::vector<TargetEval>& out) {
  TargetEval base;
  base.plan = &c.plan;
  base.target = &c.target;
  base.goal = &c.goal;
  base.by = *c.goal.by;
  if (c.goal.overall) {
    base.value = &*c.goal.overall;
    base.owner = c.target.owner.id_or_text();
    if (owner_wanted(c.filter, base.owner)) out.push_back(judge(base, c.target, c.as_of));
  }
  for (const auto& [level, value] : c.goal.per_level) {
    base.value = &value;
    base.level = level;
    std::vector<const Owner*> owners = reporting_owners(c.target, level, c.as_of, c.index);
    if (owners.empty() && c.filter.owner_ids.empty()) {
      // Nobody at this level has reported yet: one line keeps the goal in sight.
      base.owner.clear();
      out.push_back(base);
    }
    for (const Owner* o : owners) {
      base.owner = o->id;
      if (owner_wanted(c.filter, base.owner)) out.push_back(judge(base, c.target, c.as_of));
    }
  }
}

}  // namespace

std::optional<double> least_squares_at(const std::vector<TargetPoint>& points, const Date& at) {
  if (points.size() < 2) return std::nullopt;
  // Centred on the mean day, so that day numbers near 20,000 lose no precision.
  double n = static_cast<double>(points.size());
  double mean_x = 0, mean_y = 0;
  for (const auto& p : points) {
    mean_x += day_number(p.on) / n;
    mean_y += p.value / n;
  }
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    double dx = day_number(p.on) - mean_x;
    sxx += dx * dx;
    sxy += dx * (p.value - mean_y);
  }
  if (sxx == 0) return std::nullopt;  // every point on one day: no slope
  return mean_y + sxy / sxx * (day_number(at) - mean_x);
}

double fit_to_unit(double projected, const Target& t) {
  switch (t.unit) {
    case TargetUnit::category: {
      double top = t.scale.empty() ? 0 : static_cast<double>(t.scale.size() - 1);
      return std::clamp(std::round(projected), 0.0, top);
    }
    case TargetUnit::yes_no:
      return std::clamp(std::round(projected), 0.0, 1.0);
    case TargetUnit::rank:
      return std::max(std::round(projected), 1.0);
    case TargetUnit::count:
      return std::max(std::round(projected), 0.0);
    case TargetUnit::percent:
      return std::round(std::clamp(projected, 0.0, 100.0) * 100) / 100;
    case TargetUnit::score:
      return std::round(projected * 100) / 100;
  }
  return projected;
}

TargetEvaluation evaluate_targets(const Repository& repo, const OwnerIndex& index,
                                  const Date& as_of, const Filter& filter) {
  TargetEvaluation ev;
  ev.as_of = as_of;
  std::vector<const Plan*> plans;
  for (const auto& p : repo.plans)
    if (filter.wants_plan(p)) plans.push_back(&p);
  std::stable_sort(plans.begin(), plans.end(),
                   [](const Plan* a, const Plan* b) { return a->id < b->id; });
  for (const Plan* p : plans)
    for (const auto& t : p->targets)
      for (const auto& g : t.goals)
        if (g.by) judge_goal({*p, t, g, as_of, filter, index}, ev.items);
  return ev;
}

VerdictCounts count_verdicts(const TargetEvaluation& ev) {
  VerdictCounts c;
  for (const auto& e : ev.items) {
    ++c.by_verdict[static_cast<std::size_t>(e.verdict)];
    ++c.total;
  }
  return c;
}

const std::array<Verdict, 6>& all_verdicts() {
  static const std::array<Verdict, 6> all{Verdict::achieved, Verdict::missed,  Verdict::met,
                                          Verdict::on_track, Verdict::at_risk, Verdict::no_data};
  return all;
}

namespace {

// Rows of the matrix: levels from the centre down, then names.
bool owner_row_less(const std::string& a, const std::string& b, const OwnerIndex& index) {
  const Owner* oa = index.by_id(a);
  const Owner* ob = index.by_id(b);
  if ((oa == nullptr) != (ob == nullptr)) return ob == nullptr;  // unknown owners last
  if (oa && ob) {
    if (oa->level != ob->level) return oa->level < ob->level;
    if (oa->name != ob->name) return text::vietnamese_less(oa->name, ob->name);
  }
  return a < b;
}

}  // namespace

OwnerMatrix owner_matrix(const TargetEvaluation& ev, const OwnerIndex& index) {
  OwnerMatrix m;
  std::map<const Goal*, std::size_t> column_of;
  std::map<std::string, std::vector<const TargetEval*>> by_owner;
  for (const auto& e : ev.items) {
    if (e.owner.empty()) {
      ++(e.level ? m.levels_unreported : m.goals_without_owner);
      continue;
    }
    auto [it, added] = column_of.try_emplace(e.goal, m.columns.size());
    if (added) m.columns.push_back({e.plan, e.target, e.goal, e.by});
    by_owner[e.owner].push_back(&e);
  }
  for (const auto& [owner, evals] : by_owner) {
    OwnerMatrixRow row;
    row.owner = owner;
    row.cells.resize(m.columns.size());
    for (const TargetEval* e : evals) row.cells[column_of[e->goal]] = e->verdict;
    row.met_all = std::all_of(evals.begin(), evals.end(), [](const TargetEval* e) {
      return e->verdict == Verdict::achieved || e->verdict == Verdict::met;
    });
    m.rows.push_back(std::move(row));
  }
  std::sort(m.rows.begin(), m.rows.end(), [&](const OwnerMatrixRow& a, const OwnerMatrixRow& b) {
    return owner_row_less(a.owner, b.owner, index);
  });
  return m;
}

}  // namespace cchc::engine
