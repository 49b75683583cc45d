// The report file (reports/<period>.yaml, load/report_meta_loader): bytes in,
// diagnostics out in every format.
#include "cchc/load/loader.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto r = load::load_report_meta("reports/2021-Q1.yaml", fuzz::as_text(data, size), "2021-Q1");
  diag::SourceMap sources;
  if (r.source) sources.add(r.source);
  fuzz::write_all_formats(r.diags, sources);
  return 0;
}
