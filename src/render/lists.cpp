// Deadline lists and status tables laid out for people and programs.
#include "cchc/render/lists.hpp"

#include <fmt/format.h>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/ics.hpp"
#include "cchc/render/labels.hpp"

namespace cchc::render {

using engine::Category;
using engine::DeadlineEval;
using text::Lang;

namespace {

std::string date_or_dash(const std::optional<model::Date>& d, Lang lang) {
  return d ? date_short(*d, lang) : std::string("—");
}

std::string count_line(std::size_t n, Word what, Lang lang) {
  return fmt::format("{}: {} {}", word(Word::total, lang), n, counted(what, n, lang));
}

// The agencies an overdue list names: its groups' and its tasks' leads.
OwnerLabels group_labels(const engine::OverdueList& list, const ListContext& ctx) {
  std::vector<std::string> ids = lead_ids(list.items);
  for (const auto& g : list.groups) ids.push_back(g.owner_id);
  return OwnerLabels(ctx.owners, ids);
}

std::string group_heading(const engine::OwnerGroup& g, const ListContext& ctx,
                          const OwnerLabels& labels) {
  std::string name =
      g.owner_id.empty() ? std::string(word(Word::no_lead, ctx.lang)) : labels(g.owner_id);
  return fmt::format("{} ({})", name, g.items.size());
}

// A task's title in a list; "(Phối hợp)" first where the agency chosen with
// --owner only supports it.
std::string title_cell(const model::Task& t, const ListContext& ctx) {
  if (!ctx.filter || !ctx.filter->only_supports(t)) return t.title;
  return fmt::format("({}) {}", word(Word::support, ctx.lang), t.title);
}

OwnerLabels row_labels(const engine::StatusTable& t, const ListContext& ctx) {
  std::vector<std::string> ids;
  if (t.by == engine::GroupBy::owner)
    for (const auto& r : t.rows) ids.push_back(r.key);
  return OwnerLabels(ctx.owners, ids);
}

std::string row_label(const engine::StatusRow& r, const engine::StatusTable& t,
                      const ListContext& ctx, const OwnerLabels& labels) {
  // Plans are known by their id in tables; titles are long sentences.
  if (!r.key.empty() && t.by == engine::GroupBy::plan) return r.key;
  if (!r.key.empty()) return t.by == engine::GroupBy::owner ? labels(r.key) : r.label;
  if (t.by == engine::GroupBy::owner) return std::string(word(Word::no_lead, ctx.lang));
  return std::string(word(Word::none, ctx.lang));
}

std::vector<std::string> status_cells(const std::string& label, const engine::StatusCounts& c,
                                      Lang lang) {
  std::vector<std::string> cells{label};
  for (Category cat : engine::all_categories()) cells.push_back(std::to_string(c.count(cat)));
  cells.push_back(std::to_string(c.optional_past_due));
  cells.push_back(std::to_string(c.total));
  auto cr = engine::completion_rate(c), ot = engine::on_time_rate(c);
  cells.push_back(text::percent_cut(cr.num, cr.den, lang));
  cells.push_back(text::percent_cut(ot.num, ot.den, lang));
  return cells;
}

Table status_as_table(const engine::StatusTable& t, const ListContext& ctx) {
  Lang l = ctx.lang;
  Word first = t.by == engine::GroupBy::owner  ? Word::owner
               : t.by == engine::GroupBy::area ? Word::area
                                               : Word::plan;
  Table out;
  out.columns.push_back({std::string(word(first, l)), Align::left, true});
  for (Category c : engine::all_categories())
    out.columns.push_back({std::string(category_short(c, l)), Align::right});
  out.columns.push_back({l == Lang::vi ? "Nếu có, quá hạn" : "If any, past", Align::right});
  out.columns.push_back({std::string(word(Word::total, l)), Align::right});
  out.columns.push_back({std::string(word(Word::completion_rate, l)), Align::right});
  out.columns.push_back({std::string(word(Word::on_time_rate, l)), Align::right});
  OwnerLabels labels = row_labels(t, ctx);
  for (const auto& r : t.rows)
    out.rows.push_back(status_cells(row_label(r, t, ctx, labels), r.counts, l));
  if (!out.rows.empty()) out.rules_after.push_back(out.rows.size() - 1);
  out.rows.push_back(status_cells(std::string(word(Word::total, l)), t.total.counts, l));
  return out;
}

}  // namespace

std::string plans_left_out_note(const std::vector<const model::Plan*>& plans,
                                const ListContext& ctx) {
  std::string ids;
  for (const model::Plan* p : plans) ids += (ids.empty() ? "" : ", ") + p->id;
  std::string day = date_short(ctx.as_of, ctx.lang);
  if (ctx.lang == Lang::vi)
    return fmt::format(
        "Không tính {} kế hoạch đã hết thời hạn trước ngày {} ({}); thêm --all-plans để tính mọi "
        "kế hoạch, hoặc --plan ID cho một kế hoạch.",
        plans.size(), day, ids);
  return fmt::format(
      "{} {} that ended before {} {} left out ({}); add --all-plans to include every plan, or "
      "--plan ID for one.",
      plans.size(), plans.size() == 1 ? "plan" : "plans", day, plans.size() == 1 ? "is" : "are",
      ids);
}

std::string as_of_line(std::string_view heading, const ListContext& ctx) {
  return ctx.lang == Lang::vi
             ? fmt::format("{} — tính đến {}", heading, date_official(ctx.as_of, ctx.lang))
             : fmt::format("{} — as of {}", heading, date_official(ctx.as_of, ctx.lang));
}

Table overdue_table(const std::vector<const DeadlineEval*>& items, const ListContext& ctx) {
  Lang l = ctx.lang;
  Table t;
  t.columns = {{std::string(word(Word::plan, l))},
               {std::string(word(Word::task_id, l))},
               {std::string(word(Word::title, l)), Align::left, true},
               {std::string(word(Word::due_written, l)), Align::left, true},
               {std::string(word(Word::due, l))},
               {std::string(word(Word::days_overdue, l)), Align::right},
               {std::string(word(Word::working_days, l)), Align::right}};
  for (const auto* e : items)
    t.rows.push_back({e->plan->id, e->task->id, title_cell(*e->task, ctx), due_label(*e, l),
                      date_or_dash(e->due, l), std::to_string(e->days_overdue),
                      std::to_string(e->working_days_overdue)});
  return t;
}

Table deadlines_table(const Items& items, const ListContext& ctx) {
  Lang l = ctx.lang;
  OwnerLabels labels(ctx.owners, lead_ids(items));
  Table t;
  t.columns = {{std::string(word(Word::due, l))},
               {std::string(word(Word::plan, l))},
               {std::string(word(Word::task_id, l))},
               {std::string(word(Word::title, l)), Align::left, true},
               {std::string(word(Word::lead, l)), Align::left, true},
               {std::string(word(Word::due_written, l)), Align::left, true},
               {std::string(word(Word::status, l)), Align::left, true}};
  for (const auto* e : items) {
    std::string status(category_label(e->category, l));
    if (e->optional) status += l == Lang::vi ? " (nếu có)" : " (if any)";
    t.rows.push_back({date_or_dash(e->due, l), e->plan->id, e->task->id, title_cell(*e->task, ctx),
                      labels.leads(*e->task), due_label(*e, l), status});
  }
  return t;
}

nlohmann::json json_document(const model::Date& as_of) {
  return {{"cchc", {{"version", CCHC_VERSION}, {"as_of", model::iso(as_of)}}}};
}

nlohmann::json item_json(const DeadlineEval& e) {
  // Member by member: an initializer list of pairs builds and copies a
  // two-element array per member first, and this runs once per listed item.
  nlohmann::json j = nlohmann::json::object();
  nlohmann::json& lead = j["lead"] = nlohmann::json::array();
  for (const auto& r : e.task->lead) lead.push_back(r.id_or_text());
  j["plan"] = e.plan->id;
  j["task"] = e.task->id.str();
  j["title"] = e.task->title;
  j["due"] = e.due ? nlohmann::json(model::iso(*e.due)) : nlohmann::json(nullptr);
  j["due_text"] = e.due_text.str();
  j["category"] = engine::category_name(e.category);
  j["days_overdue"] = e.days_overdue;
  j["working_days_overdue"] = e.working_days_overdue;
  j["optional"] = e.optional;
  j["done_on"] = e.done_on ? nlohmann::json(model::iso(*e.done_on)) : nlohmann::json(nullptr);
  j["item"] = e.index;
  return j;
}

nlohmann::json items_json(const Items& items) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto* e : items) list.push_back(item_json(*e));
  return list;
}

namespace {

// The items of a list as elements of the array open in `w`, serialised on
// every core (a national overdue list holds 79,000 of them).
void write_items(io::JsonObjectWriter& w, const Items& items) {
  w.elements(items.size(), [&](std::size_t i) { return item_json(*items[i]); });
}

}  // namespace

void write_overdue_json(std::ostream& out, const engine::OverdueList& list,
                        const model::Date& as_of, const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  w.members(json_document(as_of));
  w.begin_array("items");
  write_items(w, list.items);
  w.end_array();
  w.begin_array("optional_past_due");
  write_items(w, list.optional_past_due);
  w.end_array();
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.finish();
}

void write_deadlines_json(std::ostream& out, const Items& items, const model::Date& from,
                          const model::Date& to, const model::Date& as_of,
                          const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  w.members(json_document(as_of));
  w.member("from", model::iso(from));
  w.begin_array("items");
  write_items(w, items);
  w.end_array();
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.member("to", model::iso(to));
  w.finish();
}

std::string overdue_text(const engine::OverdueList& list, const ListContext& ctx,
                         const TextStyle& style) {
  std::string out = as_of_line(word(Word::overdue_heading, ctx.lang), ctx) + "\n";
  OwnerLabels labels = group_labels(list, ctx);
  for (const auto& g : list.groups) {
    out += "\n" + group_heading(g, ctx, labels) + "\n";
    out += render_text_table(overdue_table(g.items, ctx), style);
  }
  if (!list.optional_past_due.empty()) {
    out += fmt::format("\n{} ({})\n", word(Word::optional_past_due, ctx.lang),
                       list.optional_past_due.size());
    out += render_text_table(overdue_table(list.optional_past_due, ctx), style);
  }
  out += "\n" + count_line(list.items.size(), Word::tasks_overdue, ctx.lang) + "\n";
  return out;
}

std::string overdue_md(const engine::OverdueList& list, const ListContext& ctx) {
  std::string out = "# " + as_of_line(word(Word::overdue_heading, ctx.lang), ctx) + "\n";
  OwnerLabels labels = group_labels(list, ctx);
  for (const auto& g : list.groups) {
    out += "\n## " + group_heading(g, ctx, labels) + "\n\n";
    out += render_md_table(overdue_table(g.items, ctx));
  }
  if (!list.optional_past_due.empty()) {
    out += fmt::format("\n## {} ({})\n\n", word(Word::optional_past_due, ctx.lang),
                       list.optional_past_due.size());
    out += render_md_table(overdue_table(list.optional_past_due, ctx));
  }
  out += "\n" + count_line(list.items.size(), Word::tasks_overdue, ctx.lang) + "\n";
  return out;
}

std::string window_heading(const model::Date& from, const model::Date& to, const ListContext& ctx) {
  Lang l = ctx.lang;
  return l == Lang::vi ? fmt::format("{} từ {} đến {}", word(Word::deadlines_heading, l),
                                     date_short(from, l), date_short(to, l))
                       : fmt::format("{} from {} to {}", word(Word::deadlines_heading, l),
                                     date_short(from, l), date_short(to, l));
}

std::string deadlines_text(const Items& items, const model::Date& from, const model::Date& to,
                           const ListContext& ctx, const TextStyle& style) {
  std::string out = window_heading(from, to, ctx) + "\n\n";
  out += render_text_table(deadlines_table(items, ctx), style);
  out += fmt::format("\n{}: {}\n", word(Word::total, ctx.lang), items.size());
  return out;
}

std::string deadlines_md(const Items& items, const model::Date& from, const model::Date& to,
                         const ListContext& ctx) {
  std::string out = "# " + window_heading(from, to, ctx) + "\n\n";
  out += render_md_table(deadlines_table(items, ctx));
  out += fmt::format("\n{}: {}\n", word(Word::total, ctx.lang), items.size());
  return out;
}

std::string deadline_uid(const DeadlineEval& e) {
  // Recurring occurrences are named by their period (its due month), fixed
  // deadlines by their position in the task's list: moving a date updates the
  // same event instead of adding another.
  std::string occ =
      e.kind == model::DeadlineKind::recurring && e.due
          ? fmt::format("{}/{:04}-{:02}", e.item, model::year_of(*e.due), model::month_of(*e.due))
          : fmt::format("{}", e.item);
  return fmt::format("{}/{}/{}@cchc", e.plan->id, e.task->id, occ);
}

std::string deadlines_ics(const Items& items, const ListContext& ctx,
                          const std::string& calendar_name) {
  Lang l = ctx.lang;
  IcsCalendar cal;
  cal.name = calendar_name;
  cal.stamp = ctx.as_of;
  for (const auto* e : items) {
    if (!e->due) continue;
    IcsEvent ev;
    ev.uid = deadline_uid(*e);
    ev.day = *e->due;
    ev.summary = fmt::format("[{}] {}", e->task->id, e->task->title);
    ev.description = fmt::format(
        "{}: {} ({})\n{}: {}\n{}: {}\n{}: {}", word(Word::plan, l), e->plan->title, e->plan->id,
        word(Word::lead, l), lead_names(*e->task, ctx.owners), word(Word::due_written, l),
        due_label(*e, l), word(Word::status, l), category_label(e->category, l));
    ev.categories = {e->plan->id, std::string(engine::category_name(e->category))};
    ev.status = e->category == Category::cancelled ? "CANCELLED" : "CONFIRMED";
    cal.events.push_back(std::move(ev));
  }
  return render_ics(cal);
}

std::string items_csv(const Items& items, const ListContext& ctx, bool excel_bom) {
  CsvWriter w(excel_bom);
  w.row({"plan", "task", "title", "lead", "due", "due_text", "category", "days_overdue",
         "working_days_overdue", "optional", "done_on"});
  for (const auto* e : items) {
    w.row({e->plan->id, e->task->id, e->task->title, lead_names(*e->task, ctx.owners),
           e->due ? model::iso(*e->due) : "", due_label(*e, ctx.lang),
           std::string(engine::category_name(e->category)), std::to_string(e->days_overdue),
           std::to_string(e->working_days_overdue), e->optional ? "true" : "false",
           e->done_on ? model::iso(*e->done_on) : ""});
  }
  return w.str();
}

std::string status_text(const engine::StatusTable& t, const ListContext& ctx,
                        const TextStyle& style) {
  std::string out = as_of_line(word(Word::status_heading, ctx.lang), ctx) + "\n\n";
  out += render_text_table(status_as_table(t, ctx), style);
  out += "\n" + wrap_text(word(Word::rates_note, ctx.lang), style.width) + "\n";
  return out;
}

std::string status_md(const engine::StatusTable& t, const ListContext& ctx) {
  std::string out = "# " + as_of_line(word(Word::status_heading, ctx.lang), ctx) + "\n\n";
  out += render_md_table(status_as_table(t, ctx));
  out += "\n" + std::string(word(Word::rates_note, ctx.lang)) + "\n";
  return out;
}

std::string status_csv(const engine::StatusTable& t, const ListContext& ctx, bool excel_bom) {
  CsvWriter w(excel_bom);
  std::vector<std::string> header{"key", "label"};
  for (Category c : engine::all_categories()) header.emplace_back(engine::category_name(c));
  for (const char* h : {"optional_past_due", "total", "completion_rate", "on_time_rate"})
    header.emplace_back(h);
  w.row(header);
  auto line = [&](const std::string& key, const std::string& label, const engine::StatusCounts& c) {
    std::vector<std::string> cells{key, label};
    for (Category cat : engine::all_categories()) cells.push_back(std::to_string(c.count(cat)));
    cells.push_back(std::to_string(c.optional_past_due));
    cells.push_back(std::to_string(c.total));
    auto cr = engine::completion_rate(c), ot = engine::on_time_rate(c);
    // Machine-readable rates: English digits, so spreadsheets in any locale parse them.
    cells.push_back(cr.den ? text::percent_cut(cr.num, cr.den, Lang::en) : "");
    cells.push_back(ot.den ? text::percent_cut(ot.num, ot.den, Lang::en) : "");
    w.row(cells);
  };
  OwnerLabels labels = row_labels(t, ctx);
  for (const auto& r : t.rows) line(r.key, row_label(r, t, ctx, labels), r.counts);
  line("total", std::string(word(Word::total, ctx.lang)), t.total.counts);
  return w.str();
}

namespace {

// One row of the status table: its counts per category and its rates.
nlohmann::json status_row_json(const std::string& key, const std::string& label,
                               const engine::StatusCounts& c) {
  nlohmann::json j = {{"key", key}, {"label", label}};
  for (Category cat : engine::all_categories())
    j[std::string(engine::category_name(cat))] = c.count(cat);
  j["optional_past_due"] = c.optional_past_due;
  j["total"] = c.total;
  auto cr = engine::completion_rate(c), ot = engine::on_time_rate(c);
  j["rate_denominator"] = cr.den;
  // Percentages cut (not rounded) to two decimals, as numbers.
  auto pct = [](const engine::Rate& r) {
    return r.den ? nlohmann::json(static_cast<double>(r.num * 10000 / r.den) / 100.0)
                 : nlohmann::json(nullptr);
  };
  j["completion_rate"] = pct(cr);
  j["on_time_rate"] = pct(ot);
  return j;
}

}  // namespace

nlohmann::json status_json(const engine::StatusTable& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : t.rows) rows.push_back(status_row_json(r.key, r.label, r.counts));
  return {{"by", engine::group_by_name(t.by)},
          {"rows", rows},
          {"total", status_row_json("total", "", t.total.counts)}};
}

void write_status_json(std::ostream& out, const engine::StatusTable& t, const model::Date& as_of,
                       const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  w.member("by", engine::group_by_name(t.by));
  w.members(json_document(as_of));
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.begin_array("rows");
  for (const auto& r : t.rows) w.element(status_row_json(r.key, r.label, r.counts));
  w.end_array();
  w.member("total", status_row_json("total", "", t.total.counts));
  w.finish();
}

}  // namespace cchc::render
