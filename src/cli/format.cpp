// The one table of output formats.
#include "format.hpp"

#include <array>
#include <cctype>
#include <filesystem>
#include <stdexcept>

namespace cchc::cli {

namespace {

struct FormatRow {
  Format format;
  std::string_view name;
  std::string_view other_name;                 // accepted by --format too; "" for none
  std::array<std::string_view, 2> extensions;  // what -o FILE's extension names; "" for none
  bool binary;
};

constexpr FormatRow formats[] = {
    {Format::table, "table", "human", {".txt", ""}, false},
    {Format::md, "md", "", {".md", ""}, false},
    {Format::csv, "csv", "", {".csv", ""}, false},
    {Format::json, "json", "", {".json", ""}, false},
    {Format::ics, "ics", "", {".ics", ""}, false},
    {Format::html, "html", "", {".html", ".htm"}, false},
    {Format::xlsx, "xlsx", "", {".xlsx", ""}, true},
    {Format::docx, "docx", "", {".docx", ""}, true},
    {Format::github, "github", "", {"", ""}, false},
};

const FormatRow& row(Format f) {
  for (const auto& r : formats)
    if (r.format == f) return r;
  throw std::logic_error("a format without a row in cli/format.cpp");
}

}  // namespace

std::string_view format_name(Format f) {
  return row(f).name;
}

bool is_binary(Format f) {
  return row(f).binary;
}

std::optional<Format> format_named(std::string_view name) {
  for (const auto& r : formats)
    if (name == r.name || (!r.other_name.empty() && name == r.other_name)) return r.format;
  return std::nullopt;
}

std::optional<Format> format_of_file(std::string_view file) {
  std::string ext = std::filesystem::path(file).extension().string();
  if (ext.empty()) return std::nullopt;
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& r : formats)
    for (std::string_view e : r.extensions)
      if (!e.empty() && e == ext) return r.format;
  return std::nullopt;
}

std::string format_list(const std::vector<Format>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += i + 1 == list.size() ? " or " : ", ";
    out += format_name(list[i]);
  }
  return out;
}

void no_renderer(Format f) {
  throw std::logic_error("no renderer for " + std::string(format_name(f)));
}

}  // namespace cchc::cli
