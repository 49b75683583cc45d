// Repository discovery and loading of all its files.
#include "cchc/load/repository.hpp"

#include <fmt/format.h>
#include <fnmatch.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "cchc/load/loader.hpp"

namespace cchc::load {

namespace fs = std::filesystem;
using diag::Rule;

std::optional<std::string> RealFileSystem::read(const fs::path& p) const {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(ss).str();
}

bool RealFileSystem::is_directory(const fs::path& p) const {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool RealFileSystem::exists(const fs::path& p) const {
  std::error_code ec;
  return fs::exists(p, ec);
}

std::vector<fs::path> RealFileSystem::yaml_files_under(const fs::path& dir) const {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    auto ext = it->path().extension();
    if (ext == ".yaml" || ext == ".yml") out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

fs::path find_repository(const std::optional<std::string>& repo_flag, const char* env_repo,
                         const fs::path& cwd, const FileSystem& files) {
  auto check = [&](const fs::path& dir, std::string_view how) {
    if (!files.exists(dir / "cchc.yaml"))
      throw RepositoryError(
          fmt::format("{} names {}, which holds no cchc.yaml", how, dir.string()));
    return fs::absolute(dir).lexically_normal();
  };
  if (repo_flag && !repo_flag->empty()) return check(*repo_flag, "--repo");
  if (env_repo && *env_repo) return check(env_repo, "$CCHC_REPO");
  for (fs::path dir = fs::absolute(cwd);; dir = dir.parent_path()) {
    if (files.exists(dir / "cchc.yaml")) return dir.lexically_normal();
    if (dir == dir.parent_path()) break;
  }
  if (files.exists(cwd / "plans" / "cchc.yaml"))
    return fs::absolute(cwd / "plans").lexically_normal();
  throw RepositoryError(
      "no plan repository here: no cchc.yaml in this folder or above it, nor in ./plans "
      "(use --repo DIR, set CCHC_REPO, or create one with 'cchc init DIR')");
}

namespace {

bool has_glob(const std::string& s) {
  return s.find_first_of("*?[") != std::string::npos;
}

// Expand one entry of cchc.yaml's plans/owners lists: a file, a folder or a glob.
std::vector<fs::path> expand(const fs::path& root, const std::string& entry,
                             const FileSystem& files, bool& missing) {
  std::vector<fs::path> out;
  if (has_glob(entry)) {
    std::string prefix = entry.substr(0, entry.find_first_of("*?["));
    fs::path base = root / fs::path(prefix).parent_path();
    for (const auto& p : files.yaml_files_under(base)) {
      std::string rel = p.lexically_relative(root).generic_string();
      if (fnmatch(entry.c_str(), rel.c_str(), 0) == 0) out.push_back(p);
    }
    return out;
  }
  fs::path p = root / entry;
  if (files.is_directory(p)) return files.yaml_files_under(p);
  if (files.exists(p)) return {p};
  missing = true;
  return out;
}

std::string display(const fs::path& p, const fs::path& base) {
  fs::path rel =
      fs::absolute(p).lexically_normal().lexically_proximate(fs::absolute(base).lexically_normal());
  return rel.generic_string();
}

// One loader thread per core this process may run on: `taskset -c 0` means
// one thread, whatever the machine has (hardware_concurrency counts them all).
unsigned usable_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

template <class Result, class Loader>
std::vector<Result> load_all(const std::vector<fs::path>& paths, const fs::path& base,
                             const FileSystem& files, const LoadOptions& opts, Loader loader) {
  const unsigned threads = opts.threads;
  std::vector<Result> results(paths.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < paths.size();) {
      std::string name = display(paths[i], base);
      auto text = files.read(paths[i]);
      if (!text) {
        results[i].diags.add(Rule::bad_file, {name, 0, 0, 0},
                             diag::Message(diag::Msg::file_unreadable));
        results[i].source = std::make_shared<diag::SourceText>(name, std::string());
        continue;
      }
      results[i] = loader(name, std::move(*text));
      if (!opts.keep_text && results[i].source)
        results[i].source = std::make_shared<diag::SourceText>(name, std::string());
    }
  };
  unsigned n = threads ? threads : usable_cores();
  n = static_cast<unsigned>(std::min<std::size_t>(n, paths.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return results;
}

void take(LoadedRepository& out, FileResult& r) {
  if (r.source) {
    out.sources.add(r.source);
    out.repo.files.push_back(r.source->name());
  }
  out.diags.append(std::move(r.diags));
}

}  // namespace

LoadedRepository load_repository(const LoadOptions& opts, const FileSystem& files) {
  LoadedRepository out;
  const fs::path& root = opts.root;
  const fs::path base = opts.display_base.empty() ? fs::current_path() : opts.display_base;

  std::string config_name = display(root / "cchc.yaml", base);
  auto config_text = files.read(root / "cchc.yaml");
  if (!config_text) throw RepositoryError(fmt::format("cannot read {}", config_name));
  ConfigFile config = load_config(config_name, std::move(*config_text));
  out.repo.config = config.config;
  out.repo.config.root = root.string();
  take(out, config);
  const model::Config& cfg = out.repo.config;
  diag::SourceLocation config_loc{config_name, 0, 0, 0};

  std::vector<fs::path> owner_paths;
  for (const auto& entry : cfg.owners) {
    bool missing = false;
    auto found = expand(root, entry, files, missing);
    if (missing)
      out.diags.add(Rule::bad_config, config_loc,
                    {diag::Msg::config_path_missing, {"owners", entry}});
    owner_paths.insert(owner_paths.end(), found.begin(), found.end());
  }
  for (auto& p : owner_paths) p = fs::absolute(p).lexically_normal();
  std::sort(owner_paths.begin(), owner_paths.end());
  owner_paths.erase(std::unique(owner_paths.begin(), owner_paths.end()), owner_paths.end());
  for (auto& r : load_all<OwnersFile>(owner_paths, base, files, opts, load_owners)) {
    take(out, r);
    for (auto& o : r.owners) out.repo.owners.push_back(std::move(o));
  }

  if (!cfg.calendar.empty()) {
    fs::path cal = root / cfg.calendar;
    if (files.exists(cal)) {
      out.calendar_file = display(cal, base);
      // An unreadable calendar is an error, not an empty calendar: its
      // holidays would silently count as working days.
      bool folder = files.is_directory(cal);
      auto text = folder ? std::nullopt : files.read(cal);
      if (text) {
        auto r = load_calendar(out.calendar_file, std::move(*text));
        take(out, r);
        out.repo.calendar = std::move(r.calendar);
      } else {
        out.diags.add(
            Rule::bad_file, {out.calendar_file, 0, 0, 0},
            diag::Message(folder ? diag::Msg::calendar_is_folder : diag::Msg::file_unreadable),
            diag::Message(diag::Msg::calendar_unreadable_hint));
      }
    } else if (cfg.calendar_named) {
      out.diags.add(Rule::bad_config, config_loc,
                    {diag::Msg::config_path_missing, {"calendar", cfg.calendar}});
    }
  }

  std::vector<fs::path> plan_paths;
  if (opts.only.empty()) {
    for (const auto& entry : cfg.plans) {
      bool missing = false;
      auto found = expand(root, entry, files, missing);
      if (missing)
        out.diags.add(Rule::bad_config, config_loc,
                      {diag::Msg::config_path_missing, {"plans", entry}});
      plan_paths.insert(plan_paths.end(), found.begin(), found.end());
    }
  } else {
    for (const auto& p : opts.only) {
      if (files.is_directory(p)) {
        auto found = files.yaml_files_under(p);
        plan_paths.insert(plan_paths.end(), found.begin(), found.end());
      } else if (files.exists(p)) {
        plan_paths.push_back(p);
      } else {
        throw RepositoryError(fmt::format("{}: no such file or folder", p.string()));
      }
    }
  }
  // The same file named twice (a folder and a file in it) is loaded once.
  for (auto& p : plan_paths) p = fs::absolute(p).lexically_normal();
  std::sort(plan_paths.begin(), plan_paths.end());
  plan_paths.erase(std::unique(plan_paths.begin(), plan_paths.end()), plan_paths.end());

  auto unit = cfg.budget_unit;
  auto plans = load_all<PlanFile>(plan_paths, base, files, opts,
                                  [unit](const std::string& name, std::string text) {
                                    return load_plan(name, std::move(text), unit);
                                  });
  for (auto& r : plans) {
    take(out, r);
    if (r.plan) out.repo.plans.push_back(std::move(*r.plan));
  }
  // The report files (reports/<period>.yaml) are checked with the whole
  // repository; `cchc report` finds its own.
  if (opts.only.empty() && files.is_directory(root / "reports")) {
    auto reports = load_all<ReportMetaFile>(
        files.yaml_files_under(root / "reports"), base, files, opts,
        [](const std::string& name, std::string text) {
          return load_report_meta(name, std::move(text), fs::path(name).stem().string());
        });
    for (auto& r : reports) {
      take(out, r);
      if (r.meta) out.repo.reports.push_back(std::move(*r.meta));
    }
  }
  link_owners(out.repo, out.diags);
  return out;
}

}  // namespace cchc::load
