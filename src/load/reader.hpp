// Typed access to a YNode tree with diagnostics: every "expected text here",
// "unknown key", "missing key" message of the loader comes from here, so the
// wording is the same for plans, owners, cchc.yaml and calendar.yaml.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/model/date.hpp"
#include "cchc/model/plan.hpp"
#include "yaml_tree.hpp"

namespace cchc::load {

class Reader {
 public:
  Reader(const YamlDocument& doc, diag::Diagnostics& diags) : doc_(doc), diags_(diags) {}

  diag::SourceLocation loc(const YNode& n) const { return location_of(doc_, n); }
  diag::Diagnostics& diags() { return diags_; }
  const std::string& file() const { return doc_.source->name(); }

  // n must be a mapping whose keys are all in `allowed`; unknown keys are
  // reported with the closest allowed key and, inside { }, the comma hint.
  bool expect_map(const YNode& n, std::string_view what,
                  std::initializer_list<std::string_view> allowed);
  // Report missing-key for each required key absent from the mapping.
  void require(const YNode& map, std::string_view what,
               std::initializer_list<std::string_view> keys,
               diag::Rule rule = diag::Rule::missing_key);

  std::optional<std::string> text(const YNode* n, std::string_view what);
  // A scalar or a list of scalars.
  std::vector<std::string> text_list(const YNode* n, std::string_view what);
  std::optional<long long> integer(const YNode* n, std::string_view what, long long min,
                                   long long max);
  std::optional<bool> boolean(const YNode* n, std::string_view what);
  // YYYY-MM-DD (or DD/MM/YYYY); impossible days are bad-date.
  std::optional<model::Date> date(const YNode* n, std::string_view what);
  // A day, or a month alone ("2022-11", "11/2022") read as its 1st day with
  // `month_only` set: a draft whose document names only the month.
  std::optional<model::Date> day_or_month(const YNode* n, std::string_view what, bool& month_only);
  // A date, or a year standing for its 31 December.
  std::optional<model::Date> date_or_year(const YNode* n, std::string_view what);

  // `what` and `expected` are YAML keys or the noun phrases of diag::noun.
  void wrong_type(const YNode& n, std::string_view what, std::string_view expected);
  void wrong_type(const YNode& n, const diag::Message& what, std::string_view expected);
  // An agency as written (resolved against the owners later).
  model::OwnerRef owner_ref(const YNode* n, std::string_view what);

 private:
  const YamlDocument& doc_;
  diag::Diagnostics& diags_;
};

std::string_view kind_name(const YNode& n);

}  // namespace cchc::load
