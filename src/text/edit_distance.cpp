// Levenshtein distance over code points (edit_distance.hpp).
#include "cchc/text/edit_distance.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "cchc/text/utf8.hpp"
#include "codepoints.hpp"

namespace cchc::text {

using namespace detail;

namespace {

// Levenshtein distance over two code point sequences, two rows at a time.

int levenshtein(const CodePoints& a, const CodePoints& b) {
  std::vector<int> previous(b.size() + 1);
  std::vector<int> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Code points for the distance; a bad byte becomes a value no code point has,
// so two different bad bytes still differ.
CodePoints distance_units(std::string_view s) {
  CodePoints out;
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    out.push_back(step.valid ? step.cp : 0x110000 + static_cast<unsigned char>(s[pos]));
  });
  return out;
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  return levenshtein(distance_units(to_nfc(a)), distance_units(to_nfc(b)));
}

int edit_distance_nfc(std::string_view a, std::string_view b, int max) {
  const CodePoints x = distance_units(a), y = distance_units(b);
  const auto gap = x.size() > y.size() ? x.size() - y.size() : y.size() - x.size();
  if (gap > static_cast<std::size_t>(max)) return max + 1;
  std::vector<int> previous(y.size() + 1), current(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > max) return max + 1;  // every later row is at least this far
    std::swap(previous, current);
  }
  return std::min(previous[y.size()], max + 1);
}

}  // namespace cchc::text
