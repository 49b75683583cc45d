// Terminal and Markdown tables. Everything is measured in display width
// (text::display_width), so Vietnamese written in NFD, which has more code
// points than it shows, and wide CJK characters still line up. Text is split
// only between grapheme clusters, never inside a character or between a
// letter and its tone mark.
#include "cchc/render/table.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>

#include "cchc/text/unicode.hpp"

namespace cchc::render {

namespace {

constexpr int kMinFlexibleWidth = 12;
constexpr int kLeastFlexibleWidth = 6;  // when nothing else is left to give
constexpr std::string_view kGap = "  ";
constexpr std::string_view kRule = "─";  // U+2500
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

using Lines = std::vector<std::string>;

// One cell's text on its own lines; a CR before LF (text from Windows) is dropped.
Lines split_lines(std::string_view s) {
  Lines out;
  std::size_t start = 0;
  while (true) {
    std::size_t nl = s.find('\n', start);
    std::string_view line =
        s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.emplace_back(line);
    if (nl == std::string_view::npos) return out;
    start = nl + 1;
  }
}

void trim_right_spaces(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

// The longest head of `s` no wider than `width` (at least one cluster, so a
// wide character in a narrow column still moves on), and the rest.
std::pair<std::string, std::string_view> take_width(std::string_view s, int width) {
  std::size_t bytes = 0;
  int used = 0;
  for (std::string_view c : text::grapheme_clusters(s)) {
    int w = text::display_width(c);
    if (bytes > 0 && used + w > width) break;
    used += w;
    bytes += c.size();
  }
  return {std::string(s.substr(0, bytes)), s.substr(bytes)};
}

// A line too wide for its column, cut to one line ending with '…'.
std::string cut_line(std::string_view line, int width) {
  return text::cut_to_width(line, width);
}

// A word wider than the whole column: broken at cluster boundaries. The last
// piece is returned so that the next word may follow it on the same line.
std::string hard_break(std::string_view word, int width, Lines& out) {
  while (text::display_width(word) > width) {
    auto [head, rest] = take_width(word, width);
    if (rest.empty()) return head;
    // After a hyphen when there is one: "ba-ria-vung-" / "tau-2023".
    if (std::size_t dash = head.rfind('-'); dash != std::string::npos && dash > 0) {
      rest = word.substr(dash + 1);
      head.resize(dash + 1);
    }
    out.push_back(std::move(head));
    word = rest;
  }
  return std::string(word);
}

// Words of a line with the spaces written before each one; the spaces before
// the first word are the line's indentation and are kept.
struct Word {
  std::string_view gap;
  std::string_view text;
};

std::vector<Word> split_words(std::string_view line) {
  std::vector<Word> words;
  std::size_t pos = 0;
  while (pos < line.size()) {
    std::size_t word_start = line.find_first_not_of(' ', pos);
    if (word_start == std::string_view::npos) break;  // trailing spaces
    std::size_t word_end = std::min(line.find(' ', word_start), line.size());
    words.push_back(
        {line.substr(pos, word_start - pos), line.substr(word_start, word_end - word_start)});
    pos = word_end;
  }
  return words;
}

// Greedy wrapping at spaces; the spaces where a line breaks are dropped.
Lines wrap_line(std::string_view line, int width) {
  if (text::display_width(line) <= width) return {std::string(line)};
  Lines out;
  std::string current;
  bool first = true;
  for (const Word& w : split_words(line)) {
    std::string piece = first ? std::string(w.gap) + std::string(w.text) : std::string(w.text);
    first = false;
    if (!current.empty()) {
      std::string joined = current + std::string(w.gap) + piece;
      if (text::display_width(joined) <= width) {
        current = std::move(joined);
        continue;
      }
      out.push_back(std::move(current));
    }
    current = hard_break(piece, width, out);
  }
  if (!current.empty() || out.empty()) out.push_back(std::move(current));
  return out;
}

Lines layout_cell(std::string_view cell, int width, Overflow overflow) {
  Lines out;
  for (const std::string& line : split_lines(cell)) {
    if (overflow == Overflow::cut) {
      out.push_back(cut_line(line, width));
      continue;
    }
    Lines wrapped = wrap_line(line, width);
    out.insert(out.end(), wrapped.begin(), wrapped.end());
  }
  return out;
}

int natural_width(const Table& t, std::size_t col) {
  int widest = 0;
  auto measure = [&widest](std::string_view cell) {
    for (const std::string& line : split_lines(cell))
      widest = std::max(widest, text::display_width(line));
  };
  measure(t.columns[col].header);
  for (const auto& row : t.rows)
    if (col < row.size()) measure(row[col]);
  return widest;
}

int gaps_width(std::size_t columns) {
  return columns == 0 ? 0 : static_cast<int>((columns - 1) * kGap.size());
}

// The narrowest a column gets by stacking its header: the header wrapped at
// its spaces (its longest word), the body as it is.
int stacked_width(const Table& t, std::size_t col) {
  int widest = 0;
  for (const std::string& line : split_lines(t.columns[col].header))
    for (const Word& w : split_words(line)) widest = std::max(widest, text::display_width(w.text));
  for (const auto& row : t.rows)
    if (col < row.size())
      for (const std::string& line : split_lines(row[col]))
        widest = std::max(widest, text::display_width(line));
  return widest;
}

int sum_widths(const std::vector<int>& widths) {
  return std::accumulate(widths.begin(), widths.end(), 0) + gaps_width(widths.size());
}

// The flexible columns shrunk so that the table fits `width`: narrow flexible
// columns keep their width while the others share what is left equally
// (leftmost first for the odd columns), never going below `least`.
std::vector<int> shrink_flexible(const Table& t, std::vector<int> widths, int width, int least) {
  std::size_t n = t.columns.size();
  int available = width - gaps_width(n);
  std::vector<std::size_t> flex;
  for (std::size_t c = 0; c < n; ++c) {
    if (t.columns[c].flexible)
      flex.push_back(c);
    else
      available -= widths[c];
  }
  std::stable_sort(flex.begin(), flex.end(),
                   [&](std::size_t a, std::size_t b) { return widths[a] < widths[b]; });
  std::size_t kept = 0;  // the narrowest ones that fit in an equal share stay whole
  while (kept < flex.size()) {
    int share = available / static_cast<int>(flex.size() - kept);
    if (widths[flex[kept]] > share) break;
    available -= widths[flex[kept]];
    ++kept;
  }
  std::vector<std::size_t> shrunk(flex.begin() + static_cast<std::ptrdiff_t>(kept), flex.end());
  std::sort(shrunk.begin(), shrunk.end());
  int count = static_cast<int>(shrunk.size());
  for (int i = 0; i < count; ++i) {
    std::size_t c = shrunk[static_cast<std::size_t>(i)];
    int share = std::max(available, 0) / count + (i < std::max(available, 0) % count ? 1 : 0);
    widths[c] = std::max(share, std::min(widths[c], least));
  }
  return widths;
}

// The one way a table is made to fit `width` (render/table.hpp), each step
// taken only when the ones before it were not enough:
//  1. flexible columns shrink (shrink_flexible), to kMinFlexibleWidth, and
//     their cells wrap (or are cut with '…');
//  2. the headers of the other columns are stacked (wrapped at their spaces),
//     all of them so that the header rows read alike, and the flexible
//     columns share what that frees;
//  3. flexible columns go on down to kLeastFlexibleWidth.
// A table that cannot fit even so is left wider, as step 1 left it
// (render_text_table may then show it in parts).
std::vector<int> fit_widths(const Table& t, int width) {
  std::size_t n = t.columns.size();
  std::vector<int> widths(n);
  for (std::size_t c = 0; c < n; ++c) widths[c] = natural_width(t, c);
  if (width <= 0 || sum_widths(widths) <= width) return widths;

  std::vector<int> floor = shrink_flexible(t, widths, width, kMinFlexibleWidth);
  if (sum_widths(floor) <= width) return floor;
  for (std::size_t c = 0; c < n; ++c)
    if (!t.columns[c].flexible) widths[c] = stacked_width(t, c);
  for (int least : {kMinFlexibleWidth, kLeastFlexibleWidth}) {
    std::vector<int> tried = shrink_flexible(t, widths, width, least);
    if (sum_widths(tried) <= width) return tried;
  }
  return floor;
}

std::string pad(const std::string& s, int width, Align align, bool bold) {
  int fill = std::max(width - text::display_width(s), 0);
  std::string shown = bold && !s.empty() ? std::string(kBold) + s + std::string(kReset) : s;
  std::string spaces(static_cast<std::size_t>(fill), ' ');
  return align == Align::right ? spaces + shown : shown + spaces;
}

std::string repeat(std::string_view s, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += s;
  return out;
}

// One table row (header or body), as many physical lines as its tallest cell.
void emit_row(const Table& t, const std::vector<std::string>& cells, const std::vector<int>& widths,
              const TextStyle& style, bool header, std::string& out) {
  std::vector<Lines> laid;
  std::size_t height = 0;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    std::string_view cell = c < cells.size() ? std::string_view(cells[c]) : std::string_view();
    laid.push_back(layout_cell(cell, widths[c], header ? Overflow::wrap : style.overflow));
    height = std::max(height, laid.back().size());
  }
  for (std::size_t k = 0; k < height; ++k) {
    std::string line;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (c > 0) line += kGap;
      const std::string& part = k < laid[c].size() ? laid[c][k] : std::string();
      line += pad(part, widths[c], t.columns[c].align, header && style.color);
    }
    trim_right_spaces(line);
    out += line + '\n';
  }
}

std::string underline(const std::vector<int>& widths) {
  std::string line;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (c > 0) line += kGap;
    line += repeat(kRule, widths[c]);
  }
  trim_right_spaces(line);
  return line + '\n';
}

// Markdown cell text: '|' would end the cell and a newline the row.
std::string md_escape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '|') {
      out += "\\|";
    } else if (ch == '\n') {
      out += "<br>";
    } else if (ch == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') out += "<br>";  // CRLF counts once
    } else {
      out += ch;
    }
  }
  return out;
}

std::string md_row(const std::vector<std::string>& cells, std::size_t columns) {
  std::string line = "|";
  for (std::size_t c = 0; c < columns; ++c)
    line += " " + (c < cells.size() ? md_escape(cells[c]) : "") + " |";
  return line + '\n';
}

}  // namespace

namespace {

std::string render_fitted(const Table& t, const TextStyle& style, const std::vector<int>& widths) {
  std::vector<std::string> headers;
  for (const Column& c : t.columns) headers.push_back(c.header);
  std::string out;
  emit_row(t, headers, widths, style, true, out);
  out += underline(widths);
  int full = sum_widths(widths);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    emit_row(t, t.rows[r], widths, style, false, out);
    if (std::find(t.rules_after.begin(), t.rules_after.end(), r) != t.rules_after.end())
      out += repeat(kRule, full) + '\n';
  }
  return out;
}

// The table with its first column and the columns `cols`.
Table part_of(const Table& t, const std::vector<std::size_t>& cols) {
  Table p;
  p.rules_after = t.rules_after;
  p.columns.push_back(t.columns[0]);
  for (std::size_t c : cols) p.columns.push_back(t.columns[c]);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells{row.empty() ? std::string() : row[0]};
    for (std::size_t c : cols) cells.push_back(c < row.size() ? row[c] : std::string());
    p.rows.push_back(std::move(cells));
  }
  return p;
}

}  // namespace

std::string render_text_table(const Table& t, const TextStyle& style) {
  if (t.columns.empty()) return "";
  std::vector<int> widths = fit_widths(t, style.width);
  if (style.width <= 0 || sum_widths(widths) <= style.width || t.columns.size() < 3)
    return render_fitted(t, style, widths);
  // Still too wide (a matrix of many columns): the table in parts, each with
  // the first column and as many of the others as fit, one under the other.
  std::vector<std::vector<std::size_t>> parts{{}};
  for (std::size_t c = 1; c < t.columns.size(); ++c) {
    std::vector<std::size_t> tried = parts.back();
    tried.push_back(c);
    if (!parts.back().empty()) {
      Table p = part_of(t, tried);
      if (sum_widths(fit_widths(p, style.width)) > style.width) {
        parts.push_back({c});
        continue;
      }
    }
    parts.back() = std::move(tried);
  }
  std::string out;
  for (const auto& cols : parts) {
    Table p = part_of(t, cols);
    std::vector<int> part_widths = fit_widths(p, style.width);
    // A part that cannot fit either: parts would not help, the table stays whole.
    if (sum_widths(part_widths) > style.width) return render_fitted(t, style, widths);
    out += (out.empty() ? "" : "\n") + render_fitted(p, style, part_widths);
  }
  return out;
}

int natural_table_width(const Table& t) {
  int total = gaps_width(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) total += natural_width(t, c);
  return total;
}

std::string wrap_text(std::string_view s, int width) {
  if (width <= 0) return std::string(s);
  std::string out;
  for (const std::string& line : split_lines(s))
    for (const std::string& piece : wrap_line(line, width))
      out += (out.empty() ? "" : "\n") + piece;
  return out;
}

std::string render_md_table(const Table& t) {
  if (t.columns.empty()) return "";
  std::vector<std::string> headers;
  std::string align = "|";
  for (const Column& c : t.columns) {
    headers.push_back(c.header);
    align += c.align == Align::right ? " ---: |" : " --- |";
  }
  std::string out = md_row(headers, t.columns.size()) + align + '\n';
  for (const auto& row : t.rows) out += md_row(row, t.columns.size());
  return out;
}

}  // namespace cchc::render
