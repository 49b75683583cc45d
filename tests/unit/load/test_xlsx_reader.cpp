// The .xlsx reader: cell types (shared and inline strings, numbers, dates by
// their number format, booleans, formulas), sheet choice, and bad workbooks
// that must give a message and never a crash. Workbooks are zipped here from
// hand-written parts (libzip), and one comes from cchc's own xlsx writer.
#include <zip.h>

#include <catch2/catch.hpp>
#include <map>

#include "../support/messages.hpp"
#include "cchc/io/files.hpp"
#include "cchc/load/xlsx_reader.hpp"
#include "cchc/render/xlsx.hpp"

using namespace cchc;

namespace {

// A zip archive of the given parts, in memory.
std::string zipped(const std::map<std::string, std::string>& parts) {
  io::TempDir tmp;
  std::string path = (tmp.path() / "book.xlsx").string();
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    REQUIRE(src);
    REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  return io::read_whole_file(path);
}

const char* const kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char* const kWorkbookRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

std::string workbook_xml(bool date1904 = false) {
  return std::string(
             R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
             R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
         (date1904 ? R"(<workbookPr date1904="1"/>)" : "") +
         R"(<sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/><sheet name="Khác" sheetId="2" r:id="rId2"/></sheets></workbook>)";
}

// Style 0: General; 1: built-in date (14); 2: custom "dd/mm/yyyy"; 3: a
// custom number format with a quoted "d" that is no date; 4: a time.
const char* const kStyles =
    R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; đồng&quot;"/></numFmts>)"
    R"(<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>)"
    R"(</styleSheet>)";

const char* const kStrings =
    R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<si><t>STT</t></si><si><t>Nội dung</t></si>)"
    R"(<si><r><t>Rà soát </t></r><r><rPr><b/></rPr><t>thủ tục</t></r><rPh><t>x</t></rPh></si>)"
    R"(<si><t xml:space="preserve">Dòng 1
Dòng 2</t></si>)"
    R"(</sst>)";

std::string sheet_xml(const std::string& rows) {
  return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

std::map<std::string, std::string> parts(const std::string& sheet1_rows, bool date1904 = false) {
  return {{"[Content_Types].xml", R"(<?xml version="1.0"?><Types/>)"},
          {"_rels/.rels", kRels},
          {"xl/workbook.xml", workbook_xml(date1904)},
          {"xl/_rels/workbook.xml.rels", kWorkbookRels},
          {"xl/styles.xml", kStyles},
          {"xl/sharedStrings.xml", kStrings},
          {"xl/worksheets/sheet1.xml", sheet_xml(sheet1_rows)},
          {"xl/worksheets/sheet2.xml",
           sheet_xml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>khác</t></is></c></row>)")}};
}

std::vector<std::string> cells(const load::CsvTable& t, std::size_t row) {
  REQUIRE(row < t.rows.size());
  return t.rows[row].cells;
}

}  // namespace

TEST_CASE("xlsx reader: every kind of cell as the text a person sees") {
  std::string rows =
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
      R"(<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="D3" t="inlineStr"><is><t>Sở Nội vụ</t></is></c></row>)"
      R"(<row r="4"><c r="A4"><v>1.5</v></c><c r="B4" t="s"><v>3</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="b"><v>0</v></c></row>)"
      R"(<row r="5"><c r="A5" s="1"><v>46191</v></c><c r="B5" s="2"><v>46191.75</v></c><c r="C5" s="3"><v>2019</v></c><c r="D5" s="4"><v>0.5</v></c></row>)"
      R"(<row r="6"><c r="A6" t="str"><f>A3&amp;"x"</f><v>1x</v></c><c r="B6" t="e"><v>#N/A</v></c><c r="C6"><f>A3*2</f><v>2</v></c><c r="D6"><v>-0.25</v></c></row>)"
      R"(<row r="7"><c r="A7" t="s"/><c r="B7"/></row>)";
  load::CsvTable t = load::read_xlsx(zipped(parts(rows)));
  INFO((t.error ? en(t.error->message) : std::string()));
  REQUIRE_FALSE(t.error);
  REQUIRE(t.rows.size() == 5);  // row 7, empty, is left out, as the CSV reader does
  CHECK(cells(t, 0) == std::vector<std::string>{"STT", "Nội dung"});
  CHECK(t.rows[0].line == 1);
  CHECK(t.rows[1].line == 3);  // the Excel row number, for messages
  CHECK(cells(t, 1) == std::vector<std::string>{"1", "Rà soát thủ tục", "", "Sở Nội vụ"});
  CHECK(cells(t, 2) == std::vector<std::string>{"1,5", "Dòng 1\nDòng 2", "true", "false"});
  // Built-in and custom date formats give days; a quoted "đồng" and a time do not.
  CHECK(cells(t, 3) == std::vector<std::string>{"2026-06-18", "2026-06-18", "2019", "0,5"});
  CHECK(cells(t, 4) == std::vector<std::string>{"1x", "#N/A", "2", "-0,25"});
}

TEST_CASE("xlsx reader: the sheet by name, and the 1904 date system") {
  std::string bytes =
      zipped(parts(R"(<row><c s="1"><v>0</v></c><c s="2"><v>1</v></c></row>)", true));
  load::CsvTable first = load::read_xlsx(bytes);
  REQUIRE_FALSE(first.error);
  CHECK(cells(first, 0) == std::vector<std::string>{"1904-01-01", "1904-01-02"});
  load::CsvTable other = load::read_xlsx(bytes, "khác");
  INFO((other.error ? en(other.error->message) : std::string()));
  REQUIRE_FALSE(other.error);
  CHECK(cells(other, 0) == std::vector<std::string>{"khác"});
  CHECK(load::xlsx_sheet_names(bytes).names == std::vector<std::string>{"Nhiệm vụ", "Khác"});
  load::CsvTable missing = load::read_xlsx(bytes, "Chỉ tiêu");
  REQUIRE(missing.error);
  CHECK(en(missing.error->message) ==
        "the workbook has no sheet \"Chỉ tiêu\"; its sheets are \"Nhiệm vụ\", \"Khác\"");
}

TEST_CASE("xlsx reader: Excel's day numbers") {
  CHECK(load::excel_day(1, false) == "1900-01-01");
  CHECK(load::excel_day(59, false) == "1900-02-28");
  CHECK(load::excel_day(61, false) == "1900-03-01");  // after Excel's 29/02/1900
  CHECK(load::excel_day(45000.99, false) == "2023-03-15");
  CHECK(load::excel_day(0, true) == "1904-01-01");
  CHECK(load::is_date_format(14, ""));
  CHECK_FALSE(load::is_date_format(3, ""));
  CHECK_FALSE(load::is_date_format(20, ""));  // h:mm
  CHECK(load::is_date_format(164, "[$-42A]d mmmm yyyy"));
  CHECK(load::is_date_format(164, "mm/yyyy"));
  CHECK_FALSE(load::is_date_format(164, "[h]:mm:ss"));
  CHECK_FALSE(load::is_date_format(164, "0.00\" ngày\""));
  CHECK_FALSE(load::is_date_format(164, "#,##0;[Red]-#,##0"));
}

TEST_CASE("xlsx reader: bad workbooks give a message, never a crash") {
  auto error_of = [](const std::string& bytes) {
    load::CsvTable t = load::read_xlsx(bytes);
    CHECK(t.rows.empty());
    return t.error ? en(t.error->message) : std::string("no error");
  };
  CHECK(error_of("STT,Nội dung\n1,x\n").rfind("the file is not an Excel workbook", 0) == 0);
  CHECK(error_of("").rfind("the file is not an Excel workbook", 0) == 0);
  CHECK(error_of(zipped({{"a.txt", "x"}})).rfind("the file is not an Excel workbook", 0) == 0);

  auto p = parts(R"(<row r="1"><c r="A1"><v>1</v></c>)");  // unclosed <row>
  CHECK(error_of(zipped(p)).rfind("the workbook's part xl/worksheets/sheet1.xml is not well-formed "
                                  "XML",
                                  0) == 0);
  load::CsvTable t =
      load::read_xlsx(zipped(parts(R"(<row r="2"><c r="A2" t="s"><v>99</v></c></row>)")));
  REQUIRE(t.error);
  CHECK(t.error->line == 2);
  CHECK(en(t.error->message) == "cell A2 refers to shared string 99, which the workbook lacks");
  CHECK(error_of(zipped(parts(R"(<row r="2"><c r="A3"><v>1</v></c></row>)"))) ==
        "cell reference \"A3\" does not fit row 2");
  CHECK(error_of(zipped(parts(R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)"))) ==
        "cell reference \"XFE2\" does not fit row 2");
  CHECK(error_of(zipped(parts(R"(<row r="3"/><row r="2"/>)"))) ==
        "row number \"2\" is out of order or out of range");
  CHECK(error_of(zipped(parts(R"(<row r="1"><c r="A1"><v>abc</v></c></row>)"))) ==
        "cell A1 holds \"abc\", which is not a number");
  p = parts("");
  p.erase("xl/worksheets/sheet1.xml");
  CHECK(error_of(zipped(p)) == "the workbook has no part xl/worksheets/sheet1.xml");
  p = parts("");
  p["xl/workbook.xml"] = R"(<workbook><sheets/></workbook>)";
  CHECK(error_of(zipped(p)) == "the workbook has no sheet");
  // Found by fuzz_xlsx: pugixml passed bytes that are not UTF-8 through, into
  // cells and messages (and from there into JSON, which refused them).
  const std::string latin1_cell = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Qu)"
                                  "\xB6"
                                  R"(n lý</t></is></c></row>)";
  CHECK(error_of(zipped(parts(latin1_cell)))
            .rfind("the workbook's part xl/worksheets/sheet1.xml is not UTF-8 text (byte ", 0) ==
        0);
  p = parts("");
  p["xl/sharedStrings.xml"] = std::string(kStrings).insert(60, "\xC3");
  CHECK(error_of(zipped(p)).rfind("the workbook's part xl/sharedStrings.xml is not UTF-8", 0) == 0);
}

TEST_CASE("xlsx reader: reads back cchc's own workbook") {
  render::Document d;
  render::Section s{"tasks", "", "Nhiệm vụ", {}};
  render::DocTable table;
  table.columns = {{"STT"}, {"Nội dung"}, {"Thời hạn"}, {"Kinh phí (đồng)"}};
  table.rows = {{render::Cell("1"), render::Cell("Rà soát, đánh giá"),
                 render::Cell("2026-06-30", *model::make_date(2026, 6, 30)),
                 render::Cell("1500000", render::Amount{1500000, model::MoneyUnit::dong})}};
  s.blocks.push_back(table);
  d.sections.push_back(s);
  load::CsvTable t = load::read_xlsx(render::document_xlsx(d, *model::make_date(2026, 1, 1)));
  REQUIRE_FALSE(t.error);
  REQUIRE(t.rows.size() == 2);
  CHECK(cells(t, 0) == std::vector<std::string>{"STT", "Nội dung", "Thời hạn", "Kinh phí (đồng)"});
  CHECK(cells(t, 1) == std::vector<std::string>{"1", "Rà soát, đánh giá", "2026-06-30", "1500000"});
}
