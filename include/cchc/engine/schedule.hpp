// The timeline behind `cchc schedule`: the leaf tasks of an evaluation laid
// on months or quarters, each with a bar (when the work is planned to run)
// and the marks of its dated deadlines. Pure computation; the renderers in
// render/schedule.hpp draw it as a text Gantt, Markdown, JSON or SVG.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cchc/engine/evaluate.hpp"

namespace cchc::engine {

enum class ScheduleBy { month, quarter };

// One column of the timeline: a calendar month or quarter.
struct SchedulePeriod {
  int year = 0;
  unsigned number = 0;  // month 1-12, or quarter 1-4
  model::Date first{};
  model::Date last{};
};

// A dated deadline on a row.
struct ScheduleMark {
  model::Date due{};
  Category category = Category::on_track;
  const DeadlineEval* deadline = nullptr;  // the written form, completion day ...
};

// When a task's work is planned to run. `start` is the task's `start`, or the
// start of a range ("Tháng 4/2021 - Tháng 12/2021"), else the first day of
// the period its earliest deadline names ("Quý IV/2017" -> 01/10/2017, "Tháng
// 11/2026" -> 01/11/2026; a plain day is a bar of that one day). `end` is the
// last due day, or the end of a recurring rule's window.
struct ScheduleBar {
  model::Date start{};
  model::Date end{};
  // Work that ran or runs past `end`: the day a late deadline was done, or the
  // as-of day while one is overdue. Absent when nothing ran late.
  std::optional<model::Date> late_until;

  model::Date drawn_end() const { return late_until && *late_until > end ? *late_until : end; }
};

// One leaf task.
struct ScheduleRow {
  const model::Plan* plan = nullptr;
  const model::Task* task = nullptr;
  std::vector<std::string> lead;   // resolved owner ids, else the reference as written
  std::optional<ScheduleBar> bar;  // absent: no dated deadline (listed apart, not drawn)
  // Dated deadlines, by due day. Recurring rules contribute what the
  // evaluation holds: every occurrence up to the as-of day and the next one.
  std::vector<ScheduleMark> marks;
  // Deadlines without a day: ongoing (thường xuyên), external (theo hướng
  // dẫn ...), or none written.
  std::vector<const DeadlineEval*> undated;
  bool done = false;       // every dated deadline done (on time or late)
  bool cancelled = false;  // the task is cancelled

  bool drawn() const { return bar.has_value(); }
};

struct Schedule {
  ScheduleBy by = ScheduleBy::month;
  model::Date as_of{};
  model::Date from{};  // the window
  model::Date to{};
  std::vector<SchedulePeriod> columns;  // every month or quarter touching the window
  std::vector<ScheduleRow> rows;        // by plan id, then task numbering (task_id_less)
};

struct ScheduleOptions {
  ScheduleBy by = ScheduleBy::month;
  // The window. Either bound, when absent, comes from the union of the
  // periods of the plans on the chart, widened to take in every dated
  // deadline so that no mark falls off; with no task at all, the as-of year.
  std::optional<model::Date> from;
  std::optional<model::Date> to;
};

// One row per leaf task of the evaluation. With a window given, tasks whose
// bar and marks all lie outside it are left out; undated tasks always stay.
// The schedule points into `ev` (and its repository): keep them alive.
Schedule build_schedule(const Evaluation& ev, const ScheduleOptions& options);

// The column holding day d, if the window has one.
std::optional<std::size_t> column_index(const Schedule& s, const model::Date& d);

// The month or quarter holding day d.
SchedulePeriod period_of(const model::Date& d, ScheduleBy by);

}  // namespace cchc::engine
