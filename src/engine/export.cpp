// The records of `cchc export`: which tasks and deadlines, and where each
// counted budget goes.
#include "cchc/engine/export.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cchc::engine {

namespace {

using EvalsByTask = std::map<const model::Task*, std::vector<const DeadlineEval*>>;

class Builder {
 public:
  Builder(const Filter& filter, EvalsByTask evals) : filter_(filter), evals_(std::move(evals)) {}

  void add_plan(const model::Plan& p) {
    carriers_.clear();
    for (const auto& c : model::counted_budget_lines(p)) carriers_.insert(c.task);
    for (const auto& t : p.tasks) add(p, t, "");
  }

  // Adds the task and its subtasks; returns whether anything was kept.
  bool add(const model::Plan& p, const model::Task& t, const std::string& parent) {
    std::size_t at = tasks_.size();
    bool matches = filter_.matches(p, t);
    TaskRecord r{&p, &t, parent, evals_[&t], std::nullopt, std::nullopt};
    if (t.budget) r.own_budget = model::budget_total(*t.budget);
    // As engine/budget counts: the lines the task carries, when it passes the filter.
    if (r.own_budget && carriers_.count(&t) && matches) r.counted_budget = r.own_budget;
    tasks_.push_back(std::move(r));
    ends_.push_back(at + 1);
    bool kept_child = false;
    for (const auto& c : t.tasks) kept_child = add(p, c, t.id) || kept_child;
    if (!matches && !kept_child) {
      tasks_.resize(at);
      ends_.resize(at);
      return false;
    }
    ends_[at] = tasks_.size();
    return true;
  }

  ExportRecords finish() {
    ExportRecords out;
    out.tasks = std::move(tasks_);
    // A parent's budget waits for the first deadline inside its subtree.
    std::optional<model::Money> pending;
    std::string pending_of;
    std::size_t pending_end = 0;
    for (std::size_t i = 0; i < out.tasks.size(); ++i) {
      const TaskRecord& r = out.tasks[i];
      if (pending && i >= pending_end) pending.reset();
      if (!r.task->is_leaf()) {
        if (r.counted_budget) {
          pending = r.counted_budget;
          pending_of = r.task->id;
          pending_end = ends_[i];
        }
        continue;
      }
      for (std::size_t k = 0; k < r.deadlines.size(); ++k) {
        DeadlineRecord d{&r, r.deadlines[k], std::nullopt, ""};
        if (k == 0 && r.counted_budget) {
          d.budget = r.counted_budget;
          d.budget_of = r.task->id;
        } else if (k == 0 && pending) {
          d.budget = pending;
          d.budget_of = pending_of;
          pending.reset();
        }
        out.deadlines.push_back(std::move(d));
      }
    }
    return out;
  }

 private:
  const Filter& filter_;
  EvalsByTask evals_;
  std::set<const model::Task*> carriers_;  // of the plan being added
  std::vector<TaskRecord> tasks_;
  std::vector<std::size_t> ends_;  // one past the last record of each task's subtree
};

}  // namespace

ExportRecords export_records(const model::Repository& repo, const Evaluation& ev,
                             const Filter& filter) {
  EvalsByTask evals;
  for (const auto& e : ev.items) evals[e.task].push_back(&e);
  for (auto& [task, list] : evals)
    std::stable_sort(list.begin(), list.end(), [](const DeadlineEval* a, const DeadlineEval* b) {
      return a->index < b->index;
    });
  Builder b(filter, std::move(evals));
  for (const auto& p : repo.plans) b.add_plan(p);
  return b.finish();
}

std::optional<Category> task_category(const TaskRecord& r) {
  if (r.deadlines.empty()) return std::nullopt;
  for (const auto* e : r.deadlines)
    if (e->category != Category::done_on_time && e->category != Category::done_late)
      return e->category;
  return r.deadlines.back()->category;
}

}  // namespace cchc::engine
