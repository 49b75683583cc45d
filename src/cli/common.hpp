// What every command shares: the common options of cli.md section 1, the exit
// codes, the as-of day, colors and where output goes.
#pragma once

#include <CLI/CLI.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "cchc/load/repository.hpp"
#include "cchc/model/date.hpp"

namespace cchc::cli {

// Exit status (cli.md section 1), in one place.
enum class Exit : int { ok = 0, findings = 1, cannot_run = 2 };

// A usage problem found after CLI11 parsed the line (a bad --as-of ...).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CommonOptions {
  std::string repo;
  std::string as_of;
  std::string format;
  std::string output;
  std::string lang;
  std::string color = "auto";
  bool quiet = false;
  int verbose = 0;
  std::vector<std::string> plan_filter, owner_filter, area_filter;
  std::vector<std::string> paths;
};

struct CommonFlags {
  bool as_of = true;
  bool filters = true;
  bool output = true;
};

void add_common_options(CLI::App& cmd, CommonOptions& o, const CommonFlags& which = {});

// --as-of, else $CCHC_AS_OF, else today (the only place cchc reads the clock).
model::Date resolve_as_of(const CommonOptions& o);

// Colors on a terminal only, never with NO_COLOR, unless --color always.
bool use_color(const CommonOptions& o, int fd);

// Find and load the repository named by the options.
load::LoadedRepository load_repository(const CommonOptions& o);

// Results go to standard output, or atomically to -o FILE.
void emit(const CommonOptions& o, const std::string& text);

// The output format: --format, else the one the -o file's extension names
// (.md, .html/.htm, .xlsx, .csv, .json, .ics, .txt for table) when the
// command offers it, else `fallback`.
std::string choose_format(const CommonOptions& o, const std::vector<std::string>& offered,
                          const std::string& fallback);

// A binary format (xlsx) is refused on a terminal: it would only garble it.
// Throws UsageError.
void refuse_binary_on_terminal(const CommonOptions& o, const std::string& format);

}  // namespace cchc::cli
