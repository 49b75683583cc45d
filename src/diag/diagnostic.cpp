// Rule names, default severities and the diagnostics collection.
#include "cchc/diag/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <tuple>

#include "cchc/text/interned.hpp"

namespace cchc::diag {
namespace {

struct RuleInfo {
  Rule rule;
  std::string_view name;
  Severity severity;
};

// One table drives names, lookup and defaults.
constexpr std::array kRules{
    RuleInfo{Rule::yaml_syntax, "yaml-syntax", Severity::error},
    RuleInfo{Rule::not_utf8, "not-utf8", Severity::error},
    RuleInfo{Rule::duplicate_key, "duplicate-key", Severity::error},
    RuleInfo{Rule::unknown_key, "unknown-key", Severity::error},
    RuleInfo{Rule::wrong_type, "wrong-type", Severity::error},
    RuleInfo{Rule::missing_key, "missing-key", Severity::error},
    RuleInfo{Rule::duplicate_id, "duplicate-id", Severity::error},
    RuleInfo{Rule::unknown_owner, "unknown-owner", Severity::error},
    RuleInfo{Rule::unknown_area, "unknown-area", Severity::error},
    RuleInfo{Rule::bad_deadline, "bad-deadline", Severity::error},
    RuleInfo{Rule::bad_date, "bad-date", Severity::error},
    RuleInfo{Rule::start_after_due, "start-after-due", Severity::error},
    RuleInfo{Rule::deadline_outside_period, "deadline-outside-period", Severity::warning},
    RuleInfo{Rule::ambiguous_amount, "ambiguous-amount", Severity::error},
    RuleInfo{Rule::bad_amount, "bad-amount", Severity::error},
    RuleInfo{Rule::declared_total_mismatch, "declared-total-mismatch", Severity::warning},
    RuleInfo{Rule::subtask_budget_mismatch, "subtask-budget-mismatch", Severity::error},
    RuleInfo{Rule::bad_goal, "bad-goal", Severity::error},
    RuleInfo{Rule::bad_status, "bad-status", Severity::error},
    RuleInfo{Rule::done_without_date, "done-without-date", Severity::error},
    RuleInfo{Rule::non_nfc_text, "non-nfc-text", Severity::warning},
    RuleInfo{Rule::legacy_encoding, "legacy-encoding", Severity::error},
    RuleInfo{Rule::owner_not_active, "owner-not-active", Severity::warning},
    RuleInfo{Rule::missing_lead, "missing-lead", Severity::warning},
    RuleInfo{Rule::missing_due, "missing-due", Severity::warning},
    RuleInfo{Rule::bad_config, "bad-config", Severity::error},
    RuleInfo{Rule::bad_file, "bad-file", Severity::error},
    RuleInfo{Rule::note_wanted, "note-wanted", Severity::warning},
    RuleInfo{Rule::done_after_as_of, "done-after-as-of", Severity::warning},
    RuleInfo{Rule::budget_overflow, "budget-overflow", Severity::error},
    RuleInfo{Rule::unused_ignore, "unused-ignore", Severity::warning},
};

const RuleInfo& info(Rule r) {
  for (const auto& i : kRules)
    if (i.rule == r) return i;
  return kRules[0];
}

}  // namespace

namespace {

// The line that stands for the diagnostics of one rule in one file past the
// limit; Diagnostics::word_summaries gives it its final count.
Diagnostic summary_line(const Diagnostic& first_hidden) {
  Diagnostic d;
  d.location = {first_hidden.location.file, 0, 0, 0};
  d.severity = first_hidden.severity;
  d.rule = first_hidden.rule;
  d.hidden = first_hidden.hidden;
  d.message = Message(Msg::more_not_shown, {d.hidden, rule_name(d.rule)});
  d.hint = Message(Msg::more_not_shown_hint, {Diagnostics::kPerFileRuleLimit});
  return d;
}

}  // namespace

std::string_view rule_name(Rule r) {
  return info(r).name;
}

std::optional<Rule> rule_from_name(std::string_view name) {
  for (const auto& i : kRules)
    if (i.name == name) return i.rule;
  return std::nullopt;
}

Severity default_severity(Rule r) {
  return info(r).severity;
}

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> v;
    for (const auto& i : kRules) v.push_back(i.rule);
    return v;
  }();
  return rules;
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::off:
      return "off";
  }
  return "error";
}

void Diagnostics::add(Rule rule, SourceLocation where, Message message, Message hint) {
  add(Diagnostic{std::move(where), default_severity(rule), rule, std::move(message),
                 std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
  Tally& t = tallies_[{d.location.file, d.rule}];
  if (d.hidden > 0) {  // a summary line of another collection, appended
    if (t.hidden == 0) items_.push_back(summary_line(d));
    t.hidden += d.hidden;
    return;
  }
  if (t.kept < kPerFileRuleLimit) {
    ++t.kept;
    items_.push_back(std::move(d));
    return;
  }
  if (t.hidden++ == 0) {
    d.hidden = 1;
    items_.push_back(summary_line(d));
  }
}

namespace {

// File names have a table of their own (text/interned.hpp).
text::InternTable& names() {
  static text::InternTable* table = new text::InternTable;
  return *table;
}

}  // namespace

FileName::FileName() : index_(0) {}
FileName::FileName(std::string_view name) : index_(names().intern(name)) {}
const std::string& FileName::str() const {
  return names().str(index_);
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) {
    if (d.hidden == 0) {
      add(d);
      continue;
    }
    // A summary line's count is the other collection's tally, which its
    // message may not show yet.
    Diagnostic summary = d;
    auto it = other.tallies_.find({d.location.file, d.rule});
    if (it != other.tallies_.end()) summary.hidden = it->second.hidden;
    add(std::move(summary));
  }
  word_summaries();
}

void Diagnostics::append(Diagnostics&& other) {
  other.word_summaries();
  for (auto& d : other.items_) add(std::move(d));
  word_summaries();
}

std::size_t Diagnostics::count(Severity s) const {
  std::size_t n = 0;
  for (const auto& d : items_)
    if (d.severity == s) n += d.hidden > 0 ? d.hidden : 1;
  return n;
}

void Diagnostics::word_summaries() {
  // The common case: nothing to word, no pass over the items.
  if (std::none_of(tallies_.begin(), tallies_.end(),
                   [](const auto& t) { return t.second.hidden > 0; }))
    return;
  for (auto& d : items_) {
    if (d.hidden == 0) continue;
    auto it = tallies_.find({d.location.file, d.rule});
    if (it == tallies_.end()) continue;
    d.hidden = it->second.hidden;
    d.message = Message(Msg::more_not_shown, {d.hidden, rule_name(d.rule)});
  }
}

void Diagnostics::sort() {
  word_summaries();
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.location.file, b.location.line, b.location.column, b.rule);
  });
}

}  // namespace cchc::diag
