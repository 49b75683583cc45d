// The formats diagnostics are shown in: human (file:line:col with the source
// line and a caret), JSON (cli.md section 6) and GitHub workflow annotations.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/source.hpp"

namespace cchc::diag {

struct Summary {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t files = 0;
  std::size_t plans = 0;
  std::size_t tasks = 0;
};

// "2 errors, 5 warnings in 7 files, 143 tasks"
std::string summary_line(const Summary& s);

struct HumanStyle {
  bool color = false;
  bool hints = true;
};

void write_human(std::ostream& out, const Diagnostics& diags, const SourceMap& sources,
                 const HumanStyle& style);
void write_human(std::ostream& out, const Diagnostic& d, const SourceMap& sources,
                 const HumanStyle& style);

// {"diagnostics": [...], "summary": {...}} without the "cchc" header, which the caller adds.
nlohmann::json to_json(const Diagnostics& diags, const Summary& summary);

// ::error file=...,line=...,col=...,title=rule::message — at most `limit` of
// each severity, then a ::notice saying how many more there are (a workflow
// step shows only the first ten annotations of each kind).
// Workflow command values escape %, CR and LF; properties (file=, title=)
// also escape : and ,.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

void write_github(std::ostream& out, const Diagnostics& diags, const Summary& summary,
                  std::size_t limit = 10);

}  // namespace cchc::diag
