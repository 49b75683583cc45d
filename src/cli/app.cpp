// The command line: every command registered on one CLI11 application, and
// the single place where errors become exit codes.
#include <fmt/format.h>

#include <iostream>

#include "cchc/io/files.hpp"
#include "commands.hpp"

namespace cchc::cli {

int run(int argc, char** argv) {
  CLI::App app{
      "cchc: keep Vietnamese administrative-reform (CCHC) plans correct, on time and within "
      "budget"};
  app.name("cchc");
  app.set_version_flag("--version", std::string("cchc ") + CCHC_VERSION);
  app.require_subcommand(1);
  Exit exit_code = Exit::ok;
  register_check(app, exit_code);
  register_init(app, exit_code);
  register_import(app, exit_code);
  register_overdue(app, exit_code);
  register_deadlines(app, exit_code);
  register_status(app, exit_code);
  register_targets(app, exit_code);
  register_budget(app, exit_code);
  register_calendar(app, exit_code);
  register_schedule(app, exit_code);
  register_export(app, exit_code);
  register_report(app, exit_code);
  register_diff(app, exit_code);
  register_schema(app, exit_code);
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
