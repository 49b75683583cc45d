// Line index over a file's text, for positions and caret lines.
#include "cchc/diag/source.hpp"

namespace cchc::diag {

SourceText::SourceText(FileName name, std::string text) : name_(name), text_(std::move(text)) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

std::string_view SourceText::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  std::size_t b = starts_[static_cast<std::size_t>(n - 1)];
  std::size_t e = static_cast<std::size_t>(n) < starts_.size()
                      ? starts_[static_cast<std::size_t>(n)] - 1
                      : text_.size();
  std::string_view s(text_.data() + b, e - b);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

int SourceText::column_of(int line0, int byte_col0) const {
  std::string_view l = line(line0 + 1);
  if (line0 == 0 && l.substr(0, 3) == "\xEF\xBB\xBF") l.remove_prefix(3);  // yaml-cpp skips the BOM
  int col = 1;
  for (std::size_t i = 0; i < l.size() && static_cast<int>(i) < byte_col0; ++i)
    if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++col;
  return col;
}

const SourceText* SourceMap::find(const std::string& name) const {
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : it->second.get();
}

}  // namespace cchc::diag
