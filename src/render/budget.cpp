// Budget totals laid out.
#include "cchc/render/budget.hpp"

#include <fmt/format.h>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::render {

using engine::BudgetKey;
using text::Lang;

std::string money_digits(std::int64_t dong, model::MoneyUnit unit, Lang lang) {
  std::int64_t f = model::unit_factor(unit);
  std::int64_t whole = dong / f;
  std::int64_t rest = dong % f;
  std::string digits = text::group_digits(whole, lang);
  if (rest != 0) {
    // Exact decimals of the unit, trailing zeros dropped (integers only).
    std::string frac = fmt::format("{:0{}}", rest < 0 ? -rest : rest, std::to_string(f).size() - 1);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    if (whole == 0 && dong < 0) digits = "-0";
    digits += (lang == Lang::vi ? "," : ".") + frac;
  }
  return digits;
}

std::string money_text(std::int64_t dong, model::MoneyUnit unit, Lang lang) {
  return money_digits(dong, unit, lang) + " " + std::string(model::money_unit_words(unit, lang));
}

namespace {

std::string words(std::int64_t dong, const BudgetView& v) {
  return v.lang == Lang::vi ? text::amount_in_words_vi(dong, v.words_options)
                            : text::amount_in_words_en(dong);
}

std::string signed_money(std::int64_t dong, const BudgetView& v) {
  std::string s = money_text(dong, v.unit, v.lang);
  return dong > 0 ? "+" + s : s;
}

std::string_view key_label(BudgetKey k, Lang l) {
  bool vi = l == Lang::vi;
  switch (k) {
    case BudgetKey::plan:
      return vi ? "Kế hoạch" : "Plan";
    case BudgetKey::area:
      return vi ? "Lĩnh vực" : "Area";
    case BudgetKey::owner:
      return vi ? "Cơ quan chủ trì" : "Lead agency";
    case BudgetKey::source:
      return vi ? "Nguồn kinh phí" : "Funding source";
    case BudgetKey::year:
      return vi ? "Năm" : "Year";
  }
  return "";
}

// The agencies of an owner group's key: "a+b" for a task two agencies lead.
std::vector<std::string> owner_ids(const std::string& key) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t plus = key.find('+', start);
    out.push_back(key.substr(start, plus == std::string::npos ? std::string::npos : plus - start));
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  return out;
}

std::string group_name(const engine::GroupTotal& g, const engine::BudgetTotals& b,
                       const BudgetView& v) {
  Lang l = v.lang;
  if (g.key.empty()) return l == Lang::vi ? "(không ghi)" : "(not stated)";
  switch (g.by) {
    case BudgetKey::plan:
    case BudgetKey::year:
    case BudgetKey::source:
      return g.key;
    case BudgetKey::area:
      for (const auto& p : b.plans)
        if (const model::Area* a = p.plan->find_area(g.key)) return a->name;
      return g.key;
    case BudgetKey::owner: {
      // Agencies of several provinces may share a name: the labels of the
      // output's agencies tell them apart.
      std::vector<std::string> ids;
      for (const auto& other : b.groups)
        if (other.by == BudgetKey::owner)
          for (auto& id : owner_ids(other.key)) ids.push_back(std::move(id));
      OwnerLabels labels(v.owners, ids);
      std::string out;
      for (const auto& id : owner_ids(g.key)) out += (out.empty() ? "" : ", ") + labels(id);
      return out;
    }
  }
  return g.key;
}

Table plans_table(const engine::BudgetTotals& b, const BudgetView& v) {
  Lang l = v.lang;
  bool vi = l == Lang::vi;
  Table t;
  t.columns = {{vi ? "Kế hoạch" : "Plan"},
               {vi ? "Tổng cộng (tính)" : "Computed total", Align::right},
               {vi ? "Số in trong văn bản" : "Printed total", Align::right},
               {vi ? "Chênh lệch" : "Difference", Align::right}};
  for (const auto& p : b.plans) {
    auto diff = p.difference();
    t.rows.push_back({p.plan->id, money_text(p.total.dong, v.unit, l),
                      p.declared ? money_text(p.declared->dong, v.unit, l) : "—",
                      diff ? (*diff == 0 ? "0" : signed_money(*diff, v)) : "—"});
  }
  if (!t.rows.empty()) t.rules_after.push_back(t.rows.size() - 1);
  t.rows.push_back(
      {std::string(word(Word::total, l)), money_text(b.total.dong, v.unit, l), "", ""});
  return t;
}

Table areas_table(const engine::PlanTotal& p, const BudgetView& v) {
  Lang l = v.lang;
  bool vi = l == Lang::vi;
  Table t;
  t.columns = {{vi ? "Lĩnh vực" : "Area", Align::left, true},
               {vi ? "Tổng cộng (tính)" : "Computed total", Align::right},
               {vi ? "Số in trong văn bản" : "Printed total", Align::right},
               {vi ? "Chênh lệch" : "Difference", Align::right}};
  for (const auto& a : p.areas) {
    std::string name = a.area.empty() ? (vi ? "(không ghi lĩnh vực)" : "(no area)") : a.name;
    std::string diff = "—";
    if (a.declared) {
      std::int64_t d = a.total.dong - a.declared->dong;
      diff = d == 0 ? "0" : signed_money(d, v);
    }
    t.rows.push_back({name, money_text(a.total.dong, v.unit, l),
                      a.declared ? money_text(a.declared->dong, v.unit, l) : "—", diff});
  }
  return t;
}

Table groups_table(const engine::BudgetTotals& b, const BudgetView& v) {
  Table t;
  for (BudgetKey k : b.by)
    t.columns.push_back({std::string(key_label(k, v.lang)), Align::left, true});
  t.columns.push_back({std::string(word(Word::total, v.lang)), Align::right});
  for (const auto& g : b.groups) {
    std::vector<std::string> row(b.by.size() + 1);
    row[g.path.size() - 1] = group_name(g, b, v);
    row.back() = money_text(g.total.dong, v.unit, v.lang);
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string mismatch_lines(const engine::PlanTotal& p, const BudgetView& v) {
  std::string out;
  for (const auto& m : p.mismatches)
    out += v.lang == Lang::vi
               ? fmt::format("  - Nhiệm vụ {}: ghi {} nhưng các nhiệm vụ con cộng lại {}\n",
                             m.task->id, money_text(m.own.dong, v.unit, v.lang),
                             money_text(m.subtasks.dong, v.unit, v.lang))
               : fmt::format("  - Task {}: {} written, its subtasks add up to {}\n", m.task->id,
                             money_text(m.own.dong, v.unit, v.lang),
                             money_text(m.subtasks.dong, v.unit, v.lang));
  return out;
}

std::string heading(const BudgetView& v) {
  return v.lang == Lang::vi ? "Tổng hợp kinh phí" : "Budget totals";
}

std::string total_line(const engine::BudgetTotals& b, const BudgetView& v) {
  std::string s =
      fmt::format("{}: {}", word(Word::total, v.lang), money_text(b.total.dong, v.unit, v.lang));
  if (v.words)
    s += fmt::format("\n({}: {})", v.lang == Lang::vi ? "Bằng chữ" : "In words",
                     words(b.total.dong, v));
  return s + "\n";
}

template <class RenderTable>
std::string layout(const engine::BudgetTotals& b, const BudgetView& v, RenderTable render,
                   std::string_view h1, std::string_view h2, int width) {
  bool vi = v.lang == Lang::vi;
  std::string out = fmt::format("{}{}\n\n", h1, heading(v));
  out += render(plans_table(b, v));
  for (const auto& p : b.plans) {
    bool has_areas = p.areas.size() > 1 || (p.areas.size() == 1 && !p.areas[0].area.empty());
    if (!has_areas && p.mismatches.empty()) continue;
    out +=
        "\n" + wrap_text(fmt::format("{}{} — {}", h2, p.plan->id, p.plan->title), width) + "\n\n";
    if (has_areas) out += render(areas_table(p, v));
    if (!p.mismatches.empty()) {
      out += fmt::format("\n{}\n", vi ? "Kinh phí nhiệm vụ cha khác tổng các nhiệm vụ con:"
                                      : "Parent amounts that differ from their subtasks:");
      out += wrap_text(mismatch_lines(p, v), width);
    }
  }
  if (!b.by.empty()) {
    std::string by;
    for (BudgetKey k : b.by) by += (by.empty() ? "" : ", ") + std::string(key_label(k, v.lang));
    out += fmt::format("\n{}{}: {}\n\n", h2, vi ? "Theo" : "By", by);
    out += render(groups_table(b, v));
  }
  out += "\n" + wrap_text(total_line(b, v), width);
  return out;
}

}  // namespace

std::string budget_text(const engine::BudgetTotals& b, const BudgetView& v,
                        const TextStyle& style) {
  return layout(
      b, v, [&](const Table& t) { return render_text_table(t, style); }, "", "", style.width);
}

std::string budget_md(const engine::BudgetTotals& b, const BudgetView& v) {
  return layout(
      b, v, [](const Table& t) { return render_md_table(t); }, "# ", "## ", 0);
}

std::string budget_csv(const engine::BudgetTotals& b, const BudgetView& v, bool excel_bom) {
  // One flat table for spreadsheets: a row per plan, per area and per group,
  // amounts in whole đồng (exact, whatever the display unit).
  CsvWriter w(excel_bom);
  w.row({"kind", "plan", "by", "key", "label", "total_dong", "declared_total_dong",
         "difference_dong"});
  for (const auto& p : b.plans) {
    auto diff = p.difference();
    w.row({"plan", p.plan->id, "", p.plan->id, p.plan->title, std::to_string(p.total.dong),
           p.declared ? std::to_string(p.declared->dong) : "", diff ? std::to_string(*diff) : ""});
    for (const auto& a : p.areas)
      w.row({"area", p.plan->id, "area", a.area, a.name, std::to_string(a.total.dong),
             a.declared ? std::to_string(a.declared->dong) : "",
             a.declared ? std::to_string(a.total.dong - a.declared->dong) : ""});
  }
  for (const auto& g : b.groups) {
    std::string path;
    for (const auto& k : g.path) path += (path.empty() ? "" : "/") + k;
    w.row({"group", "", std::string(engine::budget_key_name(g.by)), path, group_name(g, b, v),
           std::to_string(g.total.dong), "", ""});
  }
  w.row({"total", "", "", "", "", std::to_string(b.total.dong), "", ""});
  return w.str();
}

namespace {

void money_json(nlohmann::json& j, const std::string& key, std::int64_t dong, const BudgetView& v) {
  j[key + "_dong"] = dong;
  j[key + "_text"] = money_text(dong, v.unit, v.lang);
}

nlohmann::json plan_budget_json(const engine::PlanTotal& p, const BudgetView& v) {
  nlohmann::json jp = {{"plan", p.plan->id}};
  money_json(jp, "total", p.total.dong, v);
  jp["declared_total_dong"] =
      p.declared ? nlohmann::json(p.declared->dong) : nlohmann::json(nullptr);
  auto diff = p.difference();
  jp["difference_dong"] = diff ? nlohmann::json(*diff) : nlohmann::json(nullptr);
  if (v.words) jp["total_words"] = words(p.total.dong, v);
  jp["areas"] = nlohmann::json::array();
  for (const auto& a : p.areas) {
    nlohmann::json ja = {{"area", a.area}, {"name", a.name}};
    money_json(ja, "total", a.total.dong, v);
    ja["declared_total_dong"] =
        a.declared ? nlohmann::json(a.declared->dong) : nlohmann::json(nullptr);
    jp["areas"].push_back(ja);
  }
  jp["subtask_mismatches"] = nlohmann::json::array();
  for (const auto& m : p.mismatches)
    jp["subtask_mismatches"].push_back(
        {{"task", m.task->id}, {"own_dong", m.own.dong}, {"subtasks_dong", m.subtasks.dong}});
  return jp;
}

nlohmann::json group_budget_json(const engine::GroupTotal& g, const engine::BudgetTotals& b,
                                 const BudgetView& v) {
  nlohmann::json jg = {{"by", engine::budget_key_name(g.by)},
                       {"key", g.key},
                       {"path", g.path},
                       {"label", group_name(g, b, v)}};
  money_json(jg, "total", g.total.dong, v);
  return jg;
}

// The totals' members: total_dong, total_text and, with --words, total_words.
nlohmann::json total_json(const engine::BudgetTotals& b, const BudgetView& v) {
  nlohmann::json out = nlohmann::json::object();
  money_json(out, "total", b.total.dong, v);
  if (v.words) out["total_words"] = words(b.total.dong, v);
  return out;
}

}  // namespace

nlohmann::json budget_json(const engine::BudgetTotals& b, const BudgetView& v) {
  nlohmann::json out = total_json(b, v);
  out["plans"] = nlohmann::json::array();
  for (const auto& p : b.plans) out["plans"].push_back(plan_budget_json(p, v));
  out["groups"] = nlohmann::json::array();
  for (const auto& g : b.groups) out["groups"].push_back(group_budget_json(g, b, v));
  return out;
}

void write_budget_json(std::ostream& out, const engine::BudgetTotals& b, const BudgetView& v,
                       const model::Date& as_of, const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  w.members(json_document(as_of));
  w.begin_array("groups");
  for (const auto& g : b.groups) w.element(group_budget_json(g, b, v));
  w.end_array();
  w.begin_array("plans");
  for (const auto& p : b.plans) w.element(plan_budget_json(p, v));
  w.end_array();
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.members(total_json(b, v));
  w.finish();
}

}  // namespace cchc::render
