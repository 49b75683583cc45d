// Shared set-up of the reporting commands.
#include "session.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace cchc::cli {

namespace {

// Tables fit $COLUMNS, else the terminal, else this (a pipe, a file).
constexpr int kDefaultWidth = 120;

int terminal_width() {
  if (const char* cols = std::getenv("COLUMNS"); cols && *cols) {
    int n = std::atoi(cols);
    if (n > 20) return n;
  }
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
    return ws.ws_col;
  return kDefaultWidth;
}

}  // namespace

Session::Session(const CommonOptions& o) {
  as_of_ = resolve_as_of(o);
  loaded_ = &load_repository(o);
  lang_ = choose_lang(o, loaded_->repo.config);
  if (std::size_t errors = loaded_->diags.count(diag::Severity::error); errors > 0 && !o.quiet)
    std::cerr << "cchc: " << diag::Message(diag::Msg::session_errors, {errors}).render(lang_)
              << '\n';
  calendar_ = std::make_unique<engine::WorkCalendar>(loaded_->repo.calendar);
  owners_ = std::make_unique<model::OwnerIndex>(loaded_->repo.owners);

  for (const auto& p : o.plan_filter) {
    bool known = false;
    for (const auto& plan : loaded_->repo.plans) known = known || plan.id == p;
    if (!known) throw UsageError(fmt::format("--plan {}: no plan has this id", p));
  }
  engine::PlanSelection chosen =
      engine::select_plans(loaded_->repo, as_of_, o.plan_filter, !o.active_plans || o.all_plans);
  filter_.plans = std::move(chosen.plans);
  filter_.plans_chosen = chosen.plans_chosen;
  left_out_ = std::move(chosen.left_out);
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
  filter_.role = *engine::role_from_name(o.role);
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

std::string Session::with_footer(Format format, std::string out,
                                 const render::TextStyle& style) const {
  // Every reporting command streams its JSON (issue 15), writing
  // "plans_left_out" in its key order itself: a JSON text here is a row that
  // would leave the key out.
  if (format == Format::json)
    throw std::logic_error("Session::with_footer: JSON is streamed, with plans_left_out");
  if (left_out_.empty()) return out;
  switch (format) {
    case Format::table:
      return out + "\n" +
             render::wrap_text(render::plans_left_out_note(left_out_, list_context()),
                               style.width) +
             "\n";
    case Format::md:
      return out + "\n" + render::plans_left_out_note(left_out_, list_context()) + "\n";
    default:
      return out;
  }
}

nlohmann::json Session::plans_left_out_json() const {
  if (left_out_.empty()) return nullptr;
  nlohmann::json ids = nlohmann::json::array();
  for (const model::Plan* p : left_out_) ids.push_back(p->id);
  return ids;
}

void Session::emit(const CommonOptions& o, Format format, std::string out) const {
  cli::emit(o, with_footer(format, std::move(out), text_style(o)));
}

engine::Evaluation Session::evaluate(const std::optional<model::Date>& horizon) const {
  return engine::evaluate(repo(), as_of_, *calendar_, filter_, horizon);
}

}  // namespace cchc::cli
