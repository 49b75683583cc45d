// The targets: section of a plan file: indicators, their goals per year and
// level, and the measured actuals (plan-format.md section 8).
#pragma once

#include <vector>

#include "cchc/model/plan.hpp"
#include "reader.hpp"

namespace cchc::load {

std::vector<model::Target> read_targets(Reader& r, const YNode* n);

}  // namespace cchc::load
