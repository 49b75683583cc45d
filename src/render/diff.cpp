// cchc diff's layout: every format is written from the same sections.
#include "cchc/render/diff.hpp"

#include <fmt/format.h>

#include <sstream>

#include "cchc/diag/format.hpp"
#include "cchc/render/budget.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"

namespace cchc::render {

using engine::PlanDiff;
using model::Status;

namespace {

// The words of this report, Vietnamese and English side by side.
enum class W {
  compared,
  working_tree,
  index,
  side_failed,
  no_change,
  plans,
  tasks,
  deadlines,
  agencies,
  budget,
  statuses,
  targets,
  owners,
  change,
  plan,
  task,
  title,
  target,
  before,
  after,
  days,
  working_days,
  lead_before,
  lead_after,
  support_before,
  support_after,
  item,
  declared,
  done_on,
  id,
  until,
  added,
  removed,
  renumbered,
  retitled,
  later,
  earlier,
  changed,
  whole_plan,
  area,
  total,
  matches,
  differs,
  goals_changed,
  new_actual,
  renamed,
  ended,
  count
};

struct Words {
  const char* vi;
  const char* en;
};

constexpr Words kWords[] = {
    {"So sánh {} với {}", "Comparing {} with {}"},
    {"thư mục làm việc", "the working tree"},
    {"vùng chờ commit (index)", "the index"},
    {"Lưu ý: {} có {} lỗi khi kiểm tra; chỉ so sánh được những gì đọc được (chạy 'cchc "
     "check')",
     "Note: {} has {} error(s) in check; only what could be read is compared (run 'cchc check')"},
    {"Không có thay đổi trong kế hoạch", "No changes to the plans"},
    {"Kế hoạch", "Plans"},
    {"Nhiệm vụ", "Tasks"},
    {"Thời hạn", "Deadlines"},
    {"Cơ quan chủ trì, phối hợp", "Lead and supporting agencies"},
    {"Kinh phí", "Budget"},
    {"Tình trạng thực hiện", "Status"},
    {"Chỉ tiêu", "Targets"},
    {"Cơ quan", "Agencies"},
    {"Thay đổi", "Change"},
    {"Kế hoạch", "Plan"},
    {"Nhiệm vụ", "Task"},
    {"Nội dung", "Title"},
    {"Chỉ tiêu", "Target"},
    {"Trước", "Before"},
    {"Sau", "After"},
    {"Số ngày", "Days"},
    {"Ngày làm việc", "Working days"},
    {"Chủ trì (trước)", "Lead (before)"},
    {"Chủ trì (sau)", "Lead (after)"},
    {"Phối hợp (trước)", "Support (before)"},
    {"Phối hợp (sau)", "Support (after)"},
    {"Mục", "Item"},
    {"Tổng ghi trong văn bản", "Printed total"},
    {"Ngày hoàn thành", "Done on"},
    {"Mã", "Id"},
    {"Đến ngày", "Until"},
    {"mới", "added"},
    {"bỏ", "removed"},
    {"đánh số lại", "renumbered"},
    {"đổi tên", "retitled"},
    {"LÙI HẠN", "LATER"},
    {"sớm hơn", "earlier"},
    {"đổi", "changed"},
    {"Cả kế hoạch", "Whole plan"},
    {"Lĩnh vực", "Area"},
    {"Tổng các kế hoạch", "All plans"},
    {"khớp", "matches"},
    {"lệch {}", "off by {}"},
    {"đổi mục tiêu", "goals changed"},
    {"số liệu mới", "new actual"},
    {"đổi tên", "renamed"},
    {"hết hoạt động", "ended"},
};
static_assert(std::size(kWords) == static_cast<std::size_t>(W::count));

std::string w(W id, Lang l) {
  const Words& e = kWords[static_cast<std::size_t>(id)];
  return l == Lang::vi ? e.vi : e.en;
}

std::string side_name(const DiffSide& s, Lang l) {
  switch (s.kind) {
    case DiffSide::Kind::working_tree:
      return w(W::working_tree, l);
    case DiffSide::Kind::index:
      return w(W::index, l);
    case DiffSide::Kind::revision:
      break;
  }
  return s.revision;
}

std::string signed_number(std::int64_t n, Lang l) {
  return (n > 0 ? "+" : "") + text::group_digits(n, l);
}

std::string signed_money(std::int64_t dong, const DiffView& v) {
  return (dong > 0 ? "+" : "") + money_text(dong, v.unit, v.lang);
}

std::string names(const std::vector<std::string>& ids, const DiffView& v) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(owner_name(id, v.owners));
  return text::join(out, ", ");
}

std::string goals_text(const std::vector<model::Goal>& goals, Lang l) {
  std::vector<std::string> out;
  for (const auto& g : goals) {
    std::string value;
    if (g.overall) value = g.overall->text.str();
    for (const auto& [level, gv] : g.per_level)
      value +=
          (value.empty() ? "" : "; ") + std::string(model::level_name(level)) + " " + gv.text.str();
    out.push_back(g.by ? fmt::format("{} ({})", value, date_short(*g.by, l)) : value);
  }
  return text::join(out, "\n");
}

// The side as the subject of a sentence: "bản HEAD~1", "thư mục làm việc".
std::string side_subject(const DiffSide& s, Lang l) {
  if (s.kind == DiffSide::Kind::revision && l == Lang::vi) return "bản " + s.revision;
  return side_name(s, l);
}

// One row of a section: its cells, where it is in the files, and whether it
// should stand out (a deadline moved later).
struct Row {
  std::vector<std::string> cells;
  diag::SourceLocation where;
  bool warn = false;
};

struct Section {
  std::string title;
  std::vector<Column> columns;
  std::vector<Row> rows;
};

Column col(W id, Lang l, Align a = Align::left, bool flexible = false) {
  return {w(id, l), a, flexible};
}

Section plans_section(const PlanDiff& d, Lang l) {
  Section s{w(W::plans, l),
            {col(W::plan, l), col(W::change, l), col(W::title, l, Align::left, true)},
            {}};
  for (const auto& p : d.plans_added)
    s.rows.push_back({{p.plan, w(W::added, l), p.title}, p.where});
  for (const auto& p : d.plans_removed)
    s.rows.push_back({{p.plan, w(W::removed, l), p.title}, p.where});
  return s;
}

Section tasks_section(const PlanDiff& d, Lang l) {
  Section s{
      w(W::tasks, l),
      {col(W::plan, l), col(W::task, l), col(W::change, l), col(W::title, l, Align::left, true)},
      {}};
  for (const auto& t : d.tasks_added)
    s.rows.push_back({{t.plan, t.task, w(W::added, l), t.title}, t.where});
  for (const auto& t : d.tasks_removed)
    s.rows.push_back({{t.plan, t.task, w(W::removed, l), t.title}, t.where});
  for (const auto& r : d.renumbered)
    s.rows.push_back(
        {{r.task.plan, r.old_id + " → " + r.task.task, w(W::renumbered, l), r.task.title},
         r.task.where});
  for (const auto& r : d.retitled)
    s.rows.push_back(
        {{r.task.plan, r.task.task, w(W::retitled, l), r.old_title + "\n→ " + r.task.title},
         r.task.where});
  return s;
}

Section deadlines_section(const PlanDiff& d, Lang l) {
  Section s{
      w(W::deadlines, l),
      {col(W::plan, l), col(W::task, l), col(W::change, l), col(W::before, l), col(W::after, l),
       col(W::days, l, Align::right), col(W::working_days, l, Align::right)},
      {}};
  for (const auto& m : d.deadlines) {
    W kind = m.later() ? W::later : (m.days && *m.days < 0) ? W::earlier : W::changed;
    s.rows.push_back({{m.task.plan, m.task.task, w(kind, l), m.before.empty() ? "—" : m.before,
                       m.after.empty() ? "—" : m.after, m.days ? signed_number(*m.days, l) : "—",
                       m.working_days ? signed_number(*m.working_days, l) : "—"},
                      m.task.where,
                      m.later()});
  }
  return s;
}

Section agencies_section(const PlanDiff& d, const DiffView& v) {
  Lang l = v.lang;
  Section s{w(W::agencies, l),
            {col(W::plan, l), col(W::task, l), col(W::lead_before, l, Align::left, true),
             col(W::lead_after, l, Align::left, true), col(W::support_before, l, Align::left, true),
             col(W::support_after, l, Align::left, true)},
            {}};
  for (const auto& a : d.agencies)
    s.rows.push_back({{a.task.plan, a.task.task, names(a.lead_before, v), names(a.lead_after, v),
                       names(a.support_before, v), names(a.support_after, v)},
                      a.task.where});
  return s;
}

std::string declared_cell(const engine::BudgetChange& c, const DiffView& v) {
  if (!c.declared) return "";
  std::string printed = money_text(c.declared->dong, v.unit, v.lang);
  if (c.matches_declared()) return fmt::format("{} ({})", printed, w(W::matches, v.lang));
  std::string off = signed_money(c.after.dong - c.declared->dong, v);
  return fmt::format("{} ({})", printed, fmt::format(fmt::runtime(w(W::differs, v.lang)), off));
}

Section budget_section(const PlanDiff& d, const DiffView& v) {
  Lang l = v.lang;
  Section s{w(W::budget, l),
            {col(W::plan, l), col(W::item, l, Align::left, true), col(W::before, l, Align::right),
             col(W::after, l, Align::right), col(W::change, l, Align::right), col(W::declared, l)},
            {}};
  auto add = [&](const engine::BudgetChange& c, std::string item) {
    s.rows.push_back(
        {{c.plan, std::move(item), money_text(c.before.dong, v.unit, l),
          money_text(c.after.dong, v.unit, l), signed_money(c.change(), v), declared_cell(c, v)},
         c.where});
  };
  for (const auto& c : d.plan_budgets) add(c, w(W::whole_plan, l));
  for (const auto& c : d.area_budgets) add(c, w(W::area, l) + ": " + c.name);
  for (const auto& c : d.task_budgets) add(c, w(W::task, l) + " " + c.key + ": " + c.name);
  if (!s.rows.empty() && d.total_change() != 0)
    s.rows.push_back(
        {{"", w(W::total, l), money_text(d.total_before.dong, v.unit, l),
          money_text(d.total_after.dong, v.unit, l), signed_money(d.total_change(), v), ""},
         {}});
  return s;
}

Section statuses_section(const PlanDiff& d, Lang l) {
  Section s{w(W::statuses, l),
            {col(W::plan, l), col(W::task, l), col(W::title, l, Align::left, true),
             col(W::before, l), col(W::after, l), col(W::done_on, l)},
            {}};
  for (const auto& c : d.statuses)
    s.rows.push_back(
        {{c.task.plan, c.task.task, c.task.title, std::string(status_label(c.before, l)),
          std::string(status_label(c.after, l)), c.done_on ? date_short(*c.done_on, l) : ""},
         c.task.where});
  return s;
}

Section targets_section(const PlanDiff& d, const DiffView& v) {
  Lang l = v.lang;
  Section s{w(W::targets, l),
            {col(W::plan, l), col(W::target, l, Align::left, true), col(W::change, l),
             col(W::before, l), col(W::after, l)},
            {}};
  for (const auto& g : d.goals)
    s.rows.push_back({{g.target.plan, g.target.name, w(W::goals_changed, l),
                       goals_text(g.before, l), goals_text(g.after, l)},
                      g.target.where});
  for (const auto& a : d.actuals) {
    std::string value =
        fmt::format("{} ({})", text::decimal(a.actual.value, 2, l), date_short(a.actual.on, l));
    if (!a.actual.owner.text.empty())
      value += ", " + owner_name(a.actual.owner.resolved_id.empty() ? a.actual.owner.text
                                                                    : a.actual.owner.resolved_id,
                                 v.owners);
    s.rows.push_back(
        {{a.target.plan, a.target.name, w(W::new_actual, l), "", value}, a.target.where});
  }
  return s;
}

Section owners_section(const PlanDiff& d, Lang l) {
  Section s{w(W::owners, l),
            {col(W::change, l), col(W::id, l), col(W::before, l, Align::left, true),
             col(W::after, l, Align::left, true), col(W::until, l)},
            {}};
  for (const auto& o : d.owners) {
    W kind = o.kind == engine::OwnerChangeKind::added     ? W::added
             : o.kind == engine::OwnerChangeKind::removed ? W::removed
             : o.kind == engine::OwnerChangeKind::renamed ? W::renamed
                                                          : W::ended;
    s.rows.push_back(
        {{w(kind, l), o.id, o.name_before, o.name_after, o.until ? date_short(*o.until, l) : ""},
         o.where});
  }
  return s;
}

std::vector<Section> sections(const PlanDiff& d, const DiffView& v) {
  std::vector<Section> all{plans_section(d, v.lang),     tasks_section(d, v.lang),
                           deadlines_section(d, v.lang), agencies_section(d, v),
                           budget_section(d, v),         statuses_section(d, v.lang),
                           targets_section(d, v),        owners_section(d, v.lang)};
  std::erase_if(all, [](const Section& s) { return s.rows.empty(); });
  return all;
}

Table table_of(const Section& s, bool md) {
  Table t{s.columns, {}, {}};
  for (const auto& r : s.rows) {
    t.rows.push_back(r.cells);
    if (md && r.warn)
      for (auto& c : t.rows.back())
        if (!c.empty()) c = "**" + c + "**";
  }
  return t;
}

// The lines that come before the sections: what is compared, and which side failed check.
std::vector<std::string> preamble(const DiffView& v) {
  std::vector<std::string> out{fmt::format(fmt::runtime(w(W::compared, v.lang)),
                                           side_name(v.before, v.lang),
                                           side_name(v.after, v.lang))};
  for (const DiffSide* s : {&v.before, &v.after})
    if (s->errors > 0)
      out.push_back(fmt::format(fmt::runtime(w(W::side_failed, v.lang)), side_subject(*s, v.lang),
                                text::group_digits(static_cast<std::int64_t>(s->errors), v.lang)));
  return out;
}

}  // namespace

std::string diff_summary(const PlanDiff& d, const DiffView& v) {
  Lang l = v.lang;
  bool vi = l == Lang::vi;
  std::vector<std::string> parts;
  // "3 nhiệm vụ mới" / "3 new tasks": the count, then the words for one or many.
  auto count = [&](std::size_t n, const char* vi_words, const char* en_one, const char* en_many) {
    if (n == 0) return;
    std::string num = text::group_digits(static_cast<std::int64_t>(n), l);
    parts.push_back(num + " " + (vi ? vi_words : n == 1 ? en_one : en_many));
  };
  count(d.plans_added.size(), "kế hoạch mới", "new plan", "new plans");
  count(d.plans_removed.size(), "kế hoạch bị bỏ", "plan removed", "plans removed");
  count(d.tasks_added.size(), "nhiệm vụ mới", "new task", "new tasks");
  count(d.tasks_removed.size(), "nhiệm vụ bị bỏ", "task removed", "tasks removed");
  count(d.renumbered.size(), "nhiệm vụ đánh số lại", "task renumbered", "tasks renumbered");
  count(d.retitled.size(), "nhiệm vụ đổi tên", "task retitled", "tasks retitled");
  if (std::size_t later = d.deadlines_later(); later > 0) {
    count(later, "nhiệm vụ lùi hạn", "task moved later", "tasks moved later");
    std::string days = text::group_digits(d.max_days_later(), l);
    parts.back() +=
        vi ? fmt::format(" (tối đa {} ngày)", days) : fmt::format(" (up to {} days)", days);
  }
  count(d.deadlines.size() - d.deadlines_later(), "thời hạn khác thay đổi",
        "other deadline changed", "other deadlines changed");
  count(d.tasks_done(), "nhiệm vụ hoàn thành", "task done", "tasks done");
  count(d.statuses.size() - d.tasks_done(), "nhiệm vụ đổi tình trạng", "other status change",
        "other status changes");
  count(d.agencies.size(), "nhiệm vụ đổi cơ quan chủ trì, phối hợp", "task with new agencies",
        "tasks with new agencies");
  if (d.total_change() != 0)
    parts.push_back((vi ? "kinh phí " : "budget ") + signed_money(d.total_change(), v));
  count(d.goals.size(), "chỉ tiêu đổi mục tiêu", "target goal changed", "target goals changed");
  count(d.actuals.size(), "số liệu chỉ tiêu mới", "new actual", "new actuals");
  count(d.owners.size(), "thay đổi về cơ quan", "agency change", "agency changes");
  if (parts.empty()) return w(W::no_change, l);
  return text::join(parts, ", ");
}

std::string diff_text(const PlanDiff& d, const DiffView& v, const TextStyle& style) {
  std::string out;
  for (const auto& line : preamble(v)) out += line + "\n";
  out += diff_summary(d, v) + "\n";
  for (const auto& s : sections(d, v))
    out += "\n" + s.title + "\n" + render_text_table(table_of(s, false), style);
  return out;
}

std::string diff_md(const PlanDiff& d, const DiffView& v) {
  std::string out = "**" + diff_summary(d, v) + "**\n\n";
  for (const auto& line : preamble(v)) out += line + "\n\n";
  for (const auto& s : sections(d, v))
    out += "### " + s.title + "\n\n" + render_md_table(table_of(s, true)) + "\n";
  return out;
}

std::string diff_github(const PlanDiff& d, const DiffView& v) {
  std::ostringstream out;
  for (const auto& s : sections(d, v))
    for (const auto& r : s.rows) {
      std::vector<std::string> cells;
      for (const auto& c : r.cells)
        if (!c.empty()) cells.push_back(c);
      std::string props;
      if (!r.where.file.empty()) {
        props = " file=" + diag::github_escape_property(r.where.file.str());
        if (r.where.line) props += fmt::format(",line={}", r.where.line);
        props += ",";
      } else {
        props = " ";
      }
      props += "title=" + diag::github_escape_property("cchc diff: " + s.title);
      out << "::" << (r.warn ? "warning" : "notice") << props
          << "::" << diag::github_escape_data(text::join(cells, " | ")) << '\n';
    }
  for (const auto& line : preamble(v))
    out << "::notice title=cchc diff::" << diag::github_escape_data(line) << '\n';
  out << "::notice title=cchc diff::" << diag::github_escape_data(diff_summary(d, v)) << '\n';
  return out.str();
}

}  // namespace cchc::render
