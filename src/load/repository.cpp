// Repository discovery and loading of all its files.
#include "cchc/load/repository.hpp"

#include <fmt/format.h>
#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "cchc/io/cores.hpp"
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

// A file's `# cchc:` comments are read while its text is here; then the text
// goes (issue 15), and only a human diagnostic's line reads the file again.
void read_comments_drop_text(FileResult& r) {
  if (!r.source) return;
  r.suppressions = diag::read_suppressions(*r.source);
  r.source = std::make_shared<diag::SourceText>(r.source->name(), std::string());
}

// A file of the repository to load. The owner files, calendar.yaml, the plans
// and the report files do not depend on each other: they are loaded by one
// pool (load_files), each into its own slot, and gathered in their order after.
struct Job {
  fs::path path;
  std::uintmax_t bytes = 0;  // FileSystem::file_size: the biggest files go first
  // Reads the file's text (or why it could not be read) into the job's slot.
  std::function<FileResult&(const std::string& name, FileRead file)> load;
};

// One job per path, loading into `results` (sized here, never resized after).
template <class Result, class Parse>
void add_jobs(std::vector<Job>& jobs, const std::vector<fs::path>& paths,
              std::vector<Result>& results, const FileSystem& files, Parse parse) {
  results.resize(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Result& slot = results[i];
    jobs.push_back({paths[i], files.file_size(paths[i]),
                    [&slot, parse](const std::string& name, FileRead file) -> FileResult& {
                      if (file.text) {
                        slot = parse(name, std::move(*file.text));
                      } else {
                        slot.diags.add(Rule::bad_file, {name, 0, 0, 0}, file.problem);
                        slot.source = std::make_shared<diag::SourceText>(name, std::string());
                      }
                      return slot;
                    }});
  }
}

// Longest first: on two cores, the biggest plan started last would be
// parsed alone at the end while the other core waits.
void load_files(std::vector<Job>& jobs, const fs::path& base, const FileSystem& files,
                const LoadOptions& opts) {
  std::vector<std::size_t> order(jobs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return jobs[a].bytes > jobs[b].bytes; });
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < order.size();) {
      Job& job = jobs[order[k]];
      std::string name = display(job.path, base);
      auto file = files.read_file(job.path, kMaxFileBytes);
      // Parsing costs memory in proportion to the file: big files wait for
      // their turn, so that the peak does not grow with the number of cores.
      std::optional<MemoryTurn> turn;
      if (file.text) turn.emplace(file.text->size());
      read_comments_drop_text(job.load(name, std::move(file)));
    }
  };
  unsigned n = opts.threads ? opts.threads : io::usable_cores();
  n = static_cast<unsigned>(std::min<std::size_t>(n, jobs.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
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

// The same file named twice (a folder and a file in it) is loaded once.
void normalise_unique(std::vector<fs::path>& paths) {
  for (auto& p : paths) p = fs::absolute(p).lexically_normal();
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

// The files that a list of cchc.yaml names (`owners`, `plans`).
std::vector<fs::path> named_in_config(const fs::path& root, const std::vector<std::string>& entries,
                                      std::string_view key, const FileSystem& files,
                                      const fs::path& base, const diag::SourceLocation& config_loc,
                                      diag::Diagnostics& diags) {
  std::vector<fs::path> paths;
  for (const auto& entry : entries) {
    bool missing = false;
    auto found = expand(root, entry, files, missing, base, key, diags);
    if (missing)
      diags.add(Rule::bad_config, config_loc, {diag::Msg::config_path_missing, {key, entry}});
    paths.insert(paths.end(), found.begin(), found.end());
  }
  normalise_unique(paths);
  return paths;
}

// The plan files and folders named on the command line (`cchc check a.yaml dir/`).
std::vector<fs::path> named_on_command_line(const std::vector<fs::path>& only,
                                            const FileSystem& files, const fs::path& base,
                                            diag::Diagnostics& diags) {
  std::vector<fs::path> paths;
  for (const auto& p : only) {
    if (files.is_directory(p)) {
      // A folder named on the command line that holds no plan file is an
      // error, never "0 errors": a typo or a folder named x.yaml.
      auto listing = files.list_yaml(p);
      report_unreadable(listing, base, diag::Message(diag::Msg::folder_named_on_command_line),
                        diags);
      if (listing.files.empty() && listing.unreadable.empty())
        throw RepositoryError(fmt::format("{}: {} holds no plan file (*.yaml, *.yml)", p.string(),
                                          p.extension() == ".yaml" || p.extension() == ".yml"
                                              ? "this is a folder, and it"
                                              : "the folder"));
      paths.insert(paths.end(), listing.files.begin(), listing.files.end());
    } else if (files.exists(p)) {
      paths.push_back(p);
    } else {
      throw RepositoryError(fmt::format("{}: no such file or folder", p.string()));
    }
  }
  normalise_unique(paths);
  return paths;
}

// calendar.yaml, when there is one to load; what is wrong with it otherwise.
std::optional<fs::path> calendar_to_load(const fs::path& root, const model::Config& cfg,
                                         const FileSystem& files, const fs::path& base,
                                         const diag::SourceLocation& config_loc,
                                         LoadedRepository& out, diag::Diagnostics& diags) {
  if (cfg.calendar.empty()) return std::nullopt;
  fs::path cal = root / cfg.calendar;
  if (!files.exists(cal)) {
    if (cfg.calendar_named)
      diags.add(Rule::bad_config, config_loc,
                {diag::Msg::config_path_missing, {"calendar", cfg.calendar}});
    return std::nullopt;
  }
  out.calendar_file = display(cal, base);
  if (files.is_directory(cal)) {
    diags.add(Rule::bad_file, {out.calendar_file, 0, 0, 0},
              diag::Message(diag::Msg::calendar_is_folder),
              diag::Message(diag::Msg::calendar_unreadable_hint));
    return std::nullopt;
  }
  return cal;
}

}  // namespace

// cchc.yaml first, since it names the other files; then every other file in
// one pool, the biggest first; then the results gathered in the order of
// kinds and names, with the diagnostics met while finding the files where
// they were when each kind was loaded in turn, so that outputs do not change.
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

  auto owner_paths =
      named_in_config(root, cfg.owners, "owners", files, base, config_loc, out.diags);
  diag::Diagnostics calendar_diags, plan_diags, report_diags;
  auto calendar_path = calendar_to_load(root, cfg, files, base, config_loc, out, calendar_diags);
  auto plan_paths = opts.only.empty() ? named_in_config(root, cfg.plans, "plans", files, base,
                                                        config_loc, plan_diags)
                                      : named_on_command_line(opts.only, files, base, plan_diags);
  // The report files (reports/<period>.yaml) are checked with the whole
  // repository; `cchc report` finds its own.
  FolderListing report_listing;
  if (opts.only.empty() && files.is_directory(root / "reports")) {
    report_listing = files.list_yaml(root / "reports");
    report_unreadable(report_listing, base, diag::Message(diag::Msg::folder_of_reports),
                      report_diags);
  }

  std::vector<Job> jobs;
  std::vector<OwnersFile> owners;
  add_jobs(jobs, owner_paths, owners, files, load_owners);
  CalendarResult calendar;
  if (calendar_path)
    jobs.push_back({*calendar_path, files.file_size(*calendar_path),
                    [&calendar](const std::string& name, FileRead file) -> FileResult& {
                      // An unreadable calendar is an error, not an empty calendar:
                      // its holidays would silently count as working days.
                      if (file.text)
                        calendar = load_calendar(name, std::move(*file.text));
                      else
                        calendar.diags.add(Rule::bad_file, {name, 0, 0, 0}, file.problem,
                                           diag::Message(diag::Msg::calendar_unreadable_hint));
                      return calendar;
                    }});
  std::vector<PlanFile> plans;
  add_jobs(jobs, plan_paths, plans, files,
           [unit = cfg.budget_unit](const std::string& name, std::string text) {
             return load_plan(name, std::move(text), unit);
           });
  std::vector<ReportMetaFile> reports;
  add_jobs(jobs, report_listing.files, reports, files,
           [](const std::string& name, std::string text) {
             return load_report_meta(name, std::move(text), fs::path(name).stem().string());
           });
  load_files(jobs, base, files, opts);

  for (std::size_t i = 0; i < owners.size(); ++i) {
    take(out, owners[i], owner_paths[i]);
    for (auto& o : owners[i].owners) out.repo.owners.push_back(std::move(o));
  }
  out.diags.append(std::move(calendar_diags));
  if (calendar_path) {
    take(out, calendar, *calendar_path);  // only its diagnostic when it could not be read
    out.repo.calendar = std::move(calendar.calendar);
  }
  out.diags.append(std::move(plan_diags));
  out.repo.plans.reserve(plans.size());  // no doubling of 12,000 plans (issue 15)
  for (std::size_t i = 0; i < plans.size(); ++i) {
    take(out, plans[i], plan_paths[i]);
    if (plans[i].plan) out.repo.plans.push_back(std::move(*plans[i].plan));
  }
  out.diags.append(std::move(report_diags));
  for (std::size_t i = 0; i < reports.size(); ++i) {
    take(out, reports[i], report_listing.files[i]);
    if (reports[i].meta) out.repo.reports.push_back(std::move(*reports[i].meta));
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
