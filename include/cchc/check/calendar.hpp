// Whether the working-day calendar can be trusted: `cchc calendar` shows
// nothing from a calendar with errors.
#pragma once

#include <string_view>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::check {

// The errors that make the calendar untrustworthy, out of everything loading
// reported: those in calendar.yaml (`calendar_file`, as the diagnostics name
// it; empty when it was not read), and those of cchc.yaml when it names a
// calendar that could not be loaded. cchc.yaml's `rules:` apply; sorted.
diag::Diagnostics calendar_errors(const model::Repository& repo, std::string_view calendar_file,
                                  const diag::Diagnostics& loaded);

}  // namespace cchc::check
