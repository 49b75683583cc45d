// cchc report: the periodic CCHC report (quarter I, first half, quarter III,
// year) as terminal text, Markdown, a printable HTML page, an Excel workbook
// or a Word file, in the official form with the words of the report file
// reports/<period>.yaml. docs/report.md.
#include "cchc/engine/report.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "cchc/diag/format.hpp"
#include "cchc/io/files.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/starter.hpp"
#include "cchc/render/docx.hpp"
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
  std::string meta;  // --meta FILE
  bool init_meta = false;
};

std::string report_file_name(const engine::PeriodSpec& spec) {
  return engine::period_spec_name(spec) + ".yaml";
}

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
    {Format::docx, [](const ReportResult& r) { return render::document_docx(r.doc, r.as_of); }},
};

// --init-meta: a report file to start from, never over an existing one.
Exit init_meta(const ReportOptions& o, const engine::PeriodSpec& spec) {
  std::filesystem::path root = load::find_repository(
      o.common.repo.empty() ? std::nullopt : std::optional<std::string>(o.common.repo),
      std::getenv("CCHC_REPO"), std::filesystem::current_path(), load::RealFileSystem());
  std::filesystem::path file =
      !o.meta.empty() ? std::filesystem::path(o.meta) : root / "reports" / report_file_name(spec);
  file = file.lexically_proximate(std::filesystem::current_path());
  std::error_code ec;
  if (std::filesystem::exists(file, ec))
    throw UsageError(
        fmt::format("{} already exists: edit it (--init-meta never writes over a report file)",
                    file.generic_string()));
  // The repository's reports/ folder is made when missing; a folder of
  // --meta FILE must exist, as for every command that writes a file.
  ec.clear();
  if (o.meta.empty() && !file.parent_path().empty())
    std::filesystem::create_directories(file.parent_path(), ec);
  if (ec)
    throw io::WriteError(
        fmt::format("cannot create {}: {}", file.parent_path().string(), ec.message()));
  io::write_file_atomic(file,
                        load::starter_report_meta(engine::period_spec_name(spec),
                                                  render::period_words(spec, text::Lang::vi),
                                                  render::next_period_words(spec, text::Lang::vi)),
                        io::Overwrite::refuse);
  if (!o.common.quiet) fmt::print(stderr, "wrote {}\n", file.generic_string());
  return Exit::ok;
}

// The report file: --meta FILE, else reports/<period>.yaml of the repository
// if there is one. With errors in --meta's file the report is still made, and
// its diagnostics go to stderr in the chosen language (cchc check shows those
// of reports/<period>.yaml).
std::optional<model::ReportMeta> find_meta(const ReportOptions& o, Session& s,
                                           const engine::PeriodSpec& spec) {
  if (o.meta.empty()) {
    for (const auto& m : s.repo().reports)
      if (m.period == engine::period_spec_name(spec)) return m;
    return std::nullopt;
  }
  load::ReportMetaFile f = load::load_report_meta(o.meta, io::read_whole_file(o.meta),
                                                  std::filesystem::path(o.meta).stem().string());
  if (f.diags.count(diag::Severity::error) > 0) {
    diag::SourceMap sources;
    if (f.source) sources.add(f.source);
    diag::write_human(std::cerr, f.diags, sources,
                      {use_color(o.common, STDERR_FILENO), !o.common.quiet, s.lang()});
    std::cerr << "cchc: "
              << diag::Message(diag::Msg::report_meta_errors, {f.diags.items().size(), o.meta})
                     .render(s.lang())
              << '\n';
  }
  return f.meta;
}

Exit run_report(const ReportOptions& o) {
  auto spec = engine::parse_period_spec(o.period);
  if (!spec.ok()) throw UsageError("--period: " + spec.message.render(choose_lang(o.common)));
  if (o.init_meta) return init_meta(o, *spec.value);
  const Format format = choose_format(o.common);

  Session s(o.common);
  engine::ReportOptions ro;
  ro.period = *spec.value;
  ro.as_of = s.as_of();
  ro.filter = s.filter();
  engine::Report report = engine::build_report(s.repo(), s.calendar(), s.owners(), ro);
  if (s.as_of() < report.period.from)
    throw UsageError(
        fmt::format("the report for {} counts data from {}; the as-of day {} is before that",
                    engine::period_spec_name(*spec.value), model::iso(report.period.from),
                    model::iso(s.as_of())));
  if (report.plans.empty())
    throw UsageError(fmt::format("no plan covers {} (plans: {}); choose plans with --plan",
                                 engine::period_spec_name(*spec.value), covered_plans(s.repo())));

  const model::Config& c = s.repo().config;
  std::optional<model::ReportMeta> meta = find_meta(o, s, *spec.value);
  render::ReportView view{s.owners(), s.lang(), c.name, c.budget_unit, meta ? &*meta : nullptr};
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
  cmd->add_option("--meta", opts->meta,
                  "The report file (number, date, signer, recipients, narrative); default "
                  "reports/<period>.yaml of the repository");
  cmd->add_flag("--init-meta", opts->init_meta,
                "Write a report file to start from for the period (never over an existing one)");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_report(*opts); });
}

}  // namespace cchc::cli
