// cchc diff laid out: the one-line summary, then one section per kind of
// change, written as a terminal table, Markdown for a pull-request comment,
// GitHub workflow annotations, or JSON.
#pragma once

#include <ostream>
#include <string>

#include "cchc/engine/diff.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// One version compared: a revision as the user wrote it, the index, or the
// working tree; and how many errors `check` found in it.
struct DiffSide {
  enum class Kind { revision, index, working_tree };
  Kind kind = Kind::revision;
  std::string revision;
  std::size_t errors = 0;
};

struct DiffView {
  const model::OwnerIndex& owners;  // of the new version: names behind the ids
  text::Lang lang = text::Lang::vi;
  model::MoneyUnit unit = model::MoneyUnit::million;
  DiffSide before, after;
};

// "3 nhiệm vụ mới, 2 nhiệm vụ lùi hạn (tối đa 45 ngày), kinh phí +150 triệu đồng"
std::string diff_summary(const engine::PlanDiff& d, const DiffView& v);

std::string diff_text(const engine::PlanDiff& d, const DiffView& v, const TextStyle& style);
std::string diff_md(const engine::PlanDiff& d, const DiffView& v);
// A ::notice on each changed line, a ::warning on each deadline moved later,
// and the summary last.
std::string diff_github(const engine::PlanDiff& d, const DiffView& v);
// The document of docs/cli.md, "cchc" header included, written to `out` a
// record at a time: byte for byte what dump(2) of the whole document gives.
void write_diff_json(std::ostream& out, const engine::PlanDiff& d, const DiffView& v,
                     const model::Date& as_of);

}  // namespace cchc::render
