// The report file reports/<period>.yaml from text: every key, the number and
// symbol of a report, days, unknown keys with their positions, and when a
// report is a draft.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "../support/messages.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/text/utf8.hpp"

using namespace cchc;
using diag::Rule;

namespace {

load::ReportMetaFile parse(const std::string& text) {
  return load::load_report_meta("reports/2026-Q3.yaml", text, "2026-Q3");
}

std::string rules(const load::ReportMetaFile& f) {
  std::string s;
  for (const auto& d : f.diags.items())
    s += fmt::format("{}@{}:{} ", diag::rule_name(d.rule), d.location.line, d.location.column);
  return s;
}

}  // namespace

TEST_CASE("a complete report file", "[report-meta]") {
  auto f = parse(R"(number: 125/BC-UBND
date: 2026-09-18
place: Mẫu
governing_body: UBND tỉnh Mẫu
issuer: Sở Nội vụ
signer:
  authority: TM. Ủy ban nhân dân
  deputy: KT. Chủ tịch
  title: Phó Chủ tịch
  name: Nguyễn Văn A
recipients:
  - Bộ Nội vụ
  - "Lưu: VT, SNV"
highlights: |
  Một.

  - hai
shortcomings: Ba.
next_tasks: Bốn.
proposals: Năm.
)");
  CHECK(f.diags.empty());
  REQUIRE(f.meta);
  const model::ReportMeta& m = *f.meta;
  CHECK(m.period == "2026-Q3");
  CHECK(m.number == "125/BC-UBND");
  CHECK(m.date == model::make_date(2026, 9, 18));
  CHECK(m.place == "Mẫu");
  CHECK(m.governing_body == "UBND tỉnh Mẫu");
  CHECK(m.issuer == "Sở Nội vụ");
  REQUIRE(m.signer);
  CHECK(m.signer->deputy == "KT. Chủ tịch");
  CHECK(m.signer->name == "Nguyễn Văn A");
  CHECK(m.recipients == std::vector<std::string>{"Bộ Nội vụ", "Lưu: VT, SNV"});
  CHECK(m.highlights == "Một.\n\n- hai\n");
  CHECK(m.proposals == "Năm.");
  CHECK_FALSE(m.is_draft());
}

TEST_CASE("a report without its number, day or signer is a draft", "[report-meta]") {
  CHECK(parse("").meta->is_draft());
  CHECK(parse("number: 05/BC-UBND\ndate: 2026-09-18\n").meta->is_draft());
  CHECK(
      parse("number: 05/BC-UBND\ndate: 2026-09-18\nsigner: {title: Chủ tịch}\n").meta->is_draft());
  CHECK_FALSE(parse("number: 05/BC-UBND\ndate: 2026-09-18\nsigner: {title: Chủ tịch, name: A}\n")
                  .meta->is_draft());
}

TEST_CASE("report file mistakes with their positions", "[report-meta]") {
  CHECK(rules(parse("numbr: 125/BC-UBND\n")) == "unknown-key@1:1 ");
  CHECK(rules(parse("date: 2026-06-31\n")) == "bad-date@1:7 ");
  CHECK(rules(parse("date: next week\n")) == "bad-date@1:7 ");
  CHECK(rules(parse("signer:\n  chuc_vu: A\n")) == "unknown-key@2:3 ");
  CHECK(rules(parse("number: 125/KH-UBND\n")) == "bad-config@1:9 ");
  CHECK(rules(parse("number: 125\n")) == "bad-config@1:9 ");
  CHECK(rules(parse("number: 5/BC-UBND\n")) == "bad-config@1:9 ");
  CHECK(en(parse("number: 5/BC-UBND\n").diags.items()[0].hint) == "write 05/BC-UBND");
  CHECK(rules(parse("- a list\n")) == "wrong-type@1:1 ");
  CHECK(rules(parse("recipients: {a: b}\n")) == "wrong-type@1:13 ");
}

TEST_CASE("every text of a report file is valid UTF-8, whatever yaml-cpp hands over",
          "[report_meta][issue14]") {
  // Found by fuzz_report_meta: after a NUL, yaml-cpp gave a NEL as the one
  // byte 0x85 inside a key, which went into a message and made --format json fail.
  std::ifstream in(
      std::string(CCHC_SOURCE_DIR) + "/fuzz/regressions/report_meta/scalar-not-utf8.yaml",
      std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  REQUIRE(text.str().size() > 50);
  auto r = load::load_report_meta("reports/2021-Q1.yaml", text.str(), "2021-Q1");
  REQUIRE_FALSE(r.diags.items().empty());
  for (const auto& d : r.diags.items())
    CHECK_FALSE(cchc::text::find_invalid_utf8(d.message.render(cchc::text::Lang::vi)));
}
