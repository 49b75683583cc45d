// Documents as Word files: WordprocessingML built with pugixml, zipped with
// libzip (render/docx.hpp).
#include "cchc/render/docx.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "cchc/text/unicode.hpp"
#include "docx_xml.hpp"

namespace cchc::render {

using namespace docx;

namespace {

// -------------------------------------------------------------- the parts

class DocxBuilder {
 public:
  explicit DocxBuilder(pugi::xml_node body) : body_(body) {}

  void head(const DocHeader& h) {
    if (!h.draft.empty()) {
      ParaFormat f = pf("Draft");
      add_paragraph(body_, f, std::vector<Run>{Run{h.draft, true}});
    }
    int right = kTextWidth - kIssuerWidth;
    pugi::xml_node tbl = add_table(body_, {kIssuerWidth, right}, false);
    pugi::xml_node row = add(tbl, "w:tr");
    pugi::xml_node left = add_cell(row, kIssuerWidth);
    ParaFormat centred = pf("HeadLine", "center");
    if (!h.governing.empty()) add_paragraph(left, centred, std::vector<Run>{Run{h.governing}});
    // The rule goes under the last line: the lines before it stand apart.
    add_paragraph(left, centred,
                  std::vector<Run>{Run{h.issuer.empty() ? std::string(" ") : h.issuer, true}});
    add_rule(left, kIssuerWidth / 3);  // a short rule: a third of the column
    pugi::xml_node nation = add_cell(row, right);
    add_paragraph(nation, centred, std::vector<Run>{Run{h.nation, true}});
    add_paragraph(nation, centred, std::vector<Run>{Run{h.motto, true, false, 26}});
    add_rule(nation, right / 5);  // as long as the motto
    pugi::xml_node row2 = add(tbl, "w:tr");
    ParaFormat spaced = centred;
    spaced.space_before = 120;
    add_paragraph(add_cell(row2, kIssuerWidth), spaced,
                  std::vector<Run>{Run{h.number, false, false, 26}});
    add_paragraph(add_cell(row2, right), spaced,
                  std::vector<Run>{Run{h.place_date, false, true, 26}});
    add_paragraph(body_, pf("Title", "center", false, true), h.kind);
    add_paragraph(body_, pf("Subtitle", "center"), h.subject);
    add_rule(body_, kTextWidth * 2 / 5);
    for (const auto& fact : h.facts) add_paragraph(body_, pf("Fact"), fact);
  }

  void section(const Section& s, const char* heading_style, bool page_break) {
    ParaFormat h = pf(heading_style);
    h.page_break_before = page_break;
    h.keep_next = true;
    add_paragraph(body_, h, s.title);
    for (const auto& b : s.blocks)
      std::visit(Visitor{[&](const Paragraph& p) { paragraph(p); },
                         [&](const DocTable& t) { table(t); }, [](const Figure&) {}},
                 b);
  }

  void closing(const Closing& c) {
    int left = kTextWidth * 9 / 20, right = kTextWidth - left;
    pugi::xml_node tbl = add_table(body_, {left, right}, false);
    pugi::xml_node row = add(tbl, "w:tr");
    add(add(row, "w:trPr"), "w:cantSplit");
    pugi::xml_node to = add_cell(row, left);
    add_paragraph(to, pf("RecipientsLabel"), std::vector<Run>{Run{c.recipients_label, true, true}});
    for (const auto& r : c.recipients) add_paragraph(to, pf("Recipient"), r);
    pugi::xml_node sign = add_cell(row, right);
    for (const auto& a : c.authority)
      add_paragraph(sign, pf("Signer", "center"), std::vector<Run>{Run{a, true}});
    ParaFormat space = pf("Signer", "center");
    space.space_before = 1600;  // room for the signature and the seal
    add_paragraph(sign, space, std::vector<Run>{Run{c.signer, true}});
  }

  void appendix(const AppendixHead& a) {
    add_paragraph(body_, pf("AppendixHeading", "center", true, true), a.heading);
    add_paragraph(body_, pf("AppendixTitle", "center", false, true), a.title);
    add_paragraph(body_, pf("AppendixReference", "center", false, true), a.reference);
  }

  void title(const std::string& t) { add_paragraph(body_, pf("Title", "center"), t); }

 private:
  void paragraph(const Paragraph& p) {
    switch (p.style) {
      case Paragraph::Style::heading:
        add_paragraph(body_, pf("Heading3", "", false, true), p.text);
        return;
      case Paragraph::Style::note:
        add_paragraph(body_, pf("Note"), p.text);
        return;
      case Paragraph::Style::bullet:
        add_paragraph(body_, pf("ListItem"), "- " + p.text);
        return;
      case Paragraph::Style::normal:
        break;
    }
    add_paragraph(body_, pf("BodyText"), p.text);
  }

  void table(const DocTable& t) {
    if (t.rows.empty()) {
      if (!t.empty.empty()) add_paragraph(body_, pf("Note"), t.empty);
      return;
    }
    // Columns share the text width: wrapping ones take what the others leave.
    std::vector<int> widths;
    int fixed = 0, flexible = 0;
    for (std::size_t col = 0; col < t.columns.size(); ++col) {
      const Column& c = t.columns[col];
      // Headers wrap between words: a fixed column is as wide as its longest
      // word or its widest cell (a day, a number), within bounds.
      int w = 3;
      if (!c.flexible)
        for (const auto& row : t.rows)
          if (col < row.size()) w = std::max(w, text::display_width(row[col].text));
      std::size_t start = 0;
      while (start <= c.header.size()) {
        std::size_t end = c.header.find_first_of(" \n", start);
        if (end == std::string::npos) end = c.header.size();
        w = std::max(w, text::display_width(std::string_view(c.header).substr(start, end - start)));
        start = end + 1;
      }
      if (c.flexible) {
        ++flexible;
        widths.push_back(0);
      } else {
        widths.push_back(std::min(w, 11) * 110 + 160);
        fixed += widths.back();
      }
    }
    if (flexible > 0) {
      int each = std::max((kTextWidth - fixed) / flexible, 1800);
      for (std::size_t i = 0; i < widths.size(); ++i)
        if (t.columns[i].flexible) widths[i] = each;
    }
    int total = 0;
    for (int w : widths) total += w;
    for (int& w : widths) w = w * kTextWidth / std::max(total, 1);  // fit the text width
    int size = t.columns.size() > 8 ? 18 : 22;  // 9 pt for the wide tables, else 11 pt
    pugi::xml_node tbl = add_table(body_, widths, true);
    pugi::xml_node head = add(tbl, "w:tr");
    pugi::xml_node hpr = add(head, "w:trPr");
    add(hpr, "w:cantSplit");
    add(hpr, "w:tblHeader");  // repeated at the top of every page
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      add_paragraph(add_cell(head, widths[c]), pf("TableHeader", "center"),
                    std::vector<Run>{Run{t.columns[c].header, true, false, size}});
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      bool total_row = std::find(t.total_rows.begin(), t.total_rows.end(), r) != t.total_rows.end();
      pugi::xml_node row = add(tbl, "w:tr");
      add(add(row, "w:trPr"), "w:cantSplit");
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        std::string text = c < t.rows[r].size() ? t.rows[r][c].text : "";
        bool right = t.columns[c].align == Align::right;
        add_paragraph(add_cell(row, widths[c]), pf("TableText", right ? "right" : "left"),
                      std::vector<Run>{Run{text, total_row, false, size}});
      }
    }
    add_paragraph(body_, pf("TableAfter"), "");
  }

  pugi::xml_node body_;
};

std::string document_xml(const Document& d) {
  auto doc = new_xml("w:document", nullptr);
  pugi::xml_node root = doc.child("w:document");
  attr(root, "xmlns:w", kW);
  attr(root, "xmlns:r", kR);
  pugi::xml_node body = add(root, "w:body");
  DocxBuilder b(body);
  if (d.header)
    b.head(*d.header);
  else
    b.title(d.title);
  for (const auto& s : d.body) b.section(s, "Heading1", false);
  if (d.closing) b.closing(*d.closing);
  if (d.appendix) b.appendix(*d.appendix);
  bool first_page = true;
  for (const auto& s : d.sections) {
    b.section(s, "Heading2", s.new_page && !first_page);
    if (s.new_page) first_page = false;
  }
  // The page: A4, the decree's margins, the number in the header but on page 1.
  pugi::xml_node sect = add(body, "w:sectPr");
  for (auto [type, id] : {std::pair{"default", "rIdHeader"}, std::pair{"first", "rIdFirst"}}) {
    pugi::xml_node h = add(sect, "w:headerReference");
    attr(h, "w:type", type);
    attr(h, "r:id", id);
  }
  pugi::xml_node size = add(sect, "w:pgSz");
  attr(size, "w:w", std::to_string(kPageWidth));
  attr(size, "w:h", std::to_string(kPageHeight));
  pugi::xml_node mar = add(sect, "w:pgMar");
  attr(mar, "w:top", std::to_string(kMarginTop));
  attr(mar, "w:right", std::to_string(kMarginRight));
  attr(mar, "w:bottom", std::to_string(kMarginBottom));
  attr(mar, "w:left", std::to_string(kMarginLeft));
  attr(mar, "w:header", std::to_string(kHeaderDistance));
  attr(mar, "w:footer", std::to_string(kHeaderDistance));
  attr(mar, "w:gutter", "0");
  add(sect, "w:titlePg");
  return xml_text(doc);
}

}  // namespace

std::string document_docx(const Document& d, const model::Date& created) {
  const std::string officedoc =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back("[Content_Types].xml", content_types());
  parts.emplace_back(
      "_rels/.rels",
      relationships({{"rId1", officedoc + "officeDocument", "word/document.xml"},
                     {"rId2",
                      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                      "core-properties",
                      "docProps/core.xml"}}));
  parts.emplace_back("docProps/core.xml", core_properties(d.title, created));
  parts.emplace_back("word/document.xml", document_xml(d));
  parts.emplace_back("word/_rels/document.xml.rels",
                     relationships({{"rIdStyles", officedoc + "styles", "styles.xml"},
                                    {"rIdSettings", officedoc + "settings", "settings.xml"},
                                    {"rIdHeader", officedoc + "header", "header1.xml"},
                                    {"rIdFirst", officedoc + "header", "header2.xml"}}));
  parts.emplace_back("word/styles.xml", styles(d.lang));
  parts.emplace_back("word/settings.xml", settings());
  parts.emplace_back("word/header1.xml", page_header(true));
  parts.emplace_back("word/header2.xml", page_header(false));
  return zip_parts(parts, created, d.lang);
}

}  // namespace cchc::render