// What every command shares: the common options of cli.md section 1, the exit
// codes, the as-of day and the other day options, the output format, colors
// and where output goes.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/format.hpp"
#include "cchc/io/json_writer.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/model/date.hpp"
#include "cchc/text/format.hpp"
#include "format.hpp"

namespace cchc::cli {

// Exit status (cli.md section 1), in one place.
enum class Exit : int { ok = 0, findings = 1, cannot_run = 2 };

// A usage problem: a bad option value (found while CLI11 parses the line or
// after). cli::run prints it after "cchc: " and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CommonOptions {
  std::string repo;
  std::optional<model::Date> as_of;
  std::optional<Format> format;  // --format; else choose_format() decides
  std::vector<Format> formats;   // what the command writes, its default first
  std::string command;           // the command's name, for messages
  std::string output;
  std::string lang;
  std::string color = "auto";
  bool quiet = false;
  int verbose = 0;
  std::vector<std::string> plan_filter, owner_filter, area_filter;
  std::string role = "lead";  // --role: what part --owner's agencies play
  // Without --plan, cover only the plans in force on the as-of day (the
  // reporting commands but export and report), unless --all-plans.
  bool active_plans = false;
  bool all_plans = false;
  std::vector<std::string> paths;
};

struct CommonFlags {
  bool as_of = true;
  bool filters = true;
  bool output = true;
  bool active_plans = false;  // the plans in force by default, and --all-plans
};

void add_common_options(CLI::App& cmd, CommonOptions& o, const CommonFlags& which = {});

// The one reader of a day given as an option value: 2021-06-30 or 30/6/2021
// (model::parse_day). Throws UsageError naming the option.
model::Date read_day_option(std::string_view name, std::string_view value);

// An option taking a day (--from, --to, ...), read while CLI11 parses the line.
CLI::Option* add_day_option(CLI::App& cmd, const std::string& name, std::optional<model::Date>& day,
                            const std::string& help);

// --as-of, else $CCHC_AS_OF, else today (the only place cchc reads the clock).
model::Date resolve_as_of(const CommonOptions& o);

// The one choice of language for every command: --lang, else $CCHC_LANG,
// else cchc.yaml's lang, else Vietnamese. A $CCHC_LANG other than vi or en
// is a UsageError.
text::Lang choose_lang(const CommonOptions& o, const model::Config& config);
// The same before any cchc.yaml is read (--lang, else $CCHC_LANG, else vi).
text::Lang choose_lang(const CommonOptions& o);

// Colors on a terminal only, never with NO_COLOR, unless --color always.
bool use_color(const CommonOptions& o, int fd);

// Where the repository named by the options is, and what to load from it.
load::LoadOptions load_options(const CommonOptions& o);

namespace detail {
void hold_until_exit(const void* object);
}  // namespace detail

// `value` moved to the heap and never destroyed: the process's exit returns
// its memory at once, where destroying it frees each object one at a time
// (a third of a second, serial, for the 330k tasks of the national corpus;
// docs/performance.md). A static keeps the object reachable, so leak checkers
// do not count it. For what a command holds until it ends, nothing with a
// destructor that must run (a file to commit, a lock).
template <class T>
T& keep_until_exit(T value) {
  T* kept = new T(std::move(value));
  detail::hold_until_exit(kept);
  return *kept;
}

// Find and load the repository named by the options; it lives until the
// process exits (keep_until_exit).
load::LoadedRepository& load_repository(const CommonOptions& o);

// Results go to standard output, or atomically to -o FILE.
void emit(const CommonOptions& o, const std::string& text);
// The same for a result written a piece at a time.
void emit_stream(const CommonOptions& o, const std::function<void(std::ostream&)>& write);

// The result rendered in `f` and emitted: a streaming row writes straight to
// the output, without the whole text in memory.
template <class Result>
void emit_as(const CommonOptions& o, const Renderers<Result>& renderers, Format f,
             const Result& result) {
  const Renderer<Result>& r = renderer_for(renderers, f);
  if (r.write) {
    emit(o, r.write(result));
    return;
  }
  emit_stream(o, [&](std::ostream& out) { r.stream(out, result); });
}

// --format NAME, checked while CLI11 parses the line against `formats`, the
// formats the command writes (its default first): a name it does not write is
// a UsageError listing those it does.
void add_format_option(CLI::App& cmd, CommonOptions& o, std::vector<Format> formats);

// The output format: --format, else the one the -o file's extension names
// (format_of_file), else the command's default. An extension naming a format
// the command does not write, or a binary format (xlsx) bound for a terminal,
// throws UsageError.
Format choose_format(const CommonOptions& o);

// A JSON result: the header every document has (render::json_document) and
// `body`'s keys, indented, with a final newline.
std::string json_output(const model::Date& as_of, const nlohmann::json& body);
// The same header, written as the first member of a streamed document.
void json_header(io::JsonObjectWriter& w, const model::Date& as_of);

// The JSON of `check` and of `import`'s problems, streamed a diagnostic at a
// time: 100k diagnostics never make one document. The bytes of
// json_output(as_of, diag::to_json(diags, summary, lang)); without
// `list`, only the summary.
void write_diagnostics_json(std::ostream& out, const model::Date& as_of,
                            const diag::Diagnostics& diags, const diag::Summary& summary,
                            text::Lang lang, bool list = true);

// Whether CSV starts with the UTF-8 byte-order mark: with --excel, and by
// default when it is written to a .csv file (for people, who open it in
// Excel: without the mark Excel shows Vietnamese letters broken); never with
// --no-bom (plain UTF-8, for programs). Standard output gets none.
struct CsvBom {
  bool excel = false;
  bool no_bom = false;
};
void add_bom_flags(CLI::App& cmd, CsvBom& bom);
bool wants_bom(const CommonOptions& o, const CsvBom& bom);

}  // namespace cchc::cli
