// Documents as Word files: WordprocessingML built with pugixml, zipped with
// libzip (render/docx.hpp).
#include "cchc/render/docx.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <memory>
#include <pugixml.hpp>
#include <sstream>
#include <tuple>

#include "cchc/io/files.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::render {

namespace {

// Lengths in twentieths of a point (twips): 1 mm = 56.7 twips.
constexpr int kPageWidth = 11906, kPageHeight = 16838;  // A4
constexpr int kMarginTop = 1134, kMarginBottom = 1134;  // 20 mm
constexpr int kMarginLeft = 1701, kMarginRight = 850;   // 30 mm, 15 mm
constexpr int kHeaderDistance = 567;                    // 10 mm: the page number's line
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr int kIssuerWidth = kTextWidth * 2 / 5;  // the head's left column

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRels = "http://schemas.openxmlformats.org/package/2006/relationships";

struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
  int half_points = 0;  // 0: the style's size
};

struct ParaFormat {
  std::string style;  // a style id of styles.xml; empty: Normal
  std::string align;  // left, center, right, both; empty: the style's
  bool page_break_before = false;
  bool keep_next = false;
  int indent_left = 0, indent_right = 0;
  int space_before = -1, space_after = -1;  // -1: the style's
  bool rule_above = false;                  // a line over the paragraph (its indented width)
};

ParaFormat pf(std::string style, std::string align = "", bool page_break_before = false,
              bool keep_next = false) {
  ParaFormat f;
  f.style = std::move(style);
  f.align = std::move(align);
  f.page_break_before = page_break_before;
  f.keep_next = keep_next;
  return f;
}

pugi::xml_node add(pugi::xml_node parent, const char* name) {
  return parent.append_child(name);
}

void attr(pugi::xml_node n, const char* name, const std::string& value) {
  n.append_attribute(name).set_value(value.c_str());
}

void val(pugi::xml_node parent, const char* name, const std::string& value) {
  attr(add(parent, name), "w:val", value);
}

// Text with its line breaks as <w:br/>, spaces kept.
void add_run(pugi::xml_node p, const Run& run) {
  pugi::xml_node r = add(p, "w:r");
  if (run.bold || run.italic || run.half_points) {
    pugi::xml_node rpr = add(r, "w:rPr");
    if (run.bold) add(rpr, "w:b");
    if (run.italic) add(rpr, "w:i");
    if (run.half_points) {
      val(rpr, "w:sz", std::to_string(run.half_points));
      val(rpr, "w:szCs", std::to_string(run.half_points));
    }
  }
  std::size_t pos = 0;
  while (true) {
    std::size_t nl = run.text.find('\n', pos);
    pugi::xml_node t = add(r, "w:t");
    attr(t, "xml:space", "preserve");
    t.text().set(
        run.text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos).c_str());
    if (nl == std::string::npos) break;
    add(r, "w:br");
    pos = nl + 1;
  }
}

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaFormat& f,
                             const std::vector<Run>& runs) {
  pugi::xml_node p = add(parent, "w:p");
  pugi::xml_node ppr = add(p, "w:pPr");
  if (!f.style.empty()) val(ppr, "w:pStyle", f.style);
  if (f.keep_next) add(ppr, "w:keepNext");
  if (f.page_break_before) add(ppr, "w:pageBreakBefore");
  if (f.rule_above) {
    pugi::xml_node bottom = add(add(ppr, "w:pBdr"), "w:top");
    attr(bottom, "w:val", "single");
    attr(bottom, "w:sz", "6");
    attr(bottom, "w:space", "1");
    attr(bottom, "w:color", "000000");
  }
  if (f.space_before >= 0 || f.space_after >= 0) {
    pugi::xml_node sp = add(ppr, "w:spacing");
    if (f.space_before >= 0) attr(sp, "w:before", std::to_string(f.space_before));
    if (f.space_after >= 0) attr(sp, "w:after", std::to_string(f.space_after));
  }
  if (f.indent_left || f.indent_right) {
    pugi::xml_node ind = add(ppr, "w:ind");
    attr(ind, "w:left", std::to_string(f.indent_left));
    attr(ind, "w:right", std::to_string(f.indent_right));
  }
  if (!f.align.empty()) val(ppr, "w:jc", f.align);
  for (const auto& r : runs) add_run(p, r);
  return p;
}

// A rule under the line above: an empty paragraph with a top border, indented
// by `indent` on both sides so that it is as long as the text above it.
void add_rule(pugi::xml_node parent, int indent) {
  ParaFormat f = pf("Rule");
  f.rule_above = true;
  f.indent_left = f.indent_right = indent;
  add_paragraph(parent, f, std::vector<Run>{});
}

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaFormat& f, const std::string& text) {
  return add_paragraph(parent, f, std::vector<Run>{Run{text}});
}

// A table of fixed column widths; `borders` false for the layout tables of the
// head and the closing.
pugi::xml_node add_table(pugi::xml_node parent, const std::vector<int>& widths, bool borders) {
  pugi::xml_node tbl = add(parent, "w:tbl");
  pugi::xml_node pr = add(tbl, "w:tblPr");
  val(pr, "w:tblStyle", borders ? "DataTable" : "LayoutTable");
  pugi::xml_node w = add(pr, "w:tblW");
  int total = 0;
  for (int x : widths) total += x;
  attr(w, "w:w", std::to_string(total));
  attr(w, "w:type", "dxa");
  val(pr, "w:tblLayout", "fixed");
  pugi::xml_node grid = add(tbl, "w:tblGrid");
  for (int x : widths) attr(add(grid, "w:gridCol"), "w:w", std::to_string(x));
  return tbl;
}

pugi::xml_node add_cell(pugi::xml_node row, int width) {
  pugi::xml_node tc = add(row, "w:tc");
  pugi::xml_node w = add(add(tc, "w:tcPr"), "w:tcW");
  attr(w, "w:w", std::to_string(width));
  attr(w, "w:type", "dxa");
  return tc;
}

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

// -------------------------------------------------------------- the package

std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_document new_xml(const char* root, const char* ns) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  attr(decl, "version", "1.0");
  attr(decl, "encoding", "UTF-8");
  attr(decl, "standalone", "yes");
  pugi::xml_node r = doc.append_child(root);
  if (ns) attr(r, "xmlns", ns);
  return doc;
}

std::string content_types() {
  auto doc = new_xml("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
  pugi::xml_node t = doc.child("Types");
  for (auto [ext, type] :
       {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
        std::pair{"xml", "application/xml"}}) {
    pugi::xml_node d = add(t, "Default");
    attr(d, "Extension", ext);
    attr(d, "ContentType", type);
  }
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  for (auto [part, type] :
       {std::pair{"/word/document.xml", wml + "document.main+xml"},
        std::pair{"/word/styles.xml", wml + "styles+xml"},
        std::pair{"/word/settings.xml", wml + "settings+xml"},
        std::pair{"/word/header1.xml", wml + "header+xml"},
        std::pair{"/word/header2.xml", wml + "header+xml"},
        std::pair{"/docProps/core.xml",
                  std::string("application/vnd.openxmlformats-package.core-properties+xml")}}) {
    pugi::xml_node o = add(t, "Override");
    attr(o, "PartName", part);
    attr(o, "ContentType", type);
  }
  return xml_text(doc);
}

std::string relationships(const std::vector<std::array<std::string, 3>>& rels) {
  auto doc = new_xml("Relationships", kRels);
  for (const auto& [id, type, target] : rels) {
    pugi::xml_node r = add(doc.child("Relationships"), "Relationship");
    attr(r, "Id", id);
    attr(r, "Type", type);
    attr(r, "Target", target);
  }
  return xml_text(doc);
}

std::string core_properties(const std::string& title, const model::Date& created) {
  auto doc = new_xml("cp:coreProperties", nullptr);
  pugi::xml_node c = doc.child("cp:coreProperties");
  attr(c, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  attr(c, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  attr(c, "xmlns:dcterms", "http://purl.org/dc/terms/");
  attr(c, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  add(c, "dc:title").text().set(title.c_str());
  add(c, "dc:creator").text().set("cchc");
  pugi::xml_node when = add(c, "dcterms:created");
  attr(when, "xsi:type", "dcterms:W3CDTF");
  when.text().set((model::iso(created) + "T00:00:00Z").c_str());
  return xml_text(doc);
}

// Word's own behaviour, not an older version's compatibility mode.
std::string settings() {
  auto doc = new_xml("w:settings", nullptr);
  pugi::xml_node s = doc.child("w:settings");
  attr(s, "xmlns:w", kW);
  val(s, "w:defaultTabStop", "720");
  pugi::xml_node compat = add(add(s, "w:compat"), "w:compatSetting");
  attr(compat, "w:name", "compatibilityMode");
  attr(compat, "w:uri", "http://schemas.microsoft.com/office/word");
  attr(compat, "w:val", "15");
  return xml_text(doc);
}

// header1: the page number, centred (a PAGE field); header2: the first page's, empty.
std::string page_header(bool with_number) {
  auto doc = new_xml("w:hdr", nullptr);
  pugi::xml_node h = doc.child("w:hdr");
  attr(h, "xmlns:w", kW);
  attr(h, "xmlns:r", kR);
  pugi::xml_node p = add_paragraph(h, pf("Header", "center"), std::vector<Run>{});
  if (with_number) {
    pugi::xml_node f = add(p, "w:fldSimple");
    attr(f, "w:instr", " PAGE ");
    pugi::xml_node t = add(add(f, "w:r"), "w:t");
    t.text().set("2");
  }
  return xml_text(doc);
}

struct StyleSpec {
  const char* id;
  const char* name;
  const char* type;  // paragraph, table
  int half_points = 0;
  bool bold = false, italic = false;
  const char* align = "";
  int before = 0, after = 0;
  int first_line = 0;
  bool keep_next = false;
  int outline = -1;  // heading level - 1
};

std::string styles(text::Lang lang) {
  auto doc = new_xml("w:styles", nullptr);
  pugi::xml_node st = doc.child("w:styles");
  attr(st, "xmlns:w", kW);
  pugi::xml_node defaults = add(st, "w:docDefaults");
  pugi::xml_node rpr = add(add(defaults, "w:rPrDefault"), "w:rPr");
  pugi::xml_node fonts = add(rpr, "w:rFonts");
  for (const char* a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
    attr(fonts, a, "Times New Roman");
  val(rpr, "w:sz", "26");  // 13 pt
  val(rpr, "w:szCs", "26");
  pugi::xml_node lang_node = add(rpr, "w:lang");
  attr(lang_node, "w:val", lang == text::Lang::vi ? "vi-VN" : "en-GB");
  pugi::xml_node ppr = add(add(defaults, "w:pPrDefault"), "w:pPr");
  pugi::xml_node sp = add(ppr, "w:spacing");
  attr(sp, "w:after", "0");
  attr(sp, "w:line", "276");
  attr(sp, "w:lineRule", "auto");

  static const StyleSpec specs[] = {
      {"Normal", "Normal", "paragraph"},
      {"Title", "Title", "paragraph", 28, true, false, "center", 240, 0, 0, true},
      {"Subtitle", "Subtitle", "paragraph", 28, true, false, "center", 0, 160},
      {"Heading1", "heading 1", "paragraph", 26, true, false, "both", 120, 120, 567, true, 0},
      {"Heading2", "heading 2", "paragraph", 26, true, false, "left", 240, 120, 0, true, 1},
      {"Heading3", "heading 3", "paragraph", 26, true, true, "left", 120, 60, 0, true, 2},
      {"BodyText", "Body Text", "paragraph", 26, false, false, "both", 0, 120, 567},
      {"ListItem", "List Paragraph", "paragraph", 26, false, false, "both", 0, 120, 567},
      {"Note", "Note", "paragraph", 22, false, true, "both", 0, 120},
      {"Fact", "Fact", "paragraph", 24, false, false, "left", 0, 40},
      {"Draft", "Draft mark", "paragraph", 26, true, false, "left", 0, 120},
      {"HeadLine", "Document head", "paragraph", 25},
      {"RecipientsLabel", "Recipients label", "paragraph", 24, true, true, "left"},
      {"Recipient", "Recipient", "paragraph", 22, false, false, "left"},
      {"Signer", "Signer", "paragraph", 26, true, false, "center"},
      {"AppendixHeading", "Appendix heading", "paragraph", 26, true, false, "center"},
      {"AppendixTitle", "Appendix title", "paragraph", 26, true, false, "center"},
      {"AppendixReference", "Appendix reference", "paragraph", 26, false, true, "center", 0, 240},
      {"TableHeader", "Table header", "paragraph", 22, true, false, "center"},
      {"TableText", "Table text", "paragraph", 22},
      {"TableAfter", "Table after", "paragraph", 12},
      {"Rule", "Rule", "paragraph", 8, false, false, "center", 0, 80},
      {"Header", "header", "paragraph", 26, false, false, "center"},
  };
  for (const auto& s : specs) {
    pugi::xml_node n = add(st, "w:style");
    attr(n, "w:type", s.type);
    attr(n, "w:styleId", s.id);
    if (std::string(s.id) == "Normal") attr(n, "w:default", "1");
    val(n, "w:name", s.name);
    if (std::string(s.id) != "Normal") val(n, "w:basedOn", "Normal");
    add(n, "w:qFormat");
    pugi::xml_node p = add(n, "w:pPr");
    if (s.keep_next) add(p, "w:keepNext");
    if (s.before || s.after) {
      pugi::xml_node spacing = add(p, "w:spacing");
      attr(spacing, "w:before", std::to_string(s.before));
      attr(spacing, "w:after", std::to_string(s.after));
    }
    if (s.first_line) attr(add(p, "w:ind"), "w:firstLine", std::to_string(s.first_line));
    if (*s.align) val(p, "w:jc", s.align);
    if (s.outline >= 0) val(p, "w:outlineLvl", std::to_string(s.outline));
    pugi::xml_node r = add(n, "w:rPr");
    if (s.bold) add(r, "w:b");
    if (s.italic) add(r, "w:i");
    if (s.half_points) {
      val(r, "w:sz", std::to_string(s.half_points));
      val(r, "w:szCs", std::to_string(s.half_points));
    }
  }
  // Table styles: the data tables have a grid, the layout tables none.
  for (auto [id, name, grid] :
       {std::tuple{"DataTable", "Data table", true}, std::tuple{"LayoutTable", "Layout", false}}) {
    pugi::xml_node n = add(st, "w:style");
    attr(n, "w:type", "table");
    attr(n, "w:styleId", id);
    val(n, "w:name", name);
    pugi::xml_node tpr = add(n, "w:tblPr");
    pugi::xml_node margins = add(tpr, "w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
      pugi::xml_node m = add(margins, side);
      attr(m, "w:w", grid ? "60" : "0");
      attr(m, "w:type", "dxa");
    }
    if (!grid) continue;
    pugi::xml_node borders = add(tpr, "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      pugi::xml_node b = add(borders, side);
      attr(b, "w:val", "single");
      attr(b, "w:sz", "4");
      attr(b, "w:space", "0");
      attr(b, "w:color", "000000");
    }
  }
  return xml_text(doc);
}

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

// -------------------------------------------------------------- zip

struct ZipSourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

[[noreturn]] void zip_failed(const std::string& what, zip_error_t* e) {
  std::string why = e ? zip_error_strerror(e) : "unknown error";
  throw io::WriteError(fmt::format("cannot build the Word file ({}): {}", what, why));
}

// The parts zipped in memory, every entry dated `created` so that the bytes
// depend on nothing but the document.
std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      const model::Date& created) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, ZipSourceFree> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) zip_failed("memory", &error);
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) zip_failed("open", &error);
  zip_source_keep(buffer.get());  // the archive's close would free it otherwise
  auto seconds = static_cast<time_t>(date::sys_days(created).time_since_epoch().count()) * 86400;
  for (const auto& [name, content] : parts) {
    zip_source_t* src = zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_int64_t index = src ? zip_file_add(archive, name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (src) zip_source_free(src);
      zip_error_t* e = zip_get_error(archive);
      std::string why = zip_error_strerror(e);
      zip_discard(archive);
      throw io::WriteError(fmt::format("cannot build the Word file ({}): {}", name, why));
    }
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), seconds, 0);
  }
  if (zip_close(archive) != 0) {
    std::string why = zip_error_strerror(zip_get_error(archive));
    zip_discard(archive);
    throw io::WriteError(fmt::format("cannot build the Word file: {}", why));
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer.get(), &st) != 0 || zip_source_open(buffer.get()) != 0)
    zip_failed("read back", zip_source_error(buffer.get()));
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = zip_source_read(buffer.get(), out.data(), st.size);
  zip_source_close(buffer.get());
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
    zip_failed("read back", zip_source_error(buffer.get()));
  return out;
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
  return zip_parts(parts, created);
}

}  // namespace cchc::render
