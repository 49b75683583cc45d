// RFC 4180 reader for tables saved from Excel; see csv_reader.hpp.
#include "cchc/load/csv_reader.hpp"

#include <fmt/format.h>

#include "cchc/text/unicode.hpp"

namespace cchc::load {

namespace {

int line_of_offset(std::string_view s, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

// Looks at the first line only, outside quotes.
char detect_delimiter(std::string_view s) {
  bool quoted = false;
  int commas = 0, semicolons = 0, tabs = 0;
  for (char c : s) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
    if (c == '\t') ++tabs;
  }
  if (commas > 0) return ',';
  if (semicolons > 0) return ';';
  if (tabs > 0) return '\t';
  return ',';
}

}  // namespace

CsvTable read_csv(std::string_view bytes) {
  CsvTable table;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto bad = text::find_invalid_utf8(bytes)) {
    std::size_t line_start = bytes.rfind('\n', *bad);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    table.error = CsvError{line_of_offset(bytes, *bad),
                           text::codepoint_count(bytes.substr(line_start, *bad - line_start)) + 1,
                           diag::Rule::not_utf8,
                           {diag::Msg::csv_not_utf8,
                            {fmt::format("0x{:02X}", static_cast<unsigned char>(bytes[*bad]))}}};
    return table;
  }
  const char delim = detect_delimiter(bytes);
  CsvRow row;
  std::string cell;
  int line = 1;
  row.line = 1;
  bool quoted = false;        // inside a quoted field
  bool cell_started = false;  // the row has at least one character or delimiter
  int quote_line = 0;
  std::size_t line_start = 0;  // byte offset of the current line
  CsvPosition cell_at{1, 1};   // where the current cell's text starts
  auto position = [&](std::size_t offset) {
    return CsvPosition{line,
                       text::codepoint_count(bytes.substr(line_start, offset - line_start)) + 1};
  };
  auto push_cell = [&] {
    row.cells.push_back(std::move(cell));
    row.positions.push_back(cell_at);
    cell.clear();
  };
  auto end_row = [&] {
    if (cell_started || !cell.empty()) {
      push_cell();
      table.rows.push_back(std::move(row));
    }
    cell.clear();
    row = CsvRow{};
    row.line = line;
    cell_at = {line, 1};
    cell_started = false;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') {
          ++line;
          line_start = i + 1;
        }
        // A CRLF inside a quoted cell is one line break, kept as '\n'.
        if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.empty()) {
      quoted = true;
      cell_started = true;
      quote_line = line;
      cell_at = position(i + 1);
    } else if (c == delim) {
      push_cell();
      cell_at = position(i + 1);
      cell_started = true;
    } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      continue;  // the '\n' ends the row
    } else if (c == '\n' || c == '\r') {
      ++line;
      line_start = i + 1;
      end_row();
    } else {
      // A stray quote in the middle of an unquoted cell is kept as written,
      // as Excel does when it reads such a file.
      cell += c;
      cell_started = true;
    }
  }
  if (quoted) {
    table.rows.clear();
    table.error = CsvError{quote_line, 0, diag::Rule::bad_file,
                           diag::Message(diag::Msg::csv_quote_not_closed)};
    return table;
  }
  end_row();
  return table;
}

}  // namespace cchc::load
