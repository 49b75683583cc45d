// The command line: every command registered on one CLI11 application, and
// the single place where errors become exit codes.
#include <fmt/format.h>

#include <array>
#include <iostream>
#include <string_view>

#include "cchc/io/files.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

// Every command, in the order of `cchc --help`, by the name its register
// function gives it.
struct Command {
  std::string_view name;
  void (*add)(CLI::App&, Exit&);
};
constexpr std::array<Command, 14> kCommands{{
    {"check", register_check},
    {"init", register_init},
    {"import", register_import},
    {"overdue", register_overdue},
    {"deadlines", register_deadlines},
    {"status", register_status},
    {"targets", register_targets},
    {"budget", register_budget},
    {"calendar", register_calendar},
    {"schedule", register_schedule},
    {"export", register_export},
    {"report", register_report},
    {"diff", register_diff},
    {"schema", register_schema},
}};

// Building all the commands and their options took 0.5 ms of the 15 that
// checking the bundled plans may take (issue 15). When the first argument
// names a command, only that one is built: a run has one command
// (require_subcommand(1)), and once it is read CLI11 takes no later argument
// for another. Anything else (--help, --version, a typo) gets them all.
void add_commands(CLI::App& app, Exit& exit_code, int argc, char** argv) {
  if (argc > 1)
    for (const Command& c : kCommands)
      if (c.name == argv[1]) {
        c.add(app, exit_code);
        return;
      }
  for (const Command& c : kCommands) c.add(app, exit_code);
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "cchc: keep Vietnamese administrative-reform (CCHC) plans correct, on time and within "
      "budget"};
  app.name("cchc");
  app.set_version_flag("--version", std::string("cchc ") + CCHC_VERSION);
  app.require_subcommand(1);
  Exit exit_code = Exit::ok;
  add_commands(app, exit_code, argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // CLI11's own message, in the one form every option error has.
    std::string command = "cchc";
    for (const CLI::App* sub : app.get_subcommands()) command += " " + sub->get_name();
    std::cerr << fmt::format("cchc: {} (see '{} --help')\n", e.what(), command);
    return static_cast<int>(Exit::cannot_run);
  } catch (const UsageError& e) {
    std::cerr << "cchc: " << e.what() << '\n';
    return static_cast<int>(Exit::cannot_run);
  } catch (const load::RepositoryError& e) {
    std::cerr << "cchc: " << e.what() << '\n';
    return static_cast<int>(Exit::cannot_run);
  } catch (const io::WriteError& e) {
    std::cerr << "cchc: " << e.what() << '\n';
    return static_cast<int>(Exit::cannot_run);
  }
  return static_cast<int>(exit_code);
}

}  // namespace cchc::cli
