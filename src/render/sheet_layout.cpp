// Text measured for spreadsheet cells; see sheet_layout.hpp.
#include "cchc/render/sheet_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "cchc/text/unicode.hpp"

namespace cchc::render::sheet {

namespace {

// A column `w` units wide is 7w + 5 pixels, at 0.75 point a pixel.
double points(double w) {
  return (7 * w + 5) * 0.75;
}

// An average letter of Vietnamese text (Times New Roman, Arial and their
// metric twins) is under half the font size wide; half is the safe side.
constexpr double kLetter = 0.5;
constexpr double kPadding = 4;  // points a cell keeps free inside its borders

// A4 between the margins, in points.
constexpr double kPortrait = (210 - 45) / 25.4 * 72;
constexpr double kLandscape = (297 - 45) / 25.4 * 72;

template <class F>
void each_line(std::string_view s, F f) {
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t nl = s.find('\n', start);
    f(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t sp = line.find(' ', start);
    if (sp == std::string_view::npos) sp = line.size();
    if (sp > start) out.push_back(line.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

double total_points(const std::vector<double>& widths) {
  double sum = 0;
  for (double w : widths) sum += points(w);
  return sum;
}

}  // namespace

double text_width(std::string_view s) {
  int widest = 0;
  each_line(s,
            [&](std::string_view line) { widest = std::max(widest, text::display_width(line)); });
  return widest;
}

double longest_word(std::string_view s) {
  int widest = 0;
  each_line(s, [&](std::string_view line) {
    for (const auto& w : words(line)) widest = std::max(widest, text::display_width(w));
  });
  return widest;
}

int wrapped_lines(std::string_view s, double width, double size) {
  double capacity = std::max(1.0, std::floor((points(width) - kPadding) / (kLetter * size)));
  int lines = 0;
  each_line(s, [&](std::string_view line) {
    double used = 0;
    int here = 1;
    for (const auto& word : words(line)) {
      double w = text::display_width(word);
      if (used > 0 && used + 1 + w <= capacity) {
        used += 1 + w;
        continue;
      }
      if (used > 0) ++here;
      // A word longer than the line is cut over as many lines as it needs.
      int extra = static_cast<int>(std::ceil(w / capacity)) - 1;
      here += std::max(0, extra);
      used = w - std::max(0, extra) * capacity;
    }
    lines += here;
  });
  return std::max(1, lines);
}

double row_height(int lines, double size) {
  return std::ceil(lines * size * 1.3 + 3);
}

double merged_width(const std::vector<double>& widths) {
  // The merged cell has the pixels of its columns, padding included.
  return (total_points(widths) / 0.75 - 5) / 7;
}

PageFit fit_page(std::vector<double> natural, const std::vector<bool>& flexible) {
  PageFit fit;
  if (natural.empty()) natural.push_back(1);
  fit.landscape = total_points(natural) > kPortrait;
  double page = fit.landscape ? kLandscape : kPortrait;
  auto is_flexible = [&](std::size_t c) { return c < flexible.size() && flexible[c]; };
  // Narrow the flexible columns, widest first, a unit at a time.
  while (total_points(natural) > page) {
    std::size_t widest = natural.size();
    for (std::size_t c = 0; c < natural.size(); ++c)
      if (is_flexible(c) && natural[c] > kMinFlexible &&
          (widest == natural.size() || natural[c] > natural[widest]))
        widest = c;
    if (widest == natural.size()) break;  // the page's fit-to-width scales the rest
    natural[widest] -= 1;
  }
  if (!fit.landscape) {
    std::size_t grow = 0;
    for (std::size_t c = 0; c < natural.size(); ++c)
      if (is_flexible(c)) {
        grow = c;
        break;
      }
    double room = (page - total_points(natural)) / (7 * 0.75);
    if (room >= 1) natural[grow] += std::floor(room);
  }
  fit.widths = std::move(natural);
  return fit;
}

}  // namespace cchc::render::sheet
