// Documents as Markdown and as terminal text.
#include "cchc/render/document.hpp"

#include <fmt/format.h>

#include "cchc/render/csv.hpp"
#include "cchc/text/unicode.hpp"

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
  if (!h.draft.empty()) out += fmt::format("**[{}]**\n\n", h.draft);
  if (!h.governing.empty()) out += md_lines(h.governing) + "  \n";
  if (!h.issuer.empty()) out += fmt::format("**{}**\n\n", md_lines(h.issuer));
  if (!h.number.empty()) out += h.number + "\n\n";
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
  if (!h.draft.empty()) out += "[" + h.draft + "]\n";
  if (!h.governing.empty()) out += h.governing + "\n";
  if (!h.issuer.empty()) out += h.issuer + "\n";
  if (!h.number.empty()) out += h.number + "\n";
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
  bool in_list = false;  // a list ends with a blank line
  for (const auto& b : s.blocks) {
    bool item = std::holds_alternative<Paragraph>(b) &&
                std::get<Paragraph>(b).style == Paragraph::Style::bullet;
    if (in_list && !item) out += "\n";
    in_list = item;
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
                    case Paragraph::Style::bullet:
                      out += (markdown ? "- " + md_lines(p.text) + "\n" : bullet(p.text, width));
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
  if (in_list) out += "\n";
  return out;
}

// The closing as lines: the signing block, then the recipients (a terminal
// or Markdown has no columns to set them side by side).
std::string closing_lines(const Closing& c, bool markdown) {
  std::string out;
  for (const auto& a : c.authority) out += (markdown ? "**" + a + "**  \n" : a + "\n");
  out += markdown ? "\n**" + c.signer + "**\n\n" : "\n" + c.signer + "\n\n";
  out += markdown ? "***" + c.recipients_label + "***  \n" : c.recipients_label + "\n";
  for (const auto& r : c.recipients) out += r + (markdown ? "  \n" : "\n");
  return out + "\n";
}

std::string appendix_lines(const AppendixHead& a, bool markdown) {
  if (markdown)
    return fmt::format("---\n\n# {}\n\n**{}**\n\n*{}*\n\n", a.heading, a.title, a.reference);
  return fmt::format("\n{}\n{}\n{}\n\n", a.heading, a.title, a.reference);
}

std::string trim_blank_end(std::string out) {
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

}  // namespace

std::vector<Paragraph> markdown_paragraphs(std::string_view md) {
  std::vector<Paragraph> out;
  std::string current;
  Paragraph::Style style = Paragraph::Style::normal;
  auto flush = [&] {
    if (!current.empty()) out.push_back(Paragraph{current, style});
    current.clear();
    style = Paragraph::Style::normal;
  };
  std::size_t pos = 0;
  while (pos <= md.size()) {
    std::size_t end = md.find('\n', pos);
    if (end == std::string_view::npos) end = md.size();
    std::string line = text::collapse_space(md.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) {
      flush();
      continue;
    }
    bool item =
        line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ';
    if (item || line[0] == '#') {
      flush();
      std::size_t skip = item ? 2 : line.find_first_not_of("# ");
      style = item ? Paragraph::Style::bullet : Paragraph::Style::heading;
      current = skip == std::string::npos ? "" : line.substr(skip);
      if (!item) flush();
      continue;
    }
    current += (current.empty() ? "" : " ") + line;
  }
  flush();
  return out;
}

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
  auto md_sections = [&out](const std::vector<Section>& sections) {
    for (const auto& s : sections) {
      out += fmt::format("## {}\n\n", s.title);
      out += blocks(
          s, [](const Table& t) { return render_md_table(t); }, true);
    }
  };
  md_sections(d.body);
  if (d.closing) out += closing_lines(*d.closing, true);
  if (d.appendix) out += appendix_lines(*d.appendix, true);
  md_sections(d.sections);
  return trim_blank_end(std::move(out));
}

std::string document_text(const Document& d, const TextStyle& style) {
  std::string out = d.header ? header_text(*d.header, style.width) : d.title + "\n\n";
  auto text_sections = [&](const std::vector<Section>& sections) {
    for (const auto& s : sections) {
      out += s.title + "\n\n";
      out += blocks(
          s, [&](const Table& t) { return render_text_table(fit_headers(t, style.width), style); },
          false, style.width);
    }
  };
  text_sections(d.body);
  if (d.closing) out += closing_lines(*d.closing, false);
  if (d.appendix) out += appendix_lines(*d.appendix, false);
  text_sections(d.sections);
  return trim_blank_end(std::move(out));
}

}  // namespace cchc::render
