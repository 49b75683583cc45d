// Measuring text for a spreadsheet: Excel and libxlsxwriter do not fit row
// heights to wrapped text, so the xlsx writer computes them from the text's
// display width (text/unicode) and the column widths. Widths are in Excel's
// unit (the width of "0" in the default 11-point font, 7 pixels); heights in
// points. The factors are on the safe side: a row may come out a little
// taller than it needs, never shorter.
#pragma once

#include <string_view>
#include <vector>

namespace cchc::render::sheet {

// The widest line of a cell ('\n' separates lines), in display columns.
double text_width(std::string_view s);

// The longest word: a header wraps between words, never inside one.
double longest_word(std::string_view s);

// How many lines the text takes in a cell `width` units wide, in a font of
// `size` points, wrapped between words (a word longer than a line is cut).
int wrapped_lines(std::string_view s, double width, double size);

// The height in points of a row holding `lines` lines of `size`-point text.
double row_height(int lines, double size);

// The width in units of several adjacent columns merged into one cell.
double merged_width(const std::vector<double>& widths);

// Column widths that fit an A4 page between the margins of Nghị định
// 30/2020 (left 30 mm, right 15 mm): portrait when the natural widths fit it,
// else landscape; flexible (wrapping) columns are narrowed, to no less than
// `kMinFlexible`, until the sum fits; a table narrower than a portrait page
// has its first flexible column (else its first) widened to the page, so
// that paragraphs merged across the table read as a page's lines.
struct PageFit {
  std::vector<double> widths;
  bool landscape = false;
};
constexpr double kMinFlexible = 14;
PageFit fit_page(std::vector<double> natural, const std::vector<bool>& flexible);

// Margins in inches (Nghị định 30/2020: top and bottom 20 mm).
constexpr double kMarginLeft = 30 / 25.4, kMarginRight = 15 / 25.4, kMarginTop = 20 / 25.4,
                 kMarginBottom = 20 / 25.4;

}  // namespace cchc::render::sheet
