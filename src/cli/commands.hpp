// Each command registers itself on the application; its callback stores the
// exit code. One file per command.
#pragma once

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace cchc::cli {

void register_check(CLI::App& app, Exit& exit_code);
void register_init(CLI::App& app, Exit& exit_code);
void register_import(CLI::App& app, Exit& exit_code);
void register_overdue(CLI::App& app, Exit& exit_code);
void register_deadlines(CLI::App& app, Exit& exit_code);
void register_status(CLI::App& app, Exit& exit_code);
void register_targets(CLI::App& app, Exit& exit_code);
void register_budget(CLI::App& app, Exit& exit_code);
void register_calendar(CLI::App& app, Exit& exit_code);
void register_schedule(CLI::App& app, Exit& exit_code);
void register_export(CLI::App& app, Exit& exit_code);
void register_report(CLI::App& app, Exit& exit_code);
void register_diff(CLI::App& app, Exit& exit_code);
void register_schema(CLI::App& app, Exit& exit_code);

// Build the whole command line and run it; the one entry point main() calls.
int run(int argc, char** argv);

}  // namespace cchc::cli
