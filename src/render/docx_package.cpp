// The parts of a Word package besides the document, and the zip (docx_xml.hpp).
#include <fmt/format.h>

#include <memory>

#include "cchc/diag/message.hpp"
#include "cchc/io/files.hpp"
#include "cchc/io/libzip.hpp"
#include "docx_xml.hpp"

namespace cchc::render::docx {

// -------------------------------------------------------------- the package

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

namespace {

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

}  // namespace

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
    run_properties(add(n, "w:rPr"), s.bold, s.italic, s.half_points);
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

// -------------------------------------------------------------- zip

namespace {

using io::libzip;

struct ZipSourceFree {
  void operator()(zip_source_t* s) const { libzip().zip_source_free(s); }
};

[[noreturn]] void zip_failed(const std::string& what, zip_error_t* e) {
  std::string why = e ? libzip().zip_error_strerror(e) : "unknown error";
  throw io::WriteError(fmt::format("cannot build the Word file ({}): {}", what, why));
}

}  // namespace

std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      const model::Date& created, text::Lang lang) {
  if (!libzip().problem.empty())
    throw io::WriteError(
        diag::Message(diag::Msg::write_no_library, {"Word", libzip().problem}).render(lang));
  zip_error_t error;
  libzip().zip_error_init(&error);
  std::unique_ptr<zip_source_t, ZipSourceFree> buffer(
      libzip().zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) zip_failed("memory", &error);
  zip_t* archive = libzip().zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) zip_failed("open", &error);
  libzip().zip_source_keep(buffer.get());  // the archive's close would free it otherwise
  auto seconds = static_cast<time_t>(date::sys_days(created).time_since_epoch().count()) * 86400;
  for (const auto& [name, content] : parts) {
    zip_source_t* src = libzip().zip_source_buffer(archive, content.data(), content.size(), 0);
    zip_int64_t index =
        src ? libzip().zip_file_add(archive, name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (src) libzip().zip_source_free(src);
      zip_error_t* e = libzip().zip_get_error(archive);
      std::string why = libzip().zip_error_strerror(e);
      libzip().zip_discard(archive);
      throw io::WriteError(fmt::format("cannot build the Word file ({}): {}", name, why));
    }
    libzip().zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), seconds, 0);
  }
  if (libzip().zip_close(archive) != 0) {
    std::string why = libzip().zip_error_strerror(libzip().zip_get_error(archive));
    libzip().zip_discard(archive);
    throw io::WriteError(fmt::format("cannot build the Word file: {}", why));
  }
  zip_stat_t st;
  libzip().zip_stat_init(&st);
  if (libzip().zip_source_stat(buffer.get(), &st) != 0 ||
      libzip().zip_source_open(buffer.get()) != 0)
    zip_failed("read back", libzip().zip_source_error(buffer.get()));
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = libzip().zip_source_read(buffer.get(), out.data(), st.size);
  libzip().zip_source_close(buffer.get());
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
    zip_failed("read back", libzip().zip_source_error(buffer.get()));
  return out;
}

}  // namespace cchc::render::docx
