// The schedule for people on a page: one SVG timeline per plan (an axis of
// months or quarters, a row per task, bars, deadline markers colored by
// category with tooltips, the as-of day as a vertical line), laid out as a
// Document and written by document_html like every other page, so it has the
// same Content-Security-Policy and print layout (render/schedule.hpp).
#include <fmt/format.h>

#include <algorithm>

#include "cchc/render/dates.hpp"
#include "cchc/render/document.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/schedule.hpp"
#include "cchc/text/unicode.hpp"
#include "schedule_parts.hpp"

namespace cchc::render {

using engine::Category;
using engine::Schedule;
using engine::ScheduleBy;
using engine::ScheduleRow;
using model::Date;
using text::Lang;
using namespace schedule_parts;

namespace {

// ---------------------------------------------------------------------------
// HTML with SVG

constexpr double kLabelWidth = 440;  // STT and title, left of the axis
constexpr double kIdX = 8;
constexpr double kTitleX = 58;
constexpr int kTitleColumns = 56;  // what fits in the label area at 12px
constexpr double kHeaderHeight = 46;
constexpr double kRowHeight = 24;
constexpr double kFooterHeight = 20;  // the as-of day's label under the chart
constexpr double kRightMargin = 10;   // room for half a marker on the last day

double column_width(const Schedule& s) {
  std::size_t n = s.columns.size();
  if (s.by == ScheduleBy::quarter) return n <= 8 ? 120 : 72;
  return n <= 12 ? 60 : n <= 24 ? 40 : 28;
}

// Horizontal position of a moment of day d (frac 0 = its start, 1 = its end),
// clipped to the axis.
struct Axis {
  const Schedule& s;
  double col = column_width(s);
  double width() const { return kLabelWidth + col * static_cast<double>(s.columns.size()); }
  double x(const Date& d, double frac) const {
    if (s.columns.empty() || d < s.columns.front().first) return kLabelWidth;
    if (d > s.columns.back().last) return width();
    std::size_t c = *engine::column_index(s, d);
    const auto& p = s.columns[c];
    double days = model::days_between(p.first, p.last) + 1;
    return kLabelWidth +
           col * (static_cast<double>(c) + (model::days_between(p.first, d) + frac) / days);
  }
};

std::string svg_axis(const Axis& a, double bottom, Lang l) {
  const Schedule& s = a.s;
  std::string out;
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    const auto& p = s.columns[c];
    double x = kLabelWidth + a.col * static_cast<double>(c);
    bool year_starts = c == 0 || p.year != s.columns[c - 1].year;
    out += fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n",
                       year_starts ? "grid year" : "grid", svg_number(x), year_starts ? 4.0 : 24.0,
                       svg_number(x), svg_number(bottom));
    if (year_starts)
      out += fmt::format("<text class=\"year\" x=\"{}\" y=\"17\">{}</text>\n", svg_number(x + 4),
                         p.year);
    out +=
        fmt::format("<text class=\"period\" x=\"{}\" y=\"38\" text-anchor=\"middle\">{}</text>\n",
                    svg_number(x + a.col / 2), xml_escape(period_short(p, s.by, l)));
  }
  out += fmt::format("<line class=\"grid year\" x1=\"{}\" y1=\"4\" x2=\"{}\" y2=\"{}\"/>\n",
                     svg_number(a.width()), svg_number(a.width()), svg_number(bottom));
  out += fmt::format("<line class=\"axis\" x1=\"0\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n",
                     svg_number(kHeaderHeight), svg_number(a.width()), svg_number(kHeaderHeight));
  return out;
}

std::string_view bar_class(const ScheduleRow& r) {
  if (r.cancelled) return "bar cancelled";
  if (r.done) return "bar done";
  return "bar planned";
}

std::string mark_tooltip(const engine::ScheduleMark& m, Lang l) {
  // The due day in the Vietnamese way on a Vietnamese page (dd/mm/yyyy).
  std::string out =
      fmt::format("{} — {} {} — {}", due_label(*m.deadline, l), is_vi(l) ? "hạn" : "due",
                  date_short(m.due, l), category_label(m.category, l));
  if (m.deadline->done_on)
    out += fmt::format(" ({} {})", is_vi(l) ? "hoàn thành" : "done",
                       date_short(*m.deadline->done_on, l));
  return out;
}

std::string svg_row(const ScheduleRow& r, std::size_t i, const Axis& a, const ListContext& ctx) {
  Lang l = ctx.lang;
  double top = kHeaderHeight + kRowHeight * static_cast<double>(i);
  std::string label = fmt::format("{}. {}", r.task->id, r.task->title);
  if (std::string lead = lead_names(*r.task, ctx.owners); !lead.empty())
    label += fmt::format(" — {}: {}", word(Word::lead, l), lead);
  std::string out = fmt::format("<g class=\"row\"><title>{}</title>\n", xml_escape(label));
  out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", svg_number(kIdX), svg_number(top + 16),
                     xml_escape(r.task->id));
  out += fmt::format(
      "<text x=\"{}\" y=\"{}\">{}</text>\n</g>\n", svg_number(kTitleX), svg_number(top + 16),
      xml_escape(text::cut_to_width(text::collapse_space(r.task->title), kTitleColumns)));
  const auto& bar = *r.bar;
  double x0 = a.x(bar.start, 0), x1 = a.x(bar.end, 1);
  if (x1 > x0)
    out +=
        fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"2\"/>\n",
                    bar_class(r), svg_number(x0), svg_number(top + 7), svg_number(x1 - x0));
  if (bar.late_until) {
    bool open = std::any_of(r.marks.begin(), r.marks.end(),
                            [](const auto& m) { return m.category == Category::overdue; });
    double x2 = a.x(*bar.late_until, 1);
    if (x2 > x1)
      out += fmt::format(
          "<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"2\"/>\n",
          open ? "late-open" : "late-done", svg_number(x1), svg_number(top + 7),
          svg_number(x2 - x1));
  }
  for (const auto& m : r.marks) {
    if (!engine::column_index(a.s, m.due)) continue;
    double x = a.x(m.due, 0.5), y = top + 12;
    out += fmt::format(
        "<g class=\"mark\"><title>{}</title><polygon points=\"{},{} {},{} {},{} {},{}\" "
        "fill=\"{}\"/></g>\n",
        xml_escape(mark_tooltip(m, l)), svg_number(x), svg_number(y - 6), svg_number(x + 6),
        svg_number(y), svg_number(x), svg_number(y + 6), svg_number(x - 6), svg_number(y),
        category_color(m.category));
  }
  return out;
}

std::string svg_as_of(const Axis& a, double bottom, Lang l) {
  if (!engine::column_index(a.s, a.s.as_of)) return "";
  double x = a.x(a.s.as_of, 0.5);
  std::string label =
      fmt::format("{} {}", is_vi(l) ? "Ngày tính:" : "As of", date_short(a.s.as_of, l));
  std::string anchor = x > a.width() - 80 ? "end" : x < kLabelWidth + 80 ? "start" : "middle";
  return fmt::format(
      "<line class=\"as-of\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n"
      "<text class=\"as-of\" x=\"{0}\" y=\"{3}\" text-anchor=\"{4}\">{5}</text>\n",
      svg_number(x), svg_number(kHeaderHeight), svg_number(bottom), svg_number(bottom + 14), anchor,
      xml_escape(label));
}

std::string svg_chart(const PlanGroup& g, const Schedule& s, const ListContext& ctx) {
  Axis a{s};
  double bottom = kHeaderHeight + kRowHeight * static_cast<double>(g.drawn.size());
  double height = bottom + kFooterHeight;
  std::string out = fmt::format(
      "<svg width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" "
      "aria-label=\"{2}\">\n",
      svg_number(a.width() + kRightMargin), svg_number(height), xml_escape(plan_line(*g.plan)));
  out += fmt::format("<text class=\"head\" x=\"{}\" y=\"38\">{}</text>\n", svg_number(kIdX),
                     xml_escape(word(Word::task_id, ctx.lang)));
  out += fmt::format("<text class=\"head\" x=\"{}\" y=\"38\">{}</text>\n", svg_number(kTitleX),
                     xml_escape(word(Word::title, ctx.lang)));
  // Painted in order: stripes, grid, then labels, bars and marks over them.
  for (std::size_t i = 1; i < g.drawn.size(); i += 2)
    out += fmt::format("<rect class=\"stripe\" x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                       svg_number(kHeaderHeight + kRowHeight * static_cast<double>(i)),
                       svg_number(a.width()), svg_number(kRowHeight));
  out += svg_axis(a, bottom, ctx.lang);
  for (std::size_t i = 0; i < g.drawn.size(); ++i) out += svg_row(*g.drawn[i], i, a, ctx);
  out += svg_as_of(a, bottom, ctx.lang);
  return out + "</svg>\n";
}

std::string swatch_bar(std::string_view cls) {
  return fmt::format(
      "<svg width=\"22\" height=\"12\"><rect class=\"{}\" x=\"1\" y=\"1\" width=\"20\" "
      "height=\"10\" rx=\"2\"/></svg>",
      cls);
}

std::string swatch_mark(Category c) {
  return fmt::format(
      "<svg width=\"14\" height=\"14\"><polygon points=\"7,1 13,7 7,13 1,7\" fill=\"{}\"/></svg>",
      category_color(c));
}

std::string html_legend(const Schedule& s, Lang l) {
  bool vi = is_vi(l);
  std::vector<std::pair<std::string, std::string>> items{
      {swatch_bar("bar planned"), vi ? "Thời gian thực hiện theo kế hoạch" : "Planned"},
      {swatch_bar("bar done"), vi ? "Đã hoàn thành" : "Done"},
      {swatch_bar("bar cancelled"), vi ? "Đã hủy" : "Cancelled"},
      // The terms of cli.md section 3, as every other command says them.
      {swatch_bar("bar late-open"), std::string(category_label(Category::overdue, l))},
      {swatch_bar("bar late-done"), std::string(category_label(Category::done_late, l))},
      {"<svg width=\"14\" height=\"14\"><line class=\"as-of\" x1=\"7\" y1=\"0\" x2=\"7\" "
       "y2=\"14\"/></svg>",
       fmt::format("{} {}", vi ? "Ngày tính:" : "As of", date_short(s.as_of, l))}};
  for (Category c : engine::all_categories())
    if (c != Category::no_deadline)
      items.push_back({swatch_mark(c), std::string(category_label(c, l))});
  std::string out = "<div class=\"legend\">\n";
  for (const auto& [sw, label] : items)
    out += fmt::format("<span>{}{}</span>\n", sw, xml_escape(label));
  return out + "</div>\n";
}

constexpr std::string_view kChartCss =
    R"(.chart{overflow-x:auto}
svg text{font-size:12px;fill:#222}
svg text.head{font-weight:bold}
svg text.year{font-weight:bold;font-size:13px}
svg text.period{fill:#555}
svg text.as-of{fill:#c62828;font-size:11px}
svg .stripe{fill:#f4f6f8}
svg .grid{stroke:#e2e2e2;stroke-width:1}
svg .grid.year{stroke:#a8a8a8}
svg .axis{stroke:#888;stroke-width:1}
svg line.as-of{stroke:#c62828;stroke-width:1.5;stroke-dasharray:4 3}
svg .mark polygon{stroke:#fff;stroke-width:1}
.bar.planned{fill:#90caf9}
.bar.done{fill:#a5d6a7}
.bar.cancelled{fill:#eeeeee;stroke:#9e9e9e;stroke-dasharray:3 2}
.bar.late-open{fill:#ef9a9a}
.bar.late-done{fill:#ffe082}
)";

constexpr std::string_view kLegendCss =
    R"(.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;margin-top:24px}
.legend svg{vertical-align:-2px;margin-right:6px}
)";

}  // namespace

Document schedule_document(const Schedule& s, const ListContext& ctx) {
  Lang l = ctx.lang;
  bool vi = is_vi(l);
  bool month = s.by == ScheduleBy::month;
  Document d;
  d.lang = l;
  d.title = heading(s, l);
  Section chart{"tien-do", vi ? "Biểu đồ tiến độ" : "Timeline", vi ? "Tiến độ" : "Timeline", {}};
  // The window, then the plans drawn (one line each; with several, the
  // figure also names the plan above each chart).
  auto groups = plan_groups(s);
  std::string intro = window_line(s, l);
  for (const auto& g : groups) intro += "\n" + plan_line(*g.plan);
  chart.blocks.push_back(Paragraph{intro});
  if (s.rows.empty()) chart.blocks.push_back(Paragraph{std::string(no_tasks(l))});
  std::string caption =
      vi ? fmt::format("Mỗi hàng một nhiệm vụ, mỗi cột một {}", month ? "tháng" : "quý")
         : fmt::format("One row per task, one column per {}", month ? "month" : "quarter");
  chart.blocks.push_back(Figure{"bieu-do-tien-do", caption, Timeline{&s, &ctx.owners}});
  d.sections.push_back(std::move(chart));

  Section undated{"khong-thoi-han",
                  std::string(undated_heading(l)),
                  vi ? "Không có thời hạn" : "No deadline",
                  {}};
  for (const auto& g : groups) {
    if (g.undated.empty()) continue;
    if (groups.size() > 1)
      undated.blocks.push_back(Paragraph{plan_line(*g.plan), Paragraph::Style::heading});
    undated.blocks.push_back(undated_table(g, l));
  }
  if (!undated.blocks.empty()) d.sections.push_back(std::move(undated));
  return d;
}

std::string schedule_html(const Schedule& s, const ListContext& ctx) {
  return document_html(schedule_document(s, ctx));
}

std::string schedule_chart_css() {
  return fmt::format("{}{}", kChartCss, kLegendCss);
}

std::string schedule_charts_html(const Schedule& s, const ListContext& ctx) {
  std::string out;
  auto groups = plan_groups(s);
  for (const auto& g : groups) {
    if (g.drawn.empty()) continue;
    if (groups.size() > 1)
      out += fmt::format("<p class=\"chart-plan\">{}</p>\n", xml_escape(plan_line(*g.plan)));
    out += "<div class=\"chart\">\n" + svg_chart(g, s, ctx) + "</div>\n";
  }
  if (out.empty()) return out;
  return out + html_legend(s, ctx.lang);
}

}  // namespace cchc::render
