// The report file (reports/<period>.yaml, docs/report.md): what people write
// into a periodic report and the marks of an official document that the plans
// cannot give — the number and symbol, the day it is signed, the place, the
// signer, the recipients (nơi nhận) and the narrative sections in Markdown.
// Every part is optional; a report without a number, a day or a signer is a
// draft (dự thảo). Plain values: the loader (load/loader.hpp) fills them in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/model/date.hpp"

namespace cchc::model {

// The signing block (Nghị định 30/2020): "TM. ỦY BAN NHÂN DÂN" on behalf of a
// collective, "KT. CHỦ TỊCH" when a deputy signs for the head, the signer's
// title ("PHÓ CHỦ TỊCH") and name.
struct Signer {
  std::string authority;  // "TM. ỦY BAN NHÂN DÂN"; may be empty
  std::string deputy;     // "KT. CHỦ TỊCH"; may be empty
  std::string title;      // "PHÓ CHỦ TỊCH"
  std::string name;       // "Nguyễn Văn A"
};

struct ReportMeta {
  std::string file;    // as shown in diagnostics
  std::string period;  // the file's name without .yaml: "2026-Q3"
  std::string number;  // "125/BC-UBND"
  std::optional<Date> date;
  std::string place;           // "Sóc Trăng"; default: from the issuing body
  std::string governing_body;  // cơ quan chủ quản, above the issuer; may be empty
  std::string issuer;          // cơ quan ban hành; default: the plans' issuer
  std::string summary;         // trích yếu; default: the results of the period
  std::optional<Signer> signer;
  std::vector<std::string> recipients;  // "Bộ Nội vụ", "Lưu: VT, SNV"
  // The narrative sections, Markdown paragraphs and lists.
  std::string highlights;    // kết quả nổi bật
  std::string shortcomings;  // tồn tại, hạn chế và nguyên nhân
  std::string next_tasks;    // phương hướng, nhiệm vụ kỳ tới
  std::string proposals;     // đề xuất, kiến nghị
  diag::SourceLocation where;

  // An official document needs its number, its day and who signs it.
  bool is_draft() const {
    return number.empty() || !date || !signer || signer->name.empty() || signer->title.empty();
  }
};

}  // namespace cchc::model
