// The WordprocessingML of render/docx*.cpp, private to them: the page's
// lengths, paragraphs, runs and tables built with pugixml, and the package's
// parts other than the document (docx_package.cpp).
#pragma once

#include <array>
#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cchc/model/date.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render::docx {

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

inline ParaFormat pf(std::string style, std::string align = "", bool page_break_before = false,
                     bool keep_next = false) {
  ParaFormat f;
  f.style = std::move(style);
  f.align = std::move(align);
  f.page_break_before = page_break_before;
  f.keep_next = keep_next;
  return f;
}

pugi::xml_node add(pugi::xml_node parent, const char* name);
void attr(pugi::xml_node n, const char* name, const std::string& value);
void val(pugi::xml_node parent, const char* name, const std::string& value);
// <w:b/>, <w:i/> and the size in half-points (0: the style's) under a w:rPr.
void run_properties(pugi::xml_node rpr, bool bold, bool italic, int half_points);
// Text with its line breaks as <w:br/>, spaces kept.
void add_run(pugi::xml_node p, const Run& run);
pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaFormat& f,
                             const std::vector<Run>& runs);
pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaFormat& f, const std::string& text);
// A rule under the line above: an empty paragraph with a top border, indented
// by `indent` on both sides so that it is as long as the text above it.
void add_rule(pugi::xml_node parent, int indent);
// A table of fixed column widths; `borders` false for the layout tables of the
// head and the closing.
pugi::xml_node add_table(pugi::xml_node parent, const std::vector<int>& widths, bool borders);
pugi::xml_node add_cell(pugi::xml_node row, int width);
std::string xml_text(const pugi::xml_document& doc);
pugi::xml_document new_xml(const char* root, const char* ns);

// The package's parts (docx_package.cpp).
std::string content_types();
std::string relationships(const std::vector<std::array<std::string, 3>>& rels);
std::string core_properties(const std::string& title, const model::Date& created);
std::string settings();
// header1: the page number, centred (a PAGE field); header2: the first page's, empty.
std::string page_header(bool with_number);
std::string styles(text::Lang lang);
// The parts zipped in memory, every entry dated `created` so that the bytes
// depend on nothing but the document. Without libzip, the WriteError is in
// `lang`.
std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      const model::Date& created, text::Lang lang);

}  // namespace cchc::render::docx
