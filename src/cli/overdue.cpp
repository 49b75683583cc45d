// cchc overdue: deadlines passed and not done, grouped by lead agency.
#include <memory>

#include "cchc/render/docx.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/reminders.hpp"
#include "cchc/render/xlsx.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct OverdueOptions {
  CommonOptions common;
  bool fail_if_any = false;
  CsvBom bom;
  bool by_owner_pages = false;
};

struct OverdueResult {
  const engine::OverdueList& list;
  render::ListContext ctx;
  render::TextStyle style;
  bool excel;
  bool by_owner_pages;
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

render::Document overdue_document(const OverdueResult& r) {
  return render::overdue_document(r.list, r.ctx, r.by_owner_pages);
}

// One flat CSV table: the overdue deadlines, then the optional ones past
// their date (the `optional` column tells them apart).
std::string overdue_csv(const OverdueResult& r) {
  render::Items rows = r.list.items;
  rows.insert(rows.end(), r.list.optional_past_due.begin(), r.list.optional_past_due.end());
  return render::items_csv(rows, r.ctx, r.excel);
}

// Streamed an item at a time (issue 15).
void overdue_json(std::ostream& out, const OverdueResult& r) {
  render::write_overdue_json(out, r.list, r.ctx.as_of, r.plans_left_out);
}

const Renderers<OverdueResult> renderers = {
    {Format::table,
     [](const OverdueResult& r) { return render::overdue_text(r.list, r.ctx, r.style); }},
    {Format::md, [](const OverdueResult& r) { return render::overdue_md(r.list, r.ctx); }},
    {Format::csv, overdue_csv},
    {Format::json, nullptr, overdue_json},
    {Format::html,
     [](const OverdueResult& r) { return render::document_html(overdue_document(r)); }},
    {Format::docx,
     [](const OverdueResult& r) {
       return render::document_docx(overdue_document(r), r.ctx.as_of);
     }},
    {Format::xlsx,
     [](const OverdueResult& r) {
       return render::document_xlsx(render::overdue_workbook(r.list, r.ctx, r.by_owner_pages),
                                    r.ctx.as_of);
     }},
};

Exit run_overdue(const OverdueOptions& o) {
  const Format format = choose_format(o.common);
  Session s(o.common);
  engine::Evaluation ev = s.evaluate();
  engine::OverdueList list = engine::overdue_list(ev, s.owners());
  s.emit_as(o.common, renderers, format,
            OverdueResult{list, s.list_context(), s.text_style(o.common),
                          wants_bom(o.common, o.bom), o.by_owner_pages, s.plans_left_out_json()});
  return o.fail_if_any && !list.items.empty() ? Exit::findings : Exit::ok;
}

}  // namespace

void register_overdue(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<OverdueOptions>();
  CLI::App* cmd =
      app.add_subcommand("overdue", "Deadlines passed and not done, grouped by lead agency");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_flag("--fail-if-any", opts->fail_if_any, "Exit 1 when anything is overdue (for CI)");
  add_bom_flags(*cmd, opts->bom);
  cmd->add_flag("--by-owner-pages", opts->by_owner_pages,
                "html, docx: each lead agency on a page of its own; xlsx: on a sheet of its own");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_overdue(*opts); });
}

}  // namespace cchc::cli
