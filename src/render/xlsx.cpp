// Documents as Excel workbooks through libxlsxwriter. The library writes only
// to a named file, so the workbook is built in a private temporary folder and
// read back; the caller writes the bytes atomically where they belong.
#include "cchc/render/xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "cchc/io/files.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::render {

namespace {

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 50;  // wider text wraps
constexpr double kMaxFixed = 40;  // columns that do not wrap
constexpr std::uint8_t kPaperA4 = 9;

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
  percent0
};

struct FormatKey {
  Kind kind = Kind::text;
  bool bold = false;
  bool wrap = false;
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
      break;
  }
  return nullptr;
}

class Book {
 public:
  Book(const std::string& file, const std::string& tmpdir, text::Lang lang)
      : lang_(lang), tmpdir_(tmpdir) {
    lxw_workbook_options options{};
    options.tmpdir = tmpdir_.data();
    wb_ = workbook_new_opt(file.c_str(), &options);
    if (!wb_) throw io::WriteError("cannot start an Excel workbook");
  }
  ~Book() {
    if (wb_) workbook_close(wb_);  // only after a failure: close() has cleared wb_
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  lxw_workbook* get() const { return wb_; }

  lxw_format* cell(const FormatKey& key) {
    auto it = formats_.find(key);
    if (it != formats_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (key.bold) format_set_bold(f);
    if (key.wrap) format_set_text_wrap(f);
    if (const char* nf = number_format(key.kind, lang_)) format_set_num_format(f, nf);
    formats_[key] = f;
    return f;
  }

  lxw_format* header() {
    if (!header_) {
      header_ = workbook_add_format(wb_);
      format_set_bold(header_);
      format_set_text_wrap(header_);
      format_set_border(header_, LXW_BORDER_THIN);
      format_set_align(header_, LXW_ALIGN_CENTER);
      format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color(header_, 0xEEF1F4);
    }
    return header_;
  }

  lxw_format* line(bool bold, bool italic, double size) {
    auto key = std::make_tuple(bold, italic, size);
    auto it = lines_.find(key);
    if (it != lines_.end()) return it->second;
    lxw_format* f = workbook_add_format(wb_);
    if (bold) format_set_bold(f);
    if (italic) format_set_italic(f);
    format_set_font_size(f, size);
    lines_[key] = f;
    return f;
  }

  void close() {
    lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR)
      throw io::WriteError(fmt::format("cannot write the Excel workbook: {}", lxw_strerror(err)));
  }

 private:
  lxw_workbook* wb_ = nullptr;
  text::Lang lang_;
  std::string tmpdir_;
  std::map<FormatKey, lxw_format*> formats_;
  std::map<std::tuple<bool, bool, double>, lxw_format*> lines_;
  lxw_format* header_ = nullptr;
};

// Widest line of a cell's text, in display columns.
double text_width(std::string_view s) {
  int widest = 0;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t nl = s.find('\n', start);
    std::string_view line =
        s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    widest = std::max(widest, text::display_width(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return widest;
}

// A header is measured by its longest word: headers wrap.
double header_width(std::string_view s) {
  int widest = 0;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t sp = s.find_first_of(" \n", start);
    widest = std::max(widest, text::display_width(
                                  s.substr(start, sp == std::string_view::npos ? sp : sp - start)));
    if (sp == std::string_view::npos) break;
    start = sp + 1;
  }
  return widest;
}

class SheetWriter {
 public:
  SheetWriter(Book& book, lxw_worksheet* ws) : book_(book), ws_(ws) {}

  void line(const std::string& s, bool bold = false, bool italic = false, double size = 11) {
    if (!s.empty()) worksheet_write_string(ws_, row_, 0, s.c_str(), book_.line(bold, italic, size));
    ++row_;
  }
  void blank() { ++row_; }

  void table(const DocTable& t) {
    if (t.rows.empty()) {
      if (!t.empty.empty()) line(t.empty, false, true);
      return;
    }
    if (!header_row_) header_row_ = row_;
    widths_.resize(std::max(widths_.size(), t.columns.size()), kMinWidth);
    flexible_.resize(widths_.size(), false);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      worksheet_write_string(ws_, row_, static_cast<lxw_col_t>(c), t.columns[c].header.c_str(),
                             book_.header());
      widths_[c] = std::max(widths_[c], header_width(t.columns[c].header) + 2);
      flexible_[c] = flexible_[c] || t.columns[c].flexible;
    }
    ++row_;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      bool total = std::find(t.total_rows.begin(), t.total_rows.end(), r) != t.total_rows.end();
      for (std::size_t c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c) {
        write_cell(static_cast<lxw_col_t>(c), t.rows[r][c], total, t.columns[c].flexible);
        widths_[c] = std::max(widths_[c], text_width(t.rows[r][c].text) + 2);
      }
      ++row_;
    }
    columns_ = std::max(columns_, t.columns.size());
    blank();
  }

  // Column widths, frozen header, print set-up.
  void finish() {
    for (std::size_t c = 0; c < widths_.size(); ++c) {
      double w = std::min(widths_[c], flexible_[c] ? kMaxWidth : kMaxFixed);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
    }
    if (header_row_) {
      worksheet_freeze_panes(ws_, *header_row_ + 1, 0);
      worksheet_repeat_rows(ws_, *header_row_, *header_row_);
    }
    worksheet_set_paper(ws_, kPaperA4);
    if (columns_ > 7) worksheet_set_landscape(ws_);
    worksheet_fit_to_pages(ws_, 1, 0);
  }

 private:
  void write_cell(lxw_col_t col, const Cell& cell, bool total, bool flexible) {
    bool wrap = cell.text.find('\n') != std::string::npos ||
                (flexible && text_width(cell.text) > kMaxWidth);
    std::visit(
        Visitor{
            [&](std::monostate) {
              worksheet_write_string(ws_, row_, col, cell.text.c_str(),
                                     book_.cell({Kind::text, total, wrap}));
            },
            [&](std::int64_t n) {
              worksheet_write_number(ws_, row_, col, static_cast<double>(n),
                                     book_.cell({Kind::count, total, false}));
            },
            [&](const Amount& a) {
              std::int64_t f = model::unit_factor(a.unit);
              // Excel numbers are doubles; amounts in the unit are exact up to 2^53.
              double v = static_cast<double>(a.dong / f) +
                         static_cast<double>(a.dong % f) / static_cast<double>(f);
              Kind k = a.dong % f == 0 ? Kind::amount : Kind::amount_fraction;
              worksheet_write_number(ws_, row_, col, v, book_.cell({k, total, false}));
            },
            [&](const engine::Rate& r) {
              // Cut, not rounded, to two decimals of a percent, as printed.
              double v = static_cast<double>(r.num * 10000 / r.den) / 10000.0;
              worksheet_write_number(ws_, row_, col, v, book_.cell({Kind::rate, total, false}));
            },
            [&](const model::Date& d) {
              lxw_datetime dt{model::year_of(d),
                              static_cast<int>(model::month_of(d)),
                              static_cast<int>(model::day_of(d)),
                              0,
                              0,
                              0.0};
              worksheet_write_datetime(ws_, row_, col, &dt, book_.cell({Kind::date, total, false}));
            },
            [&](const Decimal& d) {
              Kind k = d.percent ? (d.decimals == 0 ? Kind::percent0 : Kind::percent)
                                 : (d.decimals == 0 ? Kind::decimal0 : Kind::decimal);
              worksheet_write_number(ws_, row_, col, d.value, book_.cell({k, total, false}));
            }},
        cell.value);
  }

  Book& book_;
  lxw_worksheet* ws_;
  lxw_row_t row_ = 0;
  std::optional<lxw_row_t> header_row_;
  std::vector<double> widths_;
  std::vector<bool> flexible_;
  std::size_t columns_ = 0;
};

void write_header(SheetWriter& w, const DocHeader& h) {
  w.line(h.issuer, true);
  w.line(h.nation, true);
  w.line(h.motto, true);
  w.line(h.place_date, false, true);
  w.blank();
  w.line(h.kind, true, false, 14);
  w.line(h.subject, true);
  for (const auto& f : h.facts) w.line(f);
  w.blank();
}

void write_section(SheetWriter& w, const Section& s) {
  if (!s.title.empty()) {  // untitled sheets start with their table's header: for programs
    w.line(s.title, true, false, 13);
    w.blank();
  }
  for (const auto& b : s.blocks)
    std::visit(Visitor{[&](const Paragraph& p) {
                         w.line(p.text, p.style == Paragraph::Style::heading,
                                p.style == Paragraph::Style::note);
                         if (p.style != Paragraph::Style::heading) w.blank();
                       },
                       [&](const DocTable& t) { w.table(t); }, [](const Figure&) {}},
               b);
  w.finish();
}

std::time_t midnight_utc(const model::Date& d) {
  std::tm tm{};
  tm.tm_year = model::year_of(d) - 1900;
  tm.tm_mon = static_cast<int>(model::month_of(d)) - 1;
  tm.tm_mday = static_cast<int>(model::day_of(d));
  return timegm(&tm);
}

}  // namespace

std::string sheet_name(std::string_view wanted) {
  std::string clean;
  for (char c : wanted)
    clean += std::string_view(":\\/?*[]").find(c) == std::string_view::npos ? c : '-';
  clean = text::collapse_space(clean);
  while (!clean.empty() && clean.front() == '\'') clean.erase(0, 1);
  // At most 31 characters (Excel counts UTF-16 units; Vietnamese letters are one each).
  std::string out;
  int n = 0;
  for (std::string_view c : text::grapheme_clusters(clean)) {
    int units = text::codepoint_count(c);
    if (n + units > 31) break;
    out += c;
    n += units;
  }
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return out.empty() ? "Sheet" : out;
}

std::string document_xlsx(const Document& d, const model::Date& created) {
  io::TempDir tmp;
  std::string file = (tmp.path() / "book.xlsx").string();
  {
    Book book(file, tmp.path().string(), d.lang);
    std::string title = d.title, author = "cchc";
    lxw_doc_properties props{};
    props.title = title.data();
    props.author = author.data();
    props.created = midnight_utc(created);
    workbook_set_properties(book.get(), &props);
    std::vector<std::string> used;
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
      std::string name =
          sheet_name(d.sections[i].sheet.empty() ? d.sections[i].title : d.sections[i].sheet);
      std::string unique = name;
      for (int k = 2; std::find(used.begin(), used.end(), text::name_key(unique)) != used.end();
           ++k)
        unique = sheet_name(name.substr(0, std::min<std::size_t>(name.size(), 24)) +
                            fmt::format(" ({})", k));
      used.push_back(text::name_key(unique));
      lxw_worksheet* ws = workbook_add_worksheet(book.get(), unique.c_str());
      if (!ws)
        throw io::WriteError(fmt::format("cannot add the sheet \"{}\" to the workbook", unique));
      SheetWriter w(book, ws);
      if (i == 0 && d.header) write_header(w, *d.header);
      write_section(w, d.sections[i]);
    }
    book.close();
  }
  return io::read_whole_file(file);
}

}  // namespace cchc::render
