// cchc.yaml: repository settings (plan-format.md 2).
#include <fmt/format.h>

#include "cchc/load/loader.hpp"
#include "cchc/text/unicode.hpp"
#include "reader.hpp"

namespace cchc::load {

using diag::Rule;
using namespace cchc::model;

namespace {

void read_rules(Reader& r, const YNode* n, Config& c) {
  if (!n || n->is_null()) return;
  if (!n->is_map()) return r.wrong_type(*n, "rules", "a mapping of rule: error|warning|off");
  for (const auto& [k, v] : n->entries) {
    auto rule = diag::rule_from_name(k.value);
    if (!rule) {
      std::string best;
      int best_d = 4;
      for (auto candidate :
           text::worth_suggesting(k.value) ? diag::all_rules() : std::vector<diag::Rule>{}) {
        int d = text::edit_distance(k.value, diag::rule_name(candidate));
        if (d < best_d) {
          best_d = d;
          best = std::string(diag::rule_name(candidate));
        }
      }
      r.diags().add(Rule::bad_config, r.loc(k), {diag::Msg::unknown_rule, {k.value}},
                    best.empty() ? diag::Message(diag::Msg::rules_listed_hint)
                                 : diag::Message(diag::Msg::did_you_mean, {best}));
      continue;
    }
    auto s = r.text(&v, "a rule's severity");
    if (!s) continue;
    if (*s == "error")
      c.rules[*rule] = diag::Severity::error;
    else if (*s == "warning")
      c.rules[*rule] = diag::Severity::warning;
    else if (*s == "off")
      c.rules[*rule] = diag::Severity::off;
    else
      r.diags().add(Rule::bad_config, r.loc(v), {diag::Msg::severity_value, {*s}});
  }
}

}  // namespace

ConfigFile load_config(const std::string& display_name, std::string text) {
  ConfigFile out;
  out.config.file = display_name;
  YamlDocument doc = parse_yaml(display_name, std::move(text), out.diags);
  out.source = doc.source;
  if (!doc.root || doc.root->is_null()) return out;  // an empty cchc.yaml means all defaults
  Reader r(doc, out.diags);
  const YNode& root = *doc.root;
  if (!r.expect_map(root, "cchc.yaml",
                    {"name", "lang", "plans", "owners", "calendar", "budget_unit", "due_soon_days",
                     "report_day", "cutoff_day", "rules"}))
    return out;
  Config& c = out.config;
  c.name = r.text(root.find("name"), "name").value_or("");
  if (auto l = root.find("lang")) {
    if (auto s = r.text(l, "lang")) {
      if (*s == "vi" || *s == "en")
        c.lang = *s;
      else
        out.diags.add(Rule::bad_config, r.loc(*l), {diag::Msg::lang_value, {*s}});
    }
  }
  if (root.find("plans")) c.plans = r.text_list(root.find("plans"), "plans");
  if (root.find("owners")) c.owners = r.text_list(root.find("owners"), "owners");
  if (auto cal = r.text(root.find("calendar"), "calendar")) {
    c.calendar = *cal;
    c.calendar_named = true;
  }
  if (auto u = root.find("budget_unit")) {
    if (auto s = r.text(u, "budget_unit")) {
      if (auto mu = money_unit_from_name(*s))
        c.budget_unit = *mu;
      else
        out.diags.add(Rule::bad_config, r.loc(*u), {diag::Msg::unknown_budget_unit, {*s}},
                      diag::Message(diag::Msg::budget_unit_hint));
    }
  }
  if (auto v = root.find("due_soon_days"))
    c.due_soon_days = static_cast<int>(r.integer(v, "due_soon_days", 0, 366).value_or(14));
  if (auto v = root.find("report_day"))
    c.report_day = static_cast<int>(r.integer(v, "report_day", 1, 31).value_or(20));
  if (auto v = root.find("cutoff_day"))
    c.cutoff_day = static_cast<int>(r.integer(v, "cutoff_day", 1, 31).value_or(14));
  read_rules(r, root.find("rules"), c);
  return out;
}

}  // namespace cchc::load
