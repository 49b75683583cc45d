// The targets: section of a plan file (plan-format.md section 8).
#include "target_loader.hpp"

#include <fmt/format.h>

#include "cchc/model/goal.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::load {

using diag::Rule;
using namespace cchc::model;

namespace {

class TargetLoader {
 public:
  explicit TargetLoader(Reader& r) : r_(r) {}

  std::vector<Target> read_targets(const YNode* n);

 private:
  std::optional<Target> read_target(const YNode& n);
  std::optional<Goal> read_goal(const YNode& n, const Target& t);
  std::optional<Actual> read_actual(const YNode& n, const Target& t, std::string_view what);
  void check_goal_direction(const YNode& n, const Target& t, const GoalValue& g);

  Reader& r_;
};

std::vector<Target> TargetLoader::read_targets(const YNode* n) {
  std::vector<Target> out;
  if (!n || n->is_null()) return out;
  if (!n->is_seq()) {
    r_.wrong_type(*n, "targets", "a list of targets");
    return out;
  }
  for (const auto& item : n->items)
    if (auto t = read_target(item)) out.push_back(std::move(*t));
  return out;
}

std::optional<Target> TargetLoader::read_target(const YNode& n) {
  if (!r_.expect_map(n, "a target",
                     {"id", "name", "unit", "better", "scale", "owner", "baseline", "goals",
                      "actuals", "note"}))
    return std::nullopt;
  r_.require(n, "the target", {"id", "goals"});
  Target t;
  t.where = r_.loc(n);
  t.id = r_.text(n.find("id"), "target id").value_or("");
  t.name = r_.text(n.find("name"), "name").value_or("");
  if (auto u = n.find("unit")) {
    if (auto s = r_.text(u, "unit")) {
      if (auto tu = target_unit_from_name(*s))
        t.unit = *tu;
      else
        r_.diags().add(Rule::wrong_type, r_.loc(*u), {diag::Msg::unknown_target_unit, {*s}},
                       diag::Message(diag::Msg::target_unit_hint));
    }
  }
  t.higher_is_better = t.unit != TargetUnit::rank;
  if (auto b = n.find("better")) {
    if (auto s = r_.text(b, "better")) {
      std::string f = text::fold_ascii(*s);
      if (f == "higher" || f == "cao hon")
        t.higher_is_better = true;
      else if (f == "lower" || f == "thap hon")
        t.higher_is_better = false;
      else
        r_.diags().add(Rule::wrong_type, r_.loc(*b), {diag::Msg::better_value, {*s}});
    }
  }
  t.scale = r_.text_list(n.find("scale"), "scale");
  if (t.unit == TargetUnit::category && t.scale.size() < 2)
    r_.diags().add(Rule::missing_key, r_.loc(n), diag::Message(diag::Msg::category_needs_scale),
                   diag::Message(diag::Msg::category_needs_scale_hint));
  if (auto o = n.find("owner")) t.owner = r_.owner_ref(o, "owner");
  if (auto b = n.find("baseline")) t.baseline = read_actual(*b, t, "baseline");
  if (auto g = n.find("goals")) {
    if (g->is_seq()) {
      for (const auto& item : g->items)
        if (auto goal = read_goal(item, t)) t.goals.push_back(std::move(*goal));
    } else if (!g->is_null()) {
      r_.wrong_type(*g, "goals", "a list of {by: YEAR, value: ...}");
    }
  }
  if (auto a = n.find("actuals")) {
    if (a->is_seq()) {
      for (const auto& item : a->items)
        if (auto act = read_actual(item, t, "an actual")) t.actuals.push_back(std::move(*act));
    } else if (!a->is_null()) {
      r_.wrong_type(*a, "actuals", "a list of {year: , value: }");
    }
  }
  return t;
}

void TargetLoader::check_goal_direction(const YNode& n, const Target& t, const GoalValue& g) {
  bool up = g.op == Comparison::ge || g.op == Comparison::gt;
  bool down = g.op == Comparison::le || g.op == Comparison::lt;
  if ((t.higher_is_better && down) || (!t.higher_is_better && up))
    r_.diags().add(
        Rule::bad_goal, r_.loc(n),
        {t.higher_is_better ? diag::Msg::goal_wrong_way_higher : diag::Msg::goal_wrong_way_lower,
         {g.text.str()}},
        diag::Message(t.unit == TargetUnit::rank ? diag::Msg::goal_wrong_way_rank_hint
                                                 : diag::Msg::goal_wrong_way_hint));
}

std::optional<Goal> TargetLoader::read_goal(const YNode& n, const Target& t) {
  if (!r_.expect_map(n, "a goal", {"by", "value"})) return std::nullopt;
  r_.require(n, "the goal", {"by", "value"});
  Goal g;
  g.where = r_.loc(n);
  if (auto b = n.find("by")) {
    g.by = r_.date_or_year(b, "by");
    g.by_where = r_.loc(*b);
  }
  const YNode* v = n.find("value");
  if (!v) return std::nullopt;
  auto parse_one = [&](const YNode& s) -> std::optional<GoalValue> {
    if (!s.is_scalar()) {
      r_.wrong_type(s, "a goal value", "text such as \">= 90\"");
      return std::nullopt;
    }
    auto parsed = parse_goal_value(s.value, t.unit, t.scale);
    if (!parsed.ok()) {
      r_.diags().add(parsed.rule, r_.loc(s), parsed.message, parsed.hint);
      return std::nullopt;
    }
    check_goal_direction(s, t, *parsed.value);
    return parsed.value;
  };
  if (v->is_map()) {
    r_.expect_map(*v, "a per-level goal", {"central", "province", "district", "commune", "other"});
    for (const auto& [k, val] : v->entries) {
      auto level = level_from_name(k.value);
      if (!level) continue;  // reported as an unknown key
      if (auto gv = parse_one(val)) g.per_level[*level] = *gv;
    }
  } else if (auto gv = parse_one(*v)) {
    g.overall = *gv;
  }
  if (!g.overall && g.per_level.empty()) return std::nullopt;
  return g;
}

std::optional<Actual> TargetLoader::read_actual(const YNode& n, const Target& t,
                                                std::string_view what) {
  if (!r_.expect_map(n, what, {"year", "on", "value", "owner", "note"})) return std::nullopt;
  r_.require(n, what, {"value"});
  Actual a;
  a.where = r_.loc(n);
  if (auto y = n.find("year")) {
    auto year = r_.integer(y, "year", 1900, 2200);
    if (!year) return std::nullopt;
    a.on = *make_date(static_cast<int>(*year), 12, 31);
  } else if (auto on = n.find("on")) {
    auto d = r_.date(on, "on");
    if (!d) return std::nullopt;
    a.on = *d;
  } else {
    r_.diags().add(Rule::missing_key, r_.loc(n),
                   {diag::Msg::actual_no_year_or_on, {diag::noun(what)}},
                   diag::Message(diag::Msg::actual_no_year_or_on_hint));
    return std::nullopt;
  }
  if (auto o = n.find("owner")) a.owner = r_.owner_ref(o, "owner");
  const YNode* v = n.find("value");
  if (!v || !v->is_scalar()) {
    if (v) r_.wrong_type(*v, "value", "a number, a category or yes/no");
    return std::nullopt;
  }
  auto parsed = parse_actual_value(v->value, t.unit, t.scale);
  if (!parsed.ok()) {
    r_.diags().add(parsed.rule, r_.loc(*v), parsed.message, parsed.hint);
    return std::nullopt;
  }
  a.value = *parsed.value;
  return a;
}

}  // namespace

std::vector<Target> read_targets(Reader& r, const YNode* n) {
  return TargetLoader(r).read_targets(n);
}

}  // namespace cchc::load
