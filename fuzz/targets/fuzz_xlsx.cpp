// The workbook reader (load/xlsx_reader: libzip and pugixml): its sheet names,
// then the first sheet read as a table and imported.
//
// Random bytes seldom make a valid zip, so most inputs would only test the
// refusals. The first byte therefore chooses what the rest is (byte % 5):
//   0  the whole input is the workbook (the zip seeds start with 'P', 80);
//   1  the first sheet's XML,  2  the shared strings,  3  the styles,
//   4  the workbook part (sheet names and ids),
// put in a valid workbook whose other parts are fixed, zipped here. The XML
// then reaches the cell reader, the number formats and the sheet choice.
#include <zip.h>

#include <map>
#include <memory>

#include "cchc/load/import.hpp"
#include "cchc/load/xlsx_reader.hpp"
#include "cchc/text/utf8.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

namespace {

const char* const kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char* const kWorkbookRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

const char* const kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/></sheets></workbook>)";

const char* const kStrings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>STT</t></si><si><t>Nội dung</t></si><si><t>Kinh phí</t></si><si><t>Thời gian</t></si>)"
    R"(<si><r><t>Rà soát </t></r><r><t>thủ tục</t></r></si></sst>)";

const char* const kStyles =
    R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
    R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

const char* const kSheet =
    R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>)"
    R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>2019.5</v></c><c r="D2" s="1"><v>46112</v></c></row>)"
    R"(</sheetData></worksheet>)";

// The parts zipped in memory (libzip), or "" if libzip refuses.
std::string zipped(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) return "";
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) return "";
  zip_source_keep(buffer);
  for (const auto& [name, content] : parts) {
    zip_source_t* src = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!src || zip_file_add(archive, name.c_str(), src, ZIP_FL_ENC_UTF_8) < 0) {
      if (src) zip_source_free(src);
      zip_discard(archive);
      return "";
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    return "";
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) return "";
  std::string out(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t got = zip_source_read(buffer, out.data(), st.size);
  zip_source_close(buffer);
  return got == static_cast<zip_int64_t>(st.size) ? out : "";
}

std::string workbook_with(int part, std::string_view xml) {
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml", R"(<?xml version="1.0"?><Types/>)"},
      {"_rels/.rels", kRels},
      {"xl/_rels/workbook.xml.rels", kWorkbookRels},
      {"xl/workbook.xml", kWorkbook},
      {"xl/sharedStrings.xml", kStrings},
      {"xl/styles.xml", kStyles},
      {"xl/worksheets/sheet1.xml", kSheet},
  };
  static const char* const kPart[] = {"", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                      "xl/styles.xml", "xl/workbook.xml"};
  parts[kPart[part]] = std::string(xml);
  return zipped(parts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const int mode = data[0] % 5;
  std::string built;
  if (mode != 0) {
    built = workbook_with(mode, input.substr(1));
    if (built.empty()) return 0;
    input = built;
  }
  (void)load::xlsx_sheet_names(input);
  load::CsvTable table = load::read_xlsx(input);
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
