// The domain model: owners (agencies), plans, tasks, targets and the repository
// that holds them. Plain value types; no I/O. Every value keeps where it was
// written so that checks can point at it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/model/date.hpp"
#include "cchc/model/deadline.hpp"
#include "cchc/model/goal.hpp"
#include "cchc/model/money.hpp"
#include "cchc/model/period.hpp"
#include "cchc/model/rare.hpp"
#include "cchc/model/report_meta.hpp"
#include "cchc/model/status.hpp"
#include "cchc/text/interned.hpp"

namespace cchc::model {

using diag::SourceLocation;

// A piece of text with where it was written.
struct Located {
  std::string text;
  SourceLocation where;
};

enum class Level { central, province, district, commune, other };
std::string_view level_name(Level l);
std::optional<Level> level_from_name(std::string_view s);

// An agency (cơ quan): lead (chủ trì) or supporting (phối hợp) owner of tasks.
struct Owner {
  std::string id;          // with the file's scope: "thua-thien-hue/snv"
  std::string local_id;    // as written in the file: "snv"
  std::string scope;       // empty when unscoped
  std::string scope_name;  // the owners file's `scope_name` ("Sóc Trăng"); may be empty
  std::string name;
  std::vector<std::string> aliases;
  Level level = Level::other;
  std::string email;
  std::optional<Date> from, until;  // active period (agencies merge and get renamed)
  bool group = false;               // stands for many bodies at once
  SourceLocation where;
};

// A reference to an owner as written (id, name or alias); resolved by the checks.
// Both texts are interned (issue 15): a province writes the same agency on
// thousands of tasks, and each reference costs 24 bytes.
struct OwnerRef {
  text::Interned text;
  SourceLocation where;
  text::Interned resolved_id;  // empty until resolved, or when unknown

  // What a report keys the agency by: the resolved owner id, else the text
  // as written (an unknown agency still groups under its own spelling).
  const std::string& id_or_text() const { return resolved_id.empty() ? text : resolved_id; }
};

struct BudgetLine {
  Money amount;
  std::string source;  // nguồn kinh phí
  std::optional<int> year;
  SourceLocation where;
};

struct Budget {
  std::vector<BudgetLine> lines;
  SourceLocation where;
};
// Sum of the lines; nullopt on overflow.
std::optional<Money> budget_total(const Budget& b);

struct ProgressUpdate {
  Date on{};
  std::optional<int> progress;
  std::string note;
  SourceLocation where;
};

// What a task says of its own progress. Few tasks of a planning document
// carry any of it (2,016 of 46,000 on 63 copies of the bundled plans write a
// status): it is kept out of line, 8 bytes on the others (issue 15).
struct Tracking {
  SourceLocation status_where;
  std::vector<Date> done_on;  // k-th date completes the k-th deadline
  SourceLocation done_on_where;
  std::optional<int> progress;
  std::vector<ProgressUpdate> updates;
};

// The fields are in an order that leaves no padding between them (issue 15:
// 330k tasks in a national repository): 280 bytes.
struct Task {
  text::Interned id;  // usually the printed number (STT); interned: "1", "2.3" recur in every plan
  SourceLocation id_where;
  std::string title;
  text::Interned area;  // area id; inherited by subtasks
  SourceLocation area_where;
  std::vector<text::Interned> product;  // sản phẩm ("Báo cáo", "Kế hoạch": interned)
  std::vector<OwnerRef> lead;           // cơ quan chủ trì
  std::vector<OwnerRef> support;        // cơ quan phối hợp
  Rare<Deadline> start;                 // rare fields are out of line (rare.hpp)
  SourceLocation start_where;
  Status status = Status::planned;  // where it is written: tracked().status_where
  std::optional<Deadline> due;
  SourceLocation due_where;
  text::Interned evidence;  // interned: rarely written, 4 bytes when not
  Rare<Budget> budget;
  Rare<Tracking> tracking;  // read with tracked(), written with track()
  text::Interned note;
  SourceLocation where;
  std::vector<Task> tasks;  // subtasks

  bool lead_written = false;  // a `lead` key is present (even if it could not be read)
  bool due_written = false;   // a `due` key is present (even if it could not be read)
  bool optional = false;      // "(nếu có)"
  // Which fields came from the parent (plan-format.md 5: area, lead, support, due).
  bool lead_inherited = false;
  bool support_inherited = false;
  bool due_inherited = false;
  bool area_inherited = false;

  // The tracking fields; all empty when the task has none.
  const Tracking& tracked() const {
    static const Tracking none;
    return tracking ? *tracking : none;
  }
  // The tracking fields to write: made when the task has none yet.
  Tracking& track() {
    if (!tracking) tracking = Tracking{};
    return *tracking;
  }

  bool is_leaf() const { return tasks.empty(); }
};

struct Area {
  std::string id;
  std::string name;
  std::optional<Money> declared_total;
  SourceLocation where;
  SourceLocation declared_total_where;
  bool builtin = false;
};

struct Plan;

// The seven CCHC areas every plan may use without declaring them.
const std::vector<Area>& builtin_areas();
// Their ids in that order, joined by ", ": what messages offer.
std::string builtin_area_ids();

// Where an area id stands in reports: the built-in areas in the programme's
// order, except that those a plan declares (when a plan is given) come in the
// plan's order among the places they hold, so a plan listing all seven is
// reported its way; then the plan's own areas in file order, then unknown ids,
// then "" (tasks without an area) last.
int area_order(const Plan* plan, std::string_view area_id);

struct Goal {
  std::optional<Date> by;
  SourceLocation by_where;
  std::optional<GoalValue> overall;
  std::map<Level, GoalValue> per_level;  // goals given per level of government
  SourceLocation where;
};

struct Actual {
  Date on{};  // a `year` stands for its 31 December
  double value = 0;
  OwnerRef owner;  // empty text: the target's own owner
  SourceLocation where;
};

struct Target {
  std::string id;
  std::string name;
  TargetUnit unit = TargetUnit::percent;
  bool higher_is_better = true;
  std::vector<std::string> scale;  // category: worst to best
  OwnerRef owner;
  std::optional<Actual> baseline;
  std::vector<Goal> goals;
  std::vector<Actual> actuals;
  SourceLocation where;
};

// A plan's period: whole years as parse_period reads them.
using PlanPeriod = Period;

struct Plan {
  std::string file;  // path as shown in diagnostics
  std::string id;
  SourceLocation id_where;
  std::string number;  // số hiệu văn bản
  std::string title;
  std::string issuer;
  std::optional<Date> issued;      // the day signed; the 1st of the month when only that is known
  bool issued_month_only = false;  // "issued: 2022-11": the document gives only the month
  std::string scope;
  PlanPeriod period;
  std::vector<std::string> basis;  // căn cứ
  MoneyUnit unit = MoneyUnit::million;
  std::optional<Money> declared_total;
  SourceLocation declared_total_where;
  std::vector<Area> areas;  // declared in the file
  std::vector<Target> targets;
  std::vector<Task> tasks;
  SourceLocation where;
  // The plan's own reporting calendar ("chậm nhất vào ngày 18"): overrides
  // cchc.yaml's report_day / cutoff_day for reports on this plan.
  std::optional<int> report_day;
  std::optional<int> cutoff_day;

  // The area with this id: declared in the plan, else built in.
  const Area* find_area(std::string_view id) const;
};

// Whether the plan is in force on `day`: its period holds the day or has not
// ended yet (a plan for next year counts). A plan whose period could not be
// read counts too: nothing is hidden for a reason the user cannot see. The
// reporting commands cover these plans when no --plan is given (cli.md).
bool in_force(const Plan& p, const Date& day);

struct CalendarDay {
  Date from{};
  Date to{};  // == from for a single day
  std::string name;
  SourceLocation where;
};

struct CalendarFile {
  std::string file;
  std::vector<CalendarDay> holidays;
  std::vector<CalendarDay> workdays;  // swapped working Saturdays (làm bù)
  std::vector<int> replace_builtin;   // years whose holidays come from this file alone
};

struct Config {
  std::string file;  // path of cchc.yaml
  std::string root;  // its folder
  std::string name;
  std::string lang = "vi";
  std::vector<std::string> plans{"plans/"};
  std::vector<std::string> owners{"owners.yaml"};
  std::string calendar = "calendar.yaml";  // optional file: absent is fine unless named explicitly
  bool calendar_named = false;             // cchc.yaml names it: then it must exist
  MoneyUnit budget_unit = MoneyUnit::million;
  int due_soon_days = 14;
  int report_day = 20;
  int cutoff_day = 14;
  std::map<diag::Rule, diag::Severity> rules;  // per-rule severity overrides
};

struct Repository {
  Config config;
  std::vector<Owner> owners;
  std::optional<CalendarFile> calendar;
  std::vector<Plan> plans;
  std::vector<ReportMeta> reports;  // reports/<period>.yaml
  std::vector<std::string> files;   // every file read, in order
};

// Visit every task, parents before children.
template <class F>
void for_each_task(const std::vector<Task>& tasks, F&& f, int depth = 0) {
  for (const auto& t : tasks) {
    f(t, depth);
    for_each_task(t.tasks, f, depth + 1);
  }
}

std::size_t count_leaf_tasks(const Plan& p);

// ---- who carries a budget (plan-format.md 6) ------------------------------
// A task with a budget of its own carries it; its subtasks' amounts are then
// only checked against it. A task without one is carried by its subtasks.
// Every total (check's declared totals, engine/budget, export's budget
// columns) counts exactly these lines, so each amount is counted once.
struct CountedBudgetLine {
  const Task* task = nullptr;  // the task that carries the line
  const BudgetLine* line = nullptr;
};
// The lines the tasks carry, in file order.
std::vector<CountedBudgetLine> counted_budget_lines(const std::vector<Task>& tasks);
std::vector<CountedBudgetLine> counted_budget_lines(const Plan& plan);

// A task with a budget of its own and subtasks that carry budgets (at any
// depth) adding up to another amount; at every level of the plan.
struct SubtaskBudgetMismatch {
  const Task* task = nullptr;
  Money own;
  Money subtasks;
};
// In file order. A parent whose own lines or whose subtasks' budgets add up
// beyond 64 bits is left out and sets `overflow`.
std::vector<SubtaskBudgetMismatch> subtask_budget_mismatches(const Plan& plan, bool& overflow);

}  // namespace cchc::model
