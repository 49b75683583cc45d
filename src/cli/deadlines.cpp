// cchc deadlines: what falls due in a window — the list to print before a meeting.
#include <fmt/format.h>

#include <memory>
#include <regex>

#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct DeadlinesOptions {
  CommonOptions common;
  std::string from, to, within;
  bool excel = false;
};

// "30d", "2w", "3m" or a bare number of days.
int parse_within(const std::string& s) {
  static const std::regex re(R"(^\s*(\d{1,4})\s*([dwm]?)\s*$)");
  std::smatch m;
  if (!std::regex_match(s, m, re))
    throw UsageError(
        fmt::format("--within \"{}\": write a number of days, weeks or months (30d, 2w, 3m)", s));
  int n = std::stoi(m[1]);
  if (m[2] == "w") return n * 7;
  if (m[2] == "m") return n * 30;
  return n;
}

model::Date day_option(const std::string& name, const std::string& value) {
  CommonOptions tmp;
  tmp.as_of = value;
  try {
    return resolve_as_of(tmp);
  } catch (const UsageError&) {
    throw UsageError(fmt::format("{} \"{}\" is not a day; write YYYY-MM-DD", name, value));
  }
}

Exit run_deadlines(const DeadlinesOptions& o) {
  Session s(o.common);
  model::Date from = o.from.empty() ? s.as_of() : day_option("--from", o.from);
  model::Date to = !o.to.empty()
                       ? day_option("--to", o.to)
                       : model::add_days(from, o.within.empty() ? 30 : parse_within(o.within));
  if (to < from) throw UsageError("--to is before --from");
  engine::Evaluation ev = s.evaluate(to);
  auto items = engine::deadlines_between(ev, from, to);
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    nlohmann::json j = render::json_document(s.as_of());
    j["from"] = model::iso(from);
    j["to"] = model::iso(to);
    j["items"] = render::items_json(items);
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "csv") {
    emit(o.common, render::items_csv(items, ctx, o.excel));
  } else if (f == "md") {
    emit(o.common, render::deadlines_md(items, from, to, ctx));
  } else if (f == "ics") {
    std::string name = s.repo().config.name.empty() ? "cchc" : s.repo().config.name;
    emit(o.common, render::deadlines_ics(items, ctx, name));
  } else {
    emit(o.common, render::deadlines_text(items, from, to, ctx, s.text_style(o.common)));
  }
  return Exit::ok;
}

}  // namespace

void register_deadlines(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<DeadlinesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "deadlines", "What falls due in a window (default: 30 days from the as-of day)");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format, "table (default), md, csv, json or ics")
      ->check(CLI::IsMember({"table", "md", "csv", "json", "ics"}));
  cmd->add_option("--from", opts->from, "First day of the window (default: the as-of day)");
  cmd->add_option("--to", opts->to, "Last day of the window");
  cmd->add_option("--within", opts->within, "Length of the window: 30d, 2w, 3m (default 30d)");
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_deadlines(*opts); });
}

}  // namespace cchc::cli
