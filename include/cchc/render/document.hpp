// A document laid out once and written in several forms: the periodic report
// and the export workbook are built as a Document (a header, then sections of
// paragraphs, tables and figures), and one writer per format turns it into
// Markdown, terminal text, HTML (render/html.hpp) or an Excel workbook
// (render/xlsx.hpp). Cells carry the text people read and, for spreadsheets,
// the value behind it (a count, an amount of money, a rate, a day), so that
// Excel gets real numbers and dates while every other form shows the
// Vietnamese digits of text/format.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cchc/engine/schedule.hpp"
#include "cchc/engine/status.hpp"
#include "cchc/model/date.hpp"
#include "cchc/model/money.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// An amount of money, shown in `unit` (Excel stores dong / unit).
struct Amount {
  std::int64_t dong = 0;
  model::MoneyUnit unit = model::MoneyUnit::million;
};

// An indicator value (not money): Excel stores the number, with `decimals`
// places at most; `percent` values show a % sign after the number (82,5%).
struct Decimal {
  double value = 0;
  int decimals = 2;
  bool percent = false;
};

// A value that is not there (no rate without a denominator, no printed
// subtotal): the text shows "—", Excel gets an empty cell with a note saying
// why, so that a number column holds numbers only.
struct Missing {
  std::string why;
};

// monostate: the cell is text. std::int64_t: a count. engine::Rate: a
// percentage cut to two decimals (Excel stores the fraction). bool: a yes/no
// that Excel keeps as TRUE / FALSE.
using CellValue = std::variant<std::monostate, std::int64_t, Amount, engine::Rate, model::Date,
                               Decimal, bool, Missing>;

struct Cell {
  std::string text;  // what people read; may hold '\n'
  CellValue value;

  Cell() = default;
  Cell(std::string t) : text(std::move(t)) {}  // NOLINT: text cells are the common case
  Cell(const char* t) : text(t) {}             // NOLINT
  Cell(std::string t, CellValue v) : text(std::move(t)), value(std::move(v)) {}
};

struct DocTable {
  std::string id;  // stable name for HTML (id attribute) and tests: "status-by-area"
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::size_t> total_rows;  // rows that are totals: a rule above, bold
  std::string empty;                    // said instead of the table when it has no rows
};

struct Paragraph {
  // heading: a sub-heading inside a section; bullet: an item of a list ("- ").
  enum class Style { normal, note, heading, bullet };
  std::string text;
  Style style = Style::normal;
};

// Figures, drawn as SVG in HTML (render/html.hpp); Markdown and terminal text
// leave them out, since their tables hold the same numbers.

// One horizontal bar per row, split into segments (status by area).
struct StackedBars {
  struct Series {
    std::string label;
    std::string color;  // CSS color
  };
  struct Bar {
    std::string label;
    std::vector<std::int64_t> values;  // one per series
  };
  std::vector<Series> series;
  std::vector<Bar> bars;
};

// One bar per row with its value written at its end (budget by area).
struct Bars {
  struct Bar {
    std::string label;
    double value = 0;
    std::string value_text;
  };
  std::vector<Bar> bars;
};

// Each target against its goal: a track from `low` to `high` (drawn
// right-to-left when lower values are better), the goal as a band, the
// baseline as a ring and the latest value as a bar colored by the verdict.
struct GoalRows {
  struct Row {
    std::string label;
    std::string sublabel;  // the goal and its day: "≥ 85% — 31/12/2026"
    double low = 0, high = 100;
    bool reversed = false;              // lower is better (a rank)
    double goal_from = 0, goal_to = 0;  // the band that satisfies the goal
    std::optional<double> baseline, latest;
    std::string latest_text;
    std::string verdict_text;
    std::string color;  // of the verdict
  };
  std::vector<Row> rows;
};

// The schedule's SVG timeline (render/schedule.hpp), one chart per plan.
struct Timeline {
  const engine::Schedule* schedule = nullptr;
  const model::OwnerIndex* owners = nullptr;  // for the lead agencies in tooltips
};

struct Figure {
  std::string id;
  std::string caption;
  std::variant<StackedBars, Bars, GoalRows, Timeline> chart;
};

using Block = std::variant<Paragraph, DocTable, Figure>;

// For std::visit with one lambda per kind of block, cell value or figure.
template <class... F>
struct Visitor : F... {
  using F::operator()...;
};
template <class... F>
Visitor(F...) -> Visitor<F...>;

struct Section {
  std::string id;     // HTML id: "qua-han"
  std::string title;  // "IV. Nhiệm vụ quá hạn chưa hoàn thành"
  std::string sheet;  // Excel sheet name (at most 31 characters)
  std::vector<Block> blocks;
  bool new_page = false;  // starts a printed page (one agency's page of a reminder list)
};

// The head of an official document (Nghị định 30/2020, official-document.md):
// the governing and issuing bodies left, the national name and motto right,
// the number and symbol under the issuer, the place and date under the motto,
// then the kind of document and what it is about. A draft says DỰ THẢO, and
// its number and date keep blanks to fill in.
struct DocHeader {
  std::string governing;   // cơ quan chủ quản, "UBND TỈNH SÓC TRĂNG"; may be empty
  std::string issuer;      // "UBND TỈNH MẪU" (lines split by '\n'); may be empty
  std::string number;      // "Số: 125/BC-UBND", "Số:      /BC-UBND"; may be empty
  std::string nation;      // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  std::string motto;       // "Độc lập - Tự do - Hạnh phúc"
  std::string place_date;  // "Mẫu, ngày 18 tháng 3 năm 2026"
  std::string kind;        // "BÁO CÁO"
  std::string subject;  // "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026"
  std::string draft;               // "DỰ THẢO" for a draft, else empty
  std::vector<std::string> facts;  // the window, the due day, the plans covered
};

// The end of the document: the recipients left, the signing block right.
struct Closing {
  std::string recipients_label;         // "Nơi nhận:"
  std::vector<std::string> recipients;  // "- Bộ Nội vụ;" ... "- Lưu: VT, SNV."
  std::vector<std::string> authority;  // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
  std::string signer;                  // the name, or dots in a draft
};

// The appendix after the signature, on a new page: "PHỤ LỤC", its title and
// "(Kèm theo Báo cáo số 125/BC-UBND ngày 18/6/2021 của UBND tỉnh Sóc Trăng)".
struct AppendixHead {
  std::string heading;
  std::string title;
  std::string reference;
};

// A document: its head, the body sections, the closing, then the data
// sections — the appendix when there is an AppendixHead, else the document
// itself (a reminder list, the export workbook).
struct Document {
  text::Lang lang = text::Lang::vi;
  std::string title;  // the page / workbook title
  std::optional<DocHeader> header;
  std::vector<Section> body;
  std::optional<Closing> closing;
  std::optional<AppendixHead> appendix;
  std::vector<Section> sections;
};

// Markdown written by people (a report file's narrative) as paragraphs: lines
// joined until a blank line, "- ", "* " and "+ " items as bullets, "#" lines
// as headings. Other Markdown is kept as written.
std::vector<Paragraph> markdown_paragraphs(std::string_view md);

// The cell texts of a table as a render::Table (terminal and Markdown).
Table plain_table(const DocTable& t);

// The table as CSV through the one CSV writer: the headers, then the cell texts.
std::string table_csv(const DocTable& t, bool excel_bom);

// Markdown: the header, one "##" heading per section, paragraphs and tables;
// figures are left out.
std::string document_md(const Document& d);
// Terminal text: the same, with tables aligned by display width.
std::string document_text(const Document& d, const TextStyle& style);

}  // namespace cchc::render
