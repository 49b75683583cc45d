// Documents and their writers: Markdown and terminal text word for word, the
// HTML page's promises (no script, nothing fetched, print layout), Excel
// sheet names, and the report's words (periods, the place of an issuer).
#include <catch2/catch.hpp>

#include "cchc/render/document.hpp"
#include "cchc/render/docx.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/report.hpp"
#include "cchc/render/xlsx.hpp"

using namespace cchc;
using render::Cell;

namespace {

render::Document small_document() {
  render::Document d;
  d.title = "Báo cáo";
  render::DocHeader h;
  h.issuer = "UBND TỈNH MẪU";
  h.nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  h.motto = "Độc lập - Tự do - Hạnh phúc";
  h.place_date = "Mẫu, ngày 08 tháng 12 năm 2017";
  h.kind = "BÁO CÁO";
  h.subject = "Kết quả quý I năm 2018";
  h.facts = {"Số liệu tính từ ngày 15 tháng 12 năm 2017."};
  d.header = h;
  render::Section s{"tong-hop", "I. Tổng hợp", "Tổng hợp", {}};
  s.blocks.push_back(render::Paragraph{"Có 2 nhiệm vụ <quá hạn> & 1 hoàn thành."});
  render::DocTable t;
  t.id = "summary";
  t.columns = {{"Phân loại", render::Align::left, true}, {"Số", render::Align::right}};
  t.rows = {{Cell("Quá hạn"), Cell("2", std::int64_t{2})},
            {Cell("Tổng cộng"), Cell("3", std::int64_t{3})}};
  t.total_rows = {1};
  s.blocks.push_back(t);
  render::DocTable none;
  none.id = "none";
  none.columns = {{"STT"}};
  none.empty = "Không có nhiệm vụ.";
  s.blocks.push_back(none);
  s.blocks.push_back(render::Paragraph{"Ghi chú | một", render::Paragraph::Style::note});
  s.blocks.push_back(
      render::Figure{"chart", "Biểu đồ", render::Bars{{{"Thể chế", 210, "210 triệu đồng"}}}});
  d.sections.push_back(s);
  return d;
}

}  // namespace

TEST_CASE("Markdown: the official header, sections, tables, empty tables said in words, no figures",
          "[document]") {
  CHECK(render::document_md(small_document()) ==
        "**UBND TỈNH MẪU**\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Mẫu, ngày 08 tháng 12 năm 2017*\n\n"
        "# BÁO CÁO\n\n**Kết quả quý I năm 2018**\n\n"
        "- Số liệu tính từ ngày 15 tháng 12 năm 2017.\n\n"
        "## I. Tổng hợp\n\n"
        "Có 2 nhiệm vụ <quá hạn> & 1 hoàn thành.\n\n"
        "| Phân loại | Số |\n| --- | ---: |\n| Quá hạn | 2 |\n| Tổng cộng | 3 |\n\n"
        "Không có nhiệm vụ.\n\n"
        "> Ghi chú | một\n");
}

TEST_CASE("terminal text: the same content, tables aligned by display width", "[document]") {
  CHECK(render::document_text(small_document(), {}) ==
        "UBND TỈNH MẪU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Mẫu, ngày 08 tháng 12 năm 2017\n\nBÁO CÁO\nKết quả quý I năm 2018\n\n"
        "- Số liệu tính từ ngày 15 tháng 12 năm 2017.\n\n"
        "I. Tổng hợp\n\n"
        "Có 2 nhiệm vụ <quá hạn> & 1 hoàn thành.\n\n"
        "Phân loại  Số\n"
        "─────────  ──\n"
        "Quá hạn     2\n"
        "─────────────\n"
        "Tổng cộng   3\n\n"
        "Không có nhiệm vụ.\n\n"
        "Ghi chú | một\n");
}

TEST_CASE("HTML: one page that fetches nothing, escapes text and prints on A4", "[document]") {
  std::string html = render::document_html(small_document());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  "style-src 'unsafe-inline'\">") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@page{size:A4;") != std::string::npos);
  CHECK(html.find("table.data thead{display:table-header-group}") != std::string::npos);
  // Sections flow; only an agency's page of a reminder list and the appendix start a page.
  CHECK(html.find("section+section{break-before:page}") == std::string::npos);
  CHECK(html.find("section.new-page+section.new-page{break-before:page}") != std::string::npos);
  CHECK(html.find("div.appendix{break-before:page}") != std::string::npos);
  CHECK(html.find("@page:first{@top-center{content:none}}") != std::string::npos);
  CHECK(html.find("<p>Có 2 nhiệm vụ &lt;quá hạn&gt; &amp; 1 hoàn thành.</p>") != std::string::npos);
  CHECK(
      html.find("<table class=\"data\" id=\"summary\">\n<thead><tr><th scope=\"col\">Phân loại</th>"
                "<th scope=\"col\">Số</th></tr></thead>") != std::string::npos);
  CHECK(html.find(
            "<tr class=\"total\"><td class=\"text\">Tổng cộng</td><td class=\"num\">3</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<p class=\"empty\" id=\"none\">Không có nhiệm vụ.</p>") != std::string::npos);
  CHECK(html.find("<figure id=\"chart\" class=\"chart\">") != std::string::npos);
  CHECK(html.find("<rect class=\"amount\"") != std::string::npos);
  CHECK(html.find("<figcaption>Biểu đồ</figcaption>") != std::string::npos);
}

TEST_CASE("Excel sheet names: at most 31 characters, none of : \\ / ? * [ ]", "[document]") {
  CHECK(render::sheet_name("Kết quả trong kỳ") == "Kết quả trong kỳ");
  CHECK(render::sheet_name("Quý I/2021: [tổng hợp]?") == "Quý I-2021- -tổng hợp--");
  // Cut after a whole word, with an ellipsis, within the 31 characters.
  CHECK(render::sheet_name("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số") ==
        "Xây dựng và phát triển Chính…");
  CHECK(render::sheet_name("Trung tâm Phục vụ hành chính công tỉnh") ==
        "Trung tâm Phục vụ hành chính…");
  CHECK(render::sheet_name(std::string(40, 'x')) == std::string(30, 'x') + "…");
  CHECK(render::sheet_name("") == "Sheet");
  CHECK(render::sheet_name("'a'") == "a");
}

TEST_CASE("a workbook is a zip file", "[document]") {
  std::string bytes = render::document_xlsx(small_document(), *model::make_date(2026, 9, 16));
  REQUIRE(bytes.size() > 1000);
  CHECK(bytes.substr(0, 2) == "PK");
}

TEST_CASE("report words: periods in prose, the place of an issuing body", "[report]") {
  using engine::ReportKind;
  CHECK(render::period_words({2021, ReportKind::q1}, text::Lang::vi) == "quý I năm 2021");
  CHECK(render::period_words({2021, ReportKind::h1}, text::Lang::vi) == "6 tháng đầu năm 2021");
  CHECK(render::period_words({2021, ReportKind::q3}, text::Lang::vi) == "quý III năm 2021");
  CHECK(render::period_words({2021, ReportKind::year}, text::Lang::vi) == "năm 2021");
  CHECK(render::period_words({2021, ReportKind::h1}, text::Lang::en) == "the first half of 2021");
  CHECK(render::place_of_issuer("Ủy ban nhân dân tỉnh Sóc Trăng") == "Sóc Trăng");
  CHECK(render::place_of_issuer("UBND tỉnh Thừa Thiên Huế") == "Thừa Thiên Huế");
  CHECK(render::place_of_issuer("UBND  tỉnh   Bà Rịa - Vũng Tàu") == "Bà Rịa - Vũng Tàu");
  CHECK(render::place_of_issuer("Ủy ban nhân dân thành phố Hà Nội") == "Hà Nội");
  CHECK(render::place_of_issuer("UBND TP. Hồ Chí Minh") == "Hồ Chí Minh");
  CHECK(render::place_of_issuer("Sở Nội vụ") == "");
  CHECK(render::place_of_issuer("UBND tỉnh") == "");
  CHECK(render::place_of_issuer("") == "");
}

TEST_CASE("Markdown of a report file: paragraphs joined, list items, headings", "[document]") {
  auto p = render::markdown_paragraphs(
      "Dòng một\ntiếp theo.\n\n- mục một;\n-  mục hai.\n# Tiêu đề\nĐoạn cuối\n");
  REQUIRE(p.size() == 5);
  CHECK(p[0].text == "Dòng một tiếp theo.");
  CHECK(p[0].style == render::Paragraph::Style::normal);
  CHECK(p[1].text == "mục một;");
  CHECK(p[1].style == render::Paragraph::Style::bullet);
  CHECK(p[2].text == "mục hai.");
  CHECK(p[3].text == "Tiêu đề");
  CHECK(p[3].style == render::Paragraph::Style::heading);
  CHECK(p[4].text == "Đoạn cuối");
  CHECK(render::markdown_paragraphs("").empty());
  CHECK(render::markdown_paragraphs("\n\n  \n").empty());
}

TEST_CASE("the closing and the appendix in Markdown, after the body", "[document]") {
  render::Document d = small_document();
  d.body.push_back(render::Section{"ket-qua", "I. KẾT QUẢ", "", {render::Paragraph{"Thân."}}});
  d.closing = render::Closing{"Nơi nhận:", {"- Bộ Nội vụ;", "- Lưu: VT."}, {"KT. CHỦ TỊCH"}, "A"};
  d.appendix = render::AppendixHead{"PHỤ LỤC", "Số liệu", "(Kèm theo Báo cáo số 05/BC-UBND)"};
  std::string md = render::document_md(d);
  auto body = md.find("## I. KẾT QUẢ"), sign = md.find("**KT. CHỦ TỊCH**"),
       to = md.find("***Nơi nhận:***  \n- Bộ Nội vụ;  \n- Lưu: VT.  \n"),
       appendix = md.find("# PHỤ LỤC"), data = md.find("## I. Tổng hợp");
  CHECK(body < sign);
  CHECK(sign < to);
  CHECK(to < appendix);
  CHECK(appendix < data);
  CHECK(data != std::string::npos);
}

TEST_CASE("a Word file is a zip whose first entry is [Content_Types].xml", "[document]") {
  std::string bytes = render::document_docx(small_document(), *model::make_date(2026, 9, 16));
  REQUIRE(bytes.size() > 30);
  CHECK(bytes.rfind("PK\x03\x04", 0) == 0);
  CHECK(bytes.substr(30, 19) == "[Content_Types].xml");
  // The same document gives the same bytes: every entry is dated with the as-of day.
  CHECK(bytes == render::document_docx(small_document(), *model::make_date(2026, 9, 16)));
}
