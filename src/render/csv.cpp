// The one CSV writer (RFC 4180). Fields are quoted only when they must be, so
// plain output stays readable, and always when a reader could otherwise lose
// something: separators, quotes, line breaks, and spaces at either end (which
// Excel and some readers trim from unquoted fields).
#include "cchc/render/csv.hpp"

namespace cchc::render {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kCrlf = "\r\n";

bool is_edge_space(char c) {
  return c == ' ' || c == '\t';
}

bool needs_quotes(const std::string& s) {
  if (s.empty()) return false;
  if (is_edge_space(s.front()) || is_edge_space(s.back())) return true;
  return s.find_first_of(",\"\r\n") != std::string::npos;
}

}  // namespace

CsvWriter::CsvWriter(bool excel_bom) {
  if (excel_bom) out_ += kUtf8Bom;
}

void CsvWriter::row(const std::vector<std::string>& fields) {
  // A record of one empty field would be a blank line, which readers (Python's
  // csv, Excel) take for no record at all; quoting it keeps the field.
  if (fields.size() == 1 && fields.front().empty()) {
    out_ += "\"\"";
    out_ += kCrlf;
    return;
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out_ += ',';
    out_ += csv_field(fields[i]);
  }
  out_ += kCrlf;
}

std::string csv_field(const std::string& s) {
  if (!needs_quotes(s)) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';  // a quote inside a quoted field is written twice
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace cchc::render
