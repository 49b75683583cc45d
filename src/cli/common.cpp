// Common options and plumbing shared by the commands.
#include "common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cchc/io/files.hpp"

namespace cchc::cli {

void add_common_options(CLI::App& cmd, CommonOptions& o, const CommonFlags& which) {
  cmd.add_option("--repo", o.repo, "The plan repository (folder of cchc.yaml)");
  if (which.as_of)
    cmd.add_option("--as-of", o.as_of,
                   "The day the evaluation is made for (YYYY-MM-DD); default today or $CCHC_AS_OF");
  cmd.add_option("--lang", o.lang, "Language of labels: vi or en")
      ->check(CLI::IsMember({"vi", "en"}));
  cmd.add_option("--color", o.color, "Colors: auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  if (which.output)
    cmd.add_option("-o,--output", o.output, "Write the result to this file (atomically)");
  if (which.filters) {
    cmd.add_option("--plan", o.plan_filter, "Only this plan id (repeatable)");
    cmd.add_option("--owner", o.owner_filter,
                   "Only tasks this owner leads or supports (repeatable)");
    cmd.add_option("--area", o.area_filter, "Only this area id (repeatable)");
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

model::Date resolve_as_of(const CommonOptions& o) {
  std::string value = o.as_of;
  std::string source = "--as-of";
  if (value.empty()) {
    if (const char* env = std::getenv("CCHC_AS_OF"); env && *env) {
      value = env;
      source = "$CCHC_AS_OF";
    }
  }
  if (value.empty()) return today();
  if (auto d = model::read_day(value).day) return *d;
  throw UsageError(
      fmt::format("{} \"{}\" is not a day; write YYYY-MM-DD, e.g. 2021-06-30", source, value));
}

bool use_color(const CommonOptions& o, int fd) {
  if (o.color == "always") return true;
  if (o.color == "never") return false;
  if (const char* nc = std::getenv("NO_COLOR"); nc && *nc) return false;
  return ::isatty(fd) != 0;
}

load::LoadedRepository load_repository(const CommonOptions& o) {
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
  return load::load_repository(opts, files);
}

void emit(const CommonOptions& o, const std::string& text) {
  if (o.output.empty() || o.output == "-") {
    std::cout << text;
    std::cout.flush();
    return;
  }
  io::write_file_atomic(o.output, text, io::Overwrite::allow);
}

std::string choose_format(const CommonOptions& o, const std::vector<std::string>& offered,
                          const std::string& fallback) {
  if (!o.format.empty()) return o.format;
  if (o.output.empty() || o.output == "-") return fallback;
  std::string ext = std::filesystem::path(o.output).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string named = ext == ".htm"   ? "html"
                      : ext == ".txt" ? "table"
                      : ext.empty()   ? ""
                                      : ext.substr(1);
  for (const auto& f : offered)
    if (f == named) return f;
  return fallback;
}

void refuse_binary_on_terminal(const CommonOptions& o, const std::string& format) {
  if (format != "xlsx") return;
  if ((o.output.empty() || o.output == "-") && ::isatty(STDOUT_FILENO))
    throw UsageError(
        "xlsx is a binary file: write it with -o FILE.xlsx (or redirect standard output)");
}

}  // namespace cchc::cli
