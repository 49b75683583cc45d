// cchc status: counts per category by owner, area or plan, with the rates.
#include "cchc/engine/status.hpp"

#include <memory>

#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct StatusOptions {
  CommonOptions common;
  std::string by = "owner";
  CsvBom bom;
};

struct StatusResult {
  const engine::StatusTable& table;
  render::ListContext ctx;
  render::TextStyle style;
  bool excel;
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

const Renderers<StatusResult> renderers = {
    {Format::table,
     [](const StatusResult& r) { return render::status_text(r.table, r.ctx, r.style); }},
    {Format::md, [](const StatusResult& r) { return render::status_md(r.table, r.ctx); }},
    {Format::csv,
     [](const StatusResult& r) { return render::status_csv(r.table, r.ctx, r.excel); }},
    {Format::json, nullptr,
     [](std::ostream& out, const StatusResult& r) {
       // A row at a time (issue 15): one per agency of the repository with --by owner.
       render::write_status_json(out, r.table, r.ctx.as_of, r.plans_left_out);
     }},
};

Exit run_status(const StatusOptions& o) {
  const Format format = choose_format(o.common);
  Session s(o.common);
  engine::GroupBy by = o.by == "area"   ? engine::GroupBy::area
                       : o.by == "plan" ? engine::GroupBy::plan
                                        : engine::GroupBy::owner;
  engine::Evaluation ev = s.evaluate();
  engine::StatusTable table = engine::status_table(ev, by, s.owners());
  s.emit_as(o.common, renderers, format,
            StatusResult{table, s.list_context(), s.text_style(o.common),
                         wants_bom(o.common, o.bom), s.plans_left_out_json()});
  return Exit::ok;
}

}  // namespace

void register_status(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<StatusOptions>();
  CLI::App* cmd =
      app.add_subcommand("status", "Counts per category by owner, area or plan, with the rates");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_option("--by", opts->by, "owner (default), area or plan")
      ->check(CLI::IsMember({"owner", "area", "plan"}));
  add_bom_flags(*cmd, opts->bom);
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_status(*opts); });
}

}  // namespace cchc::cli
