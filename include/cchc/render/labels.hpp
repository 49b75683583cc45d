// Words people read: category and column labels in Vietnamese (default) or
// English, and the names of owners and areas behind the ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

using text::Lang;

// "Hoàn thành đúng hạn" / "Done on time" ... (cli.md section 3).
std::string_view category_label(engine::Category c, Lang lang);

// A task status as people read it: "Đang thực hiện" / "In progress" ...
std::string_view status_label(model::Status s, Lang lang);

// The same, short enough for a column header: "HT đúng hạn" / "On time" ...
std::string_view category_short(engine::Category c, Lang lang);

// A fixed vocabulary of headings, so that every command says things the same way.
enum class Word {
  plan,
  task_id,
  title,
  lead,
  support,
  due,
  due_written,
  days_overdue,
  working_days,
  status,
  area,
  owner,
  total,
  optional_past_due,
  completion_rate,
  on_time_rate,
  done_on,
  product,
  none,
  no_lead,
  overdue_heading,
  deadlines_heading,
  status_heading,
  rates_note,
  tasks_overdue,
  kind,
  weekday,
  name,
  source,
  date
};
std::string_view word(Word w, Lang lang);
// The word for `n` of them: English singular for one ("1 overdue task"); a
// Vietnamese noun does not change.
std::string counted(Word w, std::size_t n, Lang lang);

// "Sở Nội vụ, Sở Tư pháp": the lead agencies' names (or the text as written
// when a reference is unknown).
std::string lead_names(const model::Task& t, const model::OwnerIndex& owners);
std::string owner_name(const std::string& id_or_text, const model::OwnerIndex& owners);
// A reference's agency name: its owner's, else the text as written.
std::string owner_name(const model::OwnerRef& r, const model::OwnerIndex& owners);

// Agencies as one output names them: where two owners of the output share
// a name, each shows its scope's name ("Sở Tư pháp (Sóc Trăng)"), else its
// scope id; a name no other owner of the output has stays as it is.
class OwnerLabels {
 public:
  // `ids`: every owner id (or unknown reference) the output names.
  OwnerLabels(const model::OwnerIndex& owners, const std::vector<std::string>& ids);
  std::string operator()(const std::string& id_or_text) const;
  std::string operator()(const model::OwnerRef& r) const { return (*this)(r.id_or_text()); }
  // "Sở Nội vụ, Sở Tư pháp (Sóc Trăng)": a task's lead agencies.
  std::string leads(const model::Task& t) const;

 private:
  const model::OwnerIndex& owners_;
  std::vector<std::string> shared_;  // names two owners of the output share
};

// The lead agencies' ids (else the text as written) of tasks: what an
// OwnerLabels of a list of tasks needs.
std::vector<std::string> lead_ids(const std::vector<const engine::DeadlineEval*>& items);

// The deadline as a person reads it: an occurrence of "Hàng quý" shows its
// period ("Hàng quý (Quý I/2026)"), a day shows as written.
std::string due_label(const engine::DeadlineEval& e, Lang lang);

}  // namespace cchc::render
