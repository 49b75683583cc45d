// One sheet of an .xlsx workbook as a table of texts; see xlsx_reader.hpp.
// The parts read: the package relationships (which part is the workbook),
// the workbook (sheet names, the date system) and its relationships (which
// part holds each sheet, the shared strings and the styles), the shared
// strings, the styles' cell formats (to tell dates from numbers) and the sheet.
#include "cchc/load/xlsx_reader.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <pugixml.hpp>

#include "cchc/io/libzip.hpp"
#include "cchc/model/date.hpp"
#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"
#include "cchc/text/utf8.hpp"

namespace cchc::load {

namespace {

using io::libzip;

constexpr zip_uint64_t kMaxPart = 64u << 20;  // bytes a part may unpack to
constexpr std::size_t kMaxColumns = 16384;    // A..XFD
constexpr long kMaxRow = 1048576;

const diag::Message kNotWorkbook{diag::Msg::xlsx_not_workbook};

struct Failure {
  int line = 0;
  diag::Message message;
};

// The zip archive, read from memory.
class Package {
 public:
  explicit Package(std::string_view bytes) {
    if (!libzip().problem.empty())
      throw Failure{0, {diag::Msg::xlsx_no_library, {libzip().problem}}};
    zip_error_t err;
    libzip().zip_error_init(&err);
    zip_source_t* src = libzip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
      zip_ = libzip().zip_open_from_source(src, ZIP_RDONLY, &err);
      if (!zip_) libzip().zip_source_free(src);
    }
    libzip().zip_error_fini(&err);
    if (!zip_) throw Failure{0, kNotWorkbook};
  }
  ~Package() { libzip().zip_discard(zip_); }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool has(const std::string& name) const {
    return libzip().zip_name_locate(zip_, name.c_str(), 0) >= 0;
  }

  std::string read(const std::string& name) const {
    zip_int64_t index = libzip().zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) throw Failure{0, {diag::Msg::xlsx_no_part, {name}}};
    auto at = static_cast<zip_uint64_t>(index);
    zip_stat_t st;
    libzip().zip_stat_init(&st);
    if (libzip().zip_stat_index(zip_, at, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        st.size > kMaxPart)
      throw Failure{0, {diag::Msg::xlsx_part_too_large, {name}}};
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(libzip().zip_fopen_index(zip_, at, 0),
                                                        libzip().zip_fclose);
    if (!f) throw Failure{0, {diag::Msg::xlsx_part_unpack, {name}}};
    std::string out;
    char buf[65536];
    for (;;) {  // the declared size may lie: count what really comes out
      zip_int64_t n = libzip().zip_fread(f.get(), buf, sizeof buf);
      if (n < 0) throw Failure{0, {diag::Msg::xlsx_part_damaged, {name}}};
      if (n == 0) break;
      out.append(buf, static_cast<std::size_t>(n));
      if (out.size() > kMaxPart) throw Failure{0, {diag::Msg::xlsx_part_too_large, {name}}};
    }
    return out;
  }

  pugi::xml_document xml(const std::string& name) const {
    std::string bytes = read(name);
    pugi::xml_document doc;
    pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size());
    if (!r) throw Failure{0, {diag::Msg::xlsx_part_bad_xml, {name, r.description()}}};
    // pugixml passes the bytes of a UTF-8 part through unchecked; a cell or a
    // sheet name that is not UTF-8 would reach messages and JSON (found by
    // fuzz_xlsx). Parts in UTF-16 or Latin-1 are converted by pugixml.
    if (r.encoding == pugi::encoding_utf8)
      if (auto bad = text::find_invalid_utf8(bytes))
        throw Failure{0, {diag::Msg::xlsx_part_not_utf8, {name, *bad + 1}}};
    return doc;
  }

 private:
  zip_t* zip_ = nullptr;
};

// Element names without their namespace prefix: "x:row" and "row" alike.
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node c : n.children())
    if (local(c) == name) return c;
  return {};
}

template <class F>
void each(const pugi::xml_node& n, std::string_view name, F f) {
  for (pugi::xml_node c : n.children())
    if (local(c) == name) f(c);
}

// An attribute by its local name ("r:id" and "id" alike: producers differ).
std::string_view attr(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view an = a.name();
    std::size_t colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a.value();
  }
  return {};
}

// "xl/worksheets/sheet1.xml" from the target "worksheets/sheet1.xml" of a
// relationship of the part "xl/workbook.xml" (or an absolute "/xl/...").
std::string resolve(const std::string& from, std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  std::string dir = from.substr(0, from.rfind('/') + 1);
  std::string path = dir + std::string(target);
  // Fold "dir/../" once or twice, as relationship targets use them.
  for (std::size_t up; (up = path.find("/../")) != std::string::npos;) {
    std::size_t start = path.rfind('/', up == 0 ? 0 : up - 1);
    start = start == std::string::npos ? 0 : start + 1;
    path.erase(start, up + 4 - start);
  }
  return path;
}

// Relationship id → part, for the part `owner`.
std::map<std::string, std::pair<std::string, std::string>, std::less<>> relationships(
    const Package& pkg, const std::string& owner) {
  std::string dir = owner.substr(0, owner.rfind('/') + 1);
  std::string name = dir + "_rels/" + owner.substr(dir.size()) + ".rels";
  std::map<std::string, std::pair<std::string, std::string>, std::less<>> out;
  if (!pkg.has(name)) return out;
  pugi::xml_document doc = pkg.xml(name);
  each(child(doc, "Relationships"), "Relationship", [&](const pugi::xml_node& r) {
    out[std::string(attr(r, "Id"))] = {resolve(owner, attr(r, "Target")),
                                       std::string(attr(r, "Type"))};
  });
  return out;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A string item: its text, or its runs' texts (phonetic runs left out).
std::string string_item(const pugi::xml_node& si) {
  std::string out;
  for (pugi::xml_node c : si.children()) {
    if (local(c) == "t") out += c.text().get();
    if (local(c) == "r") out += child(c, "t").text().get();
  }
  // Excel writes a line break inside a cell as LF; an old file may hold CRLF.
  std::string clean;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!(out[i] == '\r' && i + 1 < out.size() && out[i + 1] == '\n')) clean += out[i];
  return clean;
}

// The whole number of `s` (attribute text), or -1.
long whole(std::string_view s) {
  if (s.empty() || s.size() > 9 || !text::all_digits(s)) return -1;
  return std::stol(std::string(s));
}

// "B12" → column 1 (0-based) and row 12; false when it is no reference.
bool cell_ref(std::string_view ref, std::size_t& col, long& row) {
  std::size_t i = 0, c = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3)
    c = c * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  row = whole(ref.substr(i));
  if (c == 0 || row <= 0) return false;
  col = c - 1;
  return true;
}

// A number as a Vietnamese spreadsheet shows it, without grouping: "2019",
// "1,5", "-0,25". Shortest text that reads back as the same double.
std::string number_text(double v) {
  if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v))
    return fmt::format("{}", static_cast<long long>(v));
  std::string s = fmt::format("{}", v);
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

struct Workbook {
  std::string path;  // "xl/workbook.xml"
  bool date1904 = false;
  std::vector<std::pair<std::string, std::string>> sheets;  // name, part
  std::string shared_strings, styles;                       // parts; empty: none
};

Workbook open_workbook(const Package& pkg) {
  Workbook wb;
  for (const auto& [id, rel] : relationships(pkg, "_rels/.rels"))
    if (ends_with(rel.second, "/officeDocument")) wb.path = rel.first;
  if (wb.path.empty()) wb.path = "xl/workbook.xml";
  if (!pkg.has(wb.path)) throw Failure{0, kNotWorkbook};
  auto rels = relationships(pkg, wb.path);
  for (const auto& [id, rel] : rels) {
    if (ends_with(rel.second, "/sharedStrings")) wb.shared_strings = rel.first;
    if (ends_with(rel.second, "/styles")) wb.styles = rel.first;
  }
  pugi::xml_document doc = pkg.xml(wb.path);
  pugi::xml_node root = child(doc, "workbook");
  std::string_view d1904 = attr(child(root, "workbookPr"), "date1904");
  wb.date1904 = d1904 == "1" || d1904 == "true";
  each(child(root, "sheets"), "sheet", [&](const pugi::xml_node& s) {
    auto it = rels.find(attr(s, "id"));
    if (it != rels.end()) wb.sheets.emplace_back(attr(s, "name"), it->second.first);
  });
  if (wb.sheets.empty()) throw Failure{0, diag::Message(diag::Msg::xlsx_no_sheets)};
  return wb;
}

// For each cell style index, whether it shows a date.
std::vector<bool> date_styles(const Package& pkg, const Workbook& wb) {
  std::vector<bool> out;
  if (wb.styles.empty() || !pkg.has(wb.styles)) return out;
  pugi::xml_document doc = pkg.xml(wb.styles);
  pugi::xml_node root = child(doc, "styleSheet");
  std::map<long, std::string> codes;
  each(child(root, "numFmts"), "numFmt", [&](const pugi::xml_node& f) {
    codes[whole(attr(f, "numFmtId"))] = std::string(attr(f, "formatCode"));
  });
  each(child(root, "cellXfs"), "xf", [&](const pugi::xml_node& xf) {
    long id = whole(attr(xf, "numFmtId"));
    auto code = codes.find(id);
    out.push_back(is_date_format(static_cast<int>(id), code == codes.end() ? "" : code->second));
  });
  return out;
}

std::vector<std::string> shared_strings(const Package& pkg, const Workbook& wb) {
  std::vector<std::string> out;
  if (wb.shared_strings.empty() || !pkg.has(wb.shared_strings)) return out;
  pugi::xml_document doc = pkg.xml(wb.shared_strings);
  each(child(doc, "sst"), "si", [&](const pugi::xml_node& si) { out.push_back(string_item(si)); });
  return out;
}

struct SheetContext {
  const std::vector<std::string>& strings;
  const std::vector<bool>& dates;
  bool date1904 = false;
};

// The text of one <c> element.
std::string cell_text(const pugi::xml_node& c, const SheetContext& ctx, long row) {
  std::string_view type = attr(c, "t");
  std::string_view v = child(c, "v").text().get();
  if (type == "inlineStr") return string_item(child(c, "is"));
  if (v.empty()) return {};  // a cell with a format and no value
  if (type == "s") {
    long i = whole(v);
    if (i < 0 || static_cast<std::size_t>(i) >= ctx.strings.size())
      throw Failure{static_cast<int>(row), {diag::Msg::xlsx_shared_string, {attr(c, "r"), v}}};
    return ctx.strings[static_cast<std::size_t>(i)];
  }
  if (type == "b") return v == "1" ? "true" : "false";
  if (type == "str" || type == "e") return std::string(v);
  double number = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), number);
  if (ec != std::errc() || end != v.data() + v.size())
    throw Failure{static_cast<int>(row), {diag::Msg::xlsx_not_number, {attr(c, "r"), v}}};
  long style = whole(attr(c, "s"));
  if (style >= 0 && static_cast<std::size_t>(style) < ctx.dates.size() &&
      ctx.dates[static_cast<std::size_t>(style)])
    return excel_day(number, ctx.date1904);
  return number_text(number);
}

void read_rows(const pugi::xml_node& sheet_data, const SheetContext& ctx, CsvTable& table) {
  long next_row = 1;
  each(sheet_data, "row", [&](const pugi::xml_node& r) {
    long number = attr(r, "r").empty() ? next_row : whole(attr(r, "r"));
    if (number < next_row || number > kMaxRow)
      throw Failure{static_cast<int>(next_row), {diag::Msg::xlsx_row_number, {attr(r, "r")}}};
    next_row = number + 1;
    CsvRow row;
    row.line = static_cast<int>(number);
    std::size_t next_col = 0;
    each(r, "c", [&](const pugi::xml_node& c) {
      std::size_t col = next_col;
      long in_row = number;
      std::string_view ref = attr(c, "r");
      if (!ref.empty() &&
          (!cell_ref(ref, col, in_row) || in_row != number || col < next_col || col >= kMaxColumns))
        throw Failure{static_cast<int>(number), {diag::Msg::xlsx_cell_ref, {ref, number}}};
      if (col >= kMaxColumns)
        throw Failure{static_cast<int>(number), diag::Message(diag::Msg::xlsx_row_too_long)};
      row.cells.resize(col);
      row.cells.push_back(cell_text(c, ctx, number));
      next_col = col + 1;
    });
    while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
    // A cell's position is its row and its column number (A = 1).
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      row.positions.push_back({row.line, static_cast<int>(i) + 1});
    if (!row.cells.empty()) table.rows.push_back(std::move(row));
  });
}

template <class F>
auto guarded(F f) -> decltype(f()) {
  try {
    return f();
  } catch (const Failure& failure) {
    decltype(f()) out;
    out.error = CsvError{failure.line, 0, diag::Rule::bad_file, failure.message};
    return out;
  }
}

}  // namespace

std::string excel_day(double serial, bool date1904) {
  long days = static_cast<long>(std::floor(serial));
  // 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900
  // that never was (day 60), so days from 61 on are one too many.
  model::Date base = date1904     ? model::Date{date::year{1904}, date::month{1}, date::day{1}}
                     : days >= 61 ? model::Date{date::year{1899}, date::month{12}, date::day{30}}
                                  : model::Date{date::year{1899}, date::month{12}, date::day{31}};
  if (days < 0 || days > 2958465) return number_text(serial);  // past 9999-12-31
  return model::iso(model::add_days(base, static_cast<int>(days)));
}

bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return true;
  if (id < 164) return false;  // other built-in formats: numbers, times, text
  bool day_or_year = false, month = false, hours_or_seconds = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = static_cast<char>(code[i] | 0x20);  // lower case
    if (code[i] == '"') {
      std::size_t end = code.find('"', i + 1);
      i = end == std::string_view::npos ? code.size() : end;
    } else if (code[i] == '[') {
      std::size_t end = code.find(']', i + 1);
      i = end == std::string_view::npos ? code.size() : end;
    } else if (code[i] == '\\' || code[i] == '_' || code[i] == '*') {
      ++i;  // the next character is shown as it is, or is padding
    } else if (code[i] == ';') {
      break;  // the format of positive numbers decides
    } else if (c == 'd' || c == 'y') {
      day_or_year = true;
    } else if (c == 'm') {
      month = true;
    } else if (c == 'h' || c == 's') {
      hours_or_seconds = true;
    }
  }
  return day_or_year || (month && !hours_or_seconds);
}

XlsxSheets xlsx_sheet_names(std::string_view bytes) {
  return guarded([&] {
    Package pkg(bytes);
    XlsxSheets out;
    for (auto& [name, part] : open_workbook(pkg).sheets) out.names.push_back(name);
    return out;
  });
}

CsvTable read_xlsx(std::string_view bytes, std::string_view sheet) {
  return guarded([&] {
    Package pkg(bytes);
    Workbook wb = open_workbook(pkg);
    const std::string* part = sheet.empty() ? &wb.sheets.front().second : nullptr;
    for (const auto& [name, where] : wb.sheets)
      if (!part && text::name_key(name) == text::name_key(sheet)) part = &where;
    if (!part) {
      std::vector<std::string> names;
      for (const auto& [name, where] : wb.sheets) names.push_back("\"" + name + "\"");
      throw Failure{0, {diag::Msg::xlsx_no_such_sheet, {sheet, text::join(names, ", ")}}};
    }
    std::vector<std::string> strings = shared_strings(pkg, wb);
    std::vector<bool> dates = date_styles(pkg, wb);
    pugi::xml_document doc = pkg.xml(*part);
    pugi::xml_node data = child(child(doc, "worksheet"), "sheetData");
    if (!data) throw Failure{0, {diag::Msg::xlsx_no_sheet_data, {*part}}};
    CsvTable table;
    read_rows(data, SheetContext{strings, dates, wb.date1904}, table);
    return table;
  });
}

}  // namespace cchc::load
