// The text of the files cchc read, kept for positions and for showing the
// offending line under a diagnostic.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/diagnostic.hpp"

namespace cchc::diag {

class SourceText {
 public:
  SourceText() = default;
  SourceText(FileName name, std::string text);

  const FileName& name() const { return name_; }
  const std::string& text() const { return text_; }
  // Line n (1-based) without its line end; empty when out of range.
  std::string_view line(int n) const;
  int line_count() const { return static_cast<int>(starts_.size()); }
  // 1-based code-point column of a 0-based byte column on 0-based line.
  int column_of(int line0, int byte_col0) const;

 private:
  FileName name_;
  std::string text_;
  std::vector<std::uint32_t> starts_;  // files are at most 64 MB (YamlLimits)
};

// Every file's text by display name; shared by the loader and the formatters.
class SourceMap {
 public:
  void add(std::shared_ptr<const SourceText> s) { files_[s->name()] = std::move(s); }
  const SourceText* find(const std::string& name) const;
  const std::map<std::string, std::shared_ptr<const SourceText>>& files() const { return files_; }

 private:
  std::map<std::string, std::shared_ptr<const SourceText>> files_;
};

}  // namespace cchc::diag
