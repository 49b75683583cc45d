// The formats diagnostics are shown in: human (file:line:col with the source
// line and a caret), JSON (cli.md section 6) and GitHub workflow annotations.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Every message, hint and summary line is written in `lang`; rule names,
// severities in JSON and the keys of JSON stay English.

// "2 errors, 5 warnings in 7 files, 143 tasks" /
// "2 lỗi, 5 cảnh báo trong 7 tệp, 143 nhiệm vụ"
std::string summary_line(const Summary& s, text::Lang lang);

// How many diagnostics each rule has, most first, then by rule name.
std::vector<std::pair<Rule, std::size_t>> count_by_rule(const Diagnostics& diags);
// "by rule: 52 × missing-due, 1 × declared-total-mismatch"; "" without diagnostics.
std::string rule_counts_line(const Diagnostics& diags, text::Lang lang);

struct HumanStyle {
  bool color = false;
  bool hints = true;
  text::Lang lang = text::Lang::vi;
};

void write_human(std::ostream& out, const Diagnostics& diags, const SourceMap& sources,
                 const HumanStyle& style);
void write_human(std::ostream& out, const Diagnostic& d, const SourceMap& sources,
                 const HumanStyle& style);

// {"diagnostics": [...], "summary": {...}} without the "cchc" header, which the caller adds.
// summary.rules counts the diagnostics per rule name.
nlohmann::json to_json(const Diagnostics& diags, const Summary& summary, text::Lang lang);
// Its pieces, for a caller that streams the list: one element of
// "diagnostics", and "summary" (with its counts per rule).
nlohmann::json to_json(const Diagnostic& d, text::Lang lang);
nlohmann::json summary_json(const Diagnostics& diags, const Summary& summary);

// ::error file=...,line=...,col=...,title=rule::message — at most `limit` of
// each severity, then a ::notice saying how many more there are (a workflow
// step shows only the first ten annotations of each kind).
// Workflow command values escape %, CR and LF; properties (file=, title=)
// also escape : and ,. A limit of 0 writes only the summary notice.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

void write_github(std::ostream& out, const Diagnostics& diags, const Summary& summary,
                  text::Lang lang, std::size_t limit = 10);

}  // namespace cchc::diag
