// cchc targets: each goal of each target with the latest actual and a
// verdict; --by-owner gives the owner × goal matrix.
#include "cchc/engine/targets.hpp"

#include <memory>

#include "cchc/render/targets.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct TargetsOptions {
  CommonOptions common;
  bool by_owner = false;
  CsvBom bom;
};

struct TargetsResult {
  const engine::TargetEvaluation& ev;
  render::ListContext ctx;
  render::TextStyle style;
  bool excel;
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

const Renderers<TargetsResult> list_renderers = {
    {Format::table,
     [](const TargetsResult& r) { return render::targets_text(r.ev, r.ctx, r.style); }},
    {Format::md, [](const TargetsResult& r) { return render::targets_md(r.ev, r.ctx); }},
    {Format::csv, [](const TargetsResult& r) { return render::targets_csv(r.ev, r.ctx, r.excel); }},
    {Format::json, nullptr,
     [](std::ostream& out, const TargetsResult& r) {
       render::write_targets_json(out, r.ev, nullptr, r.ctx, r.plans_left_out);
     }},
};

struct MatrixResult {
  const engine::TargetEvaluation& ev;
  const engine::OwnerMatrix& m;
  render::ListContext ctx;
  render::TextStyle style;
  bool excel;
  nlohmann::json plans_left_out;
};

// The same formats as the list: --format is checked against list_renderers.
const Renderers<MatrixResult> matrix_renderers = {
    {Format::table,
     [](const MatrixResult& r) { return render::owner_matrix_text(r.m, r.ctx, r.style); }},
    {Format::md, [](const MatrixResult& r) { return render::owner_matrix_md(r.m, r.ctx); }},
    {Format::csv,
     [](const MatrixResult& r) { return render::owner_matrix_csv(r.m, r.ctx, r.excel); }},
    {Format::json, nullptr,
     [](std::ostream& out, const MatrixResult& r) {
       // The verdicts behind the matrix stay under "targets", the stable key.
       render::write_targets_json(out, r.ev, &r.m, r.ctx, r.plans_left_out);
     }},
};

Exit run_targets(const TargetsOptions& o) {
  if (!o.common.area_filter.empty())
    throw UsageError("--area: targets belong to no area; use --plan or --owner");
  const Format format = choose_format(o.common);
  Session s(o.common);
  engine::TargetEvaluation ev =
      engine::evaluate_targets(s.repo(), s.owners(), s.as_of(), s.filter());
  if (o.by_owner) {
    engine::OwnerMatrix m = engine::owner_matrix(ev, s.owners());
    s.emit_as(o.common, matrix_renderers, format,
              MatrixResult{ev, m, s.list_context(), s.text_style(o.common),
                           wants_bom(o.common, o.bom), s.plans_left_out_json()});
  } else {
    s.emit_as(o.common, list_renderers, format,
              TargetsResult{ev, s.list_context(), s.text_style(o.common),
                            wants_bom(o.common, o.bom), s.plans_left_out_json()});
  }
  return Exit::ok;
}

}  // namespace

void register_targets(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<TargetsOptions>();
  CLI::App* cmd =
      app.add_subcommand("targets", "Each target with its latest actual, the goal and the verdict");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(list_renderers));
  cmd->add_flag("--by-owner", opts->by_owner,
                "The owner × target matrix, and who met every target");
  add_bom_flags(*cmd, opts->bom);
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_targets(*opts); });
}

}  // namespace cchc::cli
