// cchc budget: exact totals by plan, area, owner, source and year.
#include "cchc/engine/budget.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cchc/render/budget.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct BudgetOptions {
  CommonOptions common;
  std::vector<std::string> by;
  std::string unit;
  bool words = false;
  bool le = false, ngan = false, tu = false, chan = false;
  CsvBom bom;
};

struct BudgetResult {
  const engine::BudgetTotals& totals;
  const render::BudgetView& view;
  render::TextStyle style;
  model::Date as_of;
  bool excel;
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

const Renderers<BudgetResult> renderers = {
    {Format::table,
     [](const BudgetResult& r) { return render::budget_text(r.totals, r.view, r.style); }},
    {Format::md, [](const BudgetResult& r) { return render::budget_md(r.totals, r.view); }},
    {Format::csv,
     [](const BudgetResult& r) { return render::budget_csv(r.totals, r.view, r.excel); }},
    {Format::json, nullptr,
     [](std::ostream& out, const BudgetResult& r) {
       // A plan and a group at a time (issue 15).
       render::write_budget_json(out, r.totals, r.view, r.as_of, r.plans_left_out);
     }},
};

Exit run_budget(const BudgetOptions& o) {
  const Format format = choose_format(o.common);
  Session s(o.common);
  std::vector<engine::BudgetKey> by;
  for (const auto& b : o.by) by.push_back(*engine::budget_key_from_name(b));
  engine::BudgetTotals totals = engine::budget_totals(s.repo(), s.filter(), by);
  if (totals.overflow) {
    std::cerr << "cchc: the budgets add up beyond what 64-bit whole đồng can hold (more than "
                 "9.223.372.036.854.775.807 đồng); check the amounts with 'cchc check'\n";
    return Exit::findings;
  }
  render::BudgetView view{
      s.owners(), s.lang(),
      o.unit.empty() ? s.repo().config.budget_unit : *model::money_unit_from_name(o.unit), o.words,
      text::WordsOptions{o.le, o.ngan, o.tu, o.chan}};
  s.emit_as(o.common, renderers, format,
            BudgetResult{totals, view, s.text_style(o.common), s.as_of(),
                         wants_bom(o.common, o.bom), s.plans_left_out_json()});
  return Exit::ok;
}

}  // namespace

void register_budget(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<BudgetOptions>();
  CLI::App* cmd =
      app.add_subcommand("budget", "Exact budget totals; printed totals against computed ones");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_option("--by", opts->by,
                  "Group by plan, area, owner, source or year (repeatable, nested in order)")
      ->check(CLI::IsMember({"plan", "area", "owner", "source", "year"}));
  cmd->add_option("--unit", opts->unit,
                  "Display unit: dong, thousand, million or billion (default: budget_unit)")
      ->check(CLI::IsMember({"dong", "thousand", "million", "billion"}));
  cmd->add_flag("--words", opts->words, "Also write the totals in words");
  cmd->add_flag("--le", opts->le, "In words: 'lẻ' instead of 'linh' (Southern usage)");
  cmd->add_flag("--ngan", opts->ngan, "In words: 'ngàn' instead of 'nghìn'");
  cmd->add_flag("--tu", opts->tu, "In words: 'tư' instead of 'bốn' after twenty and more");
  cmd->add_flag("--chan", opts->chan, "In words: 'đồng chẵn' for a whole number of thousands");
  add_bom_flags(*cmd, opts->bom);
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_budget(*opts); });
}

}  // namespace cchc::cli
