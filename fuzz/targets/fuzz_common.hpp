// What the fuzz targets share: a property failure that libFuzzer reports as a
// crash, the bundled example repository read once, and the diagnostics of an
// input written out in every format (the formatters are fuzzed too).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/format.hpp"
#include "cchc/diag/source.hpp"

namespace cchc::fuzz {

// A property that must hold for every input: print what broke, then abort so
// that libFuzzer keeps the input as a crash artifact.
[[noreturn]] inline void property_failed(const std::string& what) {
  std::fprintf(stderr, "property failed: %s\n", what.c_str());
  std::abort();
}

#define CCHC_FUZZ_REQUIRE(cond, what)                 \
  do {                                                \
    if (!(cond)) ::cchc::fuzz::property_failed(what); \
  } while (0)

// A file of the source tree (the bundled repository in plans/).
inline std::string source_file(const std::string& relative) {
  std::ifstream in(std::filesystem::path(CCHC_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Every diagnostic written in the three output formats; the JSON must be valid.
inline void write_all_formats(const diag::Diagnostics& diags, const diag::SourceMap& sources) {
  std::ostringstream human, github;
  diag::Summary summary;
  summary.errors = diags.count(diag::Severity::error);
  summary.warnings = diags.count(diag::Severity::warning);
  // Both languages: every message of the catalogue must render in each.
  for (text::Lang lang : {text::Lang::vi, text::Lang::en}) {
    diag::write_human(human, diags, sources, {false, true, lang});
    diag::write_github(github, diags, summary, lang);
    std::string json = diag::to_json(diags, summary, lang).dump(2);
    CCHC_FUZZ_REQUIRE(!json.empty(), "the JSON of the diagnostics is empty");
  }
}

}  // namespace cchc::fuzz
