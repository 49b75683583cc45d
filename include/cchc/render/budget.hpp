// Budget totals for people (tables, Markdown) and programs (CSV, JSON).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "cchc/engine/budget.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"
#include "cchc/text/words.hpp"

namespace cchc::render {

// An amount in a unit, exactly: 26979000000 đồng in million ->
// "26.979 triệu đồng" (vi) / "26,979 million VND" (en); a fraction of the unit
// keeps its decimals ("2,5 triệu đồng").
std::string money_text(std::int64_t dong, model::MoneyUnit unit, text::Lang lang);
// Its two halves, for tables that give the unit in the column header:
// "26.979" and (model::money_unit_words) "triệu đồng" / "million VND".
std::string money_digits(std::int64_t dong, model::MoneyUnit unit, text::Lang lang);

struct BudgetView {
  const model::OwnerIndex& owners;
  text::Lang lang = text::Lang::vi;
  model::MoneyUnit unit = model::MoneyUnit::million;
  bool words = false;                // totals also in words
  text::WordsOptions words_options;  // lẻ, ngàn, tư, chẵn
};

std::string budget_text(const engine::BudgetTotals& b, const BudgetView& v, const TextStyle& style);
std::string budget_md(const engine::BudgetTotals& b, const BudgetView& v);
std::string budget_csv(const engine::BudgetTotals& b, const BudgetView& v, bool excel_bom);
// cli.md section 6: total_dong, plans [{plan, total_dong, declared_total_dong,
// difference_dong, areas [{area, total_dong, declared_total_dong}]}], groups
// [{by, key, total_dong}]; plus display strings and words where asked.
nlohmann::json budget_json(const engine::BudgetTotals& b, const BudgetView& v);
// `budget --format json` as it is written: a plan and a group at a time
// (issue 15; one plan of each of a national repository's 12,854 files), byte
// for byte the dump(2) of json_document(as_of) merged with budget_json and,
// unless null, "plans_left_out".
void write_budget_json(std::ostream& out, const engine::BudgetTotals& b, const BudgetView& v,
                       const model::Date& as_of, const nlohmann::json& plans_left_out);

}  // namespace cchc::render
