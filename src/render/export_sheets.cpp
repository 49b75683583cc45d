// The export workbook (`cchc export --format xlsx`): the tables of export.cpp
// laid out for an analyst. Headers are words and categories, statuses and
// areas are labels in the chosen language; their stable keys come last, for
// formulas and pivot tables. Days are Excel dates, yes/no cells booleans,
// counts and amounts numbers. The first eight columns of the task sheet are
// those `cchc import` reads, in Vietnamese whatever the language, so that
// the workbook is imported back as the CSV is.
#include <algorithm>

#include "cchc/render/dates.hpp"
#include "cchc/render/export.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/targets.hpp"

namespace cchc::render {

namespace {

struct Say {
  Lang lang;
  std::string operator()(std::string_view vi, std::string_view en) const {
    return std::string(lang == Lang::vi ? vi : en);
  }
};

// The area's name as the plan or the programme gives it; the id when unknown.
std::string area_label(const model::Plan& p, const std::string& id) {
  for (const auto& a : p.areas)
    if (a.id == id) return a.name;
  for (const auto& a : model::builtin_areas())
    if (a.id == id) return a.name;
  return id;
}

Cell day(const std::optional<model::Date>& d) {
  return d ? Cell(model::iso(*d), *d) : Cell("");
}

Cell yes_no(bool b) {
  return Cell(b ? "true" : "false", CellValue{std::in_place_type<bool>, b});
}

Cell dong(const std::optional<model::Money>& m) {
  return m ? Cell(std::to_string(m->dong), Amount{m->dong, model::MoneyUnit::dong}) : Cell("");
}

std::string joined_days(const std::vector<model::Date>& days) {
  std::vector<std::string> out;
  for (const auto& d : days) out.push_back(model::iso(d));
  return text::join(out, "; ");
}

DocTable tasks_sheet(const ExportRecords& rec, const ListContext& ctx) {
  Say say{ctx.lang};
  DocTable t;
  t.id = "tasks";
  for (const char* h :
       {"STT", "Nội dung", "Sản phẩm", "Chủ trì", "Phối hợp", "Kinh phí", "Thời gian", "Ghi chú"})
    t.columns.push_back({h});
  for (const auto& h :
       {say("Kế hoạch", "Plan"), say("Nhiệm vụ cha", "Parent task"), say("Lĩnh vực", "Area"),
        say("Hạn đầu tiên", "First due"), say("Tình trạng", "Deadline status"),
        say("Ngày hoàn thành", "Done on"), say("Trạng thái", "Status"),
        say("Nếu có", "If any (optional)"), say("Mã cơ quan chủ trì", "Lead ids"),
        say("Kinh phí tính vào tổng (đồng)", "Counted budget (đồng)")})
    t.columns.push_back({h});
  for (const char* key : {"area", "category", "status", "done_on"}) t.columns.push_back({key});
  for (std::size_t c : {1, 2, 3, 4, 7}) t.columns[c].flexible = true;
  for (const auto& r : rec.tasks) {
    const model::Task& task = *r.task;
    auto cat = task_category(r);
    std::optional<model::Date> last_done;
    if (!task.tracked().done_on.empty())
      last_done = *std::max_element(task.tracked().done_on.begin(), task.tracked().done_on.end());
    t.rows.push_back({task.id.str(),
                      task.title,
                      text::join(task.product, "\n"),
                      owner_names(task.lead, ctx.owners),
                      owner_names(task.support, ctx.owners),
                      budget_cell(r),
                      task.due ? task.due->text.str() : "",
                      task.note.str(),
                      r.plan->id,
                      r.parent,
                      area_label(*r.plan, task.area),
                      day(first_due(r)),
                      cat ? std::string(category_label(*cat, ctx.lang)) : "",
                      day(last_done),
                      std::string(status_label(task.status, ctx.lang)),
                      yes_no(task.due && task.due->optional),
                      owner_ids(task.lead),
                      dong(r.counted_budget),
                      task.area.str(),
                      cat ? std::string(engine::category_name(*cat)) : "",
                      std::string(model::status_name(task.status)),
                      joined_days(task.tracked().done_on)});
  }
  return t;
}

DocTable deadlines_sheet(const ExportRecords& rec, const ListContext& ctx) {
  Say say{ctx.lang};
  DocTable t;
  t.id = "deadlines";
  for (const auto& h :
       {say("Kế hoạch", "Plan"), say("STT", "No."), say("Nhiệm vụ cha", "Parent task"),
        say("Nội dung", "Task"), say("Chủ trì", "Lead"), say("Hạn", "Due"),
        say("Thời hạn", "Deadline"), say("Tình trạng", "Deadline status"),
        say("Số ngày quá hạn", "Days overdue"),
        say("Số ngày làm việc quá hạn", "Working days overdue"), say("Nếu có", "If any (optional)"),
        say("Ngày hoàn thành", "Done on"), say("Trạng thái", "Status"), say("Lĩnh vực", "Area"),
        say("Kinh phí tính vào tổng (đồng)", "Counted budget (đồng)"),
        say("Kinh phí của nhiệm vụ", "Budget of task")})
    t.columns.push_back({h});
  for (const char* key : {"area", "category", "status"}) t.columns.push_back({key});
  t.columns[3].flexible = t.columns[4].flexible = true;
  for (const auto& d : rec.deadlines) {
    const engine::DeadlineEval& e = *d.eval;
    const model::Task& task = *d.task->task;
    t.rows.push_back(
        {e.plan->id, task.id.str(), d.task->parent, task.title, owner_names(task.lead, ctx.owners),
         day(e.due), due_label(e, ctx.lang), std::string(category_label(e.category, ctx.lang)),
         Cell(std::to_string(e.days_overdue), std::int64_t{e.days_overdue}),
         Cell(std::to_string(e.working_days_overdue), std::int64_t{e.working_days_overdue}),
         yes_no(e.optional), day(e.done_on), std::string(status_label(task.status, ctx.lang)),
         area_label(*e.plan, task.area), dong(d.budget), d.budget ? d.budget_of : "",
         task.area.str(), std::string(engine::category_name(e.category)),
         std::string(model::status_name(task.status))});
  }
  return t;
}

// The targets' table with words for headers; the keys (unit, level,
// verdict) move to the end.
DocTable targets_sheet(const engine::TargetEvaluation& targets, const ListContext& ctx) {
  Say say{ctx.lang};
  DocTable in = targets_table(targets, ctx);
  // The columns of targets_table, in its order, with their words.
  const std::vector<std::pair<std::string, std::string>> words{
      {"plan", say("Kế hoạch", "Plan")},
      {"target", say("Mã chỉ tiêu", "Target id")},
      {"name", say("Chỉ tiêu", "Target")},
      {"unit", ""},
      {"owner", say("Mã cơ quan", "Agency id")},
      {"level", ""},
      {"target_owner", say("Mã cơ quan theo dõi", "Target owner id")},
      {"owner_name", say("Cơ quan", "Agency")},
      {"goal", say("Mục tiêu", "Goal")},
      {"by", say("Hạn", "By")},
      {"baseline", say("Ban đầu", "Baseline")},
      {"baseline_on", say("Ngày ban đầu", "Baseline on")},
      {"latest", say("Mới nhất", "Latest")},
      {"latest_on", say("Ngày mới nhất", "Latest on")},
      {"latest_text", say("Mới nhất (như ghi)", "Latest as written")},
      {"projected", say("Dự báo", "Projected")},
      {"verdict", ""},
      {"verdict_label", say("Đánh giá", "Verdict")}};
  std::vector<std::size_t> order;
  for (std::size_t c = 0; c < words.size() && c < in.columns.size(); ++c)
    if (!words[c].second.empty()) order.push_back(c);
  for (std::size_t c = 0; c < words.size() && c < in.columns.size(); ++c)
    if (words[c].second.empty()) order.push_back(c);
  DocTable t;
  t.id = in.id;
  for (std::size_t c : order) {
    Column col = in.columns[c];
    if (!words[c].second.empty()) col.header = words[c].second;
    col.flexible = words[c].first == "name";
    t.columns.push_back(col);
  }
  for (const auto& row : in.rows) {
    std::vector<Cell> out;
    for (std::size_t c : order) out.push_back(c < row.size() ? row[c] : Cell(""));
    t.rows.push_back(std::move(out));
  }
  return t;
}

}  // namespace

Document export_document(const ExportRecords& rec, const engine::TargetEvaluation& targets,
                         const ListContext& ctx) {
  Say say{ctx.lang};
  Document d;
  d.lang = ctx.lang;
  d.title = say("Dữ liệu kế hoạch CCHC, tính đến ", "CCHC plan data as of ") +
            date_short(ctx.as_of, ctx.lang);
  auto section = [&](std::string id, std::string sheet, DocTable table) {
    // No title row: the header is the sheet's first row, as programs expect.
    Section s{std::move(id), "", std::move(sheet), {}};
    table.empty = say("(không có)", "(none)");
    s.blocks.push_back(std::move(table));
    d.sections.push_back(std::move(s));
  };
  section("tasks", say("Nhiệm vụ", "Tasks"), tasks_sheet(rec, ctx));
  section("deadlines", say("Thời hạn", "Deadlines"), deadlines_sheet(rec, ctx));
  section("targets", say("Chỉ tiêu", "Targets"), targets_sheet(targets, ctx));
  return d;
}

}  // namespace cchc::render
