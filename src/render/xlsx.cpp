// Documents as Excel workbooks through libxlsxwriter. The library writes only
// to a named file, so the workbook is built in a private temporary folder and
// read back; the caller writes the bytes atomically where they belong.
// libxlsxwriter is opened at run time (io/shared_library.hpp), not linked:
// linked, it and libzip and the OpenSSL, minizip and zlib they pull in cost
// every start of every command 1.4 ms of CPU time and 157 page faults
// (issue 15, docs/performance.md "Fifth pass").
#include "cchc/render/xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "cchc/diag/message.hpp"
#include "cchc/io/files.hpp"
#include "cchc/io/shared_library.hpp"
#include "cchc/render/sheet_layout.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::render {

namespace {

// Every libxlsxwriter function cchc calls.
// clang-format off
#define CCHC_LIBXLSXWRITER_FUNCTIONS(X)                                                     \
  X(workbook_new_opt) X(workbook_close) X(workbook_add_format) X(workbook_add_worksheet)    \
  X(workbook_set_properties) X(lxw_strerror) X(format_set_font_name)                        \
  X(format_set_font_size) X(format_set_border) X(format_set_align) X(format_set_bg_color)   \
  X(format_set_bold) X(format_set_italic) X(format_set_text_wrap) X(format_set_num_format)  \
  X(worksheet_write_number) X(worksheet_write_string) X(worksheet_write_datetime)           \
  X(worksheet_write_boolean) X(worksheet_write_blank) X(worksheet_write_comment)            \
  X(worksheet_set_column) X(worksheet_set_row) X(worksheet_set_paper)                       \
  X(worksheet_set_landscape) X(worksheet_set_margins) X(worksheet_merge_range)              \
  X(worksheet_freeze_panes) X(worksheet_repeat_rows) X(worksheet_fit_to_pages)              \
  X(worksheet_print_area) X(worksheet_autofilter)
// clang-format on

struct Libxlsxwriter : io::FunctionTable {
  CCHC_LIBXLSXWRITER_FUNCTIONS(CCHC_FUNCTION_POINTER)
  void look_up(io::SharedLibrary& library) { CCHC_LIBXLSXWRITER_FUNCTIONS(CCHC_FUNCTION_LOOKUP) }
};

// The library the headers were written for (libxlsxwriter.so.4 on Debian 12).
const Libxlsxwriter& xw() {
  static const Libxlsxwriter lib =
      io::open_functions<Libxlsxwriter>("libxlsxwriter.so." LXW_SOVERSION);
  return lib;
}

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 50;  // wider text wraps
constexpr double kMaxFixed = 40;  // columns that do not wrap
constexpr std::uint8_t kPaperA4 = 9;
constexpr double kTableSize = 11;  // points
constexpr double kTextSize = 12;   // paragraphs of a document

// Documents in the face of official documents (Nghị định 30/2020); data
// sheets in a sans face. LibreOffice uses the metric twins (Liberation).
constexpr const char* kDocumentFont = "Times New Roman";
constexpr const char* kDataFont = "Arial";

enum class Kind {
  text,
  count,
  amount,
  amount_fraction,
  rate,
  date,
  decimal,
  decimal0,
  percent,
  percent0,
  boolean
};

enum class Role { cell, header, line };

// Everything that tells one cell format from another.
struct FormatKey {
  Role role = Role::cell;
  Kind kind = Kind::text;
  bool bold = false;
  bool italic = false;
  bool wrap = false;
  double size = kTableSize;
  std::uint8_t align = LXW_ALIGN_NONE;
  auto operator<=>(const FormatKey&) const = default;
};

// Number formats: Excel puts the computer's own grouping and decimal signs in
// place of "," and "." in these codes.
const char* number_format(Kind k, text::Lang lang) {
  switch (k) {
    case Kind::count:
    case Kind::amount:
    case Kind::decimal0:
      return "#,##0";
    case Kind::amount_fraction:
      return "#,##0.###";
    case Kind::rate:
      return "0.00%";
    case Kind::date:
      return lang == text::Lang::vi ? "dd/mm/yyyy" : "yyyy-mm-dd";
    case Kind::decimal:
      return "General";
    case Kind::percent:
      return "General\"%\"";
    case Kind::percent0:
      return "#,##0\"%\"";
    case Kind::text:
    case Kind::boolean:
      break;
  }
  return nullptr;
}

class Book {
 public:
  Book(const std::string& file, const std::string& tmpdir, text::Lang lang, const char* font)
      : lang_(lang), font_(font), tmpdir_(tmpdir) {
    lxw_workbook_options options{};
    options.tmpdir = tmpdir_.data();
    wb_ = xw().workbook_new_opt(file.c_str(), &options);
    if (!wb_) throw io::WriteError("cannot start an Excel workbook");
  }
  ~Book() {
    if (wb_) xw().workbook_close(wb_);  // only after a failure: close() has cleared wb_
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  lxw_workbook* get() const { return wb_; }
  text::Lang lang() const { return lang_; }

  lxw_format* format(const FormatKey& key) {
    auto it = formats_.find(key);
    if (it != formats_.end()) return it->second;
    lxw_format* f = xw().workbook_add_format(wb_);
    xw().format_set_font_name(f, font_.c_str());
    xw().format_set_font_size(f, key.size);
    if (key.role != Role::line) xw().format_set_border(f, LXW_BORDER_THIN);
    xw().format_set_align(
        f, key.role == Role::header ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
    if (key.role == Role::header) xw().format_set_bg_color(f, 0xEEF1F4);
    if (key.align != LXW_ALIGN_NONE) xw().format_set_align(f, key.align);
    if (key.bold) xw().format_set_bold(f);
    if (key.italic) xw().format_set_italic(f);
    if (key.wrap) xw().format_set_text_wrap(f);
    if (const char* nf = number_format(key.kind, lang_)) xw().format_set_num_format(f, nf);
    formats_[key] = f;
    return f;
  }

  void close() {
    lxw_error err = xw().workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR)
      throw io::WriteError(
          fmt::format("cannot write the Excel workbook: {}", xw().lxw_strerror(err)));
  }

 private:
  lxw_workbook* wb_ = nullptr;
  text::Lang lang_;
  std::string font_;
  std::string tmpdir_;
  std::map<FormatKey, lxw_format*> formats_;
};

// One cell's value written with its format; a missing value leaves the cell
// empty and says why in a note.
class CellWriter {
 public:
  CellWriter(Book& book, lxw_worksheet* ws) : book_(book), ws_(ws) {}

  void write(lxw_row_t row, lxw_col_t col, const Cell& cell, FormatKey key) {
    auto number = [&](double v, Kind k) {
      key.kind = k;
      xw().worksheet_write_number(ws_, row, col, v, book_.format(key));
    };
    std::visit(
        Visitor{[&](std::monostate) {
                  xw().worksheet_write_string(ws_, row, col, cell.text.c_str(), book_.format(key));
                },
                [&](std::int64_t n) { number(static_cast<double>(n), Kind::count); },
                [&](const Amount& a) {
                  std::int64_t f = model::unit_factor(a.unit);
                  // Excel numbers are doubles; amounts in the unit are exact up to 2^53.
                  double v = static_cast<double>(a.dong / f) +
                             static_cast<double>(a.dong % f) / static_cast<double>(f);
                  number(v, a.dong % f == 0 ? Kind::amount : Kind::amount_fraction);
                },
                [&](const engine::Rate& r) {
                  // Cut, not rounded, to two decimals of a percent, as printed.
                  number(static_cast<double>(r.num * 10000 / r.den) / 10000.0, Kind::rate);
                },
                [&](const model::Date& d) {
                  lxw_datetime dt{model::year_of(d),
                                  static_cast<int>(model::month_of(d)),
                                  static_cast<int>(model::day_of(d)),
                                  0,
                                  0,
                                  0.0};
                  key.kind = Kind::date;
                  xw().worksheet_write_datetime(ws_, row, col, &dt, book_.format(key));
                },
                [&](const Decimal& d) {
                  number(d.value, d.percent ? (d.decimals == 0 ? Kind::percent0 : Kind::percent)
                                            : (d.decimals == 0 ? Kind::decimal0 : Kind::decimal));
                },
                [&](bool b) {
                  key.kind = Kind::boolean;
                  key.align = LXW_ALIGN_CENTER;
                  xw().worksheet_write_boolean(ws_, row, col, b, book_.format(key));
                },
                [&](const Missing& m) {
                  key.wrap = false;
                  xw().worksheet_write_blank(ws_, row, col, book_.format(key));
                  if (!m.why.empty()) xw().worksheet_write_comment(ws_, row, col, m.why.c_str());
                }},
        cell.value);
  }

 private:
  Book& book_;
  lxw_worksheet* ws_;
};

bool is_text(const Cell& c) {
  return std::holds_alternative<std::monostate>(c.value);
}

// Natural widths of a sheet's columns: the longest word of each header (headers
// wrap), the widest line of each cell, capped (longer text wraps).
struct Columns {
  std::vector<double> widths;
  std::vector<bool> flexible;
};

Columns natural_columns(const std::vector<const DocTable*>& tables) {
  Columns out;
  for (const DocTable* t : tables) {
    out.widths.resize(std::max(out.widths.size(), t->columns.size()), kMinWidth);
    out.flexible.resize(out.widths.size(), false);
    for (std::size_t c = 0; c < t->columns.size(); ++c) {
      out.widths[c] = std::max(out.widths[c], sheet::longest_word(t->columns[c].header) + 2);
      out.flexible[c] = out.flexible[c] || t->columns[c].flexible;
    }
    for (const auto& row : t->rows)
      for (std::size_t c = 0; c < row.size() && c < t->columns.size(); ++c)
        out.widths[c] = std::max(out.widths[c], sheet::text_width(row[c].text) + 2);
  }
  for (std::size_t c = 0; c < out.widths.size(); ++c)
    out.widths[c] = std::min(out.widths[c], out.flexible[c] ? kMaxWidth : kMaxFixed);
  return out;
}

void set_widths(lxw_worksheet* ws, const std::vector<double>& widths) {
  for (std::size_t c = 0; c < widths.size(); ++c)
    xw().worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                              nullptr);
}

void print_setup(lxw_worksheet* ws, bool landscape) {
  xw().worksheet_set_paper(ws, kPaperA4);
  if (landscape) xw().worksheet_set_landscape(ws);
  xw().worksheet_set_margins(ws, sheet::kMarginLeft, sheet::kMarginRight, sheet::kMarginTop,
                             sheet::kMarginBottom);
}

// A table's header row, as tall as its most wrapped header.
void write_header_row(Book& book, lxw_worksheet* ws, lxw_row_t row, const DocTable& t,
                      const std::vector<double>& widths) {
  int lines = 1;
  FormatKey key{Role::header, Kind::text, true, false, true, kTableSize, LXW_ALIGN_CENTER};
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    xw().worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), t.columns[c].header.c_str(),
                                book.format(key));
    lines = std::max(lines, sheet::wrapped_lines(t.columns[c].header, widths[c], kTableSize));
  }
  xw().worksheet_set_row(ws, row, sheet::row_height(lines, kTableSize), nullptr);
}

// The rows of a table; a row with wrapped text is as tall as its tallest cell.
// `wrap_all`: every text cell wraps in its column (documents); otherwise only
// text of several lines or wider than the widest column (data sheets).
void write_body(Book& book, lxw_worksheet* ws, lxw_row_t first, const DocTable& t,
                const std::vector<double>& widths, bool wrap_all) {
  CellWriter cells(book, ws);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool total = std::find(t.total_rows.begin(), t.total_rows.end(), r) != t.total_rows.end();
    int lines = 1;
    auto row = static_cast<lxw_row_t>(first + r);
    for (std::size_t c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c) {
      const Cell& cell = t.rows[r][c];
      bool wrap = is_text(cell) && (wrap_all || cell.text.find('\n') != std::string::npos ||
                                    sheet::text_width(cell.text) + 2 > widths[c]);
      if (wrap) lines = std::max(lines, sheet::wrapped_lines(cell.text, widths[c], kTableSize));
      cells.write(row, static_cast<lxw_col_t>(c), cell,
                  FormatKey{Role::cell, Kind::text, total, false, wrap, kTableSize});
    }
    if (lines > 1) xw().worksheet_set_row(ws, row, sheet::row_height(lines, kTableSize), nullptr);
  }
}

// A sheet laid out as a page of a document: lines and paragraphs in cells
// merged across the table's width, tables under them.
class PageWriter {
 public:
  PageWriter(Book& book, lxw_worksheet* ws, const sheet::PageFit& fit)
      : book_(book), ws_(ws), fit_(fit), span_(sheet::merged_width(fit.widths)) {
    set_widths(ws_, fit_.widths);
  }

  void line(const std::string& s, FormatKey key) {
    if (!s.empty()) {
      key.role = Role::line;
      key.wrap = true;
      auto last = static_cast<lxw_col_t>(fit_.widths.size() - 1);
      lxw_format* f = book_.format(key);
      if (last > 0)
        xw().worksheet_merge_range(ws_, row_, 0, row_, last, s.c_str(), f);
      else
        xw().worksheet_write_string(ws_, row_, 0, s.c_str(), f);
      xw().worksheet_set_row(ws_, row_,
                             sheet::row_height(sheet::wrapped_lines(s, span_, key.size), key.size),
                             nullptr);
    }
    ++row_;
  }
  void blank() { ++row_; }

  void table(const DocTable& t) {
    if (t.rows.empty()) {
      if (!t.empty.empty()) line(t.empty, text_line(false, true));
      return;
    }
    if (!first_header_) first_header_ = row_;
    ++tables_;
    write_header_row(book_, ws_, row_, t, fit_.widths);
    write_body(book_, ws_, row_ + 1, t, fit_.widths, true);
    row_ += static_cast<lxw_row_t>(t.rows.size() + 1);
    blank();
  }

  // A table that opens its sheet (under the section's title and its lead
  // paragraph) and is the sheet's only one has its header frozen on screen
  // and repeated on printed pages; the heading of the document is never frozen.
  void finish(bool has_document_head) {
    if (first_header_ && tables_ == 1 && !has_document_head) {
      xw().worksheet_freeze_panes(ws_, *first_header_ + 1, 0);
      xw().worksheet_repeat_rows(ws_, *first_header_, *first_header_);
    }
    print_setup(ws_, fit_.landscape);
    xw().worksheet_fit_to_pages(ws_, 1, 0);
    if (row_ > 0)
      xw().worksheet_print_area(ws_, 0, 0, row_ - 1,
                                static_cast<lxw_col_t>(fit_.widths.size() - 1));
  }

  static FormatKey text_line(bool bold, bool italic, double size = kTextSize,
                             std::uint8_t align = LXW_ALIGN_NONE) {
    return FormatKey{Role::line, Kind::text, bold, italic, true, size, align};
  }

 private:
  Book& book_;
  lxw_worksheet* ws_;
  sheet::PageFit fit_;
  double span_;
  lxw_row_t row_ = 0;
  std::optional<lxw_row_t> first_header_;
  int tables_ = 0;
};

void write_head(PageWriter& w, const DocHeader& h) {
  w.line(h.issuer, PageWriter::text_line(true, false, kTextSize, LXW_ALIGN_CENTER));
  w.line(h.nation, PageWriter::text_line(true, false, kTextSize, LXW_ALIGN_CENTER));
  w.line(h.motto, PageWriter::text_line(true, false, kTextSize, LXW_ALIGN_CENTER));
  w.line(h.place_date, PageWriter::text_line(false, true, kTextSize, LXW_ALIGN_RIGHT));
  w.blank();
  w.line(h.kind, PageWriter::text_line(true, false, 14, LXW_ALIGN_CENTER));
  w.line(h.subject, PageWriter::text_line(true, false, kTextSize, LXW_ALIGN_CENTER));
  for (const auto& f : h.facts) w.line(f, PageWriter::text_line(false, false));
  w.blank();
}

std::vector<const DocTable*> tables_of(const Section& s) {
  std::vector<const DocTable*> out;
  for (const auto& b : s.blocks)
    if (const auto* t = std::get_if<DocTable>(&b); t && !t->rows.empty()) out.push_back(t);
  return out;
}

void write_page(Book& book, lxw_worksheet* ws, const Section& s, const DocHeader* head) {
  Columns natural = natural_columns(tables_of(s));
  PageWriter w(book, ws, sheet::fit_page(natural.widths, natural.flexible));
  if (head) write_head(w, *head);
  w.line(s.title, PageWriter::text_line(true, false, 13));
  w.blank();
  for (const auto& b : s.blocks)
    std::visit(Visitor{[&](const Paragraph& p) {
                         w.line(p.text, PageWriter::text_line(p.style == Paragraph::Style::heading,
                                                              p.style == Paragraph::Style::note));
                         if (p.style != Paragraph::Style::heading) w.blank();
                       },
                       [&](const DocTable& t) { w.table(t); }, [](const Figure&) {}},
               b);
  w.finish(head != nullptr);
}

// A sheet for programs and analysts: the table's header is row 1, frozen,
// with an autofilter; columns as wide as their text; printed on landscape A4
// pages at full size, the header repeated.
void write_data_sheet(Book& book, lxw_worksheet* ws, const Section& s) {
  std::vector<const DocTable*> tables;
  for (const auto& b : s.blocks)
    if (const auto* t = std::get_if<DocTable>(&b)) tables.push_back(t);
  if (tables.empty()) return;
  const DocTable& t = *tables.front();
  Columns cols = natural_columns({&t});
  set_widths(ws, cols.widths);
  write_header_row(book, ws, 0, t, cols.widths);
  write_body(book, ws, 1, t, cols.widths, false);
  auto last_col = static_cast<lxw_col_t>(t.columns.size() - 1);
  xw().worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()), last_col);
  xw().worksheet_freeze_panes(ws, 1, 0);
  xw().worksheet_repeat_rows(ws, 0, 0);
  print_setup(ws, true);
}

std::time_t midnight_utc(const model::Date& d) {
  std::tm tm{};
  tm.tm_year = model::year_of(d) - 1900;
  tm.tm_mon = static_cast<int>(model::month_of(d)) - 1;
  tm.tm_mday = static_cast<int>(model::day_of(d));
  return timegm(&tm);
}

}  // namespace

namespace {

// `name` in at most `units` characters (Excel counts UTF-16 units; Vietnamese
// letters are one each). A longer name is cut after a whole word, with an
// ellipsis: "Trung tâm Phục vụ hành chính…", not "… hành chính cô".
std::string fit_units(std::string_view name, int units) {
  std::vector<std::string_view> clusters;
  int n = 0;
  for (std::string_view c : text::grapheme_clusters(name)) {
    clusters.push_back(c);
    n += text::codepoint_count(c);
  }
  if (n <= units) return std::string(name);
  std::string out;
  int used = 0;
  std::size_t last_space = std::string::npos;
  for (std::string_view c : clusters) {
    int w = text::codepoint_count(c);
    if (used + w > units - 1) break;  // room for the ellipsis
    if (c == " ") last_space = out.size();
    out += c;
    used += w;
  }
  if (last_space != std::string::npos && last_space >= out.size() / 2) out.resize(last_space);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

}  // namespace

std::string sheet_name(std::string_view wanted) {
  std::string clean;
  for (char c : wanted)
    clean += std::string_view(":\\/?*[]").find(c) == std::string_view::npos ? c : '-';
  clean = text::collapse_space(clean);
  while (!clean.empty() && clean.front() == '\'') clean.erase(0, 1);
  std::string out = fit_units(clean, 31);
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return out.empty() ? "Sheet" : out;
}

std::string document_xlsx(const Document& d, const model::Date& created) {
  if (!xw().problem.empty())
    throw io::WriteError(
        diag::Message(diag::Msg::write_no_library, {"Excel", xw().problem}).render(d.lang));
  io::TempDir tmp;
  std::string file = tmp.file("book.xlsx").string();
  {
    // A document has titled sections; a data workbook has bare tables.
    bool document = std::any_of(d.sections.begin(), d.sections.end(),
                                [](const Section& s) { return !s.title.empty(); });
    Book book(file, tmp.path().string(), d.lang, document ? kDocumentFont : kDataFont);
    std::string title = d.title, author = "cchc";
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    props.created = midnight_utc(created);
    xw().workbook_set_properties(book.get(), &props);
    std::vector<std::string> used;
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
      std::string name =
          sheet_name(d.sections[i].sheet.empty() ? d.sections[i].title : d.sections[i].sheet);
      std::string unique = name;
      for (int k = 2; std::find(used.begin(), used.end(), text::name_key(unique)) != used.end();
           ++k)
        unique = fit_units(name, 26) + fmt::format(" ({})", k);
      used.push_back(text::name_key(unique));
      lxw_worksheet* ws = xw().workbook_add_worksheet(book.get(), unique.c_str());
      if (!ws)
        throw io::WriteError(fmt::format("cannot add the sheet \"{}\" to the workbook", unique));
      const DocHeader* head = i == 0 && d.header ? &*d.header : nullptr;
      if (d.sections[i].title.empty() && !head)
        write_data_sheet(book, ws, d.sections[i]);
      else
        write_page(book, ws, d.sections[i], head);
    }
    book.close();
  }
  return io::read_whole_file(file);
}

}  // namespace cchc::render
