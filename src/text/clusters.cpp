// Grapheme clusters and cutting text to a display width: shared by every
// renderer that must shorten Vietnamese text without breaking a letter.
#include <utf8proc.h>

#include "cchc/text/utf8.hpp"

namespace cchc::text {

std::vector<std::string_view> grapheme_clusters(std::string_view s) {
  std::vector<std::string_view> out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_int32_t state = 0;
  utf8proc_int32_t prev = -1;
  std::size_t start = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(bytes + pos, static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    std::size_t len = n > 0 ? static_cast<std::size_t>(n) : 1;
    bool boundary = prev < 0 || cp < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state);
    if (boundary && pos > start) {
      out.push_back(s.substr(start, pos - start));
      start = pos;
    }
    prev = cp;
    if (cp < 0) state = 0;
    pos += len;
  }
  if (pos > start) out.push_back(s.substr(start, pos - start));
  return out;
}

std::string cut_to_width(std::string_view s, int width) {
  if (display_width(s) <= width) return std::string(s);
  if (width < 1) return "";
  std::string head;
  int used = 0;
  for (std::string_view c : grapheme_clusters(s)) {
    int w = display_width(c);
    if (used + w > width - 1) break;
    used += w;
    head += c;
  }
  while (!head.empty() && head.back() == ' ') head.pop_back();  // "thủ tục…", not "thủ tục …"
  return head + "\u2026";
}

}  // namespace cchc::text
