// Documents as one printable HTML page, with their figures drawn in SVG.
#include "cchc/render/html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "cchc/render/document.hpp"
#include "cchc/render/schedule.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::render {

using engine::Category;

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string svg_number(double v) {
  return fmt::format("{:.1f}", v);
}

std::string_view category_color(Category c) {
  switch (c) {
    case Category::done_on_time:
      return "#2e7d32";
    case Category::done_late:
      return "#b7791f";
    case Category::overdue:
      return "#c62828";
    case Category::due_soon:
      return "#e65100";
    case Category::on_track:
      return "#1565c0";
    case Category::no_deadline:
      return "#757575";
    case Category::cancelled:
      return "#9e9e9e";
  }
  return "#757575";
}

namespace {

// Escaped text with line breaks kept.
std::string html_text(std::string_view s) {
  std::string out = xml_escape(s);
  std::string with_breaks;
  for (char c : out) with_breaks += c == '\n' ? std::string("<br>") : std::string(1, c);
  return with_breaks;
}

// Short for svg_number: the figures below write many coordinates.
std::string num(double v) {
  return svg_number(v);
}

// ---------------------------------------------------------------- figures
//
// Every figure is 680 units wide (the width of an A4 page's text at 96 dpi,
// about 180 mm) and scales with the page: the viewBox fixes the drawing, CSS
// its size. Labels are cut to fit their column, whole and in a tooltip.

constexpr double kWidth = 680;
constexpr double kLabelRight = 236;  // labels end here, bars start after
constexpr int kLabelColumns = 32;    // what fits left of the bars at 12px
constexpr double kBarHeight = 16;
constexpr double kRowStep = 24;

std::string svg_open(double height, std::string_view label) {
  return fmt::format(
      "<svg class=\"figure\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
      "aria-label=\"{2}\">\n",
      num(kWidth), num(height), xml_escape(label));
}

std::string row_label(double y, std::string_view label) {
  return fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                     num(kLabelRight - 8), num(y),
                     xml_escape(text::cut_to_width(label, kLabelColumns)));
}

// The legend under stacked bars: a swatch and a label per series in use,
// wrapped to the figure's width. Returns the SVG and its height.
std::pair<std::string, double> legend_svg(const StackedBars& c,
                                          const std::vector<std::int64_t>& sums, double top) {
  std::string out;
  double x = 8, y = top;
  for (std::size_t i = 0; i < c.series.size(); ++i) {
    if (sums[i] == 0) continue;
    double w = 22 + 7.0 * text::display_width(c.series[i].label);
    if (x + w > kWidth) {
      x = 8;
      y += 18;
    }
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text class=\"legend\" "
        "x=\"{}\" "
        "y=\"{}\">{}</text>\n",
        num(x), num(y), c.series[i].color, num(x + 16), num(y + 10), xml_escape(c.series[i].label));
    x += w + 10;
  }
  return {out, y - top + 18};
}

std::string stacked_svg(const StackedBars& c, std::string_view caption) {
  std::vector<std::int64_t> sums(c.series.size(), 0);
  std::int64_t widest = 0;
  for (const auto& b : c.bars) {
    widest = std::max(widest, std::accumulate(b.values.begin(), b.values.end(), std::int64_t{0}));
    for (std::size_t i = 0; i < b.values.size() && i < sums.size(); ++i) sums[i] += b.values[i];
  }
  double bars_bottom = 8 + kRowStep * static_cast<double>(c.bars.size());
  auto [legend, legend_height] = legend_svg(c, sums, bars_bottom + 8);
  double height = bars_bottom + 12 + legend_height;
  double span = kWidth - kLabelRight - 40;  // room for the total after the bar
  std::string out = svg_open(height, caption);
  for (std::size_t r = 0; r < c.bars.size(); ++r) {
    const auto& b = c.bars[r];
    double y = 8 + kRowStep * static_cast<double>(r);
    std::int64_t total = std::accumulate(b.values.begin(), b.values.end(), std::int64_t{0});
    out += fmt::format("<g class=\"bar-row\"><title>{}</title>\n", xml_escape(b.label));
    out += row_label(y + 12, b.label);
    double x = kLabelRight;
    for (std::size_t i = 0; i < b.values.size() && i < c.series.size(); ++i) {
      if (b.values[i] == 0) continue;
      double w = widest ? span * static_cast<double>(b.values[i]) / static_cast<double>(widest) : 0;
      out += fmt::format(
          "<rect class=\"segment\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
          "fill=\"{}\"><title>{}: {}</title></rect>\n",
          num(x), num(y), num(w), num(kBarHeight), c.series[i].color, xml_escape(c.series[i].label),
          b.values[i]);
      if (w >= 16)
        out += fmt::format(
            "<text class=\"in-bar\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            num(x + w / 2), num(y + 12), b.values[i]);
      x += w;
    }
    out += fmt::format("<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>\n</g>\n", num(x + 6),
                       num(y + 12), total);
  }
  return out + legend + "</svg>\n";
}

std::string bars_svg(const Bars& c, std::string_view caption) {
  double widest = 0;
  for (const auto& b : c.bars) widest = std::max(widest, b.value);
  double height = 8 + kRowStep * static_cast<double>(c.bars.size());
  double span = kWidth - kLabelRight - 150;  // room for "2.019 triệu đồng"
  std::string out = svg_open(height, caption);
  for (std::size_t r = 0; r < c.bars.size(); ++r) {
    const auto& b = c.bars[r];
    double y = 4 + kRowStep * static_cast<double>(r);
    double w = widest > 0 ? span * b.value / widest : 0;
    out += fmt::format("<g class=\"bar-row\"><title>{}: {}</title>\n", xml_escape(b.label),
                       xml_escape(b.value_text));
    out += row_label(y + 12, b.label);
    out += fmt::format("<rect class=\"amount\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                       num(kLabelRight), num(y), num(w), num(kBarHeight));
    out += fmt::format("<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>\n</g>\n",
                       num(kLabelRight + w + 6), num(y + 12), xml_escape(b.value_text));
  }
  return out + "</svg>\n";
}

// Where value v stands on a goal row's track [x0, x0 + span].
double track_x(const GoalRows::Row& r, double v, double x0, double span) {
  double range = r.high - r.low;
  if (range <= 0) return x0;
  double t = std::clamp((v - r.low) / range, 0.0, 1.0);
  return x0 + span * (r.reversed ? 1 - t : t);
}

std::string goals_svg(const GoalRows& c, std::string_view caption) {
  constexpr double kStep = 46, kTrackLeft = 250, kTrackSpan = 250;
  double height = 10 + kStep * static_cast<double>(c.rows.size());
  std::string out = svg_open(height, caption);
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    const auto& r = c.rows[i];
    double y = 8 + kStep * static_cast<double>(i);
    out +=
        fmt::format("<g class=\"goal-row\"><title>{} ({}): {} — {}</title>\n", xml_escape(r.label),
                    xml_escape(r.sublabel), xml_escape(r.latest_text), xml_escape(r.verdict_text));
    out += fmt::format("<text class=\"label\" x=\"8\" y=\"{}\">{}</text>\n", num(y + 12),
                       xml_escape(text::cut_to_width(r.label, 40)));
    out += fmt::format("<text class=\"sublabel\" x=\"8\" y=\"{}\">{}</text>\n", num(y + 28),
                       xml_escape(text::cut_to_width(r.sublabel, 44)));
    double ty = y + 8;
    out += fmt::format("<rect class=\"track\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>\n",
                       num(kTrackLeft), num(ty), num(kTrackSpan));
    double g0 = track_x(r, r.goal_from, kTrackLeft, kTrackSpan),
           g1 = track_x(r, r.goal_to, kTrackLeft, kTrackSpan);
    if (g0 > g1) std::swap(g0, g1);
    out += fmt::format("<rect class=\"goal\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>\n",
                       num(g0), num(ty), num(std::max(g1 - g0, 2.0)));
    if (r.latest) {
      double x = track_x(r, *r.latest, kTrackLeft, kTrackSpan);
      out += fmt::format(
          "<rect class=\"latest\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"6\" fill=\"{}\"/>\n",
          num(kTrackLeft), num(ty + 4), num(std::max(x - kTrackLeft, 1.0)), r.color);
    }
    if (r.baseline)
      out += fmt::format("<circle class=\"baseline\" cx=\"{}\" cy=\"{}\" r=\"4\"/>\n",
                         num(track_x(r, *r.baseline, kTrackLeft, kTrackSpan)), num(ty + 7));
    out += fmt::format("<text class=\"value\" x=\"{}\" y=\"{}\">{}</text>\n",
                       num(kTrackLeft + kTrackSpan + 10), num(ty + 11), xml_escape(r.latest_text));
    out += fmt::format("<text class=\"verdict\" x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>\n</g>\n",
                       num(kTrackLeft + kTrackSpan + 10), num(ty + 27), r.color,
                       xml_escape(r.verdict_text));
  }
  return out + "</svg>\n";
}

std::string goals_legend(text::Lang l) {
  bool vi = l == text::Lang::vi;
  return fmt::format(
      "<p class=\"figure-legend\"><svg width=\"22\" height=\"12\"><rect class=\"goal\" x=\"1\" "
      "y=\"1\" width=\"20\" "
      "height=\"10\"/></svg>{}<svg width=\"22\" height=\"12\"><rect x=\"1\" y=\"4\" width=\"20\" "
      "height=\"5\" "
      "fill=\"#1565c0\"/></svg>{}<svg width=\"14\" height=\"12\"><circle class=\"baseline\" "
      "cx=\"7\" cy=\"6\" "
      "r=\"4\"/></svg>{}</p>\n",
      vi ? "Khoảng đạt mục tiêu" : "Meets the goal",
      vi ? "Số liệu gần nhất (màu theo đánh giá)" : "Latest value (colored by verdict)",
      vi ? "Số liệu ban đầu" : "Baseline");
}

std::string figure_html(const Figure& f, text::Lang lang) {
  std::string body = std::visit(
      Visitor{[&](const StackedBars& c) { return stacked_svg(c, f.caption); },
              [&](const Bars& c) { return bars_svg(c, f.caption); },
              [&](const GoalRows& c) { return goals_svg(c, f.caption) + goals_legend(lang); },
              [&](const Timeline& t) {
                if (!t.schedule || !t.owners) return std::string();
                ListContext ctx{*t.owners, lang, t.schedule->as_of};
                return schedule_charts_html(*t.schedule, ctx);
              }},
      f.chart);
  if (body.empty()) return "";
  bool timeline = std::holds_alternative<Timeline>(f.chart);
  return fmt::format("<figure id=\"{}\" class=\"{}\">\n{}<figcaption>{}</figcaption>\n</figure>\n",
                     xml_escape(f.id), timeline ? "timeline" : "chart", body,
                     xml_escape(f.caption));
}

// ---------------------------------------------------------------- tables

std::string table_html(const DocTable& t) {
  if (t.rows.empty() && t.empty.empty()) return "";  // the text around it says so
  if (t.rows.empty())
    return fmt::format("<p class=\"empty\" id=\"{}\">{}</p>\n", xml_escape(t.id),
                       html_text(t.empty));
  std::string out = fmt::format("<table class=\"data{}\" id=\"{}\">\n<thead><tr>",
                                t.columns.size() > 8 ? " wide" : "", xml_escape(t.id));
  for (const auto& c : t.columns)
    out += fmt::format("<th scope=\"col\">{}</th>", html_text(c.header));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool total = std::find(t.total_rows.begin(), t.total_rows.end(), r) != t.total_rows.end();
    out += total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      bool right = c < t.columns.size() && t.columns[c].align == Align::right;
      bool flexible = c < t.columns.size() && t.columns[c].flexible;
      out += fmt::format("<td{}>{}</td>",
                         right      ? " class=\"num\""
                         : flexible ? " class=\"text\""
                                    : "",
                         html_text(t.rows[r][c].text));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// Lines of a name set one under the other ("ỦY BAN NHÂN DÂN\nTỈNH MẪU").
std::string html_lines(std::string_view s) {
  return html_text(s);
}

// The two columns of official-document.md, "The head of the first page".
std::string header_html(const DocHeader& h) {
  std::string out = "<header class=\"doc-head\">\n";
  if (!h.draft.empty())
    out += fmt::format("<p class=\"draft\"><span>{}</span></p>\n", xml_escape(h.draft));
  out += "<table class=\"head\"><tr><td class=\"issuer\">";
  if (!h.governing.empty())
    out += fmt::format("<span class=\"governing\">{}</span><br>", html_lines(h.governing));
  out += fmt::format("<span class=\"issuing\">{}</span>", html_lines(h.issuer));
  out += "<hr class=\"rule short\"></td>";
  out += fmt::format(
      "<td class=\"nation\"><span class=\"nation-name\">{}</span><br><span "
      "class=\"motto\">{}</span><hr class=\"rule motto-rule\"></td></tr>\n",
      xml_escape(h.nation), xml_escape(h.motto));
  out += fmt::format("<tr><td class=\"number\">{}</td><td class=\"place\">{}</td></tr></table>\n",
                     xml_escape(h.number), xml_escape(h.place_date));
  out += fmt::format("<h1>{}</h1>\n<p class=\"subject\">{}</p>\n<hr class=\"rule subject-rule\">\n",
                     xml_escape(h.kind), xml_escape(h.subject));
  if (!h.facts.empty()) {
    out += "<ul class=\"facts\">\n";
    for (const auto& f : h.facts) out += fmt::format("<li>{}</li>\n", html_text(f));
    out += "</ul>\n";
  }
  return out + "</header>\n";
}

// Recipients left, the signing block right, side by side.
std::string closing_html(const Closing& c) {
  std::string out = "<table class=\"closing\" id=\"closing\"><tr><td class=\"recipients\">";
  out += fmt::format("<p class=\"recipients-label\">{}</p>", xml_escape(c.recipients_label));
  for (const auto& r : c.recipients) out += fmt::format("<p>{}</p>", xml_escape(r));
  out += "</td><td class=\"signer\">";
  for (const auto& a : c.authority)
    out += fmt::format("<p class=\"authority\">{}</p>", xml_escape(a));
  out += fmt::format("<p class=\"signature-space\"></p><p class=\"signer-name\">{}</p>",
                     xml_escape(c.signer));
  return out + "</td></tr></table>\n";
}

std::string appendix_head_html(const AppendixHead& a) {
  return fmt::format(
      "<div class=\"appendix-head\"><p class=\"appendix-heading\">{}</p><p "
      "class=\"appendix-title\">{}</p><p class=\"appendix-reference\">{}</p></div>\n",
      xml_escape(a.heading), xml_escape(a.title), xml_escape(a.reference));
}

std::string toc_html(const Document& d) {
  std::string out = "<nav class=\"toc\"><ul>\n";
  for (const auto& s : d.sections)
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", xml_escape(s.id), xml_escape(s.title));
  return out + "</ul></nav>\n";
}

std::string section_html(const Section& s, text::Lang lang) {
  std::string out = fmt::format("<section id=\"{}\"{}>\n<h2>{}</h2>\n", xml_escape(s.id),
                                s.new_page ? " class=\"new-page\"" : "", xml_escape(s.title));
  for (const auto& b : s.blocks)
    out += std::visit(
        Visitor{[](const Paragraph& p) {
                  switch (p.style) {
                    case Paragraph::Style::heading:
                      return fmt::format("<h3>{}</h3>\n", html_text(p.text));
                    case Paragraph::Style::note:
                      return fmt::format("<p class=\"note\">{}</p>\n", html_text(p.text));
                    case Paragraph::Style::bullet:
                      return fmt::format("<p class=\"item\">- {}</p>\n", html_text(p.text));
                    case Paragraph::Style::normal:
                      break;
                  }
                  return fmt::format("<p>{}</p>\n", html_text(p.text));
                },
                [](const DocTable& t) { return table_html(t); },
                [&](const Figure& f) { return figure_html(f, lang); }},
        b);
  return out + "</section>\n";
}

// Nghị định 30/2020 sets the page (official-document.md): A4, margins top and
// bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt, the page
// number centred in the top margin from page 2 on. Sections flow: only the
// appendix (and each agency's page of a reminder list) starts a new page.
constexpr std::string_view kCss =
    R"(@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font-family:"Times New Roman","Liberation Serif",serif;font-size:13pt;vertical-align:middle}}
@page:first{@top-center{content:none}}
html{background:#e8eaed}
body{margin:0;color:#000;font-family:"Times New Roman","Liberation Serif","DejaVu Serif",serif;font-size:13pt;line-height:1.3}
main.page{background:#fff;max-width:210mm;margin:12px auto;padding:20mm 15mm 20mm 30mm;box-sizing:border-box;box-shadow:0 1px 4px rgba(0,0,0,.25)}
p.draft{margin:0 0 4pt}
p.draft span{display:inline-block;border:1pt solid #000;padding:1pt 6pt;font-weight:bold}
table.head{width:100%;border-collapse:collapse;margin-bottom:6pt;font-size:12.5pt}
table.head td{vertical-align:top;text-align:center;padding:0 2pt}
table.head td.issuer{width:40%}
table.head .issuing{font-weight:bold}
table.head td.nation{font-weight:bold;white-space:nowrap}
table.head .motto{font-size:13pt}
table.head td.number{font-size:13pt;padding-top:4pt}
table.head td.place{font-style:italic;font-size:13pt;padding-top:4pt}
hr.rule{border:0;border-top:.8pt solid #000;margin:2pt auto 0}
hr.short{width:35%}
hr.motto-rule{width:62%}
hr.subject-rule{width:20%;margin:0 auto 10pt}
h1{text-align:center;font-size:14pt;margin:14pt 0 2pt}
p.subject{text-align:center;font-weight:bold;margin:0 0 2pt}
ul.facts{margin:0 0 10pt;padding-left:18pt;font-size:12pt}
nav.toc ul{columns:2;font-size:11pt;margin:0 0 12pt;padding-left:18pt}
nav.toc a{color:#1a4f8b;text-decoration:none}
h2{font-size:13pt;margin:10pt 0 4pt;break-after:avoid}
h3{font-size:13pt;font-style:italic;font-weight:bold;margin:8pt 0 4pt;break-after:avoid}
p{margin:0 0 6pt;text-align:justify}
div.doc-body p{text-indent:1cm}
div.doc-body p.item{text-indent:0;padding-left:1cm}
p.note{font-size:11pt;font-style:italic;color:#333}
p.empty{font-style:italic}
table.closing{width:100%;border-collapse:collapse;margin-top:12pt;break-inside:avoid}
table.closing td{vertical-align:top;padding:0}
table.closing td.recipients{width:45%}
table.closing td.recipients p{font-size:11pt;margin:0;text-align:left}
table.closing td.recipients p.recipients-label{font-size:12pt;font-weight:bold;font-style:italic}
table.closing td.signer p{text-align:center;font-weight:bold;margin:0}
table.closing p.signature-space{height:28mm}
div.appendix{break-before:page}
div.appendix-head p{text-align:center;margin:0 0 2pt}
p.appendix-heading{font-weight:bold}
p.appendix-title{font-weight:bold}
p.appendix-reference{font-style:italic;margin-bottom:10pt}
table.data{width:100%;border-collapse:collapse;font-size:11pt;margin:4pt 0 10pt}
table.data.wide{font-size:9pt}
table.data.wide th,table.data.wide td{padding:1pt 2pt}
table.data th,table.data td{border:.6pt solid #444;padding:2pt 4pt;vertical-align:top;text-align:left}
table.data th{background:#eef1f4;text-align:center;font-weight:bold}
table.data td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.data td.text{min-width:6em}
table.data.wide td.text{min-width:7em}
table.data tr.total td{font-weight:bold;border-top:1.4pt solid #111}
table.data thead{display:table-header-group}
table.data tr{break-inside:avoid}
figure{margin:8pt 0 12pt;break-inside:avoid}
figure.timeline{break-inside:auto}
figure svg.figure,figure .chart svg{width:100%;height:auto;display:block}
figcaption{text-align:center;font-style:italic;font-size:11pt;margin-top:4pt}
svg text{font-family:"Liberation Sans","DejaVu Sans",Arial,sans-serif;font-size:12px;fill:#222}
svg text.in-bar{fill:#fff;font-size:11px}
svg text.sublabel{fill:#555;font-size:11px}
svg text.verdict{font-size:11px}
svg rect.amount{fill:#1565c0}
svg rect.track{fill:#eceff1}
svg rect.goal{fill:#c8e6c9;stroke:#2e7d32;stroke-width:.8}
svg circle.baseline{fill:#fff;stroke:#333;stroke-width:1.5}
p.figure-legend{font-size:10.5pt;text-align:left}
p.figure-legend svg{vertical-align:-1px;margin:0 4pt 0 12pt}
p.chart-plan{font-weight:bold;font-size:11pt;margin:6pt 0 2pt}
section.new-page+section.new-page{break-before:page}
@media print{html{background:none}main.page{max-width:none;margin:0;padding:0;box-shadow:none}nav.toc{display:none}
a{color:inherit}.chart{overflow:visible}}
)";

}  // namespace

std::string document_html(const Document& d) {
  bool vi = d.lang == text::Lang::vi;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"cchc "
      "{}\">\n<title>{}</title>\n<style>\n{}{}</style>\n</head>\n<body>\n"
      "<main class=\"page\">\n",
      vi ? "vi" : "en", CCHC_VERSION, xml_escape(d.title), kCss, schedule_chart_css());
  if (d.header)
    out += header_html(*d.header);
  else
    out += fmt::format("<h1>{}</h1>\n", xml_escape(d.title));
  if (!d.body.empty()) {
    out += "<div class=\"doc-body\">\n";
    for (const auto& s : d.body) out += section_html(s, d.lang);
    out += "</div>\n";
  }
  if (d.closing) out += closing_html(*d.closing);
  if (d.appendix)
    out += "<div class=\"appendix\" id=\"phu-luc\">\n" + appendix_head_html(*d.appendix);
  if (d.sections.size() > 1 && !d.appendix) out += toc_html(d);
  for (const auto& s : d.sections) out += section_html(s, d.lang);
  if (d.appendix) out += "</div>\n";
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace cchc::render
