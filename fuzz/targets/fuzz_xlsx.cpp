// The workbook reader (load/xlsx_reader: libzip and pugixml) on any bytes: its
// sheet names, then the first sheet read as a table and imported.
#include "cchc/load/import.hpp"
#include "cchc/load/xlsx_reader.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)load::xlsx_sheet_names(bytes);
  load::CsvTable table = load::read_xlsx(bytes);
  if (table.error) {
    CCHC_FUZZ_REQUIRE(!table.error->message.empty(), "a workbook refused without a message");
    return 0;
  }
  load::ImportSettings settings;
  settings.file = "bang.xlsx";
  (void)load::import_table(table, settings);
  return 0;
}
