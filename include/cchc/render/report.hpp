// The periodic report laid out: engine::Report -> Document, in the official
// form (header of Nghị định 30/2020, sections numbered I, II ...), in
// Vietnamese or English. The Document is then written as Markdown, terminal
// text, HTML or an Excel workbook by render/document.hpp, render/html.hpp and
// render/xlsx.hpp. Nothing here computes: counts, rates, totals and verdicts
// come from the engine.
#pragma once

#include <string>
#include <string_view>

#include "cchc/engine/report.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/model/report_meta.hpp"
#include "cchc/render/document.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

struct ReportView {
  const model::OwnerIndex& owners;
  text::Lang lang = text::Lang::vi;
  std::string
      repository_name;  // cchc.yaml `name`, shown in the header as where the data comes from
  model::MoneyUnit unit = model::MoneyUnit::million;  // amounts in tables
  // The report file (reports/<period>.yaml): number, day, signer, recipients,
  // narrative. None: a draft with blanks to fill.
  const model::ReportMeta* meta = nullptr;
};

// "quý I năm 2021", "6 tháng đầu năm 2021", "quý III năm 2021", "năm 2021";
// English "the first quarter of 2021" ...
std::string period_words(const engine::PeriodSpec& p, text::Lang lang);

// The period after the report's, for its "next tasks": "quý II năm 2021",
// "6 tháng cuối năm 2021", "quý IV năm 2021", "năm 2022".
std::string next_period_words(const engine::PeriodSpec& p, text::Lang lang);

// The place of an issuing body for the "<place>, ngày ..." line:
// "UBND tỉnh Sóc Trăng" / "Ủy ban nhân dân tỉnh Sóc Trăng" -> "Sóc Trăng"
// (also thành phố, TP.); "" when the name has no such prefix.
std::string place_of_issuer(std::string_view issuer);

Document report_document(const engine::Report& r, const ReportView& v);

}  // namespace cchc::render
