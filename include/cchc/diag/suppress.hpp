// Suppressions in the linters' convention (yamllint's `# yamllint
// disable-line`, ruff's `# noqa`), written as YAML comments:
//
//   due: ...        # cchc: ignore[missing-due]        this line
//   - id: "2.1"     # cchc: ignore[missing-due, missing-lead]   the whole task
//   # cchc: ignore[missing-due]                         (alone) the next line
//   # cchc: ignore-file[missing-due]                    in the comments at the
//                                                       top: the whole file
//
// An ignore that silences nothing is itself a warning, unused-ignore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/source.hpp"

namespace cchc::diag {

// A `cchc:` comment as written on one line.
struct IgnoreComment {
  bool file = false;               // ignore-file[...]
  bool malformed = false;          // starts with "cchc:" but is not one of the two forms
  bool alone = false;              // nothing but the comment on its line
  int column = 0;                  // 1-based code-point column of "cchc:"
  int length = 0;                  // code points from "cchc:" to "]"
  std::vector<std::string> rules;  // as written, trimmed
};

// The `# cchc: ...` comment of one line of YAML, if it has one: a '#' outside
// quotes at the start of the line or after a space, followed by "cchc:".
std::optional<IgnoreComment> parse_ignore_comment(std::string_view line);

// Drops from `diags` what the comments of the files in `sources` silence and
// adds an unused-ignore warning for each rule of a comment that silences
// nothing, names no rule, or is an ignore-file below the top of its file.
void apply_suppressions(Diagnostics& diags, const SourceMap& sources);

}  // namespace cchc::diag
