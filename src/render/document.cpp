// Documents as Markdown and as terminal text.
#include "cchc/render/document.hpp"

#include <fmt/format.h>

#include "cchc/render/csv.hpp"

namespace cchc::render {

namespace {

// Markdown paragraphs: a line break inside a paragraph needs two spaces.
std::string md_lines(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '\n' ? std::string("  \n") : std::string(1, c);
  return out;
}

std::string header_md(const DocHeader& h) {
  std::string out;
  if (!h.issuer.empty()) out += fmt::format("**{}**\n\n", h.issuer);
  out += fmt::format("**{}**  \n**{}**\n\n", h.nation, h.motto);
  if (!h.place_date.empty()) out += fmt::format("*{}*\n\n", h.place_date);
  out += fmt::format("# {}\n\n**{}**\n\n", h.kind, h.subject);
  for (const auto& f : h.facts) out += fmt::format("- {}\n", md_lines(f));
  if (!h.facts.empty()) out += "\n";
  return out;
}

// A list item wrapped with its continuation lines indented under the text.
std::string bullet(const std::string& s, int width) {
  std::string wrapped = wrap_text(s, width > 2 ? width - 2 : 0);
  std::string out = "- ";
  for (char c : wrapped) out += c == '\n' ? std::string("\n  ") : std::string(1, c);
  return out + "\n";
}

std::string header_text(const DocHeader& h, int width) {
  std::string out;
  if (!h.issuer.empty()) out += h.issuer + "\n";
  out += h.nation + "\n" + h.motto + "\n";
  if (!h.place_date.empty()) out += h.place_date + "\n";
  out += fmt::format("\n{}\n{}\n\n", h.kind, wrap_text(h.subject, width));
  for (const auto& f : h.facts) out += bullet(f, width);
  if (!h.facts.empty()) out += "\n";
  return out;
}

// On a terminal too narrow for a table, the headers of its number columns
// go one word per line.
Table fit_headers(Table t, int width) {
  if (width <= 0 || natural_table_width(t) <= width) return t;
  for (auto& c : t.columns)
    if (!c.flexible)
      for (char& ch : c.header)
        if (ch == ' ') ch = '\n';
  return t;
}

template <class RenderTable>
std::string blocks(const Section& s, RenderTable render, bool markdown, int width = 0) {
  std::string out;
  for (const auto& b : s.blocks) {
    std::visit(
        Visitor{[&](const Paragraph& p) {
                  switch (p.style) {
                    case Paragraph::Style::heading:
                      out += (markdown ? "### " : "") + p.text + "\n\n";
                      break;
                    case Paragraph::Style::note:
                      out +=
                          (markdown ? "> " + md_lines(p.text) : wrap_text(p.text, width)) + "\n\n";
                      break;
                    case Paragraph::Style::normal:
                      out += (markdown ? md_lines(p.text) : wrap_text(p.text, width)) + "\n\n";
                      break;
                  }
                },
                [&](const DocTable& t) {
                  if (t.rows.empty()) {
                    if (!t.empty.empty()) out += t.empty + "\n\n";
                  } else
                    out += render(plain_table(t)) + "\n";
                },
                [&](const Figure&) {}},
        b);
  }
  return out;
}

}  // namespace

Table plain_table(const DocTable& t) {
  Table out;
  out.columns = t.columns;
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (const auto& c : row) cells.push_back(c.text);
    out.rows.push_back(std::move(cells));
  }
  for (std::size_t r : t.total_rows)
    if (r > 0) out.rules_after.push_back(r - 1);
  return out;
}

std::string table_csv(const DocTable& t, bool excel_bom) {
  CsvWriter w(excel_bom);
  std::vector<std::string> fields;
  for (const auto& c : t.columns) fields.push_back(c.header);
  w.row(fields);
  for (const auto& row : t.rows) {
    fields.clear();
    for (const auto& c : row) fields.push_back(c.text);
    w.row(fields);
  }
  return w.str();
}

std::string document_md(const Document& d) {
  std::string out = d.header ? header_md(*d.header) : fmt::format("# {}\n\n", d.title);
  for (const auto& s : d.sections) {
    out += fmt::format("## {}\n\n", s.title);
    out += blocks(
        s, [](const Table& t) { return render_md_table(t); }, true);
  }
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

std::string document_text(const Document& d, const TextStyle& style) {
  std::string out = d.header ? header_text(*d.header, style.width) : d.title + "\n\n";
  for (const auto& s : d.sections) {
    out += s.title + "\n\n";
    out += blocks(
        s, [&](const Table& t) { return render_text_table(fit_headers(t, style.width), style); },
        false, style.width);
  }
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

}  // namespace cchc::render
