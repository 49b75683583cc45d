// Target verdicts and the owner matrix in every format: text for a terminal,
// Markdown, CSV and JSON (cli.md section 6). These only lay out what
// engine/targets computed.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

#include "cchc/engine/targets.hpp"
#include "cchc/render/document.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// "Đã đạt" / "achieved", "Đúng lộ trình" / "on track" ...
std::string_view verdict_label(engine::Verdict v, text::Lang lang);
// "cấp tỉnh" / "province" ...
std::string_view level_label(model::Level l, text::Lang lang);

// Who a verdict is about: the level's owner with its level ("Sở Tư pháp
// (cấp tỉnh)"), the level alone when nobody there reported ("(cấp xã)"), or
// the target's own owner.
std::string verdict_owner(const engine::TargetEval& e, const model::OwnerIndex& owners,
                          text::Lang lang);

// An indicator value the way the target's unit reads: "82,5%" (percent,
// Vietnamese decimal comma), "1.000" (count), "27" (rank), the scale entry
// of a category, "Có"/"Không" (yes-no).
std::string target_value(double v, const model::Target& t, text::Lang lang);

// A goal as an official writes it: "≥ 95%", "100%", "từ 35% đến 40%" (en "35% to
// 40%"), "thứ hạng ≤ 40" (en "rank ≤ 40"), "≥ khá", "Có".
std::string goal_label(const model::GoalValue& g, const model::Target& t, text::Lang lang);

// The list of verdicts.
std::string targets_text(const engine::TargetEvaluation& ev, const ListContext& ctx,
                         const TextStyle& style);
std::string targets_md(const engine::TargetEvaluation& ev, const ListContext& ctx);
std::string targets_csv(const engine::TargetEvaluation& ev, const ListContext& ctx, bool excel_bom);
// The rows of the CSV with their values (days, numbers): for the workbook of `cchc export`.
DocTable targets_table(const engine::TargetEvaluation& ev, const ListContext& ctx);
// One goal's verdict: {"plan","target","owner","goal","by","latest","verdict", ...}.
nlohmann::json target_json(const engine::TargetEval& e);
// {"targets": [target_json, ...]}: the list as one value.
nlohmann::json targets_json(const engine::TargetEvaluation& ev);

// --by-owner: the owner × goal matrix.
std::string owner_matrix_text(const engine::OwnerMatrix& m, const ListContext& ctx,
                              const TextStyle& style);
std::string owner_matrix_md(const engine::OwnerMatrix& m, const ListContext& ctx);
std::string owner_matrix_csv(const engine::OwnerMatrix& m, const ListContext& ctx, bool excel_bom);
// {"columns": [{"plan","target","by"}], "rows": [{"owner","name","verdicts","met_all"}]}
nlohmann::json owner_matrix_json(const engine::OwnerMatrix& m, const ListContext& ctx);

// `targets --format json`, streamed a goal at a time (issue 15): the bytes of
// json_document(as_of) merged with targets_json(ev), with "by_owner" (the
// matrix, when `matrix` is given: one value, an owner × goal summary) and
// "plans_left_out" (unless null), dumped with dump(2).
void write_targets_json(std::ostream& out, const engine::TargetEvaluation& ev,
                        const engine::OwnerMatrix* matrix, const ListContext& ctx,
                        const nlohmann::json& plans_left_out);

}  // namespace cchc::render
