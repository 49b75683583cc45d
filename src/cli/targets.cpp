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
  bool excel = false;
};

void emit_list(const TargetsOptions& o, const Session& s, const engine::TargetEvaluation& ev) {
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    nlohmann::json j = render::json_document(s.as_of());
    j.update(render::targets_json(ev));
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "csv") {
    emit(o.common, render::targets_csv(ev, ctx, o.excel));
  } else if (f == "md") {
    emit(o.common, render::targets_md(ev, ctx));
  } else {
    emit(o.common, render::targets_text(ev, ctx, s.text_style(o.common)));
  }
}

void emit_matrix(const TargetsOptions& o, const Session& s, const engine::TargetEvaluation& ev) {
  engine::OwnerMatrix m = engine::owner_matrix(ev, s.repo());
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    // The verdicts behind the matrix stay under "targets", the stable key.
    nlohmann::json j = render::json_document(s.as_of());
    j.update(render::targets_json(ev));
    j["by_owner"] = render::owner_matrix_json(m, ctx);
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "csv") {
    emit(o.common, render::owner_matrix_csv(m, ctx, o.excel));
  } else if (f == "md") {
    emit(o.common, render::owner_matrix_md(m, ctx));
  } else {
    emit(o.common, render::owner_matrix_text(m, ctx, s.text_style(o.common)));
  }
}

Exit run_targets(const TargetsOptions& o) {
  if (!o.common.area_filter.empty())
    throw UsageError("--area: targets belong to no area; use --plan or --owner");
  Session s(o.common);
  engine::TargetEvaluation ev = engine::evaluate_targets(s.repo(), s.as_of(), s.filter());
  if (o.by_owner)
    emit_matrix(o, s, ev);
  else
    emit_list(o, s, ev);
  return Exit::ok;
}

}  // namespace

void register_targets(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<TargetsOptions>();
  CLI::App* cmd =
      app.add_subcommand("targets", "Each target with its latest actual, the goal and the verdict");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format, "table (default), md, csv or json")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}));
  cmd->add_flag("--by-owner", opts->by_owner,
                "The owner × target matrix, and who met every target");
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_targets(*opts); });
}

}  // namespace cchc::cli
