// cchc report: the periodic CCHC report (quarter I, first half, quarter III,
// year) as terminal text, Markdown, a printable HTML page or an Excel
// workbook. docs/report.md.
#include "cchc/engine/report.hpp"

#include <fmt/format.h>

#include <memory>

#include "cchc/render/html.hpp"
#include "cchc/render/report.hpp"
#include "cchc/render/xlsx.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct ReportOptions {
  CommonOptions common;
  std::string period;
};

std::string covered_plans(const model::Repository& repo) {
  std::string out;
  for (const auto& p : repo.plans)
    out +=
        model::year_of(p.period.from) == model::year_of(p.period.to)
            ? fmt::format("{}{} ({})", out.empty() ? "" : ", ", p.id, model::year_of(p.period.from))
            : fmt::format("{}{} ({}..{})", out.empty() ? "" : ", ", p.id,
                          model::year_of(p.period.from), model::year_of(p.period.to));
  return out.empty() ? "none" : out;
}

struct ReportResult {
  const render::Document& doc;
  render::TextStyle style;
  model::Date as_of;
};

const Renderers<ReportResult> renderers = {
    {Format::table, [](const ReportResult& r) { return render::document_text(r.doc, r.style); }},
    {Format::md, [](const ReportResult& r) { return render::document_md(r.doc); }},
    {Format::html, [](const ReportResult& r) { return render::document_html(r.doc); }},
    {Format::xlsx, [](const ReportResult& r) { return render::document_xlsx(r.doc, r.as_of); }},
};

Exit run_report(const ReportOptions& o) {
  std::string why;
  auto spec = engine::parse_period_spec(o.period, &why);
  if (!spec) throw UsageError("--period: " + why);
  const Format format = choose_format(o.common);

  Session s(o.common);
  engine::ReportOptions ro;
  ro.period = *spec;
  ro.as_of = s.as_of();
  ro.filter = s.filter();
  engine::Report report = engine::build_report(s.repo(), s.calendar(), s.owners(), ro);
  if (s.as_of() < report.period.from)
    throw UsageError(fmt::format(
        "the report for {} counts data from {}; the as-of day {} is before that",
        engine::period_spec_name(*spec), model::iso(report.period.from), model::iso(s.as_of())));
  if (report.plans.empty())
    throw UsageError(fmt::format("no plan covers {} (plans: {}); choose plans with --plan",
                                 engine::period_spec_name(*spec), covered_plans(s.repo())));

  const model::Config& c = s.repo().config;
  render::ReportView view{s.owners(), s.lang(), c.name, c.budget_unit};
  render::Document doc = render::report_document(report, view);
  emit(o.common, render_as(renderers, format, {doc, s.text_style(o.common), s.as_of()}));
  return Exit::ok;
}

}  // namespace

void register_report(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "The periodic CCHC report: quarter I, first half, quarter III, year");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--period", opts->period,
                  "2021-Q1, 2021-H1, 2021-Q3 or 2021 (also \"Quý I/2021\" ...)")
      ->required();
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_report(*opts); });
}

}  // namespace cchc::cli
