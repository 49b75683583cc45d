// cchc overdue: deadlines passed and not done, grouped by lead agency.
#include <memory>

#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct OverdueOptions {
  CommonOptions common;
  bool fail_if_any = false;
  bool excel = false;
};

Exit run_overdue(const OverdueOptions& o) {
  Session s(o.common);
  engine::Evaluation ev = s.evaluate();
  engine::OverdueList list = engine::overdue_list(ev, s.owners());
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    nlohmann::json j = render::json_document(s.as_of());
    j["items"] = render::items_json(list.items);
    j["optional_past_due"] = render::items_json(list.optional_past_due);
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "csv") {
    // One flat table: the overdue deadlines, then the optional ones past
    // their date (the `optional` column tells them apart).
    render::Items rows = list.items;
    rows.insert(rows.end(), list.optional_past_due.begin(), list.optional_past_due.end());
    emit(o.common, render::items_csv(rows, ctx, o.excel));
  } else if (f == "md") {
    emit(o.common, render::overdue_md(list, ctx));
  } else {
    emit(o.common, render::overdue_text(list, ctx, s.text_style(o.common)));
  }
  return o.fail_if_any && !list.items.empty() ? Exit::findings : Exit::ok;
}

}  // namespace

void register_overdue(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<OverdueOptions>();
  CLI::App* cmd =
      app.add_subcommand("overdue", "Deadlines passed and not done, grouped by lead agency");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format, "table (default), md, csv or json")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}));
  cmd->add_flag("--fail-if-any", opts->fail_if_any, "Exit 1 when anything is overdue (for CI)");
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_overdue(*opts); });
}

}  // namespace cchc::cli
