// cchc's entry point: run the command line; nothing escapes main.
#include <exception>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  try {
    return cchc::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "cchc: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "cchc: internal error\n";
  }
  return 2;
}
