// Vietnamese letters taken apart into base, modifier and tone
// (letters.hpp).
#include "letters.hpp"

#include <algorithm>

namespace cchc::text::detail {

int tone_of_mark(CodePoint mark) {
  switch (mark) {
    case 0x0300:
      return kHuyen;
    case 0x0301:
      return kSac;
    case 0x0309:
      return kHoi;
    case 0x0303:
      return kNga;
    case 0x0323:
      return kNang;
    default:
      return kNoTone;
  }
}

Modifier modifier_of_mark(CodePoint mark) {
  switch (mark) {
    case 0x0306:
      return Modifier::breve;
    case 0x0302:
      return Modifier::circumflex;
    case 0x031B:
      return Modifier::horn;
    default:
      return Modifier::none;
  }
}

bool modifier_fits(CodePoint lower_base, Modifier m) {
  switch (m) {
    case Modifier::breve:
      return lower_base == 'a';
    case Modifier::circumflex:
      return lower_base == 'a' || lower_base == 'e' || lower_base == 'o';
    case Modifier::horn:
      return lower_base == 'o' || lower_base == 'u';
    case Modifier::stroke:
      return lower_base == 'd';
    case Modifier::none:
      return true;
  }
  return false;
}

std::vector<Cluster> clusters_of(const CodePoints& cps) {
  std::vector<Cluster> out;
  for (const CodePoint cp : cps) {
    if (is_mark(cp) && !out.empty()) {
      out.back().marks.push_back(cp);
    } else {
      out.push_back({cp, {}});
    }
  }
  return out;
}

CodePoints flatten(const std::vector<Cluster>& clusters) {
  CodePoints out;
  for (const Cluster& c : clusters) {
    out.push_back(c.base);
    out.insert(out.end(), c.marks.begin(), c.marks.end());
  }
  return out;
}

std::ptrdiff_t tone_mark_index(const Cluster& c) {
  const auto it = std::find_if(c.marks.begin(), c.marks.end(),
                               [](CodePoint m) { return tone_of_mark(m) != 0; });
  return it == c.marks.end() ? -1 : it - c.marks.begin();
}

bool has_modifier(const Cluster& c) {
  return std::any_of(c.marks.begin(), c.marks.end(),
                     [](CodePoint m) { return modifier_of_mark(m) != Modifier::none; });
}

}  // namespace cchc::text::detail
