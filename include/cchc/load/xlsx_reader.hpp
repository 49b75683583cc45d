// Reading one sheet of an Excel workbook (.xlsx, Office Open XML) into the
// same table the CSV reader gives, so that `cchc import` has one logic for
// both. The zip container is read with libzip and the XML with pugixml
// (Debian packages); nothing is unpacked by hand.
//
// Each cell becomes the text a person sees in it on a Vietnamese computer:
// shared and inline strings as they are, whole numbers as digits ("2019"),
// other numbers with a decimal comma ("1,5": the way import reads amounts),
// dates (numbers whose format shows a day, month or year) as YYYY-MM-DD,
// booleans as "true" / "false", errors as Excel shows them ("#N/A"), and
// formulas as their last computed value. A row's `line` is its Excel row
// number, so messages name the row to fix.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cchc/load/csv_reader.hpp"

namespace cchc::load {

struct XlsxSheets {
  std::vector<std::string> names;  // in the workbook's order
  std::optional<CsvError> error;
};

// The names of the workbook's sheets, or why the bytes are not a workbook.
XlsxSheets xlsx_sheet_names(std::string_view bytes);

// The sheet named `sheet` (the first sheet when empty). A file that is not a
// workbook, a sheet that does not exist (the message lists those that do) or
// broken XML sets `error` (line 0, or the row where the sheet broke) and
// returns no rows. Work is bounded: a part that unpacks to more than
// 64 MiB, a cell beyond column XFD or row 1048576 is refused.
CsvTable read_xlsx(std::string_view bytes, std::string_view sheet = {});

// Excel's day number (1900 date system; `date1904` for the 1904 one) as
// YYYY-MM-DD; the time of day is dropped. Exposed for tests.
std::string excel_day(double serial, bool date1904);

// Whether an Excel number format shows a date: one of the built-in date
// formats (14–22, 27–36, 45–47, 50–58) or a format code with a day, month
// or year outside quotes and brackets. Exposed for tests.
bool is_date_format(int id, std::string_view code);

}  // namespace cchc::load
