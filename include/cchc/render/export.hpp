// `cchc export`: every task, every deadline and every target goal as flat
// records (docs/export.md). The records are built by engine/export from the
// repository and the evaluation, then laid out as JSON or CSV; the calendar reuses
// deadlines_ics. Nothing here computes a category or a verdict.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/export.hpp"
#include "cchc/engine/targets.hpp"
#include "cchc/model/plan.hpp"
#include "cchc/render/document.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::render {

// The records themselves are engine/export's.
using engine::DeadlineRecord;
using engine::ExportRecords;
using engine::TaskRecord;

// A task's own budget in its plan's unit, the Vietnamese way and with the
// unit word, so a spreadsheet and `cchc import` read it unambiguously:
// "2.019 triệu đồng". Empty when the task has none.
std::string budget_cell(const engine::TaskRecord& r);

// "Sở Nội vụ; UBND các xã, phường, thị trấn": names joined with "; ", never
// ", " (agency names hold commas); the text as written when unresolved.
std::string owner_names(const std::vector<model::OwnerRef>& refs, const model::OwnerIndex& owners);
// The owners' ids joined with "; ".
std::string owner_ids(const std::vector<model::OwnerRef>& refs);

// The first due day of a task's deadlines, if any has one.
std::optional<model::Date> first_due(const engine::TaskRecord& r);

// {"cchc": ..., "tasks": [...], "deadlines": [...], "targets": [...]}: the
// document as one value.
nlohmann::json export_json(const engine::ExportRecords& rec,
                           const engine::TargetEvaluation& targets, const ListContext& ctx);
// The same document as `export --format json` writes it: streamed a record at
// a time (issue 15), byte for byte export_json(...).dump(2) and a newline.
void write_export_json(std::ostream& out, const engine::ExportRecords& rec,
                       const engine::TargetEvaluation& targets, const ListContext& ctx);

// One row per task: the Vietnamese columns `cchc import` reads (STT, Nội
// dung, Sản phẩm (one product per line), Chủ trì, Phối hợp, Kinh phí, Thời
// gian, Ghi chú), then the machine columns (plan, parent, area, due,
// category, done_on, status, optional, lead_ids, budget_dong).
std::string export_tasks_csv(const engine::ExportRecords& rec, const ListContext& ctx,
                             bool excel_bom);

// The same rows with their values (days, amounts in đồng), and one row per
// deadline record (the fields of the JSON `deadlines`).
DocTable export_tasks_table(const engine::ExportRecords& rec, const ListContext& ctx);
DocTable export_deadlines_table(const engine::ExportRecords& rec, const ListContext& ctx);

// The workbook of `cchc export --format xlsx` (export_sheets.cpp): the sheets
// Nhiệm vụ (tasks: the CSV's eight import columns, then worded columns and
// the stable keys), Thời hạn (deadlines) and Chỉ tiêu (target goals).
Document export_document(const engine::ExportRecords& rec, const engine::TargetEvaluation& targets,
                         const ListContext& ctx);

}  // namespace cchc::render
