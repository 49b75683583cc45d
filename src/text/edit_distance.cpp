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

}  // namespace cchc::text
