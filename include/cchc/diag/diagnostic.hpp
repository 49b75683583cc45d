// Diagnostics: one type for every problem cchc finds in a repository, with its
// position, severity and stable rule name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/message.hpp"

namespace cchc::diag {

// A 1-based position in a file. line == 0 means "the file as a whole".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  int length = 0;  // length of the span in code points, for the caret line; 0 = one caret
};

enum class Severity { error, warning, off };

// Every rule cchc reports. The names (rule_name) are stable: users switch rules
// on and off by name in cchc.yaml and tools match on them in JSON output.
enum class Rule {
  yaml_syntax,
  not_utf8,
  duplicate_key,
  unknown_key,
  wrong_type,
  missing_key,
  duplicate_id,
  unknown_owner,
  unknown_area,
  bad_deadline,
  bad_date,
  start_after_due,
  deadline_outside_period,
  ambiguous_amount,
  bad_amount,
  declared_total_mismatch,
  subtask_budget_mismatch,
  bad_goal,
  bad_status,
  done_without_date,
  non_nfc_text,
  legacy_encoding,
  owner_not_active,
  // Added by cchc beyond the required set.
  missing_lead,      // a leaf task without a lead agency (cơ quan chủ trì)
  missing_due,       // a leaf task without a deadline
  bad_config,        // cchc.yaml / calendar.yaml values
  bad_file,          // unreadable, too large, several documents, not a mapping
  note_wanted,       // blocked/cancelled without a note
  done_after_as_of,  // done_on later than the as-of day
  budget_overflow,   // a sum that does not fit in 64 bits
  unused_ignore,     // a `# cchc: ignore[...]` comment that silences nothing
};

std::string_view rule_name(Rule r);
std::optional<Rule> rule_from_name(std::string_view name);
Severity default_severity(Rule r);
// All rules, in declaration order (for docs and for config validation).
const std::vector<Rule>& all_rules();

std::string_view severity_name(Severity s);

struct Diagnostic {
  SourceLocation location;
  Severity severity = Severity::error;
  Rule rule = Rule::yaml_syntax;
  Message message;  // rendered in the chosen language when written (format.hpp)
  Message hint;     // what to write instead; may be empty
};

// Collects diagnostics; validation appends and goes on.
class Diagnostics {
 public:
  void add(Rule rule, SourceLocation where, Message message, Message hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);
  void append(Diagnostics&& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  bool empty() const { return items_.empty(); }
  std::size_t count(Severity s) const;

  // Sort by file, line, column, rule (stable output whatever the load order).
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace cchc::diag
