// Status tables: category counts by owner, area or plan, and the rates.
#include "cchc/engine/status.hpp"

#include <algorithm>
#include <map>

#include "cchc/model/owners.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::engine {

using namespace cchc::model;

void StatusCounts::add(const DeadlineEval& e) {
  ++total;
  if (is_optional_past_due(e)) {
    ++optional_past_due;
    return;
  }
  ++by_category[static_cast<std::size_t>(e.category)];
}

int StatusCounts::completed() const {
  return count(Category::done_on_time) + count(Category::done_late);
}
int StatusCounts::denominator() const {
  return completed() + count(Category::overdue);
}

Rate completion_rate(const StatusCounts& c) {
  return {c.completed(), c.denominator()};
}
Rate on_time_rate(const StatusCounts& c) {
  return {c.count(Category::done_on_time), c.denominator()};
}

std::string_view group_by_name(GroupBy g) {
  switch (g) {
    case GroupBy::owner:
      return "owner";
    case GroupBy::area:
      return "area";
    case GroupBy::plan:
      return "plan";
  }
  return "owner";
}

StatusTable status_table(const Evaluation& ev, GroupBy by, const OwnerIndex& owners) {
  StatusTable table;
  table.by = by;
  table.total.key = "";
  std::map<std::string, StatusRow> rows;
  auto row = [&](const std::string& key, const std::string& label) -> StatusRow& {
    auto [it, inserted] = rows.try_emplace(key);
    if (inserted) {
      it->second.key = key;
      it->second.label = label;
    }
    return it->second;
  };
  for (const auto& e : ev.items) {
    table.total.counts.add(e);
    switch (by) {
      case GroupBy::plan:
        row(e.plan->id, e.plan->title).counts.add(e);
        break;
      case GroupBy::area: {
        const Area* a = e.plan->find_area(e.task->area);
        row(e.task->area.str(), a ? a->name : e.task->area.str()).counts.add(e);
        break;
      }
      case GroupBy::owner: {
        if (e.task->lead.empty()) row("", "").counts.add(e);
        for (const auto& ref : e.task->lead) {
          const Owner* o = ref.resolved_id.empty() ? nullptr : owners.by_id(ref.resolved_id);
          row(o ? o->id : ref.text.str(), o ? o->name : ref.text.str()).counts.add(e);
        }
        break;
      }
    }
  }
  for (auto& [key, r] : rows) table.rows.push_back(std::move(r));
  // Areas of one plan come in that plan's order; across plans, the built-in order.
  const Plan* only_plan = nullptr;
  for (const auto& e : ev.items) {
    if (only_plan && only_plan != e.plan) {
      only_plan = nullptr;
      break;
    }
    only_plan = e.plan;
  }
  auto order = [only_plan](const std::string& key) { return area_order(only_plan, key); };
  std::sort(table.rows.begin(), table.rows.end(), [&](const StatusRow& a, const StatusRow& b) {
    if (a.key.empty() != b.key.empty()) return b.key.empty();  // "none" last
    if (by == GroupBy::area && order(a.key) != order(b.key)) return order(a.key) < order(b.key);
    if (by == GroupBy::plan) return a.key < b.key;
    if (a.label != b.label) return text::vietnamese_less(a.label, b.label);
    return a.key < b.key;
  });
  return table;
}

}  // namespace cchc::engine
