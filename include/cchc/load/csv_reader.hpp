// Reading a table saved from Excel as CSV (RFC 4180): quoted fields holding
// commas, doubled quotes and line breaks; CRLF or LF line ends; UTF-8 with or
// without a byte-order mark. Written here because Debian offers no CSV library
// we may use; the import command is its only user.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/diagnostic.hpp"

namespace cchc::load {

// Where a cell's text starts in the file: 1-based line, and 1-based column in
// code points (after the opening quote of a quoted cell), for diagnostics.
struct CsvPosition {
  int line = 0;
  int column = 0;
};

struct CsvRow {
  std::vector<std::string> cells;
  std::vector<CsvPosition> positions;  // one per cell
  int line = 0;  // 1-based line where the row starts (a quoted cell may span lines)
};

struct CsvError {
  int line = 0;
  int column = 0;  // 1-based, in code points; 0 when the whole line is meant
  diag::Rule rule = diag::Rule::bad_file;  // not_utf8 for bytes that are not UTF-8
  diag::Message message;
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
