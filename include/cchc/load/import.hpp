// Turning a table saved from Excel (read by read_csv) into a plan file:
// matching the column headers, nesting rows by their STT, area headings,
// splitting agency cells, checking amounts and deadlines, and writing the
// plan as YAML. No I/O here: the import command reads and writes the files.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/load/csv_reader.hpp"
#include "cchc/model/deadline.hpp"
#include "cchc/model/money.hpp"
#include "cchc/model/owners.hpp"

namespace cchc::load {

// The columns import understands. The Vietnamese ones come from the plan
// tables; area, status and done_on are the machine columns `cchc export
// --format csv` writes after them.
enum class ImportColumn {
  stt,
  title,
  product,
  lead,
  support,
  budget,
  due,
  note,
  area,
  status,
  done_on,
  ignored
};

// "Cơ quan chủ trì", "Kinh phí (tr. đồng)", "TT", "Nội dung, nhiệm vụ" ...:
// case, diacritics and extra words do not matter. Export's derived columns
// (category, due, budget_dong, plan, parent, optional, lead_ids) and unknown
// headers are `ignored`.
ImportColumn match_header(std::string_view header);

// A built-in area id (plan-format.md 4.1) for a heading such as
// "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", or nullopt.
std::optional<std::string> area_for_heading(std::string_view heading);

struct ImportedTask {
  std::string id;
  std::string title;
  std::string area;                  // empty: none
  std::vector<std::string> product;  // one line per item
  std::vector<std::string> lead, support;
  std::string budget;  // empty, a whole number in the plan unit, or text with a unit word
  bool budget_is_number = false;      // write `budget` bare
  diag::SourceLocation budget_where;  // the Kinh phí cell
  diag::SourceLocation status_where;  // the status cell
  std::vector<std::string> due;       // one deadline per item, as written
  std::string status, done_on, note;
  int line = 0;  // CSV line of the row
  std::vector<ImportedTask> tasks;
};

struct ImportSettings {
  std::string file;                                   // the table's name in diagnostics
  model::MoneyUnit unit = model::MoneyUnit::million;  // of bare numbers in Kinh phí
  model::DeadlineContext period;                      // to validate Thời gian
  const model::OwnerIndex* owners = nullptr;          // nullptr: agencies are not checked
  std::string scope;                                  // where agencies are resolved first
};

struct ImportResult {
  std::vector<ImportedTask> tasks;
  // Positioned at the cell (file:line:column): unknown agencies, amounts and
  // deadlines that cannot be read, repeated numbers, rows without a title are
  // errors; a heading that names no area is a warning.
  diag::Diagnostics diags;
  bool fatal = false;  // no plan can be made (missing column, unreadable CSV)
};

ImportResult import_table(const CsvTable& table, const ImportSettings& settings);

struct PlanHeader {
  std::string source;  // the CSV file name, for the comment
  std::string schema;  // $schema path for the editor comment; empty: none
  std::string id, title, period, scope;
  model::MoneyUnit unit = model::MoneyUnit::million;
};

// The plan as YAML; every text is double-quoted so that no cell (a colon,
// a leading dash, "yes", "2.019") changes meaning.
std::string write_plan_yaml(const PlanHeader& header, const std::vector<ImportedTask>& tasks);

// "Kế hoạch CCHC 2026" -> "ke-hoach-cchc-2026": an id from a file name.
std::string slug(std::string_view name);

}  // namespace cchc::load
