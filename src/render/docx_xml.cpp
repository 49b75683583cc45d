// WordprocessingML building blocks (docx_xml.hpp).
#include "docx_xml.hpp"

#include <sstream>

namespace cchc::render::docx {

pugi::xml_node add(pugi::xml_node parent, const char* name) {
  return parent.append_child(name);
}

void attr(pugi::xml_node n, const char* name, const std::string& value) {
  n.append_attribute(name).set_value(value.c_str());
}

void val(pugi::xml_node parent, const char* name, const std::string& value) {
  attr(add(parent, name), "w:val", value);
}

void run_properties(pugi::xml_node rpr, bool bold, bool italic, int half_points) {
  if (bold) add(rpr, "w:b");
  if (italic) add(rpr, "w:i");
  if (half_points) {
    val(rpr, "w:sz", std::to_string(half_points));
    val(rpr, "w:szCs", std::to_string(half_points));
  }
}

void add_run(pugi::xml_node p, const Run& run) {
  pugi::xml_node r = add(p, "w:r");
  if (run.bold || run.italic || run.half_points)
    run_properties(add(r, "w:rPr"), run.bold, run.italic, run.half_points);
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

}  // namespace cchc::render::docx
