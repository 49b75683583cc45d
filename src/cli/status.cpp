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
  bool excel = false;
};

Exit run_status(const StatusOptions& o) {
  Session s(o.common);
  engine::GroupBy by = o.by == "area"   ? engine::GroupBy::area
                       : o.by == "plan" ? engine::GroupBy::plan
                                        : engine::GroupBy::owner;
  engine::Evaluation ev = s.evaluate();
  engine::StatusTable table = engine::status_table(ev, by, s.repo());
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    nlohmann::json j = render::json_document(s.as_of());
    j.update(render::status_json(table));
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "csv") {
    emit(o.common, render::status_csv(table, ctx, o.excel));
  } else if (f == "md") {
    emit(o.common, render::status_md(table, ctx));
  } else {
    emit(o.common, render::status_text(table, ctx, s.text_style(o.common)));
  }
  return Exit::ok;
}

}  // namespace

void register_status(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<StatusOptions>();
  CLI::App* cmd =
      app.add_subcommand("status", "Counts per category by owner, area or plan, with the rates");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format, "table (default), md, csv or json")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}));
  cmd->add_option("--by", opts->by, "owner (default), area or plan")
      ->check(CLI::IsMember({"owner", "area", "plan"}));
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_status(*opts); });
}

}  // namespace cchc::cli
