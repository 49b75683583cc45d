// Contents of a new repository (cchc init).
#include "cchc/load/starter.hpp"

#include <fmt/format.h>

#include "cchc/load/schemas.hpp"

namespace cchc::load {

std::vector<StarterFile> starter_repository(int year) {
  std::vector<StarterFile> files;
  files.push_back(
      {"cchc.yaml",
       R"(# Settings of this plan repository. Every key is optional; see docs/plan-format.md.
name: Kế hoạch cải cách hành chính
lang: vi
plans: [plans/]
owners: [owners.yaml]
budget_unit: million
due_soon_days: 14
report_day: 20
cutoff_day: 14
)"});
  files.push_back({"owners.yaml", R"(# The agencies that lead (chủ trì) or support (phối hợp) tasks.
owners:
  - id: snv
    name: Sở Nội vụ
    aliases: [SNV]
    level: province
  - id: stp
    name: Sở Tư pháp
    aliases: [STP]
    level: province
  - id: vp-ubnd
    name: Văn phòng UBND tỉnh
    aliases: [VP UBND tỉnh]
    level: province
  - id: ubnd-huyen
    name: UBND các huyện, thị xã, thành phố
    aliases: [UBND cấp huyện]
    level: district
    group: true
)"});
  files.push_back({fmt::format("plans/ke-hoach-{}.yaml", year),
                   fmt::format(R"(# An example plan: replace it with your own.
id: kh-{0}
number: 01/KH-UBND
title: Kế hoạch cải cách hành chính năm {0}
issuer: UBND tỉnh
issued: {0}-01-05
period: {0}
budget:
  unit: million
  declared_total: 80
tasks:
  - id: "1"
    title: Xây dựng Kế hoạch kiểm soát thủ tục hành chính năm {0}
    area: tthc
    product: Kế hoạch
    lead: Văn phòng UBND tỉnh
    support: [Sở Nội vụ]
    due: Quý I/{0}
    budget: 30
  - id: "2"
    title: Tự kiểm tra công tác cải cách hành chính
    area: chi-dao-dieu-hanh
    product: Báo cáo
    lead: Sở Nội vụ
    support: [UBND cấp huyện]
    due: Hàng quý
    budget: 50
  - id: "3"
    title: Rà soát văn bản quy phạm pháp luật
    area: the-che
    product: Báo cáo kết quả rà soát
    lead: Sở Tư pháp
    due: Trước ngày 01/12/{0}
)",
                               year)});
  // Editor help from the first line: each file names its schema, and the
  // schemas themselves come along (docs/cli.md, editor set-up).
  const char* kinds[] = {"cchc", "owners", "plan"};
  for (std::size_t i = 0; i < files.size(); ++i)
    files[i].content = schema_comment(files[i].path, kinds[i]) + files[i].content;
  for (const auto& s : embedded_schemas())
    files.push_back({"schemas/" + std::string(s.file), std::string(s.text)});
  return files;
}

std::string starter_report_meta(const std::string& period, const std::string& period_words,
                                const std::string& next_words) {
  return fmt::format(R"(# The report on {1} ({0}): what `cchc report --period {0}` cannot take from
# the plans. Every key is optional (docs/report.md). Until number, date and
# signer are filled in, the report is a draft (DỰ THẢO) with blanks to fill.
number:            # e.g. 125/BC-UBND (numbers under 10: 05/BC-UBND)
date:              # the day it is signed: YYYY-MM-DD
place:             # e.g. Sóc Trăng (default: from the plans' issuer)
# governing_body:  # cơ quan chủ quản, above the issuing body
# issuer:          # cơ quan ban hành (default: the plans' issuer)
signer:
  authority:       # e.g. TM. ỦY BAN NHÂN DÂN
  deputy:          # e.g. KT. CHỦ TỊCH (when a deputy signs)
  title:           # e.g. PHÓ CHỦ TỊCH
  name:            # the signer's name
recipients:        # nơi nhận, one per line; the last one: Lưu: VT, ...
  - Bộ Nội vụ
  - "Lưu: VT"
# The narrative, in Markdown (paragraphs, lists starting with "- ").
highlights: |
  Kết quả nổi bật trong {1}.
shortcomings: |
  Tồn tại, hạn chế và nguyên nhân.
next_tasks: |
  Phương hướng, nhiệm vụ {2}.
proposals: |
  Đề xuất, kiến nghị.
)",
                     period, period_words, next_words);
}

}  // namespace cchc::load
