// cchc diff as JSON (docs/cli.md): ids, ISO dates and whole đồng, with the
// display strings beside the amounts, streamed (issue 15).
#include <optional>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/budget.hpp"
#include "cchc/render/diff.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::render {

using nlohmann::json;

namespace {

json task_json(const engine::TaskRef& t) {
  return {{"plan", t.plan}, {"task", t.task}, {"title", t.title}};
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

// Written a record at a time (issue 15): a diff from an empty revision lists
// every task of the repository. Members in key order, as the writer wants.
void write_diff_json(std::ostream& out, const engine::PlanDiff& d, const DiffView& v,
                     const model::Date& as_of) {
  io::JsonObjectWriter w(out);
  // Each changed task's record: the task, then what `fields` says of the change.
  auto task_records = [&w](std::string_view key, const auto& changes, auto fields) {
    w.begin_array(key);
    for (const auto& c : changes) {
      json t = task_json(c.task);
      t.update(fields(c));
      w.element(t);
    }
    w.end_array();
  };

  w.member("after", side_json(v.after));
  task_records("agencies", d.agencies, [](const auto& a) {
    return json{{"lead_before", a.lead_before},
                {"lead_after", a.lead_after},
                {"support_before", a.support_before},
                {"support_after", a.support_after}};
  });
  w.member("before", side_json(v.before));

  w.begin_object("budget");
  w.begin_array("areas");
  for (const auto& c : d.area_budgets) w.element(budget_json(c, v, "area"));
  w.end_array();
  w.member("change_dong", d.total_change());
  w.member("change_text",
           (d.total_change() > 0 ? "+" : "") + money_text(d.total_change(), v.unit, v.lang));
  w.begin_array("plans");
  for (const auto& c : d.plan_budgets) w.element(budget_json(c, v, ""));
  w.end_array();
  w.begin_array("tasks");
  for (const auto& c : d.task_budgets) w.element(budget_json(c, v, "task"));
  w.end_array();
  w.member("total_after_dong", d.total_after.dong);
  w.member("total_before_dong", d.total_before.dong);
  w.end_object();

  w.members(json_document(as_of));  // "cchc", between "budget" and "deadlines"
  task_records("deadlines", d.deadlines, [](const auto& m) {
    return json{{"before", m.before},
                {"after", m.after},
                {"days", optional_int(m.days)},
                {"working_days", optional_int(m.working_days)},
                {"later", m.later()}};
  });

  w.begin_array("owners");
  for (const auto& o : d.owners)
    w.element({{"change", engine::owner_change_name(o.kind)},
               {"owner", o.id},
               {"name_before", o.name_before.empty() ? json(nullptr) : json(o.name_before)},
               {"name_after", o.name_after.empty() ? json(nullptr) : json(o.name_after)},
               {"until", o.until ? json(model::iso(*o.until)) : json(nullptr)}});
  w.end_array();

  w.begin_object("plans");
  w.begin_array("added");
  for (const auto& p : d.plans_added) w.element({{"plan", p.plan}, {"title", p.title}});
  w.end_array();
  w.begin_array("removed");
  for (const auto& p : d.plans_removed) w.element({{"plan", p.plan}, {"title", p.title}});
  w.end_array();
  w.end_object();

  task_records("statuses", d.statuses, [](const auto& s) {
    return json{{"before", model::status_name(s.before)},
                {"after", model::status_name(s.after)},
                {"done_on", s.done_on ? json(model::iso(*s.done_on)) : json(nullptr)}};
  });
  w.member("summary", {{"text", diff_summary(d, v)},
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
                       {"budget_change_dong", d.total_change()}});

  w.begin_object("targets");
  w.begin_array("actuals");
  for (const auto& a : d.actuals) {
    const auto& owner = a.actual.owner;
    w.element({{"plan", a.target.plan},
               {"target", a.target.target},
               {"on", model::iso(a.actual.on)},
               {"value", a.actual.value},
               {"owner", owner.text.empty()
                             ? json(nullptr)
                             : json(owner.resolved_id.empty() ? owner.text : owner.resolved_id)}});
  }
  w.end_array();
  w.begin_array("goals");
  for (const auto& g : d.goals)
    w.element({{"plan", g.target.plan},
               {"target", g.target.target},
               {"before", goals_json(g.before)},
               {"after", goals_json(g.after)}});
  w.end_array();
  w.end_object();

  w.begin_object("tasks");
  w.begin_array("added");
  for (const auto& t : d.tasks_added) w.element(task_json(t));
  w.end_array();
  w.begin_array("removed");
  for (const auto& t : d.tasks_removed) w.element(task_json(t));
  w.end_array();
  task_records("renumbered", d.renumbered, [](const auto& r) {
    return json{{"old_task", r.old_id}};
  });
  task_records("retitled", d.retitled, [](const auto& r) {
    return json{{"old_title", r.old_title}};
  });
  w.end_object();
  w.finish();
}

}  // namespace cchc::render
