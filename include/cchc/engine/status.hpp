// The status table of a progress report: counts per category by owner, area
// or plan, with the completion and on-time rates of the government's
// task-tracking reports (cli.md section 3).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "cchc/engine/evaluate.hpp"

namespace cchc::engine {

struct StatusCounts {
  std::array<int, kCategoryCount> by_category{};  // indexed by Category
  int optional_past_due = 0;  // "(nếu có)" deadlines past due: counted in no category's overdue
  int total = 0;

  int count(Category c) const { return by_category[static_cast<std::size_t>(c)]; }
  void add(const DeadlineEval& e);
  // done-on-time + done-late
  int completed() const;
  // The rates' denominator: completed + overdue. Deadlines still within their
  // time are left out, as the reports say.
  int denominator() const;
};

// A rate as an exact fraction; renderers cut it to two decimals.
struct Rate {
  std::int64_t num = 0;
  std::int64_t den = 0;
};
Rate completion_rate(const StatusCounts& c);
Rate on_time_rate(const StatusCounts& c);

enum class GroupBy { owner, area, plan };
std::string_view group_by_name(GroupBy g);

struct StatusRow {
  std::string key;    // owner id, area id or plan id ("" when none)
  std::string label;  // owner name, area name or plan title
  StatusCounts counts;
};

struct StatusTable {
  GroupBy by = GroupBy::owner;
  std::vector<StatusRow>
      rows;  // owners in Vietnamese alphabetical order, areas in the programme's order, plans by id
  StatusRow total;  // every deadline once, whatever the grouping
};

// By owner, a deadline counts for each of its lead agencies.
// `owners` is the caller's index over the repository the evaluation came from.
StatusTable status_table(const Evaluation& ev, GroupBy by, const model::OwnerIndex& owners);

}  // namespace cchc::engine
