// The one CSV writer (RFC 4180): every field that needs it is quoted, quotes
// doubled, lines end with CRLF. With excel_bom, a UTF-8 byte-order mark comes
// first so that Excel reads Vietnamese text correctly.
#pragma once

#include <string>
#include <vector>

namespace cchc::render {

class CsvWriter {
 public:
  explicit CsvWriter(bool excel_bom = false);
  void row(const std::vector<std::string>& fields);
  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

// One field as RFC 4180 writes it (quoted when it holds , " CR LF or leading/trailing spaces).
std::string csv_field(const std::string& s);

}  // namespace cchc::render
