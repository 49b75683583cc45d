// What the reporting commands share once options are parsed: the loaded
// repository, the as-of day, the working-day calendar, the owner index, the
// resolved filters, the language and the terminal style.
#pragma once

#include <memory>
#include <string>

#include "cchc/engine/calendar.hpp"
#include "cchc/engine/evaluate.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"
#include "common.hpp"

namespace cchc::cli {

// Terminal width and colors for tables on standard output.
render::TextStyle terminal_text_style(const CommonOptions& o);

class Session {
 public:
  // Loads the repository; reports a one-line warning on stderr when the plans
  // have errors (the command goes on with what could be read). Throws
  // UsageError for an unknown --owner, --plan or --area.
  explicit Session(const CommonOptions& o);

  const model::Repository& repo() const { return loaded_->repo; }
  const model::Date& as_of() const { return as_of_; }
  const engine::WorkCalendar& calendar() const { return *calendar_; }
  const model::OwnerIndex& owners() const { return *owners_; }
  const engine::Filter& filter() const { return filter_; }
  text::Lang lang() const { return lang_; }
  render::ListContext list_context() const { return {*owners_, lang_, as_of_, &filter_}; }
  // cchc.yaml's name, else "cchc": what an iCalendar of the deadlines is called.
  std::string ics_name() const { return repo().config.name.empty() ? "cchc" : repo().config.name; }
  // Terminal width and colors for tables on standard output.
  render::TextStyle text_style(const CommonOptions& o) const;

  engine::Evaluation evaluate(const std::optional<model::Date>& horizon = std::nullopt) const;

  // The plans the default (no --plan, no --all-plans) left out: they ended
  // before the as-of day.
  const std::vector<const model::Plan*>& plans_left_out() const { return left_out_; }
  // `out` in `format`, with what the default left out said once: a footer
  // line in a table or Markdown (wrapped to the style's width); other formats
  // are data and stay as they are. JSON is streamed, its writer adding the
  // key "plans_left_out" (plans_left_out_json): a JSON text here is a
  // std::logic_error.
  std::string with_footer(Format format, std::string out, const render::TextStyle& style) const;
  // cli::emit of with_footer's result.
  void emit(const CommonOptions& o, Format format, std::string out) const;
  // The ids of plans_left_out as the JSON footer key's value; null when none.
  nlohmann::json plans_left_out_json() const;
  // cli::emit_as for a reporting command: a row that returns its text gets
  // with_footer's footer; a streaming row (JSON, issue 15) writes
  // "plans_left_out" itself, in its key order, from plans_left_out_json().
  template <class Result>
  void emit_as(const CommonOptions& o, const Renderers<Result>& renderers, Format f,
               const Result& result) const {
    const Renderer<Result>& r = renderer_for(renderers, f);
    if (r.write) {
      emit(o, f, r.write(result));
      return;
    }
    emit_stream(o, [&](std::ostream& out) { r.stream(out, result); });
  }

 private:
  const load::LoadedRepository* loaded_ = nullptr;  // kept until exit
  model::Date as_of_{};
  std::unique_ptr<engine::WorkCalendar> calendar_;
  std::unique_ptr<model::OwnerIndex> owners_;
  engine::Filter filter_;
  std::vector<const model::Plan*> left_out_;
  text::Lang lang_ = text::Lang::vi;
};

}  // namespace cchc::cli
