// YAML text -> model. Each function loads one file independently of every
// other file (so that many can be loaded in parallel), appends what is wrong to
// `diags` and keeps going; nothing here throws for bad input.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/source.hpp"
#include "cchc/diag/suppress.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::load {

struct FileResult {
  diag::Diagnostics diags;
  std::shared_ptr<const diag::SourceText> source;
  // The file's `# cchc:` comments: load_repository reads them, then drops
  // the text from `source` (the name stays).
  diag::FileSuppressions suppressions;
};

struct PlanFile : FileResult {
  std::optional<model::Plan> plan;  // none when the file could not be read as a plan
};
struct OwnersFile : FileResult {
  std::vector<model::Owner> owners;
};
struct ConfigFile : FileResult {
  model::Config config;
};
struct CalendarResult : FileResult {
  std::optional<model::CalendarFile> calendar;
};

// `default_unit` is cchc.yaml's budget_unit, used when the plan names none.
PlanFile load_plan(const std::string& display_name, std::string text,
                   model::MoneyUnit default_unit);
OwnersFile load_owners(const std::string& display_name, std::string text);
ConfigFile load_config(const std::string& display_name, std::string text);
CalendarResult load_calendar(const std::string& display_name, std::string text);

struct ReportMetaFile : FileResult {
  std::optional<model::ReportMeta> meta;  // none when the file is not a mapping
};

// A report file (reports/<period>.yaml, docs/report.md): unknown keys, days,
// a number and symbol of the form "125/BC-UBND". `period` is the file's name
// without its extension.
ReportMetaFile load_report_meta(const std::string& display_name, std::string text,
                                const std::string& period);

}  // namespace cchc::load
