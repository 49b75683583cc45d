// Diagnostics: one type for every problem cchc finds in a repository, with its
// position, severity and stable rule name.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <concepts>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/message.hpp"

namespace cchc::diag {

// A file's name as diagnostics show it, interned: every FileName of one name
// holds the same 32-bit number for a string that lives as long as the program.
// A copy is that number, so the millions of locations of a national repository
// (issue 15) cost no allocation and 4 bytes each for their file, and a
// SourceLocation fits in 12 bytes.
class FileName {
 public:
  // Implicit, as the std::string it replaces: `{name, line, column}` still
  // builds a location. Naming a file looks it up under a lock; copying does not.
  FileName();
  FileName(std::string_view name);
  FileName(const std::string& name) : FileName(std::string_view(name)) {}
  FileName(const char* name) : FileName(std::string_view(name)) {}

  const std::string& str() const;
  operator const std::string&() const { return str(); }
  bool empty() const { return index_ == 0; }
  bool ends_with(std::string_view s) const { return str().ends_with(s); }

  // Same name, same pointer. (A template, so that `file == "a.yaml"` picks
  // the comparison with text below, not a conversion to FileName.)
  template <class T>
  requires std::same_as<T, FileName>
  friend bool operator==(const FileName& a, const T& b) { return a.index_ == b.index_; }
  friend bool operator==(const FileName& a, std::string_view b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) {
    return a.index_ == b.index_ ? std::strong_ordering::equal : a.str().compare(b.str()) <=> 0;
  }

 private:
  std::uint32_t index_;  // 0: no name
};

// A 1-based position in a file. line == 0 means "the file as a whole".
//
// 12 bytes (issue 15: a national repository holds millions of locations, eight
// to a task): the column and the span's length are kept in 16 bits each,
// clamped to kMaxColumn / kMaxLength when the location is made. Only a line of
// more than 65,535 code points (a plan written as one line of JSON) reaches
// the clamp: its diagnostics show column 65535, which is still on the line
// and before the place meant, and a caret line of at most 65,535 characters.
// Make locations with the constructor or the setters, which clamp; the fields
// read as ints (`loc.column + 1`, `fmt::format("{}", loc.column)`).
struct SourceLocation {
  static constexpr int kMaxColumn = 0xFFFF;
  static constexpr int kMaxLength = 0xFFFF;

  FileName file;
  int line = 0;
  std::uint16_t column = 0;
  std::uint16_t length = 0;  // length of the span in code points, for the caret line; 0 = one caret

  SourceLocation() = default;
  // Implicit, so that `{file, line, column, length}` reads as the aggregate it was.
  SourceLocation(FileName f, int line_ = 0, int column_ = 0, int length_ = 0)
      : file(f),
        line(line_),
        column(clamp(column_, kMaxColumn)),
        length(clamp(length_, kMaxLength)) {}

  void set_column(int c) { column = clamp(c, kMaxColumn); }
  void set_length(int n) { length = clamp(n, kMaxLength); }

 private:
  // A negative value (none is made) reads as 0.
  static std::uint16_t clamp(int v, int max) {
    return static_cast<std::uint16_t>(v < 0 ? 0 : v > max ? max : v);
  }
};
static_assert(sizeof(SourceLocation) == 12, "see the comment above SourceLocation");

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
  // > 0: this line stands for that many more diagnostics of its rule in its
  // file, past Diagnostics::kPerFileRuleLimit, that are not kept.
  std::size_t hidden = 0;
};

// Collects diagnostics; validation appends and goes on. Past
// kPerFileRuleLimit diagnostics of one rule in one file, the rest are counted,
// not kept: one summary line (Diagnostic::hidden) stands for them, so that a
// file of a million bad tasks costs bounded memory and output.
class Diagnostics {
 public:
  static constexpr std::size_t kPerFileRuleLimit = 1000;

  void add(Rule rule, SourceLocation where, Message message, Message hint = {});
  void add(Diagnostic d);
  void append(const Diagnostics& other);
  void append(Diagnostics&& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  bool empty() const { return items_.empty(); }
  // Diagnostics of this severity, those a summary line stands for included.
  std::size_t count(Severity s) const;

  // Sort by file, line, column, rule (stable output whatever the load order),
  // and word the summary lines with their final counts.
  void sort();

 private:
  void word_summaries();
  struct Tally {
    std::size_t kept = 0;
    std::size_t hidden = 0;
  };
  std::vector<Diagnostic> items_;
  std::map<std::pair<std::string, Rule>, Tally> tallies_;
};

}  // namespace cchc::diag

template <>
struct fmt::formatter<cchc::diag::FileName> : fmt::formatter<std::string_view> {
  auto format(const cchc::diag::FileName& f, fmt::format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(f.str(), ctx);
  }
};
