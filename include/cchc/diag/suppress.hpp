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

#include <map>
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

// One rule of one `# cchc: ignore...` comment and the lines it covers.
struct Suppression {
  enum class Scope { line, task, file };
  int from = 0, to = 0;  // lines covered, inclusive (file: every line, and line 0)
  Scope scope = Scope::line;
  Rule rule{};
  std::string written;   // the rule as written
  SourceLocation where;  // the comment
};

// What the `# cchc:` comments of one file say, read while its text is loaded
// (the text itself is not kept: issue 15). `problems` are the unused-ignore
// warnings of comments that cannot apply: malformed, naming no rule, an
// ignore-file below the top of its file.
struct FileSuppressions {
  std::vector<Suppression> ignores;
  Diagnostics problems;
  bool empty() const { return ignores.empty() && problems.empty(); }
};

// The comments of one file.
FileSuppressions read_suppressions(const SourceText& src);

// The comments of every file that has any, by file name.
using SuppressionsByFile = std::map<FileName, FileSuppressions>;

// Drops from `diags` what the comments read from the files silence, and adds
// the files' problems and an unused-ignore warning for each rule of a comment
// that silences nothing.
void apply_suppressions(Diagnostics& diags, const SuppressionsByFile& files);

}  // namespace cchc::diag
