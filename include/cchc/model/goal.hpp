// Indicator targets (chỉ tiêu) and their goals: ">= 90", "top 10", ">= khá",
// "tối thiểu 35% đến 40%", per level of government.
//
// Goal grammar (parse_goal_value), case-insensitive, Vietnamese with or
// without diacritics:
//   >= X, ≥ X, > X, <= X, ≤ X, < X, = X      the comparison as written
//   X                                        a bare value: "at least" (ge), except
//                                            rank, where it means "X or better" (le),
//                                            and yes-no, where it is eq
//   X..Y                                     a range, both ends included
//   top N, trong top N                       rank only: le N
//   tối thiểu X, ít nhất X, at least X,
//   từ X trở lên                             ge
//   trên X                                   gt (strictly)
//   tối đa X, không quá X, at most X,
//   từ X trở xuống                           le
//   dưới X                                   lt
//   tối thiểu X đến Y, từ X đến Y            the range X..Y
//   đạt X                                    "reach X": the same as a bare X, so
//                                            "đạt 100%" is ge 100
// For a rank, "từ 40 trở lên" in the documents means 40th place or better, the
// opposite of its words: it is refused with the hint to write "<= 40".
//
// Values by unit:
//   percent   a number, '%' optional, within 0..100
//   score     a number
//   count     a whole number; '.' or ',' may group thousands (1.000 = 1000)
//   rank      a whole number from 1
//   category  an entry of the scale (matched by text::name_key, or by ASCII
//             folding when that finds exactly one entry); its position, 0 = worst
//   yes-no    yes/có/true (1) or no/không/false (0); only eq
// In percent and score values ',' and '.' are both decimal marks ("82,5" = "82.5").
// Whether a goal contradicts `better` is checked by the loader, not here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/model/date.hpp"
#include "cchc/model/parsed.hpp"
#include "cchc/text/interned.hpp"

namespace cchc::model {

enum class TargetUnit { percent, count, score, rank, category, yes_no };
std::string_view target_unit_name(TargetUnit u);
std::optional<TargetUnit> target_unit_from_name(std::string_view s);

enum class Comparison { ge, gt, le, lt, eq, range };

// One goal value. Numbers are indicator values, not money: doubles are fine.
// For a category unit the numbers are positions on the scale (0 = worst);
// yes-no goals are eq 1 (yes) or eq 0 (no).
struct GoalValue {
  Comparison op = Comparison::ge;
  double value = 0;
  double high = 0;      // op == range: value..high, both included
  text::Interned text;  // as written (interned: the same goal is set for many targets)

  bool satisfied_by(double actual) const;
  bool operator==(const GoalValue&) const = default;
};

// Parse a goal as written. `scale` is the category scale (worst to best) for
// unit category. Rule::bad_goal on failure (a percent outside 0..100, a
// category not on the scale, text not understood).
Parsed<GoalValue> parse_goal_value(std::string_view text, TargetUnit unit,
                                   const std::vector<std::string>& scale);

// An actual value as written: a number, a category name, yes/no.
Parsed<double> parse_actual_value(std::string_view text, TargetUnit unit,
                                  const std::vector<std::string>& scale);

}  // namespace cchc::model
