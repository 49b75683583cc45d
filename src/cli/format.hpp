// The output formats, named once: the names --format takes, the file
// extensions -o implies, and the table type each command fills with one row
// per format it writes (style.md 17: a new format is a row, not an `if` in
// every command).
#pragma once

#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace cchc::cli {

// Every format some command writes. A new one (docx) is a value here, a row in
// format.cpp's table, and a row in the renderers of each command that writes it.
enum class Format { table, md, csv, json, ics, html, xlsx, docx, github };

std::string_view format_name(Format f);
// "table" (also "human", check's word for it), "md", "csv", ...; nullopt otherwise.
std::optional<Format> format_named(std::string_view name);
// The format a file name's extension names, case-insensitively (.txt, .md,
// .csv, .json, .ics, .html/.htm, .xlsx, .docx); nullopt for any other or none.
std::optional<Format> format_of_file(std::string_view file);
// Bytes that would garble a terminal.
bool is_binary(Format f);
// "table, md, csv or json"
std::string format_list(const std::vector<Format>& formats);

// One command's renderers: a row per format it writes, the default first.
// `write` turns the command's result (a small struct of what the renderers
// need) into the bytes to emit; a row may instead `stream` them to the output
// as it goes (JSON lists, issue 15), leaving `write` null.
template <class Result>
struct Renderer {
  Format format;
  std::string (*write)(const Result&);
  void (*stream)(std::ostream&, const Result&) = nullptr;
};

template <class Result>
using Renderers = std::vector<Renderer<Result>>;

template <class Result>
std::vector<Format> formats_of(const Renderers<Result>& renderers) {
  std::vector<Format> out;
  for (const auto& r : renderers) out.push_back(r.format);
  return out;
}

[[noreturn]] void no_renderer(Format f);  // throws std::logic_error

// The row for `f`; the format was checked against formats_of() when it was
// chosen, so a missing row is a programming error.
template <class Result>
const Renderer<Result>& renderer_for(const Renderers<Result>& renderers, Format f) {
  for (const auto& r : renderers)
    if (r.format == f) return r;
  no_renderer(f);
}

// The bytes of the row for `f`, in one string.
template <class Result>
std::string render_as(const Renderers<Result>& renderers, Format f, const Result& result) {
  const Renderer<Result>& r = renderer_for(renderers, f);
  if (r.write) return r.write(result);
  std::ostringstream out;
  r.stream(out, result);
  return out.str();
}

}  // namespace cchc::cli
