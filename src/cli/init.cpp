// cchc init [DIR]: write a small working repository; never overwrite.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "cchc/io/files.hpp"
#include "cchc/load/starter.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

struct InitOptions {
  std::string dir = ".";
  std::optional<model::Date> as_of;
};

Exit run_init(const InitOptions& o) {
  namespace fs = std::filesystem;
  CommonOptions common;
  common.as_of = o.as_of;  // else $CCHC_AS_OF, else today
  int year = model::year_of(resolve_as_of(common));
  auto files = load::starter_repository(year);
  // Check every path before writing anything, so that a refusal leaves no
  // half repository: no file may be there (not even a dangling symbolic link),
  // and every folder on the way must be a folder or not exist yet.
  const fs::path root(o.dir);
  for (const auto& f : files) {
    fs::path p = root / f.path;
    std::error_code ec;
    if (fs::exists(fs::symlink_status(p, ec)))
      throw io::WriteError(
          fmt::format("{} already exists; cchc init never overwrites a file", p.string()));
    for (fs::path dir = p.parent_path(); !dir.empty(); dir = dir.parent_path()) {
      auto st = fs::status(dir, ec);
      if (fs::exists(st) && !fs::is_directory(st))
        throw io::WriteError(
            fmt::format("{} is in the way: cchc init needs a folder there to write {}",
                        dir.string(), p.string()));
      if (dir == root || dir == dir.parent_path()) break;
    }
  }
  // Then write, undoing what was written if a write still fails (a full disk,
  // a permission): all or nothing.
  std::vector<fs::path> written, made;
  try {
    for (const auto& f : files) {
      fs::path p = root / f.path;
      for (fs::path dir = p.parent_path(); !dir.empty(); dir = dir.parent_path()) {
        std::error_code ec;
        if (fs::exists(dir, ec)) break;
        made.push_back(dir);
        if (dir == dir.parent_path()) break;
      }
      std::error_code ec;
      fs::create_directories(p.parent_path(), ec);
      if (ec)
        throw io::WriteError(
            fmt::format("cannot create {}: {}", p.parent_path().string(), ec.message()));
      io::write_file_atomic(p, f.content, io::Overwrite::refuse);
      written.push_back(p);
    }
  } catch (...) {
    std::error_code ec;
    for (auto it = written.rbegin(); it != written.rend(); ++it) fs::remove(*it, ec);
    std::sort(made.begin(), made.end());
    for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ec);  // if empty
    throw;
  }
  for (const auto& p : written) std::cerr << "wrote " << p.string() << '\n';
  std::cerr << fmt::format("A new plan repository is in {}; try: cchc check --repo {}\n", o.dir,
                           o.dir);
  return Exit::ok;
}

}  // namespace

void register_init(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand("init", "Create a new plan repository (never overwrites)");
  cmd->add_option("dir", opts->dir, "Folder of the new repository (default: the current folder)");
  add_day_option(*cmd, "--as-of", opts->as_of,
                 "The year of the example plan comes from this day (default today)");
  cmd->callback([opts, &exit_code] { exit_code = run_init(*opts); });
}

}  // namespace cchc::cli
