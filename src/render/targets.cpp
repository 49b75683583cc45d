// Target verdicts and the owner matrix laid out for people and programs.
#include "cchc/render/targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"

namespace cchc::render {

using engine::TargetEval;
using engine::Verdict;
using text::Lang;

std::string_view verdict_label(Verdict v, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (v) {
    case Verdict::achieved:
      return vi ? "Đã đạt" : "achieved";
    case Verdict::missed:
      return vi ? "Không đạt" : "missed";
    case Verdict::met:
      return vi ? "Đã đạt trước hạn" : "met";
    case Verdict::on_track:
      return vi ? "Đúng lộ trình" : "on track";
    case Verdict::at_risk:
      return vi ? "Có nguy cơ không đạt" : "at risk";
    case Verdict::no_data:
      return vi ? "Chưa có số liệu" : "no data";
  }
  return "";
}

std::string_view level_label(model::Level l, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (l) {
    case model::Level::central:
      return vi ? "trung ương" : "central";
    case model::Level::province:
      return vi ? "cấp tỉnh" : "province";
    case model::Level::district:
      return vi ? "cấp huyện" : "district";
    case model::Level::commune:
      return vi ? "cấp xã" : "commune";
    case model::Level::other:
      return vi ? "cấp khác" : "other";
  }
  return "";
}

std::string verdict_owner(const TargetEval& e, const model::OwnerIndex& owners, Lang lang) {
  if (!e.level) return e.owner.empty() ? std::string() : owner_name(e.owner, owners);
  std::string level(level_label(*e.level, lang));
  if (e.owner.empty()) return "(" + level + ")";
  return fmt::format("{} ({})", owner_name(e.owner, owners), level);
}

std::string target_value(double v, const model::Target& t, Lang lang) {
  switch (t.unit) {
    case model::TargetUnit::percent:
      return text::decimal(v, 2, lang) + "%";
    case model::TargetUnit::score:
      return text::decimal(v, 2, lang);
    case model::TargetUnit::count:
    case model::TargetUnit::rank:
      return text::decimal(v, 0, lang);
    case model::TargetUnit::category: {
      double pos = std::round(v);
      if (pos >= 0 && pos < static_cast<double>(t.scale.size()))
        return t.scale[static_cast<std::size_t>(pos)];
      return text::decimal(v, 2, lang);
    }
    case model::TargetUnit::yes_no:
      return v >= 0.5 ? (lang == Lang::vi ? "Có" : "Yes") : (lang == Lang::vi ? "Không" : "No");
  }
  return text::decimal(v, 2, lang);
}

std::string goal_label(const model::GoalValue& g, const model::Target& t, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (t.unit == model::TargetUnit::yes_no) return target_value(g.value, t, lang);
  const std::string value = target_value(g.value, t, lang);
  std::string out;
  switch (g.op) {
    case model::Comparison::ge:
      out = "≥ " + value;
      break;
    case model::Comparison::gt:
      out = "> " + value;
      break;
    case model::Comparison::le:
      out = "≤ " + value;
      break;
    case model::Comparison::lt:
      out = "< " + value;
      break;
    case model::Comparison::eq:
      out = value;
      break;
    case model::Comparison::range:
      out = vi ? fmt::format("từ {} đến {}", value, target_value(g.high, t, lang))
               : fmt::format("{} to {}", value, target_value(g.high, t, lang));
      break;
  }
  if (t.unit == model::TargetUnit::rank) return (vi ? "thứ hạng " : "rank ") + out;
  return out;
}

namespace {

std::string as_of_heading(std::string_view heading, const ListContext& ctx) {
  return fmt::format("{} — {} {}", heading, ctx.lang == Lang::vi ? "tính đến" : "as of",
                     date_official(ctx.as_of, ctx.lang));
}

std::string_view targets_heading(Lang l) {
  return l == Lang::vi ? "Kết quả thực hiện chỉ tiêu" : "Targets";
}
std::string_view matrix_heading(Lang l) {
  return l == Lang::vi ? "Kết quả thực hiện chỉ tiêu theo cơ quan" : "Targets by agency";
}

std::string trend_note(Lang l) {
  return l == Lang::vi
             ? "Dự báo: giá trị tại thời hạn của đường thẳng bình phương tối thiểu qua số liệu ban "
               "đầu và các số "
               "liệu thực tế; chỉ có một số liệu thì không có xu hướng và chỉ tiêu chưa đạt được "
               "đánh giá có nguy "
               "cơ không đạt."
             : "Projected: the value at the goal's day of the least-squares line through the "
               "baseline and the "
               "actuals; with a single value there is no trend, and a goal not yet met is at risk.";
}

// A value and, on a second line, the day it was measured.
std::string point_cell(const std::optional<engine::TargetPoint>& p, const model::Target& t,
                       Lang l) {
  if (!p) return "—";
  return target_value(p->value, t, l) + "\n" + date_short(p->on, l);
}

std::string target_title(const model::Target& t) {
  return t.name.empty() ? t.id : t.name;
}

Table targets_table(const std::vector<const TargetEval*>& items, const ListContext& ctx) {
  Lang l = ctx.lang;
  bool vi = l == Lang::vi;
  Table t;
  t.columns = {{vi ? "Chỉ tiêu" : "Target", Align::left, true},
               {std::string(word(Word::owner, l)), Align::left, true},
               {vi ? "Ban đầu" : "Baseline", Align::right},
               {vi ? "Gần nhất" : "Latest", Align::right},
               {vi ? "Mục tiêu" : "Goal", Align::left, true},
               {vi ? "Thời hạn" : "By"},
               {vi ? "Dự báo" : "Projected", Align::right},
               {vi ? "Đánh giá" : "Verdict", Align::left, true}};
  const model::Target* previous = nullptr;
  for (const TargetEval* e : items) {
    const model::Target& tg = *e->target;
    // A target's name once, over all its goals and owners, as printed reports do.
    std::string title = e->target == previous ? std::string() : target_title(tg);
    previous = e->target;
    t.rows.push_back({title, verdict_owner(*e, ctx.owners, ctx.lang),
                      point_cell(e->baseline, tg, l), point_cell(e->latest, tg, l),
                      goal_label(*e->value, tg, l), date_short(e->by, l),
                      e->projected ? target_value(*e->projected, tg, l) : "—",
                      std::string(verdict_label(e->verdict, l))});
  }
  return t;
}

// The evaluation's items plan by plan (they come ordered by plan).
std::vector<std::vector<const TargetEval*>> by_plan(const engine::TargetEvaluation& ev) {
  std::vector<std::vector<const TargetEval*>> groups;
  for (const auto& e : ev.items) {
    if (groups.empty() || groups.back().front()->plan != e.plan) groups.emplace_back();
    groups.back().push_back(&e);
  }
  return groups;
}

std::string plan_heading(const model::Plan& p) {
  return p.title.empty() ? p.id : fmt::format("{} — {}", p.id, p.title);
}

std::string summary_line(const engine::TargetEvaluation& ev, Lang l) {
  engine::VerdictCounts c = engine::count_verdicts(ev);
  std::string out = fmt::format("{}: {} {}", word(Word::total, l), c.total,
                                l == Lang::vi ? "đánh giá" : "verdicts");
  std::string parts;
  for (Verdict v : engine::all_verdicts()) {
    if (c.count(v) == 0) continue;
    parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", verdict_label(v, l), c.count(v));
  }
  return parts.empty() ? out : out + " (" + parts + ")";
}

std::string empty_line(Lang l) {
  return l == Lang::vi ? "Không có chỉ tiêu nào phù hợp." : "No targets match.";
}

}  // namespace

std::string targets_text(const engine::TargetEvaluation& ev, const ListContext& ctx,
                         const TextStyle& style) {
  const int w = style.width;
  std::string out = wrap_text(as_of_heading(targets_heading(ctx.lang), ctx), w) + "\n";
  for (const auto& group : by_plan(ev)) {
    out += "\n" + wrap_text(plan_heading(*group.front()->plan), w) + "\n";
    out += render_text_table(targets_table(group, ctx), style);
  }
  if (ev.items.empty()) out += "\n" + wrap_text(empty_line(ctx.lang), w) + "\n";
  out += "\n" + wrap_text(summary_line(ev, ctx.lang), w) + "\n" +
         wrap_text(trend_note(ctx.lang), w) + "\n";
  return out;
}

std::string targets_md(const engine::TargetEvaluation& ev, const ListContext& ctx) {
  std::string out = "# " + as_of_heading(targets_heading(ctx.lang), ctx) + "\n";
  for (const auto& group : by_plan(ev)) {
    out += "\n## " + plan_heading(*group.front()->plan) + "\n\n";
    out += render_md_table(targets_table(group, ctx));
  }
  if (ev.items.empty()) out += "\n" + empty_line(ctx.lang) + "\n";
  out += "\n" + summary_line(ev, ctx.lang) + "\n\n" + trend_note(ctx.lang) + "\n";
  return out;
}

namespace {

// Machine-readable numbers: '.' as the decimal mark and no grouping, so that
// spreadsheets in any locale and programs read them.
std::string plain_number(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : std::string();
}

std::optional<double> value_of(const std::optional<engine::TargetPoint>& p) {
  return p ? std::optional<double>(p->value) : std::nullopt;
}

nlohmann::json number_or_null(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// The target's own owner: its id, or the reference as written when unknown.
std::string target_owner_id(const model::Target& t) {
  return t.owner.id_or_text();
}

nlohmann::json day_or_null(const std::optional<engine::TargetPoint>& p) {
  return p ? nlohmann::json(model::iso(p->on)) : nlohmann::json(nullptr);
}

}  // namespace

DocTable targets_table(const engine::TargetEvaluation& ev, const ListContext& ctx) {
  // The JSON keys, plus the name of the agency judged and labels for people.
  DocTable table;
  table.id = "targets";
  for (const char* h : {"plan", "target", "name", "unit", "owner", "level", "target_owner",
                        "owner_name", "goal", "by", "baseline", "baseline_on", "latest",
                        "latest_on", "latest_text", "projected", "verdict", "verdict_label"})
    table.columns.push_back({h});
  auto number = [](const std::optional<double>& v) {
    return v ? Cell(plain_number(v), Decimal{*v, 2, false}) : Cell("");
  };
  auto day = [](const std::optional<model::Date>& d) {
    return d ? Cell(model::iso(*d), *d) : Cell("");
  };
  for (const auto& e : ev.items) {
    const model::Target& t = *e.target;
    auto on = [](const std::optional<engine::TargetPoint>& p) {
      return p ? std::optional<model::Date>(p->on) : std::nullopt;
    };
    table.rows.push_back(
        {e.plan->id, t.id, t.name, std::string(model::target_unit_name(t.unit)),
         e.level ? e.owner : "", e.level ? std::string(model::level_name(*e.level)) : "",
         target_owner_id(t), e.owner.empty() ? "" : owner_name(e.owner, ctx.owners),
         e.value->text.str(), day(e.by), number(value_of(e.baseline)), day(on(e.baseline)),
         number(value_of(e.latest)), day(on(e.latest)),
         e.latest ? target_value(e.latest->value, t, ctx.lang) : "", number(e.projected),
         std::string(engine::verdict_name(e.verdict)),
         std::string(verdict_label(e.verdict, ctx.lang))});
  }
  return table;
}

std::string targets_csv(const engine::TargetEvaluation& ev, const ListContext& ctx,
                        bool excel_bom) {
  return table_csv(targets_table(ev, ctx), excel_bom);
}

nlohmann::json target_json(const TargetEval& e) {
  const model::Target& t = *e.target;
  // cli.md: "owner" is null unless the goal is per level; the target's
  // own owner goes under "target_owner".
  nlohmann::json owner =
      e.level && !e.owner.empty() ? nlohmann::json(e.owner) : nlohmann::json(nullptr);
  nlohmann::json j = {
      {"plan", e.plan->id},
      {"target", t.id},
      {"name", t.name},
      {"unit", model::target_unit_name(t.unit)},
      {"owner", owner},
      {"level", e.level ? nlohmann::json(model::level_name(*e.level)) : nlohmann::json(nullptr)},
      {"target_owner",
       t.owner.text.empty() ? nlohmann::json(nullptr) : nlohmann::json(target_owner_id(t))},
      {"goal", e.value->text},
      {"by", model::iso(e.by)},
      {"baseline", number_or_null(value_of(e.baseline))},
      {"baseline_on", day_or_null(e.baseline)},
      {"latest", number_or_null(value_of(e.latest))},
      {"latest_on", day_or_null(e.latest)},
      {"projected", number_or_null(e.projected)},
      {"trend_points", e.trend_points},
      {"past_due", e.past_due},
      {"verdict", engine::verdict_name(e.verdict)}};
  // Category values are positions on the scale (0 = worst): the scale reads them.
  if (t.unit == model::TargetUnit::category) j["scale"] = t.scale;
  return j;
}

nlohmann::json targets_json(const engine::TargetEvaluation& ev) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& e : ev.items) list.push_back(target_json(e));
  return {{"targets", list}};
}

namespace {

std::string column_number(std::size_t i) {
  return fmt::format("({})", i + 1);
}

// Owners of different provinces may share a name (every province has a Sở
// Nội vụ): such rows also show their scope's name (OwnerLabels).
std::vector<std::string> row_names(const engine::OwnerMatrix& m, const ListContext& ctx) {
  std::vector<std::string> ids;
  for (const auto& r : m.rows) ids.push_back(r.owner);
  OwnerLabels labels(ctx.owners, ids);
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(labels(id));
  return out;
}

Table matrix_table(const engine::OwnerMatrix& m, const ListContext& ctx) {
  Lang l = ctx.lang;
  std::vector<std::string> names = row_names(m, ctx);
  Table t;
  t.columns.push_back({std::string(word(Word::owner, l)), Align::left, true});
  for (std::size_t i = 0; i < m.columns.size(); ++i)
    t.columns.push_back({column_number(i), Align::left, true});
  t.columns.push_back({l == Lang::vi ? "Đạt tất cả" : "Met all"});
  for (std::size_t i = 0; i < m.rows.size(); ++i) {
    const auto& r = m.rows[i];
    std::vector<std::string> cells{names[i]};
    for (const auto& c : r.cells) cells.push_back(c ? std::string(verdict_label(*c, l)) : "");
    cells.push_back(r.met_all ? (l == Lang::vi ? "Có" : "Yes") : (l == Lang::vi ? "Không" : "No"));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// What each numbered column stands for.
std::string legend(const engine::OwnerMatrix& m, const ListContext& ctx, std::string_view bullet) {
  std::string out;
  for (std::size_t i = 0; i < m.columns.size(); ++i) {
    const auto& c = m.columns[i];
    out += fmt::format("{}{} {} / {}, {} {}: {}\n", bullet, column_number(i), c.plan->id,
                       c.target->id, ctx.lang == Lang::vi ? "thời hạn" : "by",
                       date_short(c.by, ctx.lang), target_title(*c.target));
  }
  return out;
}

std::string met_all_line(const engine::OwnerMatrix& m, const ListContext& ctx) {
  std::vector<std::string> row_name = row_names(m, ctx);
  std::string names;
  for (std::size_t i = 0; i < m.rows.size(); ++i)
    if (m.rows[i].met_all) names += (names.empty() ? "" : ", ") + row_name[i];
  if (names.empty()) names = std::string(word(Word::none, ctx.lang));
  return fmt::format(
      "{}: {}",
      ctx.lang == Lang::vi ? "Cơ quan đạt tất cả chỉ tiêu" : "Agencies that met every target",
      names);
}

// What the matrix leaves out, so that an empty or small matrix is not misread.
std::string left_out_lines(const engine::OwnerMatrix& m, Lang l) {
  bool vi = l == Lang::vi;
  std::string out;
  if (m.rows.empty())
    out += vi ? "Chưa có cơ quan nào được đánh giá.\n" : "No agency is judged yet.\n";
  if (m.levels_unreported > 0)
    out += vi ? fmt::format("Mục tiêu theo cấp chưa có cơ quan nào báo cáo số liệu: {}\n",
                            m.levels_unreported)
              : fmt::format("Goals per level that no agency has reported on yet: {}\n",
                            m.levels_unreported);
  if (m.goals_without_owner > 0)
    out += vi ? fmt::format("Mục tiêu của chỉ tiêu chưa giao cơ quan: {}\n", m.goals_without_owner)
              : fmt::format("Goals of targets with no agency: {}\n", m.goals_without_owner);
  return out;
}

}  // namespace

std::string owner_matrix_text(const engine::OwnerMatrix& m, const ListContext& ctx,
                              const TextStyle& style) {
  std::string out = as_of_heading(matrix_heading(ctx.lang), ctx) + "\n\n";
  if (!m.rows.empty()) {
    out += render_text_table(matrix_table(m, ctx), style);
    out += "\n" + wrap_text(legend(m, ctx, ""), style.width) + "\n" +
           wrap_text(met_all_line(m, ctx), style.width) + "\n";
  }
  std::string notes = left_out_lines(m, ctx.lang);
  if (!notes.empty()) out += (m.rows.empty() ? "" : "\n") + wrap_text(notes, style.width);
  return out;
}

std::string owner_matrix_md(const engine::OwnerMatrix& m, const ListContext& ctx) {
  std::string out = "# " + as_of_heading(matrix_heading(ctx.lang), ctx) + "\n\n";
  if (!m.rows.empty()) {
    out += render_md_table(matrix_table(m, ctx));
    out += "\n" + legend(m, ctx, "- ") + "\n" + met_all_line(m, ctx) + "\n";
  }
  std::string notes = left_out_lines(m, ctx.lang);
  if (!notes.empty()) out += (m.rows.empty() ? "" : "\n") + notes;
  return out;
}

std::string owner_matrix_csv(const engine::OwnerMatrix& m, const ListContext& ctx, bool excel_bom) {
  CsvWriter w(excel_bom);
  std::vector<std::string> header{"owner", "owner_name"};
  for (const auto& c : m.columns)
    header.push_back(fmt::format("{}/{}/{}", c.plan->id, c.target->id, model::iso(c.by)));
  header.emplace_back("met_all");
  w.row(header);
  for (const auto& r : m.rows) {
    std::vector<std::string> cells{r.owner, owner_name(r.owner, ctx.owners)};
    for (const auto& c : r.cells) cells.push_back(c ? std::string(engine::verdict_name(*c)) : "");
    cells.emplace_back(r.met_all ? "true" : "false");
    w.row(cells);
  }
  return w.str();
}

nlohmann::json owner_matrix_json(const engine::OwnerMatrix& m, const ListContext& ctx) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& c : m.columns)
    columns.push_back({{"plan", c.plan->id}, {"target", c.target->id}, {"by", model::iso(c.by)}});
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : m.rows) {
    nlohmann::json verdicts = nlohmann::json::array();
    for (const auto& c : r.cells)
      verdicts.push_back(c ? nlohmann::json(engine::verdict_name(*c)) : nlohmann::json(nullptr));
    rows.push_back({{"owner", r.owner},
                    {"name", owner_name(r.owner, ctx.owners)},
                    {"verdicts", verdicts},
                    {"met_all", r.met_all}});
  }
  return {{"columns", columns},
          {"rows", rows},
          {"levels_unreported", m.levels_unreported},
          {"goals_without_owner", m.goals_without_owner}};
}

void write_targets_json(std::ostream& out, const engine::TargetEvaluation& ev,
                        const engine::OwnerMatrix* matrix, const ListContext& ctx,
                        const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  if (matrix) w.member("by_owner", owner_matrix_json(*matrix, ctx));
  w.members(json_document(ctx.as_of));
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.begin_array("targets");
  for (const auto& e : ev.items) w.element(target_json(e));
  w.end_array();
  w.finish();
}

}  // namespace cchc::render
