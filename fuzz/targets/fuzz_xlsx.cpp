// The workbook reader (load/xlsx_reader: libzip and pugixml) on any bytes: its
// sheet names, then the first sheet read as a table and imported.
#include "cchc/load/import.hpp"
#include "cchc/load/xlsx_reader.hpp"
#include "cchc/text/utf8.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)load::xlsx_sheet_names(bytes);
  load::CsvTable table = load::read_xlsx(bytes);
  if (table.error) {
    CCHC_FUZZ_REQUIRE(!table.error->message.empty(), "a workbook refused without a message");
    for (text::Lang lang : {text::Lang::vi, text::Lang::en}) {
      const std::string shown = table.error->message.render(lang);
      CCHC_FUZZ_REQUIRE(!text::find_invalid_utf8(shown), "the message is not UTF-8: " + shown);
    }
    return 0;
  }
  load::ImportSettings settings;
  settings.file = "bang.xlsx";
  auto imported = load::import_table(table, settings);
  fuzz::write_all_formats(imported.diags, {});
  return 0;
}
