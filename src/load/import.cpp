// A table saved from Excel becomes a plan: see import.hpp. The rows are first
// read into a flat list (with their parent), then assembled into the task tree,
// so that ids can be settled once every row is known.
#include "cchc/load/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "cchc/model/date.hpp"
#include "cchc/model/plan.hpp"
#include "cchc/model/status.hpp"
#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::load {

namespace {

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Words of folded text, punctuation dropped: "kinh phi (tr. dong)" -> kinh phi tr dong.
std::string words_only(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c & 0x80);
    if (word_char)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_roman(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}

bool is_digit_path(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  char prev = '.';
  for (char c : s) {
    if (c == '.' && prev == '.') return false;
    if (c != '.' && (c < '0' || c > '9')) return false;
    prev = c;
  }
  return true;
}

// "1", "1.1", "2.3.1": the numbering that nests rows; also under a Roman
// numeral, "I.1", "II.3.2", as cchc export writes the ids of plans whose
// numbering restarts under each area.
bool is_number_path(std::string_view s) {
  std::size_t dot = s.find('.');
  if (dot != std::string_view::npos && is_roman(s.substr(0, dot)))
    return is_digit_path(s.substr(dot + 1));
  return is_digit_path(s);
}

bool has_roman_head(std::string_view s) {
  std::size_t dot = s.find('.');
  return dot != std::string_view::npos && is_roman(s.substr(0, dot));
}

// Bullets people type in cells: "- ", "+ ", "• ".
std::string strip_bullet(std::string s) {
  for (std::string_view b : {"- ", "+ ", "\xE2\x80\xA2 ", "* "})
    if (s.rfind(b, 0) == 0) return text::collapse_space(s.substr(b.size()));
  if (s == "-" || s == "+") return {};
  return s;
}

// One item per line of the cell, bullets removed, blank lines dropped.
std::vector<std::string> cell_lines(std::string_view cell, bool split_semicolons) {
  std::vector<std::string> items;
  std::string piece;
  auto flush = [&] {
    std::string t = strip_bullet(text::collapse_space(piece));
    while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == '.')) t.pop_back();
    t = text::collapse_space(t);
    if (!t.empty()) items.push_back(t);
    piece.clear();
  };
  for (char c : cell) {
    if (c == '\n' || (split_semicolons && c == ';'))
      flush();
    else
      piece += c;
  }
  flush();
  return items;
}

bool has_letters(std::string_view s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80)) return true;
  return false;
}

struct FlatRow {
  ImportedTask task;
  std::string stt;    // numbering as written (number path), empty for bullet rows
  std::string roman;  // the heading it sits under
  int parent = -1;
  diag::SourceLocation stt_where;
};

using Columns = std::array<int, static_cast<std::size_t>(ImportColumn::ignored)>;

class Importer {
 public:
  Importer(const ImportSettings& s, ImportResult& r) : settings_(s), result_(r) {}

  void run(const CsvTable& table);

 private:
  bool find_header(const CsvTable& table, std::size_t& header_row);
  std::string cell(const CsvRow& row, ImportColumn c) const;
  // Where a cell of the row starts, spanning its first line; the row's line
  // when the row has no such cell.
  diag::SourceLocation where(const CsvRow& row, ImportColumn c) const;
  void read_row(const CsvRow& row);
  void read_budget(const CsvRow& row, ImportedTask& t);
  void read_due(const CsvRow& row, ImportedTask& t);
  std::vector<std::string> read_agencies(const CsvRow& row, ImportColumn c,
                                         std::string_view column);
  void settle_ids();
  void check_budgets();
  void check_done_dates(const std::vector<ImportedTask>& tasks);
  std::vector<ImportedTask> assemble(int parent, const std::string& parent_area);
  // An area column names a built-in area by its id: the plan import writes
  // declares none, so any other value would be check's unknown-area (found
  // by fuzz_import: import said nothing, check then failed on its plan).
  void check_area(const CsvRow& row, const std::string& area) {
    const auto& builtin = model::builtin_areas();
    if (std::any_of(builtin.begin(), builtin.end(),
                    [&](const model::Area& a) { return a.id == area; }))
      return;
    problem(diag::Rule::unknown_area, where(row, ImportColumn::area),
            {diag::Msg::import_area_not_builtin, {area}},
            {diag::Msg::import_area_not_builtin_hint, {model::builtin_area_ids()}});
  }
  // The status and the completion days go into the plan as written: what
  // check would refuse there is import's error at the cell (found by
  // fuzz_import: a status "50000000" and a done_on "snv" passed import).
  void check_status_and_days(const CsvRow& row, ImportedTask& t) {
    if (!t.status.empty()) t.status_where = where(row, ImportColumn::status);
    if (!t.status.empty() && !model::parse_status(t.status))
      problem(diag::Rule::bad_status, where(row, ImportColumn::status),
              {diag::Msg::unknown_status, {t.status}}, diag::Message(diag::Msg::status_hint));
    std::string_view rest = t.done_on;
    while (!rest.empty()) {
      std::size_t cut = rest.find_first_of(";\n");
      std::string day = text::collapse_space(rest.substr(0, cut));
      rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
      if (day.empty()) continue;
      auto d = model::parse_day(day, "done_on");
      if (!d.ok()) problem(d.rule, where(row, ImportColumn::done_on), d.message, d.hint);
    }
  }
  void problem(diag::Rule rule, diag::SourceLocation at, diag::Message msg, diag::Message hint,
               diag::Severity severity = diag::Severity::error) {
    result_.diags.add({std::move(at), severity, rule, std::move(msg), std::move(hint)});
  }

  const ImportSettings& settings_;
  ImportResult& result_;
  Columns col_{};
  std::vector<FlatRow> rows_;
  std::vector<int> stack_;  // numbered rows that may still get subtasks
  std::string area_, roman_;
};

bool Importer::find_header(const CsvTable& table, std::size_t& header_row) {
  // A title line or two ("KẾ HOẠCH ...") may sit above the header row.
  for (std::size_t r = 0; r < table.rows.size() && r < 10; ++r) {
    Columns found;
    found.fill(-1);
    const auto& cells = table.rows[r].cells;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      ImportColumn c = match_header(cells[i]);
      if (c == ImportColumn::ignored) continue;
      auto& slot = found[static_cast<std::size_t>(c)];
      if (slot < 0) slot = static_cast<int>(i);  // the first of two alike wins
    }
    if (found[static_cast<std::size_t>(ImportColumn::title)] >= 0) {
      col_ = found;
      header_row = r;
      return true;
    }
  }
  return false;
}

std::string Importer::cell(const CsvRow& row, ImportColumn c) const {
  int i = col_[static_cast<std::size_t>(c)];
  if (i < 0 || static_cast<std::size_t>(i) >= row.cells.size()) return {};
  return row.cells[static_cast<std::size_t>(i)];
}

diag::SourceLocation Importer::where(const CsvRow& row, ImportColumn c) const {
  int i = col_[static_cast<std::size_t>(c)];
  if (i < 0 || static_cast<std::size_t>(i) >= row.positions.size())
    return {settings_.file, row.line, 0, 0};
  const CsvPosition& at = row.positions[static_cast<std::size_t>(i)];
  std::string_view text = row.cells[static_cast<std::size_t>(i)];
  text = text.substr(0, text.find('\n'));
  return {settings_.file, at.line, at.column, text::codepoint_count(text)};
}

void Importer::run(const CsvTable& table) {
  std::size_t header = 0;
  if (!find_header(table, header)) {
    std::string seen;
    diag::SourceLocation at{settings_.file, 0, 0, 0};
    for (const auto& row : table.rows) {
      bool blank = true;
      for (const auto& c : row.cells) blank = blank && text::collapse_space(c).empty();
      if (blank) continue;
      for (const auto& c : row.cells)
        seen += (seen.empty() ? "" : ", ") + fmt::format("\"{}\"", text::collapse_space(c));
      at.line = row.line;
      at.column = 1;
      break;
    }
    problem(diag::Rule::missing_key, at,
            seen.empty() ? diag::Message(diag::Msg::import_no_title_column_none)
                         : diag::Message(diag::Msg::import_no_title_column, {seen}),
            diag::Message(diag::Msg::import_no_title_column_hint));
    result_.fatal = true;
    return;
  }
  for (std::size_t r = header + 1; r < table.rows.size(); ++r) read_row(table.rows[r]);
  settle_ids();
  result_.tasks = assemble(-1, "");
  check_done_dates(result_.tasks);
  check_budgets();
}

// The budgets as the plan will read them, in the model's tasks, so that the
// model's rules (subtask_budget_mismatches, counted_budget_lines) judge them
// as check will: a parent row whose Kinh phí is not the sum of its sub-rows',
// or totals past int64, are import's errors at the cell (found by fuzz_import:
// import said nothing, then check refused its plan).
namespace {

std::vector<model::Task> budget_mirror(const std::vector<ImportedTask>& tasks,
                                       model::MoneyUnit unit) {
  std::vector<model::Task> out;
  out.reserve(tasks.size());
  for (const auto& it : tasks) {
    model::Task t;
    t.id = it.id;
    if (!it.budget.empty()) {
      auto a = model::parse_amount(it.budget, it.budget_is_number, unit);
      if (a.ok()) {
        model::Budget b;
        b.lines.push_back({*a.value, "", std::nullopt, it.budget_where});
        b.where = it.budget_where;
        t.budget = std::move(b);
      }
    }
    t.tasks = budget_mirror(it.tasks, unit);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

// A task marked done needs its completion day, as check says
// (done-without-date; found by fuzz_import). Ids are settled by now.
void Importer::check_done_dates(const std::vector<ImportedTask>& tasks) {
  for (const auto& t : tasks) {
    const auto status = model::parse_status(t.status);
    if (status && *status == model::Status::done &&
        t.done_on.find_first_not_of(" \t\r\n;") == std::string::npos)
      problem(diag::Rule::done_without_date, t.status_where, {diag::Msg::done_without_date, {t.id}},
              diag::Message(diag::Msg::done_without_date_hint));
    check_done_dates(t.tasks);
  }
}

void Importer::check_budgets() {
  model::Plan plan;
  plan.tasks = budget_mirror(result_.tasks, settings_.unit);
  bool overflow = false;
  for (const auto& m : model::subtask_budget_mismatches(plan, overflow)) {
    auto a = model::show_amounts({m.own, m.subtasks}, settings_.unit);
    problem(diag::Rule::subtask_budget_mismatch, m.task->budget->where,
            {diag::Msg::subtask_budget_mismatch, {m.task->id.str(), a[0], a[1]}},
            diag::Message(diag::Msg::subtask_budget_mismatch_hint));
  }
  model::Money total;
  for (const auto& c : model::counted_budget_lines(plan)) {
    auto sum = model::checked_add(total, c.line->amount);
    if (!sum) {
      overflow = true;
      break;
    }
    total = *sum;
  }
  if (overflow)
    problem(diag::Rule::budget_overflow, {settings_.file, 0, 0, 0},
            diag::Message(diag::Msg::plan_budget_overflow), {});
}

void Importer::read_row(const CsvRow& row) {
  std::string stt = text::collapse_space(cell(row, ImportColumn::stt));
  while (!stt.empty() && (stt.back() == '.' || stt.back() == ')')) stt.pop_back();
  std::string title = text::collapse_space(cell(row, ImportColumn::title));
  bool others = false;
  for (auto c :
       {ImportColumn::product, ImportColumn::lead, ImportColumn::support, ImportColumn::budget,
        ImportColumn::due, ImportColumn::note, ImportColumn::status, ImportColumn::done_on})
    others = others || !text::collapse_space(cell(row, c)).empty();
  if (stt.empty() && title.empty() && !others) return;  // an empty row
  if (is_roman(stt) || (stt.empty() && !title.empty() && !others)) {
    // An area heading: "I. CẢI CÁCH THỂ CHẾ".
    stack_.clear();
    roman_ = is_roman(stt) ? stt : "";
    std::string explicit_area = text::collapse_space(cell(row, ImportColumn::area));
    auto area =
        explicit_area.empty() ? area_for_heading(title) : std::optional<std::string>(explicit_area);
    area_ = area.value_or("");
    if (!explicit_area.empty()) check_area(row, explicit_area);
    if (!area)
      problem(diag::Rule::unknown_area, where(row, ImportColumn::title),
              {diag::Msg::import_heading_no_area, {title}},
              diag::Message(diag::Msg::import_heading_no_area_hint), diag::Severity::warning);
    return;
  }
  FlatRow f;
  ImportedTask& t = f.task;
  t.line = row.line;
  t.title = title;
  if (title.empty())
    problem(diag::Rule::missing_key, where(row, ImportColumn::title),
            diag::Message(diag::Msg::import_row_no_title),
            diag::Message(diag::Msg::import_row_no_title_hint));
  t.area = text::collapse_space(cell(row, ImportColumn::area));
  if (!t.area.empty()) check_area(row, t.area);
  if (t.area.empty()) t.area = area_;
  t.product = cell_lines(cell(row, ImportColumn::product), false);
  t.lead = read_agencies(row, ImportColumn::lead, "Chủ trì");
  t.support = read_agencies(row, ImportColumn::support, "Phối hợp");
  t.note = text::collapse_space(cell(row, ImportColumn::note));
  read_budget(row, t);
  read_due(row, t);
  t.status = text::collapse_space(cell(row, ImportColumn::status));
  t.done_on = text::collapse_space(cell(row, ImportColumn::done_on));
  check_status_and_days(row, t);
  f.roman = roman_;
  f.stt_where = where(row, ImportColumn::stt);
  int self = static_cast<int>(rows_.size());
  if (is_number_path(stt)) {
    f.stt = stt;
    // The nearest earlier row whose number this one extends is its parent.
    while (!stack_.empty() &&
           stt.rfind(rows_[static_cast<std::size_t>(stack_.back())].stt + ".", 0) != 0)
      stack_.pop_back();
    f.parent = stack_.empty() ? -1 : stack_.back();
    stack_.push_back(self);
  } else {
    // "-", "a", "+" or no number: a point under the last numbered task.
    f.parent = stack_.empty() ? -1 : stack_.back();
    if (!stt.empty() && stt != "-" && stt != "+") f.stt = stt;
  }
  rows_.push_back(std::move(f));
}

void Importer::read_budget(const CsvRow& row, ImportedTask& t) {
  const std::string c = text::collapse_space(cell(row, ImportColumn::budget));
  if (c.empty() || c == "-" || c == "\xE2\x80\x93") return;
  t.budget_where = where(row, ImportColumn::budget);
  if (text::all_digits(c)) {
    auto a = model::parse_amount(c, true, settings_.unit);
    if (a.ok()) {
      t.budget = c;
      t.budget_is_number = true;
      return;
    }
  }
  // Spreadsheet digits are Vietnamese ("2.019" is 2019, "1,5" one and a half):
  // the text form with a unit word reads them that way; a bare 2.019 would not.
  std::string written =
      has_letters(c) ? c : fmt::format("{} {}", c, model::money_unit_word_vi(settings_.unit));
  auto a = model::parse_amount(written, false, settings_.unit);
  if (a.ok()) {
    t.budget = written;
    return;
  }
  problem(a.rule, where(row, ImportColumn::budget),
          {diag::Msg::import_budget_not_amount, {c, a.message}},
          diag::Message(diag::Msg::import_budget_not_amount_hint));
  t.note += fmt::format("{}Kinh phí: {}", t.note.empty() ? "" : "; ", c);
}

void Importer::read_due(const CsvRow& row, ImportedTask& t) {
  t.due = cell_lines(cell(row, ImportColumn::due), false);
  for (const auto& d : t.due) {
    auto p = model::parse_deadline(d, settings_.period);
    if (!p.ok())
      problem(p.rule, where(row, ImportColumn::due), {diag::Msg::import_due_problem, {p.message}},
              diag::Message(diag::Msg::import_kept_as_written_hint));
  }
}

std::vector<std::string> Importer::read_agencies(const CsvRow& row, ImportColumn c,
                                                 std::string_view column) {
  // Not split on commas: "UBND các xã, phường, thị trấn" is one agency.
  auto items = cell_lines(cell(row, c), true);
  if (!settings_.owners) return items;
  for (const auto& a : items) {
    if (settings_.owners->resolve(a, settings_.scope)) continue;
    std::string hint;
    for (const auto& s : settings_.owners->suggest(a, settings_.scope))
      hint += (hint.empty() ? "" : ", ") + fmt::format("\"{}\"", s.spelling);
    problem(diag::Rule::unknown_owner, where(row, c),
            {diag::Msg::import_unknown_owner, {column, a}},
            hint.empty() ? diag::Message(diag::Msg::import_unknown_owner_hint)
                         : diag::Message(diag::Msg::import_unknown_owner_suggest_hint, {hint}));
  }
  return items;
}

void Importer::settle_ids() {
  // Numbering that restarts under each Roman heading gets the heading's
  // numeral ("II.1"), so ids stay unique in the plan.
  std::map<std::string, int> seen;
  for (const auto& f : rows_)
    if (is_number_path(f.stt)) ++seen[f.stt];
  bool restarts = false;
  for (const auto& [stt, n] : seen) restarts = restarts || n > 1;
  std::map<std::string, int> used;
  std::vector<int> children(rows_.size() + 1, 0);
  for (auto& f : rows_) {
    ImportedTask& t = f.task;
    int& k = children[static_cast<std::size_t>(f.parent + 1)];
    ++k;
    if (is_number_path(f.stt)) {
      t.id =
          (restarts && !f.roman.empty() && !has_roman_head(f.stt)) ? f.roman + "." + f.stt : f.stt;
    } else {
      std::string base =
          f.parent >= 0 ? rows_[static_cast<std::size_t>(f.parent)].task.id + "." : "";
      t.id = base + (f.stt.empty() ? std::to_string(k) : f.stt);
    }
    if (auto it = used.find(t.id); it != used.end())
      problem(diag::Rule::duplicate_id, f.stt_where,
              {diag::Msg::import_stt_twice, {t.id, it->second}},
              diag::Message(diag::Msg::import_stt_twice_hint));
    else
      used[t.id] = t.line;
  }
}

std::vector<ImportedTask> Importer::assemble(int parent, const std::string& parent_area) {
  std::vector<ImportedTask> out;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].parent != parent) continue;
    ImportedTask t = rows_[i].task;
    std::string area = t.area;
    if (t.area == parent_area) t.area.clear();  // inherited from the parent
    t.tasks = assemble(static_cast<int>(i), area);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

ImportColumn match_header(std::string_view header) {
  std::string f = words_only(text::fold_ascii(header));
  // The machine columns of `cchc export --format csv`, by their exact names.
  if (f == "area") return ImportColumn::area;
  if (f == "status") return ImportColumn::status;
  if (f == "done_on") return ImportColumn::done_on;
  if (f == "stt" || f == "tt" || f.rfind("stt ", 0) == 0 || contains(f, "so thu tu") ||
      f == "so tt")
    return ImportColumn::stt;
  if (contains(f, "chu tri")) return ImportColumn::lead;
  if (contains(f, "phoi hop")) return ImportColumn::support;
  if (contains(f, "kinh phi") || contains(f, "du toan")) return ImportColumn::budget;
  if (contains(f, "thoi gian") || contains(f, "thoi han") || contains(f, "tien do"))
    return ImportColumn::due;
  if (contains(f, "san pham") || contains(f, "ket qua")) return ImportColumn::product;
  if (contains(f, "noi dung") || contains(f, "nhiem vu")) return ImportColumn::title;
  if (f == "ghi chu" || f == "note") return ImportColumn::note;
  return ImportColumn::ignored;
}

std::optional<std::string> area_for_heading(std::string_view heading) {
  std::string f = words_only(text::fold_ascii(heading));
  // Most specific first: "hanh chinh" is in nearly every heading.
  static const std::array<std::pair<std::string_view, std::string_view>, 12> keys{{
      {"chi dao", "chi-dao-dieu-hanh"},
      {"dieu hanh", "chi-dao-dieu-hanh"},
      {"the che", "the-che"},
      {"thu tuc", "tthc"},
      {"bo may", "to-chuc-bo-may"},
      {"cong vu", "cong-vu"},
      {"doi ngu", "cong-vu"},
      {"tai chinh cong", "tai-chinh-cong"},
      {"chinh phu dien tu", "chinh-phu-so"},
      {"chinh phu so", "chinh-phu-so"},
      {"hien dai hoa", "chinh-phu-so"},
      {"chuyen doi so", "chinh-phu-so"},
  }};
  for (const auto& [key, id] : keys)
    if (contains(f, key)) return std::string(id);
  return std::nullopt;
}

ImportResult import_table(const CsvTable& table, const ImportSettings& settings) {
  ImportResult result;
  if (table.error) {
    result.diags.add(table.error->rule, {settings.file, table.error->line, table.error->column, 0},
                     table.error->message);
    result.fatal = true;
    return result;
  }
  Importer(settings, result).run(table);
  return result;
}

}  // namespace cchc::load
