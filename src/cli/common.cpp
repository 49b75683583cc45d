// Common options and plumbing shared by the commands.
#include "common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "cchc/io/files.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::cli {

void add_common_options(CLI::App& cmd, CommonOptions& o, const CommonFlags& which) {
  cmd.add_option("--repo", o.repo, "The plan repository (folder of cchc.yaml)");
  if (which.as_of)
    add_day_option(cmd, "--as-of", o.as_of,
                   "The day the evaluation is made for (YYYY-MM-DD or DD/MM/YYYY); default today "
                   "or $CCHC_AS_OF");
  cmd.add_option("--lang", o.lang,
                 "Language of labels and messages: vi or en (default $CCHC_LANG, else cchc.yaml's "
                 "lang, else vi)")
      ->check(CLI::IsMember({"vi", "en"}));
  cmd.add_option("--color", o.color, "Colors: auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  if (which.output)
    cmd.add_option("-o,--output", o.output, "Write the result to this file (atomically)");
  if (which.filters) {
    cmd.add_option("--plan", o.plan_filter, "Only this plan id (repeatable)");
    cmd.add_option("--owner", o.owner_filter,
                   "Only tasks this owner leads (repeatable; --role to widen)");
    cmd.add_option("--role", o.role,
                   "With --owner: tasks the agency leads (lead, default), supports (support) "
                   "or either (any)")
        ->check(CLI::IsMember({"lead", "support", "any"}));
    cmd.add_option("--area", o.area_filter, "Only this area id (repeatable)");
  }
  if (which.active_plans) {
    o.active_plans = true;
    cmd.add_flag("--all-plans", o.all_plans,
                 "Every plan, also those that ended before the as-of day (default: the plans in "
                 "force on that day)");
  }
  cmd.add_flag("-q,--quiet", o.quiet, "Print less");
  cmd.add_flag("-v,--verbose", o.verbose, "Print more detail");
}

namespace {

model::Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return *model::make_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                           static_cast<unsigned>(local.tm_mday));
}

}  // namespace

model::Date read_day_option(std::string_view name, std::string_view value) {
  if (auto d = model::parse_day(value, name).value) return *d;
  throw UsageError(
      fmt::format("{} \"{}\" is not a day; write YYYY-MM-DD, e.g. 2021-06-30", name, value));
}

CLI::Option* add_day_option(CLI::App& cmd, const std::string& name, std::optional<model::Date>& day,
                            const std::string& help) {
  return cmd
      .add_option_function<std::string>(
          name, [name, &day](const std::string& value) { day = read_day_option(name, value); },
          help)
      ->type_name("DAY");
}

model::Date resolve_as_of(const CommonOptions& o) {
  if (o.as_of) return *o.as_of;
  if (const char* env = std::getenv("CCHC_AS_OF"); env && *env)
    return read_day_option("$CCHC_AS_OF", env);
  return today();
}

namespace {

// --lang, else $CCHC_LANG; "" when neither is set.
std::string lang_set_by_user(const CommonOptions& o) {
  if (!o.lang.empty()) return o.lang;
  const char* env = std::getenv("CCHC_LANG");
  if (!env || !*env) return {};
  std::string v = env;
  if (v != "vi" && v != "en")
    throw UsageError(fmt::format("$CCHC_LANG must be vi or en, not \"{}\"", v));
  return v;
}

}  // namespace

text::Lang choose_lang(const CommonOptions& o, const model::Config& config) {
  std::string lang = lang_set_by_user(o);
  if (lang.empty()) lang = config.lang;
  return lang == "en" ? text::Lang::en : text::Lang::vi;
}

text::Lang choose_lang(const CommonOptions& o) {
  return lang_set_by_user(o) == "en" ? text::Lang::en : text::Lang::vi;
}

bool use_color(const CommonOptions& o, int fd) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  if (const char* nc = std::getenv("NO_COLOR"); nc && *nc) return false;
  return ::isatty(fd) != 0;
}

load::LoadOptions load_options(const CommonOptions& o) {
  load::RealFileSystem files;
  std::error_code ec;
  auto cwd = std::filesystem::current_path(ec);
  if (ec) throw load::RepositoryError("cannot determine the current folder");
  load::LoadOptions opts;
  opts.root =
      load::find_repository(o.repo.empty() ? std::nullopt : std::optional<std::string>(o.repo),
                            std::getenv("CCHC_REPO"), cwd, files);
  for (const auto& p : o.paths) opts.only.emplace_back(p);
  opts.display_base = cwd;
  return opts;
}

void detail::hold_until_exit(const void* object) {
  static std::mutex lock;
  static auto* const held = new std::vector<const void*>;  // never freed, by design
  std::lock_guard<std::mutex> guard(lock);
  held->push_back(object);
}

load::LoadedRepository& load_repository(const CommonOptions& o) {
  return keep_until_exit(load::load_repository(load_options(o), load::RealFileSystem{}));
}

void emit(const CommonOptions& o, const std::string& text) {
  if (o.output.empty() || o.output == "-") {
    std::cout << text;
    std::cout.flush();
    return;
  }
  io::write_file_atomic(o.output, text, io::Overwrite::allow);
}

void emit_stream(const CommonOptions& o, const std::function<void(std::ostream&)>& write) {
  if (o.output.empty() || o.output == "-") {
    write(std::cout);
    std::cout.flush();
    return;
  }
  io::AtomicFile file(o.output, io::Overwrite::allow);
  write(file.stream());
  file.commit();
}

void add_format_option(CLI::App& cmd, CommonOptions& o, std::vector<Format> formats) {
  o.command = cmd.get_name();
  o.formats = std::move(formats);
  const std::string help =
      fmt::format("{} (default){}{}; default from the -o file's extension",
                  format_name(o.formats.front()), o.formats.size() > 1 ? ", " : "",
                  format_list(std::vector<Format>(o.formats.begin() + 1, o.formats.end())));
  cmd.add_option_function<std::string>(
         "--format",
         [&o](const std::string& name) {
           auto f = format_named(name);
           if (!f || std::find(o.formats.begin(), o.formats.end(), *f) == o.formats.end())
             throw UsageError(fmt::format("--format \"{}\": {} writes {}", name, o.command,
                                          format_list(o.formats)));
           o.format = f;
         },
         help)
      ->type_name("FORMAT");
}

namespace {

bool to_terminal(const CommonOptions& o) {
  return (o.output.empty() || o.output == "-") && ::isatty(STDOUT_FILENO);
}

}  // namespace

Format choose_format(const CommonOptions& o) {
  Format f = o.formats.empty() ? Format::table : o.formats.front();
  if (o.format) {
    f = *o.format;
  } else if (auto named = format_of_file(o.output); named && o.output != "-") {
    if (std::find(o.formats.begin(), o.formats.end(), *named) == o.formats.end())
      throw UsageError(
          fmt::format("-o {}: {} does not write {}; it writes {} (choose with --format)", o.output,
                      o.command, format_name(*named), format_list(o.formats)));
    f = *named;
  }
  if (is_binary(f) && to_terminal(o))
    throw UsageError(
        fmt::format("{0} is a binary file: write it with -o FILE.{0} (or redirect standard output)",
                    format_name(f)));
  return f;
}

std::string json_output(const model::Date& as_of, const nlohmann::json& body) {
  nlohmann::json j = render::json_document(as_of);
  j.update(body);
  return j.dump(2) + "\n";
}

void json_header(io::JsonObjectWriter& w, const model::Date& as_of) {
  w.members(render::json_document(as_of));
}

void write_diagnostics_json(std::ostream& out, const model::Date& as_of,
                            const diag::Diagnostics& diags, const diag::Summary& summary,
                            text::Lang lang, bool list) {
  io::JsonObjectWriter w(out);
  json_header(w, as_of);
  if (list) {
    w.begin_array("diagnostics");
    const auto& items = diags.items();
    w.elements(items.size(), [&](std::size_t i) { return diag::to_json(items[i], lang); });
    w.end_array();
  }
  w.member("summary", diag::summary_json(diags, summary));
  w.finish();
}

void add_bom_flags(CLI::App& cmd, CsvBom& bom) {
  CLI::Option* excel =
      cmd.add_flag("--excel", bom.excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd.add_flag("--no-bom", bom.no_bom,
               "CSV as plain UTF-8, without the byte-order mark a .csv file gets by default")
      ->excludes(excel);
}

bool wants_bom(const CommonOptions& o, const CsvBom& bom) {
  if (bom.excel) return true;
  if (bom.no_bom) return false;
  std::string ext = std::filesystem::path(o.output).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}

}  // namespace cchc::cli
