// Shared set-up of the reporting commands.
#include "session.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace cchc::cli {

namespace {

int terminal_width() {
  if (const char* cols = std::getenv("COLUMNS"); cols && *cols) {
    int n = std::atoi(cols);
    if (n > 20) return n;
  }
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
    return ws.ws_col;
  return 0;  // not a terminal: no wrapping
}

}  // namespace

Session::Session(const CommonOptions& o) {
  as_of_ = resolve_as_of(o);
  loaded_ = std::make_unique<load::LoadedRepository>(load_repository(o));
  if (std::size_t errors = loaded_->diags.count(diag::Severity::error); errors > 0 && !o.quiet)
    std::cerr << fmt::format(
        "cchc: the plans have {} error{}; results use what could be read (run 'cchc check')\n",
        errors, errors == 1 ? "" : "s");
  calendar_ = std::make_unique<engine::WorkCalendar>(loaded_->repo.calendar);
  owners_ = std::make_unique<model::OwnerIndex>(loaded_->repo.owners);
  lang_ = choose_lang(o, loaded_->repo.config);

  for (const auto& p : o.plan_filter) {
    bool known = false;
    for (const auto& plan : loaded_->repo.plans) known = known || plan.id == p;
    if (!known) throw UsageError(fmt::format("--plan {}: no plan has this id", p));
  }
  filter_.plans = o.plan_filter;
  for (const auto& a : o.area_filter) {
    bool known = false;
    for (const auto& plan : loaded_->repo.plans) known = known || plan.find_area(a) != nullptr;
    if (!known)
      throw UsageError(fmt::format("--area \"{}\": no such area (built-in ids: {})", a,
                                   model::builtin_area_ids()));
  }
  filter_.areas = o.area_filter;
  auto owners = engine::resolve_owner_filter(loaded_->repo, *owners_, o.owner_filter);
  if (!owners.unknown.empty()) {
    std::string ref = owners.unknown.front();
    std::string msg = fmt::format("--owner \"{}\": no such owner", ref);
    auto near = owners_->suggest(ref, "");
    for (const auto& p : loaded_->repo.plans)
      if (near.empty()) near = owners_->suggest(ref, p.scope);
    if (!near.empty()) msg += fmt::format("; did you mean \"{}\"?", near.front().spelling);
    throw UsageError(msg);
  }
  filter_.owner_ids = owners.ids;
}

render::TextStyle terminal_text_style(const CommonOptions& o) {
  render::TextStyle s;
  s.width = terminal_width();
  s.color = use_color(o, STDOUT_FILENO);
  return s;
}

render::TextStyle Session::text_style(const CommonOptions& o) const {
  return terminal_text_style(o);
}

engine::Evaluation Session::evaluate(const std::optional<model::Date>& horizon) const {
  return engine::evaluate(repo(), as_of_, *calendar_, filter_, horizon);
}

}  // namespace cchc::cli
