// Reading a table saved from Excel as CSV (RFC 4180): quoted fields holding
// commas, doubled quotes and line breaks; CRLF or LF line ends; UTF-8 with or
// without a byte-order mark. Written here because Debian offers no CSV library
// we may use; the import command is its only user.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cchc::load {

struct CsvRow {
  std::vector<std::string> cells;
  int line = 0;  // 1-based line where the row starts (a quoted cell may span lines)
};

struct CsvError {
  int line = 0;
  std::string message;
};

struct CsvTable {
  std::vector<CsvRow> rows;
  std::optional<CsvError> error;  // set when the bytes cannot be read as CSV
};

// Reads the whole text. The delimiter is ',' unless the first line, outside
// quotes, holds no comma but a ';' or a tab (Excel in some locales saves with
// ';'). A final line break does not make an empty row. Invalid UTF-8 and a
// quote left open at the end are errors naming the line; rows read before the
// error are not returned.
CsvTable read_csv(std::string_view bytes);

}  // namespace cchc::load
