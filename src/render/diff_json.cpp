// cchc diff as JSON (docs/cli.md): ids, ISO dates and whole đồng, with the
// display strings beside the amounts.
#include <optional>

#include "cchc/render/budget.hpp"
#include "cchc/render/diff.hpp"

namespace cchc::render {

using nlohmann::json;

namespace {

json task_json(const engine::TaskRef& t) {
  return {{"plan", t.plan}, {"task", t.task}, {"title", t.title}};
}

// One record per changed task: the task, then what `fields` says of the change.
template <class Change, class Fields>
json task_records(const std::vector<Change>& changes, Fields fields) {
  json out = json::array();
  for (const auto& c : changes) {
    json t = task_json(c.task);
    t.update(fields(c));
    out.push_back(std::move(t));
  }
  return out;
}

json optional_int(const std::optional<int>& n) {
  return n ? json(*n) : json(nullptr);
}

json side_json(const DiffSide& s) {
  std::string_view kind = s.kind == DiffSide::Kind::revision ? "revision"
                          : s.kind == DiffSide::Kind::index  ? "index"
                                                             : "working-tree";
  return {{"kind", kind},
          {"revision", s.kind == DiffSide::Kind::revision ? json(s.revision) : json(nullptr)},
          {"errors", s.errors},
          {"check_failed", s.errors > 0}};
}

json budget_json(const engine::BudgetChange& c, const DiffView& v, std::string_view key_name) {
  json j = {{"plan", c.plan},
            {"before_dong", c.before.dong},
            {"after_dong", c.after.dong},
            {"change_dong", c.change()},
            {"after_text", money_text(c.after.dong, v.unit, v.lang)},
            {"declared_dong", c.declared ? json(c.declared->dong) : json(nullptr)},
            {"matches_declared", c.matches_declared()}};
  if (!key_name.empty()) j[std::string(key_name)] = c.key;
  return j;
}

json goals_json(const std::vector<model::Goal>& goals) {
  json out = json::array();
  for (const auto& g : goals) {
    json levels = json::object();
    for (const auto& [level, gv] : g.per_level)
      levels[std::string(model::level_name(level))] = gv.text;
    out.push_back({{"by", g.by ? json(model::iso(*g.by)) : json(nullptr)},
                   {"goal", g.overall ? json(g.overall->text) : json(nullptr)},
                   {"per_level", levels}});
  }
  return out;
}

}  // namespace

json diff_json(const engine::PlanDiff& d, const DiffView& v) {
  json j;
  j["before"] = side_json(v.before);
  j["after"] = side_json(v.after);
  j["summary"] = {{"text", diff_summary(d, v)},
                  {"plans_added", d.plans_added.size()},
                  {"plans_removed", d.plans_removed.size()},
                  {"tasks_added", d.tasks_added.size()},
                  {"tasks_removed", d.tasks_removed.size()},
                  {"tasks_renumbered", d.renumbered.size()},
                  {"tasks_retitled", d.retitled.size()},
                  {"deadlines_changed", d.deadlines.size()},
                  {"deadlines_later", d.deadlines_later()},
                  {"max_days_later", d.max_days_later()},
                  {"tasks_done", d.tasks_done()},
                  {"budget_change_dong", d.total_change()}};

  json plans = {{"added", json::array()}, {"removed", json::array()}};
  for (const auto& p : d.plans_added)
    plans["added"].push_back({{"plan", p.plan}, {"title", p.title}});
  for (const auto& p : d.plans_removed)
    plans["removed"].push_back({{"plan", p.plan}, {"title", p.title}});
  j["plans"] = plans;

  json tasks = {{"added", json::array()},
                {"removed", json::array()},
                {"renumbered", json::array()},
                {"retitled", json::array()}};
  for (const auto& t : d.tasks_added) tasks["added"].push_back(task_json(t));
  for (const auto& t : d.tasks_removed) tasks["removed"].push_back(task_json(t));
  tasks["renumbered"] = task_records(d.renumbered, [](const auto& r) {
    return json{{"old_task", r.old_id}};
  });
  tasks["retitled"] = task_records(d.retitled, [](const auto& r) {
    return json{{"old_title", r.old_title}};
  });
  j["tasks"] = tasks;

  j["deadlines"] = task_records(d.deadlines, [](const auto& m) {
    return json{{"before", m.before},
                {"after", m.after},
                {"days", optional_int(m.days)},
                {"working_days", optional_int(m.working_days)},
                {"later", m.later()}};
  });
  j["agencies"] = task_records(d.agencies, [](const auto& a) {
    return json{{"lead_before", a.lead_before},
                {"lead_after", a.lead_after},
                {"support_before", a.support_before},
                {"support_after", a.support_after}};
  });

  json budget = {{"total_before_dong", d.total_before.dong},
                 {"total_after_dong", d.total_after.dong},
                 {"change_dong", d.total_change()},
                 {"change_text",
                  (d.total_change() > 0 ? "+" : "") + money_text(d.total_change(), v.unit, v.lang)},
                 {"plans", json::array()},
                 {"areas", json::array()},
                 {"tasks", json::array()}};
  for (const auto& c : d.plan_budgets) budget["plans"].push_back(budget_json(c, v, ""));
  for (const auto& c : d.area_budgets) budget["areas"].push_back(budget_json(c, v, "area"));
  for (const auto& c : d.task_budgets) budget["tasks"].push_back(budget_json(c, v, "task"));
  j["budget"] = budget;

  j["statuses"] = task_records(d.statuses, [](const auto& s) {
    return json{{"before", model::status_name(s.before)},
                {"after", model::status_name(s.after)},
                {"done_on", s.done_on ? json(model::iso(*s.done_on)) : json(nullptr)}};
  });

  json targets = {{"goals", json::array()}, {"actuals", json::array()}};
  for (const auto& g : d.goals)
    targets["goals"].push_back({{"plan", g.target.plan},
                                {"target", g.target.target},
                                {"before", goals_json(g.before)},
                                {"after", goals_json(g.after)}});
  for (const auto& a : d.actuals) {
    const auto& owner = a.actual.owner;
    targets["actuals"].push_back(
        {{"plan", a.target.plan},
         {"target", a.target.target},
         {"on", model::iso(a.actual.on)},
         {"value", a.actual.value},
         {"owner", owner.text.empty()
                       ? json(nullptr)
                       : json(owner.resolved_id.empty() ? owner.text : owner.resolved_id)}});
  }
  j["targets"] = targets;

  json owners = json::array();
  for (const auto& o : d.owners)
    owners.push_back({{"change", engine::owner_change_name(o.kind)},
                      {"owner", o.id},
                      {"name_before", o.name_before.empty() ? json(nullptr) : json(o.name_before)},
                      {"name_after", o.name_after.empty() ? json(nullptr) : json(o.name_after)},
                      {"until", o.until ? json(model::iso(*o.until)) : json(nullptr)}});
  j["owners"] = owners;
  return j;
}

}  // namespace cchc::render
