// Repository discovery and loading of all its files.
#include "cchc/load/repository.hpp"

#include <fmt/format.h>
#include <fnmatch.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "cchc/load/loader.hpp"
#include "yaml_tree.hpp"

namespace cchc::load {

namespace fs = std::filesystem;
using diag::Rule;

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

std::string display(const fs::path& p, const fs::path& base) {
  fs::path rel =
      fs::absolute(p).lexically_normal().lexically_proximate(fs::absolute(base).lexically_normal());
  return rel.generic_string();
}

// A folder that cannot be listed is an error, never an empty folder: its plans
// would silently not be checked.
void report_unreadable(const FolderListing& listing, const fs::path& base, const diag::Message& how,
                       diag::Diagnostics& diags) {
  for (const auto& [dir, why] : listing.unreadable)
    diags.add(Rule::bad_file, {display(dir, base), 0, 0, 0}, {diag::Msg::folder_unreadable, {why}},
              {diag::Msg::folder_unreadable_hint, {how}});
}

// Expand one entry of cchc.yaml's plans/owners lists: a file, a folder or a glob.
std::vector<fs::path> expand(const fs::path& root, const std::string& entry,
                             const FileSystem& files, bool& missing, const fs::path& base,
                             std::string_view key, diag::Diagnostics& diags) {
  diag::Message how(diag::Msg::folder_named_in_config, {key});
  std::vector<fs::path> out;
  if (has_glob(entry)) {
    std::string prefix = entry.substr(0, entry.find_first_of("*?["));
    fs::path dir = root / fs::path(prefix).parent_path();
    auto listing = files.list_yaml(dir);
    report_unreadable(listing, base, how, diags);
    for (const auto& p : listing.files) {
      std::string rel = p.lexically_relative(root).generic_string();
      if (fnmatch(entry.c_str(), rel.c_str(), 0) == 0) out.push_back(p);
    }
    return out;
  }
  fs::path p = root / entry;
  if (files.is_directory(p)) {
    auto listing = files.list_yaml(p);
    report_unreadable(listing, base, how, diags);
    return listing.files;
  }
  if (files.exists(p)) return {p};
  missing = true;
  return out;
}

// Turns at parsing: files are parsed in parallel as long as the bytes being
// parsed at once stay under kParallelBytes; a bigger file waits until it can
// be parsed alone. A YAML tree costs some tens of times its file's size, so
// this bounds the peak memory of loading whatever the number of cores.
class MemoryTurn {
 public:
  static constexpr std::size_t kParallelBytes = 8u * 1024u * 1024u;
  explicit MemoryTurn(std::size_t bytes) : weight_(std::min(bytes, kParallelBytes)) {
    std::unique_lock lock(mutex());
    cv().wait(lock, [&] { return in_use() + weight_ <= kParallelBytes; });
    in_use() += weight_;
  }
  ~MemoryTurn() {
    {
      std::lock_guard lock(mutex());
      in_use() -= weight_;
    }
    cv().notify_all();
  }
  MemoryTurn(const MemoryTurn&) = delete;
  MemoryTurn& operator=(const MemoryTurn&) = delete;

 private:
  static std::mutex& mutex() {
    static std::mutex m;
    return m;
  }
  static std::condition_variable& cv() {
    static std::condition_variable c;
    return c;
  }
  static std::size_t& in_use() {
    static std::size_t n = 0;
    return n;
  }
  std::size_t weight_;
};

// One loader thread per core this process may run on: `taskset -c 0` means
// one thread, whatever the machine has (hardware_concurrency counts them all).
unsigned usable_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

// A file's `# cchc:` comments are read while its text is here; then the text
// goes (issue 15), and only a human diagnostic's line reads the file again.
void read_comments_drop_text(FileResult& r) {
  if (!r.source) return;
  r.suppressions = diag::read_suppressions(*r.source);
  r.source = std::make_shared<diag::SourceText>(r.source->name(), std::string());
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
      auto file = files.read_file(paths[i], kMaxFileBytes);
      if (!file.text) {
        results[i].diags.add(Rule::bad_file, {name, 0, 0, 0}, file.problem);
        results[i].source = std::make_shared<diag::SourceText>(name, std::string());
        continue;
      }
      // Parsing costs memory in proportion to the file: big files wait for
      // their turn, so that the peak does not grow with the number of cores.
      MemoryTurn turn(file.text->size());
      results[i] = loader(name, std::move(*file.text));
      read_comments_drop_text(results[i]);
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

void take(LoadedRepository& out, FileResult& r, const fs::path& path) {
  if (r.source) {
    const diag::FileName& name = r.source->name();
    // A file loaded twice (calendar.yaml matched by a plans glob) counts once
    // for its comments, as the later load saw them.
    if (r.suppressions.empty())
      out.suppressions.erase(name);
    else
      out.suppressions.insert_or_assign(name, std::move(r.suppressions));
    out.paths.insert_or_assign(name, path);
    out.repo.files.push_back(name);
  }
  out.diags.append(std::move(r.diags));
}

}  // namespace

LoadedRepository load_repository(const LoadOptions& opts, const FileSystem& files) {
  LoadedRepository out;
  const fs::path& root = opts.root;
  const fs::path base = opts.display_base.empty() ? fs::current_path() : opts.display_base;

  std::string config_name = display(root / "cchc.yaml", base);
  auto config_file = files.read_file(root / "cchc.yaml", kMaxFileBytes);
  if (!config_file.text)
    throw RepositoryError(
        fmt::format("cannot read {}: {}", config_name, config_file.problem.render(text::Lang::en)));
  ConfigFile config = load_config(config_name, std::move(*config_file.text));
  read_comments_drop_text(config);
  out.repo.config = config.config;
  out.repo.config.root = root.string();
  take(out, config, root / "cchc.yaml");
  const model::Config& cfg = out.repo.config;
  diag::SourceLocation config_loc{config_name, 0, 0, 0};

  std::vector<fs::path> owner_paths;
  for (const auto& entry : cfg.owners) {
    bool missing = false;
    auto found = expand(root, entry, files, missing, base, "owners", out.diags);
    if (missing)
      out.diags.add(Rule::bad_config, config_loc,
                    {diag::Msg::config_path_missing, {"owners", entry}});
    owner_paths.insert(owner_paths.end(), found.begin(), found.end());
  }
  for (auto& p : owner_paths) p = fs::absolute(p).lexically_normal();
  std::sort(owner_paths.begin(), owner_paths.end());
  owner_paths.erase(std::unique(owner_paths.begin(), owner_paths.end()), owner_paths.end());
  auto owner_files = load_all<OwnersFile>(owner_paths, base, files, opts, load_owners);
  for (std::size_t i = 0; i < owner_files.size(); ++i) {
    take(out, owner_files[i], owner_paths[i]);
    for (auto& o : owner_files[i].owners) out.repo.owners.push_back(std::move(o));
  }

  if (!cfg.calendar.empty()) {
    fs::path cal = root / cfg.calendar;
    if (files.exists(cal)) {
      out.calendar_file = display(cal, base);
      // An unreadable calendar is an error, not an empty calendar: its
      // holidays would silently count as working days.
      bool folder = files.is_directory(cal);
      auto file = folder ? FileRead{} : files.read_file(cal, kMaxFileBytes);
      if (file.text) {
        auto r = load_calendar(out.calendar_file, std::move(*file.text));
        read_comments_drop_text(r);
        take(out, r, cal);
        out.repo.calendar = std::move(r.calendar);
      } else {
        out.diags.add(Rule::bad_file, {out.calendar_file, 0, 0, 0},
                      folder ? diag::Message(diag::Msg::calendar_is_folder) : file.problem,
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
      auto found = expand(root, entry, files, missing, base, "plans", out.diags);
      if (missing)
        out.diags.add(Rule::bad_config, config_loc,
                      {diag::Msg::config_path_missing, {"plans", entry}});
      plan_paths.insert(plan_paths.end(), found.begin(), found.end());
    }
  } else {
    for (const auto& p : opts.only) {
      if (files.is_directory(p)) {
        // A folder named on the command line that holds no plan file is an
        // error, never "0 errors": a typo or a folder named x.yaml.
        auto listing = files.list_yaml(p);
        report_unreadable(listing, base, diag::Message(diag::Msg::folder_named_on_command_line),
                          out.diags);
        if (listing.files.empty() && listing.unreadable.empty())
          throw RepositoryError(fmt::format("{}: {} holds no plan file (*.yaml, *.yml)", p.string(),
                                            p.extension() == ".yaml" || p.extension() == ".yml"
                                                ? "this is a folder, and it"
                                                : "the folder"));
        plan_paths.insert(plan_paths.end(), listing.files.begin(), listing.files.end());
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
  for (std::size_t i = 0; i < plans.size(); ++i) {
    take(out, plans[i], plan_paths[i]);
    if (plans[i].plan) out.repo.plans.push_back(std::move(*plans[i].plan));
  }
  // The report files (reports/<period>.yaml) are checked with the whole
  // repository; `cchc report` finds its own.
  if (opts.only.empty() && files.is_directory(root / "reports")) {
    auto listing = files.list_yaml(root / "reports");
    report_unreadable(listing, base, diag::Message(diag::Msg::folder_of_reports), out.diags);
    auto reports = load_all<ReportMetaFile>(
        listing.files, base, files, opts, [](const std::string& name, std::string text) {
          return load_report_meta(name, std::move(text), fs::path(name).stem().string());
        });
    for (std::size_t i = 0; i < reports.size(); ++i) {
      take(out, reports[i], listing.files[i]);
      if (reports[i].meta) out.repo.reports.push_back(std::move(*reports[i].meta));
    }
  }
  link_owners(out.repo, out.diags);
  return out;
}

std::shared_ptr<const diag::SourceText> read_again(const LoadedRepository& loaded,
                                                   const diag::FileName& file,
                                                   const FileSystem& fs) {
  auto it = loaded.paths.find(file);
  if (it == loaded.paths.end()) return nullptr;
  auto read = fs.read_file(it->second, kMaxFileBytes);
  if (!read.text) return nullptr;
  return std::make_shared<diag::SourceText>(file, text_as_parsed(std::move(*read.text)));
}

diag::SourceMap read_excerpts(const LoadedRepository& loaded, const diag::Diagnostics& diags,
                              const FileSystem& fs) {
  diag::SourceMap out;
  for (const auto& d : diags.items()) {
    if (d.location.line <= 0 || out.find(d.location.file)) continue;
    if (auto src = read_again(loaded, d.location.file, fs)) out.add(std::move(src));
  }
  return out;
}

}  // namespace cchc::load
