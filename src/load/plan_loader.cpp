// Plan files: YAML tree -> model::Plan (plan-format.md sections 4-9).
#include <fmt/format.h>

#include "cchc/load/loader.hpp"
#include "cchc/model/period.hpp"
#include "cchc/text/unicode.hpp"
#include "reader.hpp"
#include "target_loader.hpp"

namespace cchc::load {

using diag::Rule;
using namespace cchc::model;

namespace {

class PlanLoader {
 public:
  PlanLoader(const YamlDocument& doc, diag::Diagnostics& diags, MoneyUnit unit)
      : r_(doc, diags), unit_(unit) {}

  std::optional<Plan> load(const YNode& root);

 private:
  void read_period(const YNode* n, Plan& p);
  void read_budget_header(const YNode* n, Plan& p);
  void read_areas(const YNode* n, Plan& p);
  std::vector<Task> read_tasks(const YNode* n, int depth);
  std::optional<Task> read_task(const YNode& n, int depth);
  std::optional<Deadline> read_deadline(const YNode* n, std::string_view what);
  std::optional<Deadline> read_deadline_item(const YNode& n, std::string_view what);
  std::optional<Budget> read_budget(const YNode* n);
  std::optional<BudgetLine> read_budget_line(const YNode& n);
  std::optional<Money> read_amount(const YNode& n, std::string_view what);
  std::vector<OwnerRef> read_refs(const YNode* n, std::string_view what);
  std::vector<Date> read_dates(const YNode* n, std::string_view what);
  std::vector<ProgressUpdate> read_updates(const YNode* n);

  Reader r_;
  MoneyUnit unit_;
  DeadlineContext ctx_;
};

constexpr int kMaxTaskDepth = 20;

std::optional<Plan> PlanLoader::load(const YNode& root) {
  if (!root.is_map()) {
    r_.wrong_type(root, "a plan file's top level", "a mapping with id, title, period, tasks ...");
    return std::nullopt;
  }
  r_.expect_map(root, "a plan",
                {"id", "number", "title", "issuer", "issued", "scope", "period", "basis", "budget",
                 "areas", "targets", "tasks", "note", "report_day", "cutoff_day"});
  r_.require(root, "the plan", {"id", "title", "period"});
  Plan p;
  p.file = r_.file();
  p.where = r_.loc(root);
  if (auto v = root.find("id")) {
    p.id = r_.text(v, "the plan id").value_or("");
    p.id_where = r_.loc(*v);
  }
  p.number = r_.text(root.find("number"), "number").value_or("");
  p.title = r_.text(root.find("title"), "title").value_or("");
  p.issuer = r_.text(root.find("issuer"), "issuer").value_or("");
  p.issued = r_.day_or_month(root.find("issued"), "issued", p.issued_month_only);
  p.scope = r_.text(root.find("scope"), "scope").value_or("");
  p.basis = r_.text_list(root.find("basis"), "basis");
  if (auto v = root.find("report_day"))
    if (auto d = r_.integer(v, "report_day", 1, 31)) p.report_day = static_cast<int>(*d);
  if (auto v = root.find("cutoff_day"))
    if (auto d = r_.integer(v, "cutoff_day", 1, 31)) p.cutoff_day = static_cast<int>(*d);
  read_period(root.find("period"), p);
  read_budget_header(root.find("budget"), p);
  unit_ = p.unit;
  read_areas(root.find("areas"), p);
  p.targets = read_targets(r_, root.find("targets"));
  p.tasks = read_tasks(root.find("tasks"), 0);
  return p;
}

void PlanLoader::read_period(const YNode* n, Plan& p) {
  // Until a period is known, deadlines resolve against a wide window.
  p.period = {*make_date(1900, 1, 1), *make_date(2200, 12, 31)};
  if (!n || n->is_null()) return;
  bool ok = false;
  if (n->is_scalar()) {
    // A year or years, as model::parse_period reads them ("2018", "2021..2025").
    auto parsed = parse_plan_period(n->value);
    if (parsed.ok()) {
      p.period = *parsed.value;
      ok = true;
    }
  } else if (n->is_map()) {
    r_.expect_map(*n, "period", {"from", "to"});
    r_.require(*n, "period", {"from", "to"});
    auto f = r_.date(n->find("from"), "period.from");
    auto t = r_.date(n->find("to"), "period.to");
    if (f && t && *f <= *t) {
      p.period = {*f, *t};
      ok = true;
    } else if (f && t) {
      r_.diags().add(Rule::bad_date, r_.loc(*n), diag::Message(diag::Msg::period_from_after_to));
      return;
    } else {
      return;  // the dates were reported
    }
  }
  if (!ok)
    r_.diags().add(Rule::wrong_type, r_.loc(*n),
                   {diag::Msg::period_wrong_type,
                    {n->is_scalar() ? diag::Message::data(n->value) : diag::noun(kind_name(*n))}},
                   diag::Message(diag::Msg::period_wrong_type_hint));
  else
    ctx_ = {p.period.from, p.period.to};
}

void PlanLoader::read_budget_header(const YNode* n, Plan& p) {
  p.unit = unit_;
  if (!n || n->is_null()) return;
  if (!r_.expect_map(*n, "the plan's budget", {"unit", "declared_total"})) return;
  if (auto u = n->find("unit")) {
    if (auto t = r_.text(u, "budget.unit")) {
      if (auto mu = money_unit_from_name(*t))
        p.unit = *mu;
      else
        r_.diags().add(Rule::wrong_type, r_.loc(*u), {diag::Msg::unknown_budget_unit, {*t}},
                       diag::Message(diag::Msg::budget_unit_hint));
    }
  }
  unit_ = p.unit;
  if (auto d = n->find("declared_total")) {
    p.declared_total = read_amount(*d, "declared_total");
    p.declared_total_where = r_.loc(*d);
  }
}

void PlanLoader::read_areas(const YNode* n, Plan& p) {
  if (!n || n->is_null()) return;
  if (!n->is_seq()) return r_.wrong_type(*n, "areas", "a list");
  for (const auto& a : n->items) {
    if (!r_.expect_map(a, "an area", {"id", "name", "declared_total"})) continue;
    r_.require(a, "the area", {"id"});
    Area area;
    area.where = r_.loc(a);
    area.id = r_.text(a.find("id"), "area id").value_or("");
    area.name = r_.text(a.find("name"), "area name").value_or("");
    if (area.name.empty())
      for (const auto& b : builtin_areas())
        if (b.id == area.id) area.name = b.name;
    if (auto d = a.find("declared_total")) {
      area.declared_total = read_amount(*d, "declared_total");
      area.declared_total_where = r_.loc(*d);
    }
    p.areas.push_back(std::move(area));
  }
}

std::vector<Task> PlanLoader::read_tasks(const YNode* n, int depth) {
  std::vector<Task> out;
  if (!n || n->is_null()) return out;
  if (!n->is_seq()) {
    r_.wrong_type(*n, "tasks", "a list of tasks");
    return out;
  }
  if (depth > kMaxTaskDepth) {
    r_.diags().add(Rule::bad_file, r_.loc(*n), {diag::Msg::subtasks_too_deep, {kMaxTaskDepth}});
    return out;
  }
  out.reserve(n->items.size());  // 330k tasks at national scale: no spare capacity
  for (const auto& item : n->items)
    if (auto t = read_task(item, depth)) out.push_back(std::move(*t));
  return out;
}

std::optional<Task> PlanLoader::read_task(const YNode& n, int depth) {
  if (!r_.expect_map(
          n, "a task",
          {"id", "title", "area", "product", "lead", "support", "start", "due", "optional",
           "budget", "status", "done_on", "progress", "updates", "evidence", "note", "tasks"}))
    return std::nullopt;
  r_.require(n, "the task", {"id", "title"});
  Task t;
  t.where = r_.loc(n);
  if (auto v = n.find("id")) {
    t.id = r_.text(v, "task id").value_or("");
    t.id_where = r_.loc(*v);
  }
  t.title = r_.text(n.find("title"), "title").value_or("");
  if (auto v = n.find("area")) {
    t.area = r_.text(v, "area").value_or("");
    t.area_where = r_.loc(*v);
  }
  for (auto& p : r_.text_list(n.find("product"), "product")) t.product.emplace_back(p);
  t.lead = read_refs(n.find("lead"), "lead");
  t.lead_written = n.find("lead") && !n.find("lead")->is_null();
  t.support = read_refs(n.find("support"), "support");
  if (auto v = n.find("start")) {
    t.start = read_deadline(v, "start");
    t.start_where = r_.loc(*v);
  }
  if (auto v = n.find("due")) {
    t.due_written = !v->is_null();
    t.due = read_deadline(v, "due");
    t.due_where = r_.loc(*v);
  }
  t.optional =
      r_.boolean(n.find("optional"), "optional").value_or(false) || (t.due && t.due->optional);
  t.budget = read_budget(n.find("budget"));
  if (auto v = n.find("status")) {
    t.track().status_where = r_.loc(*v);
    if (auto s = r_.text(v, "status")) {
      if (auto st = parse_status(*s))
        t.status = *st;
      else
        r_.diags().add(Rule::bad_status, r_.loc(*v), {diag::Msg::unknown_status, {*s}},
                       diag::Message(diag::Msg::status_hint));
    }
  }
  if (auto v = n.find("done_on")) {
    t.track().done_on = read_dates(v, "done_on");
    t.track().done_on_where = r_.loc(*v);
  }
  if (auto v = n.find("progress"))
    t.track().progress = static_cast<int>(r_.integer(v, "progress", 0, 100).value_or(0));
  if (auto updates = read_updates(n.find("updates")); !updates.empty())
    t.track().updates = std::move(updates);
  t.evidence = r_.text(n.find("evidence"), "evidence").value_or("");
  t.note = r_.text(n.find("note"), "note").value_or("");
  t.tasks = read_tasks(n.find("tasks"), depth + 1);
  return t;
}

std::optional<Deadline> PlanLoader::read_deadline_item(const YNode& n, std::string_view what) {
  if (n.is_map()) {
    // The structured recurring form {every: quarter, day: 18}.
    if (!r_.expect_map(n, what, {"every", "day", "from", "to"})) return std::nullopt;
    r_.require(n, what, {"every"});
    auto every = r_.text(n.find("every"), "every");
    if (!every) return std::nullopt;
    auto unit = period_unit_from_name(*every);
    if (!unit) {
      r_.diags().add(Rule::bad_deadline, r_.loc(*n.find("every")),
                     {diag::Msg::unknown_every, {*every}}, diag::Message(diag::Msg::every_hint));
      return std::nullopt;
    }
    DeadlineItem item;
    item.kind = DeadlineKind::recurring;
    item.rule.every = *unit;
    if (auto d = n.find("day"))
      item.rule.day = static_cast<unsigned>(r_.integer(d, "day", 1, 31).value_or(31));
    item.rule.from = r_.date(n.find("from"), "from");
    item.rule.to = r_.date(n.find("to"), "to");
    // Shown the way plans write rules ("Hàng quý"), with the day when given.
    std::string_view rule_text = *unit == PeriodUnit::month     ? "Hàng tháng"
                                 : *unit == PeriodUnit::quarter ? "Hàng quý"
                                 : *unit == PeriodUnit::half    ? "6 tháng một lần"
                                                                : "Hàng năm";
    item.text = item.rule.day ? fmt::format("{}, ngày {}", rule_text, *item.rule.day)
                              : std::string(rule_text);
    Deadline d;
    d.text = item.text;
    d.items.push_back(std::move(item));
    return d;
  }
  auto t = r_.text(&n, what);
  if (!t) return std::nullopt;
  auto parsed = parse_deadline(*t, ctx_);
  if (!parsed.ok()) {
    r_.diags().add(parsed.rule, r_.loc(n), parsed.message, parsed.hint);
    return std::nullopt;
  }
  return std::move(*parsed.value);
}

std::optional<Deadline> PlanLoader::read_deadline(const YNode* n, std::string_view what) {
  if (!n || n->is_null()) return std::nullopt;
  if (!n->is_seq()) return read_deadline_item(*n, what);
  std::vector<Deadline> parts;
  bool failed = false;
  for (const auto& item : n->items) {
    auto d = read_deadline_item(item, what);
    if (d)
      parts.push_back(std::move(*d));
    else
      failed = true;
  }
  if (failed || parts.empty()) return std::nullopt;
  return join_deadlines(std::move(parts));
}

std::optional<Money> PlanLoader::read_amount(const YNode& n, std::string_view what) {
  if (!n.is_scalar()) {
    r_.wrong_type(n, what, "an amount");
    return std::nullopt;
  }
  auto parsed = parse_amount(n.value, n.plain, unit_);
  if (!parsed.ok()) {
    r_.diags().add(parsed.rule, r_.loc(n), parsed.message, parsed.hint);
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<BudgetLine> PlanLoader::read_budget_line(const YNode& n) {
  BudgetLine line;
  line.where = r_.loc(n);
  if (n.is_map()) {
    if (!r_.expect_map(n, "a budget line", {"amount", "source", "year"})) return std::nullopt;
    r_.require(n, "the budget line", {"amount"});
    const YNode* a = n.find("amount");
    if (!a) return std::nullopt;
    auto m = read_amount(*a, "amount");
    if (!m) return std::nullopt;
    line.amount = *m;
    line.source = r_.text(n.find("source"), "source").value_or("");
    if (auto y = n.find("year"))
      line.year = static_cast<int>(r_.integer(y, "year", 1900, 2200).value_or(0));
    return line;
  }
  auto m = read_amount(n, "budget");
  if (!m) return std::nullopt;
  line.amount = *m;
  return line;
}

std::optional<Budget> PlanLoader::read_budget(const YNode* n) {
  if (!n || n->is_null()) return std::nullopt;
  Budget b;
  b.where = r_.loc(*n);
  bool failed = false;
  if (n->is_seq()) {
    for (const auto& item : n->items) {
      if (auto l = read_budget_line(item))
        b.lines.push_back(std::move(*l));
      else
        failed = true;
    }
  } else if (auto l = read_budget_line(*n)) {
    b.lines.push_back(std::move(*l));
  } else {
    failed = true;
  }
  if (failed) return std::nullopt;
  return b;
}

std::vector<OwnerRef> PlanLoader::read_refs(const YNode* n, std::string_view what) {
  std::vector<OwnerRef> out;
  if (!n || n->is_null()) return out;
  if (n->is_seq()) {
    out.reserve(n->items.size());
    for (const auto& item : n->items) {
      if (item.is_null()) continue;
      OwnerRef ref = r_.owner_ref(&item, what);
      if (!ref.text.empty()) out.push_back(std::move(ref));
    }
    return out;
  }
  OwnerRef ref = r_.owner_ref(n, what);
  if (!ref.text.empty()) out.push_back(std::move(ref));
  return out;
}

std::vector<Date> PlanLoader::read_dates(const YNode* n, std::string_view what) {
  std::vector<Date> out;
  if (!n || n->is_null()) return out;
  if (n->is_seq()) {
    for (const auto& item : n->items)
      if (auto d = r_.date(&item, what)) out.push_back(*d);
    return out;
  }
  if (auto d = r_.date(n, what)) out.push_back(*d);
  return out;
}

std::vector<ProgressUpdate> PlanLoader::read_updates(const YNode* n) {
  std::vector<ProgressUpdate> out;
  if (!n || n->is_null()) return out;
  if (!n->is_seq()) {
    r_.wrong_type(*n, "updates", "a list");
    return out;
  }
  for (const auto& u : n->items) {
    if (!r_.expect_map(u, "an update", {"on", "progress", "note"})) continue;
    r_.require(u, "the update", {"on"});
    ProgressUpdate up;
    up.where = r_.loc(u);
    auto on = r_.date(u.find("on"), "on");
    if (!on) continue;
    up.on = *on;
    if (auto p = u.find("progress"))
      up.progress = static_cast<int>(r_.integer(p, "progress", 0, 100).value_or(0));
    up.note = r_.text(u.find("note"), "note").value_or("");
    out.push_back(std::move(up));
  }
  return out;
}

// Subtasks take area, lead, support and due from their parent when they have none.
void inherit(std::vector<Task>& tasks, const Task* parent) {
  for (auto& t : tasks) {
    if (parent) {
      if (t.area.empty() && !parent->area.empty()) {
        t.area = parent->area;
        t.area_where = parent->area_where;
        t.area_inherited = true;
      }
      if (t.lead.empty() && !t.lead_written && parent->lead_written) {
        t.lead = parent->lead;
        t.lead_inherited = true;
        t.lead_written = true;
      }
      if (t.support.empty() && !parent->support.empty()) {
        t.support = parent->support;
        t.support_inherited = true;
      }
      if (!t.due && !t.due_written && parent->due_written) {
        t.due = parent->due;
        t.due_where = parent->due_where;
        t.due_inherited = true;
        t.due_written = true;
        t.optional = t.optional || parent->optional;
      }
    }
    inherit(t.tasks, &t);
  }
}

}  // namespace

PlanFile load_plan(const std::string& display_name, std::string text, MoneyUnit default_unit) {
  PlanFile out;
  YamlDocument doc = parse_yaml(display_name, std::move(text), out.diags);
  out.source = doc.source;
  if (!doc.root) return out;
  PlanLoader loader(doc, out.diags, default_unit);
  out.plan = loader.load(*doc.root);
  if (out.plan) inherit(out.plan->tasks, nullptr);
  return out;
}

}  // namespace cchc::load
