// Model helpers: level names, the built-in CCHC areas, budget sums.
#include "cchc/model/plan.hpp"

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

int area_order(const Plan* plan, std::string_view area_id) {
  const auto& b = builtin_areas();
  for (std::size_t i = 0; i < b.size(); ++i)
    if (b[i].id == area_id) return static_cast<int>(i);
  if (plan)
    for (std::size_t i = 0; i < plan->areas.size(); ++i)
      if (plan->areas[i].id == area_id) return 100 + static_cast<int>(i);
  return area_id.empty() ? 10000 : 1000;
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

}  // namespace cchc::model
