// Tables for people: a terminal table aligned by display width (Vietnamese
// text counts by what the eye sees, not by bytes), and the same table in Markdown.
// Renderers format; they compute nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cchc::render {

enum class Align { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
  bool flexible = false;  // may be wrapped or cut to fit the terminal (titles)
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  // Rows after which a separator line is drawn (e.g. before a total row).
  std::vector<std::size_t> rules_after;
};

enum class Overflow { wrap, cut };

struct TextStyle {
  int width = 0;  // terminal width; 0 = no limit
  Overflow overflow = Overflow::wrap;
  bool color = false;  // bold headers
};

// Columns separated by two spaces, a header line underlined with '─'. When the
// table is wider than `width`, it is made to fit in one way for every table:
// flexible columns shrink (to 12 columns of display width) and their cells
// wrap at spaces and after hyphens (or are cut with '…'); if that is not
// enough, the other columns' headers are stacked (wrapped at their spaces);
// then flexible columns go down to 6. A table that still does not fit, with
// at least three columns, is shown in parts, one under the other, each
// repeating the first column. Cells may contain '\n' (several lines). Output
// ends with '\n'.
std::string render_text_table(const Table& t, const TextStyle& style);

// The display width of the table's widest line when nothing is wrapped.
int natural_table_width(const Table& t);

// Text wrapped at spaces to `width` display columns (0: as it is), each line
// of `s` on its own; a word wider than the width is broken between clusters.
std::string wrap_text(std::string_view s, int width);

// GitHub-flavoured Markdown; '|' in cells is escaped, newlines become <br>.
std::string render_md_table(const Table& t);

}  // namespace cchc::render
