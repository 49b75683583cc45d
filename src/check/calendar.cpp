// The errors that make the working-day calendar untrustworthy.
#include "cchc/check/calendar.hpp"

#include "cchc/check/checks.hpp"

namespace cchc::check {

diag::Diagnostics calendar_errors(const model::Repository& repo, std::string_view calendar_file,
                                  const diag::Diagnostics& loaded) {
  const model::Config& cfg = repo.config;
  if (cfg.calendar.empty()) return {};
  const bool named_but_missing = cfg.calendar_named && !repo.calendar;
  diag::Diagnostics found;
  for (const auto& d : loaded.items())
    if ((!calendar_file.empty() && d.location.file == calendar_file) ||
        (named_but_missing && d.location.file == cfg.file))
      found.add(d);
  apply_rule_settings(cfg, found);
  diag::Diagnostics errors;
  for (const auto& d : found.items())
    if (d.severity == diag::Severity::error) errors.add(d);
  errors.sort();
  return errors;
}

}  // namespace cchc::check
