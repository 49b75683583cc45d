// Validation rules over a loaded repository: the checks that need more than
// one value at a time (ids, areas, totals, dates against the plan, statuses).
// Per-value problems (a bad deadline, an ambiguous amount) are found by the loader.
#pragma once

#include "cchc/diag/diagnostic.hpp"
#include "cchc/model/date.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::check {

// Appends what is wrong; never throws. `as_of` is the day the check is made
// for (a done_on after it is suspicious).
void check_repository(const model::Repository& repo, const model::Date& as_of,
                      diag::Diagnostics& diags);

// Apply cchc.yaml's `rules:` (error / warning / off) and drop what is off.
void apply_rule_settings(const model::Config& config, diag::Diagnostics& diags);

}  // namespace cchc::check
