// The official form of the periodic report (Nghị định 30/2020,
// official-document.md), private to render/report*.cpp: the head of the first
// page, the body written from the report file and the figures, the closing
// (recipients and signer) and the appendix heading. report.cpp builds the
// appendix's data sections and puts the document together.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cchc/render/report.hpp"

namespace cchc::render::form {

inline bool is_vi(text::Lang l) {
  return l == text::Lang::vi;
}

// Vietnamese or English, picked by the view's language.
struct Say {
  text::Lang lang;
  std::string operator()(std::string_view vi, std::string_view en) const {
    return std::string(lang == text::Lang::vi ? vi : en);
  }
};

std::string day_long(const model::Date& d, text::Lang l);

// The completion and on-time rates with their denominator stated.
std::string rates_sentence(const engine::StatusCounts& c, text::Lang l);

DocHeader header(const engine::Report& r, const ReportView& v);
std::vector<Section> body(const engine::Report& r, const ReportView& v);
Closing closing(const engine::Report& r, const ReportView& v);
AppendixHead appendix(const engine::Report& r, const ReportView& v);

}  // namespace cchc::render::form
