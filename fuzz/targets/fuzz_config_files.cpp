// The other files of a repository: the first byte chooses the loader ('o' an
// owners file, 'c' cchc.yaml, anything else calendar.yaml), the rest is the
// file. Diagnostics are written in every format.
#include "cchc/load/loader.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char which = static_cast<char>(data[0]);
  std::string text = fuzz::as_text(data + 1, size - 1);
  load::FileResult result;
  if (which == 'o') {
    auto r = load::load_owners("owners.yaml", std::move(text));
    result = std::move(r);
  } else if (which == 'c') {
    result = load::load_config("cchc.yaml", std::move(text));
  } else {
    auto r = load::load_calendar("calendar.yaml", std::move(text));
    result = std::move(r);
  }
  diag::SourceMap sources;
  if (result.source) sources.add(result.source);
  fuzz::write_all_formats(result.diags, sources);
  return 0;
}
