// Indicator targets (chỉ tiêu) as of a day: for each goal, the baseline, the
// latest actual, the goal and a verdict (cli.md section 4); for a goal given
// per level of government, one verdict per owner of that level that reported
// actuals. Also the owner × goal matrix behind `cchc targets --by-owner`.
// Pure computation: no text, no clock (the day comes in as `as_of`).
//
// How a verdict is reached (docs/targets.md says the same for users):
// - after the goal's day (as_of > by): achieved / missed on the latest actual
//   on or before `by`; no-data when there is none.
// - on or before it: no-data without an actual up to as_of; met when the
//   latest one already satisfies the goal; otherwise a least-squares line
//   through the baseline and the actuals up to as_of (x = day, y = value),
//   read at `by`: on-track when that value satisfies the goal, at-risk when
//   not. With a single point (or every point on one day) there is no trend:
//   nothing shows progress, so the verdict is at-risk.
// - the projected value is brought back into what the unit can hold before
//   it is tested: a category or yes-no to the nearest position on its scale,
//   a rank or count to a whole number (a rank at least 1, a count at least 0),
//   a percent into 0..100; percents and scores to two decimals, as they are
//   shown, so that the value judged is the value printed.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

enum class Verdict { achieved, missed, met, on_track, at_risk, no_data };
std::string_view verdict_name(Verdict v);  // "achieved", "on-track", ...

// A measured value on a day: a baseline or an actual.
struct TargetPoint {
  model::Date on{};
  double value = 0;
};

// The least-squares line through the points, read at `at` (x in days).
// nullopt when fewer than two distinct days are given: no trend.
std::optional<double> least_squares_at(const std::vector<TargetPoint>& points,
                                       const model::Date& at);

// A projected value brought back into what the target's unit can hold (see above).
double fit_to_unit(double projected, const model::Target& t);

// One verdict: a goal of a target, for the target as a whole or for one owner
// of a level.
struct TargetEval {
  const model::Plan* plan = nullptr;
  const model::Target* target = nullptr;
  const model::Goal* goal = nullptr;
  const model::GoalValue* value = nullptr;  // the goal that applies (overall, or the level's)
  model::Date by{};
  std::optional<model::Level> level;  // set for a per-level goal
  // Per-level goal: the owner judged (its id), or "" for a level where no
  // owner reported actuals up to the as-of day (verdict no-data).
  // Overall goal: the target's owner (id, or the reference as written), "" for none.
  std::string owner;
  std::optional<TargetPoint> baseline;  // the owner's baseline (the target's, for its own owner)
  std::optional<TargetPoint> latest;    // latest actual up to `by` (passed) or as_of
  std::optional<double> projected;      // the trend's value at `by`, fitted to the unit
  int trend_points = 0;                 // points the line went through (0: none drawn)
  bool past_due = false;                // as_of > by: achieved / missed / no-data
  Verdict verdict = Verdict::no_data;
};

struct TargetEvaluation {
  model::Date as_of{};
  // By plan id, then targets and goals in file order; per goal the overall
  // verdict first, then levels (province, district, commune ...) and their
  // owners in Vietnamese alphabetical order.
  std::vector<TargetEval> items;
};

// Filters: plans (by id) and owner ids (the target's owner, or the owner of
// a per-level verdict; level rows without an owner never match). Areas do not
// apply to targets and are ignored. Goals the loader could not read (no day,
// no value) are left out: `cchc check` reports them.
// `owners` is the caller's index over `repo`'s owners.
TargetEvaluation evaluate_targets(const model::Repository& repo, const model::OwnerIndex& owners,
                                  const model::Date& as_of, const Filter& filter);

// How many verdicts of each kind, for a summary line.
struct VerdictCounts {
  std::array<int, 6> by_verdict{};  // indexed by Verdict
  int total = 0;
  int count(Verdict v) const { return by_verdict[static_cast<std::size_t>(v)]; }
};
VerdictCounts count_verdicts(const TargetEvaluation& ev);
const std::array<Verdict, 6>& all_verdicts();

// --by-owner: rows are owners, columns the goals (target, by) judged for any
// owner, cells the verdicts. An owner meets every target when it has at least
// one verdict and each is achieved or met (the plans of the emulation
// movement reward such heads of agencies).
struct OwnerMatrixColumn {
  const model::Plan* plan = nullptr;
  const model::Target* target = nullptr;
  const model::Goal* goal = nullptr;
  model::Date by{};
};

struct OwnerMatrixRow {
  std::string owner;                          // id, or the reference as written
  std::vector<std::optional<Verdict>> cells;  // per column; nullopt: not judged on it
  bool met_all = false;
};

struct OwnerMatrix {
  std::vector<OwnerMatrixColumn> columns;  // in the order of the evaluation
  std::vector<OwnerMatrixRow> rows;        // by level, then name (Vietnamese order)
  // Verdicts that name no owner and so have no row: a level of a per-level
  // goal where nobody reported yet, a goal of a target without an owner.
  int levels_unreported = 0;
  int goals_without_owner = 0;
};

OwnerMatrix owner_matrix(const TargetEvaluation& ev, const model::OwnerIndex& owners);

}  // namespace cchc::engine
