// The schedule drawn as text: a text Gantt, Markdown and JSON
// (render/schedule.hpp); the HTML page is schedule_html.cpp. Layout only:
// rows, bars and marks come from engine::build_schedule.
#include "cchc/render/schedule.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cchc/io/json_writer.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/text/unicode.hpp"
#include "schedule_parts.hpp"

namespace cchc::render {

using engine::Category;
using engine::Schedule;
using engine::ScheduleBy;
using engine::SchedulePeriod;
using engine::ScheduleRow;
using model::Date;
using text::Lang;

namespace {

// "Jan" .. "Dec": the first three letters of the month's name.
std::string_view short_month(unsigned month) {
  return text::english_month(month).substr(0, 3);
}

// The deadlines of an undated task as written: "Thường xuyên".
std::string undated_text(const ScheduleRow& r, Lang l) {
  std::string out;
  for (const auto* e : r.undated) {
    std::string t = due_label(*e, l);
    if (t.empty()) continue;
    if (!out.empty()) out += "; ";
    out += t;
  }
  return out.empty() ? std::string(word(Word::none, l)) : out;
}

}  // namespace

namespace schedule_parts {

// "T10" / "Oct" for a month, "IV" / "Q4" for a quarter: the column headers.
std::string period_short(const SchedulePeriod& p, ScheduleBy by, Lang l) {
  if (by == ScheduleBy::quarter)
    return is_vi(l) ? std::string(text::roman_quarter(static_cast<int>(p.number)))
                    : fmt::format("Q{}", p.number);
  return is_vi(l) ? fmt::format("T{}", p.number) : std::string(short_month(p.number));
}

std::string heading(const Schedule& s, Lang l) {
  bool month = s.by == ScheduleBy::month;
  return is_vi(l) ? fmt::format("Tiến độ thực hiện nhiệm vụ theo {} — tính đến {}",
                                month ? "tháng" : "quý", date_official(s.as_of, l))
                  : fmt::format("Task schedule by {} — as of {}", month ? "month" : "quarter",
                                date_official(s.as_of, l));
}

std::string window_line(const Schedule& s, Lang l) {
  std::string from = date_short(s.from, l), to = date_short(s.to, l);
  return is_vi(l) ? fmt::format("Từ {} đến {}", from, to) : fmt::format("From {} to {}", from, to);
}

std::string plan_line(const model::Plan& p) {
  return p.title.empty() ? p.id : fmt::format("{} — {}", p.id, p.title);
}

std::string_view undated_heading(Lang l) {
  return is_vi(l) ? "Không có thời hạn cụ thể (không vẽ trên biểu đồ)"
                  : "No fixed deadline (not drawn)";
}

std::string_view no_tasks(Lang l) {
  return is_vi(l) ? "Không có nhiệm vụ nào." : "No tasks.";
}

std::vector<PlanGroup> plan_groups(const Schedule& s) {
  std::vector<PlanGroup> groups;
  for (const auto& r : s.rows) {  // rows come sorted by plan
    if (groups.empty() || groups.back().plan != r.plan) groups.push_back({r.plan, {}, {}});
    (r.drawn() ? groups.back().drawn : groups.back().undated).push_back(&r);
  }
  return groups;
}

DocTable undated_table(const PlanGroup& g, Lang l) {
  DocTable t;
  t.id = "khong-thoi-han-" + g.plan->id;
  t.columns = {{std::string(word(Word::task_id, l))},
               {std::string(word(Word::title, l)), Align::left, true},
               {std::string(word(Word::due_written, l))}};
  for (const auto* r : g.undated)
    t.rows.push_back({r->task->id.str(), r->task->title, undated_text(*r, l)});
  return t;
}

}  // namespace schedule_parts

using namespace schedule_parts;

namespace {

// ---------------------------------------------------------------------------
// What the text and Markdown forms say the same way.

std::string_view mark_glyph(Category c) {
  switch (c) {
    case Category::done_on_time:
      return "✓";
    case Category::done_late:
      return "»";
    case Category::overdue:
      return "!";
    case Category::cancelled:
      return "×";
    default:
      return "◆";  // due soon, on track: not yet due
  }
}

// When several marks share a cell, the one that needs attention first shows.
int mark_rank(Category c) {
  switch (c) {
    case Category::overdue:
      return 6;
    case Category::done_late:
      return 5;
    case Category::due_soon:
      return 4;
    case Category::on_track:
      return 3;
    case Category::done_on_time:
      return 2;
    default:
      return 1;
  }
}

enum class BarState { elapsed, ahead, done, cancelled };

// The state of a row's bar in a stretch of time starting on `from`.
BarState bar_state(const ScheduleRow& r, const Date& from, const Date& as_of) {
  if (r.cancelled) return BarState::cancelled;
  if (r.done) return BarState::done;
  return from <= as_of ? BarState::elapsed : BarState::ahead;
}

std::string_view bar_glyph(BarState b) {
  switch (b) {
    case BarState::elapsed:
      return "█";
    case BarState::ahead:
      return "░";
    case BarState::done:
      return "▓";
    case BarState::cancelled:
      return "─";
  }
  return "█";
}

// "T10/2026" / "Oct 2026", "Quý IV/2026" / "Q4 2026": a period on its own.
std::string period_long(const SchedulePeriod& p, ScheduleBy by, Lang l) {
  if (by == ScheduleBy::quarter) return text::quarter_label(p.year, static_cast<int>(p.number), l);
  return is_vi(l) ? fmt::format("T{}/{}", p.number, p.year)
                  : fmt::format("{} {}", short_month(p.number), p.year);
}

// "31/03" / "Mar 31": a mark's day inside its column.
std::string day_month(const Date& d, Lang l) {
  return is_vi(l) ? fmt::format("{:02}/{:02}", model::day_of(d), model::month_of(d))
                  : fmt::format("{} {}", short_month(model::month_of(d)), model::day_of(d));
}

struct LegendLine {
  std::string prefix;
  std::vector<std::string> items;
};

// The legend of the text chart; Markdown has one cell per period and no as-of
// column, so it leaves those two explanations out.
std::vector<LegendLine> text_legend(const Schedule& s, Lang l, bool markdown) {
  bool vi = is_vi(l);
  std::string as_of = date_short(s.as_of, l);
  LegendLine bars{vi ? "Thanh:" : "Bars:",
                  {vi ? "█ đã qua" : "█ elapsed", vi ? "░ còn lại" : "░ ahead",
                   vi ? "▓ đã hoàn thành" : "▓ done", vi ? "─ đã hủy" : "─ cancelled"}};
  if (!markdown) bars.items.push_back(vi ? "┊ ngày " + as_of : "┊ as of " + as_of);
  LegendLine marks{
      vi ? "Mốc thời hạn:" : "Marks:",
      {vi ? "✓ hoàn thành đúng hạn" : "✓ done on time", vi ? "» hoàn thành quá hạn" : "» done late",
       vi ? "! quá hạn chưa hoàn thành" : "! overdue", vi ? "◆ chưa đến hạn" : "◆ not yet due",
       vi ? "× đã hủy" : "× cancelled"}};
  if (markdown) return {bars, marks};
  LegendLine cells{vi ? "Mỗi ô:" : "Cells:", {}};
  if (s.by == ScheduleBy::month)
    cells.items.push_back(vi ? "một tháng chia ba cột: ngày 1–10, 11–20, 21–cuối tháng."
                             : "a month in three columns: days 1–10, 11–20, 21–end.");
  else
    cells.items.push_back(vi ? "một quý chia ba cột, mỗi cột một tháng."
                             : "a quarter in three columns, one per month.");
  return {bars, marks, cells};
}

// ---------------------------------------------------------------------------
// Text

constexpr int kSlot = 4;  // a period: one blank column, then three cells
constexpr int kMinTitleWidth = 20;

// A title written over several lines, on one line: a chart row has one.
std::string one_line(std::string_view s) {
  return text::collapse_space(s);
}

// `s` no wider than `width`, cut with '…' when it is wider.
std::string cut(std::string_view s, int width) {
  return text::cut_to_width(s, width);
}

std::string pad(std::string s, int width) {
  int w = text::display_width(s);
  if (w < width) s.append(static_cast<std::size_t>(width - w), ' ');
  return s;
}

std::string trim_right(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// One of the three text columns of a period: ten days of a month, or one
// month of a quarter.
struct TextCell {
  Date from;
  Date to;
};

std::vector<TextCell> text_cells(const Schedule& s) {
  std::vector<TextCell> cells;
  for (const auto& p : s.columns) {
    if (s.by == ScheduleBy::month) {
      unsigned m = p.number;
      cells.push_back({p.first, *model::make_date(p.year, m, 10)});
      cells.push_back({*model::make_date(p.year, m, 11), *model::make_date(p.year, m, 20)});
      cells.push_back({*model::make_date(p.year, m, 21), p.last});
    } else {
      for (unsigned m = p.number * 3 - 2; m <= p.number * 3; ++m)
        cells.push_back(
            {model::first_day_of_month(p.year, m), model::last_day_of_month(p.year, m)});
    }
  }
  return cells;
}

std::optional<std::size_t> cell_of(const std::vector<TextCell>& cells, const Date& d) {
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (cells[k].from <= d && d <= cells[k].to) return k;
  return std::nullopt;
}

// Where cell k is drawn, from the start of the chart part of a line.
std::size_t cell_pos(std::size_t k) {
  return (k / 3) * kSlot + 1 + k % 3;
}

// The chart part of a row: bar, the as-of column, marks.
std::string chart_line(const ScheduleRow& r, const std::vector<TextCell>& cells,
                       const Date& as_of) {
  std::vector<std::string_view> out(cells.size() / 3 * kSlot, " ");
  auto covered = [&](std::size_t k) {
    return cells[k].from <= r.bar->drawn_end() && cells[k].to >= r.bar->start;
  };
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (covered(k)) out[cell_pos(k)] = bar_glyph(bar_state(r, cells[k].from, as_of));
  // The blank column between two periods joins a bar running across them.
  for (std::size_t k = 3; k < cells.size(); k += 3)
    if (covered(k - 1) && covered(k)) out[cell_pos(k) - 1] = out[cell_pos(k - 1)];
  if (auto k = cell_of(cells, as_of); k && out[cell_pos(*k)] == " ") out[cell_pos(*k)] = "┊";
  std::vector<int> best(cells.size(), 0);
  for (const auto& m : r.marks) {
    auto k = cell_of(cells, m.due);
    if (!k || mark_rank(m.category) <= best[*k]) continue;
    best[*k] = mark_rank(m.category);
    out[cell_pos(*k)] = mark_glyph(m.category);
  }
  std::string line;
  for (auto g : out) line += g;
  return trim_right(line);
}

// Column widths of the text chart.
struct TextLayout {
  int id_width = 0;
  int title_width = 0;
  int chart_width = 0;
  int left() const { return id_width + 2 + title_width; }  // where the chart part starts
};

TextLayout text_layout(const Schedule& s, Lang l, const TextStyle& style) {
  TextLayout t;
  t.id_width = text::display_width(word(Word::task_id, l));
  int natural = text::display_width(word(Word::title, l));
  for (const auto& r : s.rows) {
    t.id_width = std::max(t.id_width, text::display_width(r.task->id));
    natural = std::max(natural, text::display_width(one_line(r.task->title)));
  }
  t.chart_width = static_cast<int>(s.columns.size()) * kSlot;
  t.title_width = natural;
  if (style.width > 0 && t.left() + t.chart_width > style.width)
    t.title_width =
        std::min(natural, std::max(kMinTitleWidth, style.width - t.id_width - 2 - t.chart_width));
  return t;
}

// Labels placed at character positions of the chart part (ASCII only).
void put(std::string& line, std::size_t pos, std::string_view label) {
  if (line.size() < pos + label.size()) line.resize(pos + label.size(), ' ');
  line.replace(pos, label.size(), label);
}

// The years above the period headers; a year with a single column gets "'26".
std::string year_line(const Schedule& s) {
  std::string line;
  for (std::size_t c = 0; c < s.columns.size();) {
    std::size_t n = 1;
    while (c + n < s.columns.size() && s.columns[c + n].year == s.columns[c].year) ++n;
    std::string year = std::to_string(s.columns[c].year);
    if (static_cast<int>(year.size()) > static_cast<int>(n) * kSlot - 1)
      year = "'" + year.substr(year.size() - 2);
    put(line, c * kSlot + 1, year);
    c += n;
  }
  return line;
}

std::string period_line(const Schedule& s, Lang l) {
  std::string line;
  for (std::size_t c = 0; c < s.columns.size(); ++c)
    put(line, c * kSlot + 1, period_short(s.columns[c], s.by, l));
  return line;
}

std::string rule_line(const Schedule& s, const std::vector<TextCell>& cells, const TextLayout& t) {
  int width = t.left() + t.chart_width;
  auto as_of = cell_of(cells, s.as_of);
  std::string line;
  for (int i = 0; i < width; ++i)
    line += as_of && i == t.left() + static_cast<int>(cell_pos(*as_of)) ? "▼" : "─";
  return line;
}

std::string left_part(const ScheduleRow& r, const TextLayout& t) {
  return pad(r.task->id, t.id_width) + "  " +
         pad(cut(one_line(r.task->title), t.title_width), t.title_width);
}

std::string group_text(const PlanGroup& g, const Schedule& s, const std::vector<TextCell>& cells,
                       const TextLayout& t, Lang l, const TextStyle& style) {
  auto fit_line = [&](const std::string& line) {
    return style.width > 0 ? cut(line, style.width) : line;
  };
  std::string out = fit_line(plan_line(*g.plan)) + "\n";
  if (!g.drawn.empty()) {
    std::string blank_left(static_cast<std::size_t>(t.left()), ' ');
    out += trim_right(blank_left + year_line(s)) + "\n";
    out += trim_right(pad(std::string(word(Word::task_id, l)), t.id_width) + "  " +
                      pad(std::string(word(Word::title, l)), t.title_width) + period_line(s, l)) +
           "\n";
    out += rule_line(s, cells, t) + "\n";
    for (const auto* r : g.drawn)
      out += trim_right(left_part(*r, t) + chart_line(*r, cells, s.as_of)) + "\n";
  }
  if (!g.undated.empty()) {
    out += fit_line(std::string(undated_heading(l)) + ":") + "\n";
    int room = style.width > 0 ? std::max(10, style.width - t.left() - 1) : 1 << 20;
    for (const auto* r : g.undated)
      out += trim_right(left_part(*r, t) + " " + cut(undated_text(*r, l), room)) + "\n";
  }
  return out;
}

// Legend items separated by two spaces, wrapped at the terminal width.
std::string legend_text(const LegendLine& line, int width) {
  std::string out;
  std::string indent(static_cast<std::size_t>(text::display_width(line.prefix)), ' ');
  std::string current = line.prefix;
  for (std::size_t i = 0; i < line.items.size(); ++i) {
    std::string sep = i == 0 ? " " : "  ";
    if (width > 0 && i > 0 && text::display_width(current + sep + line.items[i]) > width) {
      out += current + "\n";
      current = indent + " " + line.items[i];
      continue;
    }
    current += sep + line.items[i];
  }
  return out + current + "\n";
}

// ---------------------------------------------------------------------------
// Markdown

// A period's cell: its marks with their days, else the bar's state.
std::string md_cell(const ScheduleRow& r, const SchedulePeriod& p, const Date& as_of, Lang l) {
  std::string out;
  for (const auto& m : r.marks) {
    if (m.due < p.first || m.due > p.last) continue;
    if (!out.empty()) out += " ";
    out += fmt::format("{} {}", mark_glyph(m.category), day_month(m.due, l));
  }
  if (out.empty() && p.first <= r.bar->drawn_end() && p.last >= r.bar->start)
    out = std::string(bar_glyph(bar_state(r, p.first, as_of)));
  return out;
}

Table md_chart(const PlanGroup& g, const Schedule& s, Lang l) {
  Table t;
  t.columns = {{std::string(word(Word::task_id, l))}, {std::string(word(Word::title, l))}};
  for (const auto& p : s.columns) t.columns.push_back({period_long(p, s.by, l)});
  for (const auto* r : g.drawn) {
    std::vector<std::string> cells{r->task->id, r->task->title};
    for (const auto& p : s.columns) cells.push_back(md_cell(*r, p, s.as_of, l));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// ---------------------------------------------------------------------------
// JSON

std::string_view undated_kind(const engine::DeadlineEval& e) {
  return e.kind == model::DeadlineKind::ongoing ? "ongoing" : "external";
}

nlohmann::json column_json(const SchedulePeriod& p, ScheduleBy by) {
  bool month = by == ScheduleBy::month;
  return {{"key", month ? fmt::format("{}-{:02}", p.year, p.number)
                        : fmt::format("{}-Q{}", p.year, p.number)},
          {"year", p.year},
          {month ? "month" : "quarter", p.number},
          {"from", model::iso(p.first)},
          {"to", model::iso(p.last)}};
}

nlohmann::json optional_day(const std::optional<Date>& d) {
  return d ? nlohmann::json(model::iso(*d)) : nlohmann::json(nullptr);
}

nlohmann::json row_json(const ScheduleRow& r) {
  nlohmann::json marks = nlohmann::json::array();
  for (const auto& m : r.marks)
    marks.push_back({{"due", model::iso(m.due)},
                     {"category", engine::category_name(m.category)},
                     {"due_text", m.deadline->due_text},
                     {"done_on", optional_day(m.deadline->done_on)},
                     {"optional", m.deadline->optional}});
  nlohmann::json undated = nlohmann::json::array();
  for (const auto* e : r.undated)
    undated.push_back({{"kind", undated_kind(*e)},
                       {"due_text", e->due_text},
                       {"category", engine::category_name(e->category)}});
  return {{"plan", r.plan->id},
          {"task", r.task->id},
          {"title", r.task->title},
          {"lead", r.lead},
          {"start", r.bar ? optional_day(r.bar->start) : nlohmann::json(nullptr)},
          {"end", r.bar ? optional_day(r.bar->end) : nlohmann::json(nullptr)},
          {"late_until", r.bar ? optional_day(r.bar->late_until) : nlohmann::json(nullptr)},
          {"done", r.done},
          {"cancelled", r.cancelled},
          {"marks", marks},
          {"undated", undated}};
}

}  // namespace

std::string schedule_text(const Schedule& s, const ListContext& ctx, const TextStyle& style) {
  Lang l = ctx.lang;
  std::string out = heading(s, l) + "\n" + window_line(s, l) + "\n";
  if (s.rows.empty()) return out + "\n" + std::string(no_tasks(l)) + "\n";
  std::vector<TextCell> cells = text_cells(s);
  TextLayout layout = text_layout(s, l, style);
  for (const auto& g : plan_groups(s)) out += "\n" + group_text(g, s, cells, layout, l, style);
  out += "\n";
  for (const auto& line : text_legend(s, l, false)) out += legend_text(line, style.width);
  return out;
}

namespace {

// The width of the chart with titles at their narrowest.
int least_width(const Schedule& s, Lang l) {
  TextLayout t = text_layout(s, l, TextStyle{1, Overflow::cut, false});
  return t.left() + t.chart_width;
}

}  // namespace

Schedule fitted_schedule(const engine::Evaluation& ev, engine::ScheduleOptions options,
                         bool by_chosen, const ListContext& ctx, const TextStyle& style) {
  Schedule s = engine::build_schedule(ev, options);
  if (style.width <= 0 || least_width(s, ctx.lang) <= style.width) return s;
  if (!by_chosen && options.by == ScheduleBy::month) {
    options.by = ScheduleBy::quarter;
    s = engine::build_schedule(ev, options);
    if (least_width(s, ctx.lang) <= style.width) return s;
  }
  if (options.from || options.to || s.to < s.from) return s;
  // As many periods as fit, from the start of the as-of year.
  const int room =
      style.width - (least_width(s, ctx.lang) - static_cast<int>(s.columns.size()) * kSlot);
  const std::size_t fit = static_cast<std::size_t>(std::max(room / kSlot, 1));
  if (fit >= s.columns.size()) return s;
  std::size_t first = 0;
  while (first < s.columns.size() &&
         s.columns[first].last < model::first_day_of_month(model::year_of(ev.as_of), 1))
    ++first;
  first = std::min(first, s.columns.size() - fit);
  options.from = s.columns[first].first;
  options.to = s.columns[first + fit - 1].last;
  return engine::build_schedule(ev, options);
}

std::string schedule_md(const Schedule& s, const ListContext& ctx) {
  Lang l = ctx.lang;
  std::string out = "# " + heading(s, l) + "\n\n" + window_line(s, l) + "\n";
  if (s.rows.empty()) return out + "\n" + std::string(no_tasks(l)) + "\n";
  for (const auto& g : plan_groups(s)) {
    out += "\n## " + plan_line(*g.plan) + "\n";
    if (!g.drawn.empty()) out += "\n" + render_md_table(md_chart(g, s, l));
    if (!g.undated.empty())
      out += fmt::format("\n### {}\n\n", undated_heading(l)) +
             render_md_table(plain_table(undated_table(g, l)));
  }
  out += "\n";
  auto legend = text_legend(s, l, true);
  for (std::size_t n = 0; n < legend.size(); ++n) {
    out += legend[n].prefix;
    for (std::size_t i = 0; i < legend[n].items.size(); ++i)
      out += (i == 0 ? " " : ", ") + legend[n].items[i];
    out += n + 1 < legend.size() ? "  \n" : "\n";  // two spaces: a Markdown line break
  }
  return out;
}

namespace {

std::string_view by_name(ScheduleBy by) {
  return by == ScheduleBy::month ? "month" : "quarter";
}

}  // namespace

nlohmann::json schedule_json(const Schedule& s) {
  nlohmann::json columns = nlohmann::json::array(), rows = nlohmann::json::array();
  for (const auto& p : s.columns) columns.push_back(column_json(p, s.by));
  for (const auto& r : s.rows) rows.push_back(row_json(r));
  return {{"by", by_name(s.by)},
          {"from", model::iso(s.from)},
          {"to", model::iso(s.to)},
          {"columns", columns},
          {"rows", rows}};
}

void write_schedule_json(std::ostream& out, const Schedule& s, const model::Date& as_of,
                         const nlohmann::json& plans_left_out) {
  io::JsonObjectWriter w(out);
  w.member("by", by_name(s.by));
  w.members(json_document(as_of));
  w.begin_array("columns");
  for (const auto& p : s.columns) w.element(column_json(p, s.by));
  w.end_array();
  w.member("from", model::iso(s.from));
  if (!plans_left_out.is_null()) w.member("plans_left_out", plans_left_out);
  w.begin_array("rows");
  for (const auto& r : s.rows) w.element(row_json(r));
  w.end_array();
  w.member("to", model::iso(s.to));
  w.finish();
}

}  // namespace cchc::render
