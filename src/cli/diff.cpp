// cchc diff: what changed in the plans between two git revisions, a revision
// and the index (--staged), or a revision and the working tree.
#include "cchc/engine/diff.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "cchc/check/checks.hpp"
#include "cchc/load/git.hpp"
#include "cchc/render/diff.hpp"
#include "commands.hpp"
#include "format.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

namespace fs = std::filesystem;

struct DiffOptions {
  CommonOptions common;
  std::string rev = "HEAD";
  std::string rev2;
  bool staged = false;
  std::vector<std::string> fail_on;
};

struct Side {
  render::DiffSide side;
  load::LoadedRepository loaded;
};

struct DiffResult {
  const engine::PlanDiff& diff;
  const render::DiffView& view;
  render::TextStyle style;
  model::Date as_of;
};

const Renderers<DiffResult> renderers = {
    {Format::table, [](const DiffResult& r) { return render::diff_text(r.diff, r.view, r.style); }},
    {Format::md, [](const DiffResult& r) { return render::diff_md(r.diff, r.view); }},
    {Format::json, nullptr,
     [](std::ostream& out, const DiffResult& r) {
       render::write_diff_json(out, r.diff, r.view, r.as_of);  // a record at a time (issue 15)
     }},
    {Format::github, [](const DiffResult& r) { return render::diff_github(r.diff, r.view); }},
};

std::string git_message(const load::GitError& e, text::Lang lang) {
  bool vi = lang == text::Lang::vi;
  switch (e.kind()) {
    case load::GitError::Kind::not_a_repository:
      return vi ? fmt::format(
                      "{} không nằm trong một kho git; cchc diff so sánh các phiên bản "
                      "git của kho kế hoạch",
                      e.subject())
                : fmt::format(
                      "{} is not inside a git repository; cchc diff compares git "
                      "revisions of the plan repository",
                      e.subject());
    case load::GitError::Kind::bad_revision:
      return vi ? fmt::format(
                      "không có phiên bản git \"{}\" (ví dụ hợp lệ: HEAD, HEAD~1, tên "
                      "nhánh, mã commit)",
                      e.subject())
                : fmt::format(
                      "no git revision \"{}\" (valid examples: HEAD, HEAD~1, a branch "
                      "name, a commit hash)",
                      e.subject());
    case load::GitError::Kind::unreadable:
      break;
  }
  return vi ? fmt::format("không đọc được {} từ git: {}", e.subject(), e.what())
            : fmt::format("cannot read {} from git: {}", e.subject(), e.what());
}

Side load_side(const load::LoadOptions& opts, const load::FileSystem& files, render::DiffSide side,
               const model::Date& as_of) {
  Side s{std::move(side), load::load_repository(opts, files)};
  check::check_repository(s.loaded.repo, as_of, s.loaded.diags);
  check::apply_rule_settings(s.loaded.repo.config, s.loaded.diags);
  s.side.errors = s.loaded.diags.count(diag::Severity::error);
  return s;
}

Exit run_diff(const DiffOptions& o) {
  if (o.staged && !o.rev2.empty())
    throw UsageError("--staged compares REV with the index: give no second revision");
  std::vector<engine::DiffTrigger> triggers;
  for (const auto& name : o.fail_on)
    if (auto t = engine::diff_trigger_from_name(name))
      triggers.push_back(*t);
    else
      throw UsageError(fmt::format(
          "--fail-on \"{}\": expected deadline-later, budget-increase or task-removed", name));
  model::Date as_of = resolve_as_of(o.common);
  const Format format = choose_format(o.common);

  load::LoadOptions opts = load_options(o.common);
  std::error_code ec;
  opts.root = fs::weakly_canonical(opts.root, ec);  // keys of the git file sets are canonical
  opts.display_base = fs::weakly_canonical(opts.display_base, ec);
  using Kind = render::DiffSide::Kind;
  std::unique_ptr<Side> before, after;
  try {
    load::MemoryFileSystem old_files = load::read_git_revision(opts.root, o.rev);
    before = std::make_unique<Side>(load_side(opts, old_files, {Kind::revision, o.rev, 0}, as_of));
    if (o.staged) {
      load::MemoryFileSystem staged = load::read_git_index(opts.root);
      after = std::make_unique<Side>(load_side(opts, staged, {Kind::index, "", 0}, as_of));
    } else if (!o.rev2.empty()) {
      load::MemoryFileSystem new_files = load::read_git_revision(opts.root, o.rev2);
      after =
          std::make_unique<Side>(load_side(opts, new_files, {Kind::revision, o.rev2, 0}, as_of));
    } else {
      after = std::make_unique<Side>(
          load_side(opts, load::RealFileSystem{}, {Kind::working_tree, "", 0}, as_of));
    }
  } catch (const load::GitError& e) {
    // The folder as the user would write it, not the absolute path.
    std::string shown = opts.root.lexically_proximate(opts.display_base).generic_string();
    load::GitError named = e.kind() == load::GitError::Kind::not_a_repository
                               ? load::GitError(e.kind(), shown, e.what())
                               : e;
    std::cerr << "cchc: " << git_message(named, choose_lang(o.common)) << '\n';
    return Exit::cannot_run;
  }

  const model::Repository& repo = after->loaded.repo;
  engine::WorkCalendar calendar(repo.calendar);
  engine::PlanDiff d = engine::diff_repositories(before->loaded.repo, repo, calendar);
  model::OwnerIndex owners(repo.owners);
  render::DiffView view{owners, choose_lang(o.common, repo.config), repo.config.budget_unit,
                        before->side, after->side};
  emit_as(o.common, renderers, format, {d, view, terminal_text_style(o.common), as_of});
  for (auto t : triggers)
    if (engine::has_change(d, t)) return Exit::findings;
  return Exit::ok;
}

}  // namespace

void register_diff(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff",
      "What changed in the plans between two git revisions (default: HEAD and the "
      "working tree)");
  add_common_options(*cmd, opts->common, {.as_of = true, .filters = false, .output = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_flag("--staged", opts->staged,
                "Compare REV with the index (what the next commit holds)");
  cmd->add_option("--fail-on", opts->fail_on,
                  "Exit 1 when such a change is present: deadline-later, budget-increase, "
                  "task-removed (comma-separated or repeated)")
      ->delimiter(',');
  cmd->add_option("rev", opts->rev, "The old revision (default HEAD)");
  cmd->add_option("rev2", opts->rev2, "The new revision (default: the working tree)");
  cmd->callback([opts, &exit_code] { exit_code = run_diff(*opts); });
}

}  // namespace cchc::cli
