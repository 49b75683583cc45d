// Model helpers: level names, the built-in CCHC areas, budget sums.
#include "cchc/model/plan.hpp"

#include <algorithm>
#include <array>

namespace cchc::model {

namespace {
constexpr std::array<std::pair<Level, std::string_view>, 5> kLevels{{
    {Level::central, "central"},
    {Level::province, "province"},
    {Level::district, "district"},
    {Level::commune, "commune"},
    {Level::other, "other"},
}};
}  // namespace

std::string_view level_name(Level l) {
  for (auto [lv, name] : kLevels)
    if (lv == l) return name;
  return "other";
}

std::optional<Level> level_from_name(std::string_view s) {
  for (auto [lv, name] : kLevels)
    if (name == s) return lv;
  return std::nullopt;
}

const std::vector<Area>& builtin_areas() {
  // The seven areas of the state administrative reform programme (Nghị quyết 30c/NQ-CP
  // and Nghị quyết 76/NQ-CP), in the order reports list them.
  static const std::vector<Area> areas = [] {
    std::vector<Area> v;
    auto add = [&](std::string id, std::string name) {
      Area a;
      a.id = std::move(id);
      a.name = std::move(name);
      a.builtin = true;
      v.push_back(std::move(a));
    };
    add("chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành");
    add("the-che", "Cải cách thể chế");
    add("tthc", "Cải cách thủ tục hành chính");
    add("to-chuc-bo-may", "Cải cách tổ chức bộ máy hành chính nhà nước");
    add("cong-vu", "Cải cách chế độ công vụ");
    add("tai-chinh-cong", "Cải cách tài chính công");
    add("chinh-phu-so", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");
    return v;
  }();
  return areas;
}

std::string builtin_area_ids() {
  std::string out;
  for (const auto& a : builtin_areas()) out += (out.empty() ? "" : ", ") + a.id;
  return out;
}

int area_order(const Plan* plan, std::string_view area_id) {
  const auto& b = builtin_areas();
  auto builtin_index = [&](std::string_view id) -> int {
    for (std::size_t i = 0; i < b.size(); ++i)
      if (b[i].id == id) return static_cast<int>(i);
    return -1;
  };
  const int own = builtin_index(area_id);
  if (own >= 0) {
    if (!plan) return own;
    // The built-in areas the plan declares take the places of the programme's
    // order that they hold, but in the plan's order: a plan listing all seven
    // is reported in its own order, one declaring a single subtotal changes none.
    std::vector<int> slots;  // programme positions of the declared built-in areas
    int k = -1;              // where area_id comes among them in the plan
    for (const auto& a : plan->areas) {
      const int i = builtin_index(a.id);
      if (i < 0) continue;
      if (a.id == area_id && k < 0) k = static_cast<int>(slots.size());
      slots.push_back(i);
    }
    if (k < 0) return own;
    std::sort(slots.begin(), slots.end());
    return slots[static_cast<std::size_t>(k)];
  }
  if (plan)
    for (std::size_t i = 0; i < plan->areas.size(); ++i)
      if (plan->areas[i].id == area_id) return 100 + static_cast<int>(i);
  return area_id.empty() ? 10000 : 1000;
}

bool in_force(const Plan& p, const Date& day) {
  if (!p.period.to.ok()) return true;
  return day <= p.period.to;
}

const Area* Plan::find_area(std::string_view area_id) const {
  for (const auto& a : areas)
    if (a.id == area_id) return &a;
  for (const auto& a : builtin_areas())
    if (a.id == area_id) return &a;
  return nullptr;
}

std::optional<Money> budget_total(const Budget& b) {
  Money sum;
  for (const auto& l : b.lines) {
    auto s = checked_add(sum, l.amount);
    if (!s) return std::nullopt;
    sum = *s;
  }
  return sum;
}

std::size_t count_leaf_tasks(const Plan& p) {
  std::size_t n = 0;
  for_each_task(p.tasks, [&](const Task& t, int) {
    if (t.is_leaf()) ++n;
  });
  return n;
}

namespace {

// The tasks whose budgets count: the topmost task with a budget on each path.
void budget_carriers(const std::vector<Task>& tasks, std::vector<const Task*>& out) {
  for (const auto& t : tasks) {
    if (t.budget)
      out.push_back(&t);
    else
      budget_carriers(t.tasks, out);
  }
}

}  // namespace

std::vector<CountedBudgetLine> counted_budget_lines(const std::vector<Task>& tasks) {
  std::vector<const Task*> carriers;
  budget_carriers(tasks, carriers);
  std::vector<CountedBudgetLine> out;
  for (const Task* t : carriers)
    for (const auto& l : t->budget->lines) out.push_back({t, &l});
  return out;
}

std::vector<CountedBudgetLine> counted_budget_lines(const Plan& plan) {
  return counted_budget_lines(plan.tasks);
}

std::vector<SubtaskBudgetMismatch> subtask_budget_mismatches(const Plan& plan, bool& overflow) {
  std::vector<SubtaskBudgetMismatch> out;
  for_each_task(plan.tasks, [&](const Task& t, int) {
    if (!t.budget || t.is_leaf()) return;
    std::vector<const Task*> below;
    budget_carriers(t.tasks, below);
    if (below.empty()) return;
    auto own = budget_total(*t.budget);
    std::optional<Money> subs = Money{};
    for (const Task* c : below) {
      auto ct = budget_total(*c->budget);
      subs = ct && subs ? checked_add(*subs, *ct) : std::nullopt;
    }
    if (!own || !subs)
      overflow = true;
    else if (*own != *subs)
      out.push_back({&t, *own, *subs});
  });
  return out;
}

}  // namespace cchc::model
