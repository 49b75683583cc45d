// The diagnostic formats: human with caret, summary line, JSON, GitHub.
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>

#include "cchc/diag/format.hpp"

using namespace cchc::diag;
using cchc::text::Lang;

namespace {

SourceMap one_file() {
  SourceMap m;
  m.add(std::make_shared<SourceText>("plans/tth-2018.yaml", "id: x\n    lead: Sở TTTT\n"));
  return m;
}

Diagnostics one_diag() {
  Diagnostics d;
  d.add(Rule::unknown_owner, {"plans/tth-2018.yaml", 2, 11, 7},
        {Msg::owner_unknown_suggest, {"Sở TTTT", "\"Sở TT&TT\" (so-tttt)"}},
        Message(Msg::owner_unknown_hint));
  return d;
}

}  // namespace

TEST_CASE("the human form shows the line and a caret under the span", "[diag]") {
  std::ostringstream out;
  write_human(out, one_diag(), one_file(), HumanStyle{false, true, Lang::en});
  CHECK(out.str() ==
        "plans/tth-2018.yaml:2:11: error[unknown-owner]: no owner \"Sở TTTT\"; did you mean \"Sở "
        "TT&TT\" (so-tttt)?\n"
        "    2 |     lead: Sở TTTT\n"
        "      |           ^~~~~~~\n"
        "      = hint: add the agency to an owners file, or use a name or alias listed there\n");
}

TEST_CASE("the human form is Vietnamese by default, rule names stay English", "[diag]") {
  std::ostringstream out;
  write_human(out, one_diag(), one_file(), HumanStyle{});
  CHECK(out.str() ==
        "plans/tth-2018.yaml:2:11: lỗi[unknown-owner]: không có cơ quan \"Sở TTTT\"; có phải là "
        "\"Sở TT&TT\" (so-tttt) không?\n"
        "    2 |     lead: Sở TTTT\n"
        "      |           ^~~~~~~\n"
        "      = gợi ý: thêm cơ quan vào một tệp danh sách cơ quan, hoặc dùng tên hay tên gọi khác "
        "đã có trong đó\n");
}

TEST_CASE("the caret counts display columns after Vietnamese text", "[diag]") {
  SourceMap m;
  m.add(std::make_shared<SourceText>("a.yaml", "title: Tổng hợp, gửi báo cáo\n"));
  Diagnostics d;
  d.add(Rule::unknown_key, {"a.yaml", 1, 18, 3}, Message::data("m"));
  std::ostringstream out;
  write_human(out, d, m, HumanStyle{false, false, Lang::en});
  CHECK(out.str() ==
        "a.yaml:1:18: error[unknown-key]: m\n    1 | title: Tổng hợp, gửi báo cáo\n      |         "
        "         ^~~\n");
}

TEST_CASE("summary line with singular and plural", "[diag]") {
  CHECK(summary_line({2, 5, 7, 3, 143}, Lang::en) == "2 errors, 5 warnings in 7 files, 143 tasks");
  CHECK(summary_line({1, 1, 1, 1, 1}, Lang::en) == "1 error, 1 warning in 1 file, 1 task");
  CHECK(summary_line({0, 0, 0, 0, 0}, Lang::en) == "0 errors, 0 warnings in 0 files, 0 tasks");
  CHECK(summary_line({1, 52, 7, 6, 160}, Lang::vi) ==
        "1 lỗi, 52 cảnh báo trong 7 tệp, 160 nhiệm vụ");
}

TEST_CASE("the count per rule, most first, in the chosen language", "[diag]") {
  Diagnostics d;
  d.add(Rule::declared_total_mismatch, {"a.yaml", 1, 1, 0}, Message::data("x"));
  for (int i = 0; i < 3; ++i) d.add(Rule::missing_due, {"a.yaml", i + 2, 1, 0}, Message::data("x"));
  d.add(Rule::bad_goal, {"a.yaml", 9, 1, 0}, Message::data("x"));
  CHECK(rule_counts_line(d, Lang::en) ==
        "by rule: 3 × missing-due, 1 × bad-goal, 1 × declared-total-mismatch");
  CHECK(rule_counts_line(d, Lang::vi) ==
        "theo quy tắc: 3 × missing-due, 1 × bad-goal, 1 × declared-total-mismatch");
  CHECK(rule_counts_line(Diagnostics{}, Lang::vi).empty());
}

TEST_CASE("JSON carries every field of cli.md section 6", "[diag]") {
  auto j = to_json(one_diag(), {1, 0, 1, 1, 4}, Lang::en);
  CHECK(j["diagnostics"][0]["file"] == "plans/tth-2018.yaml");
  CHECK(j["diagnostics"][0]["line"] == 2);
  CHECK(j["diagnostics"][0]["column"] == 11);
  CHECK(j["diagnostics"][0]["severity"] == "error");
  CHECK(j["diagnostics"][0]["rule"] == "unknown-owner");
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["summary"]["tasks"] == 4);
  CHECK(j["summary"]["rules"]["unknown-owner"] == 1);
  CHECK(j["diagnostics"][0]["message"] ==
        "no owner \"Sở TTTT\"; did you mean \"Sở TT&TT\" (so-tttt)?");
  auto vi = to_json(one_diag(), {1, 0, 1, 1, 4}, Lang::vi);
  CHECK(vi["diagnostics"][0]["rule"] == "unknown-owner");
  CHECK(vi["diagnostics"][0]["severity"] == "error");
  CHECK(vi["diagnostics"][0]["message"] ==
        "không có cơ quan \"Sở TTTT\"; có phải là \"Sở TT&TT\" (so-tttt) không?");
}

TEST_CASE("GitHub annotations escape their text and stop after ten of a kind", "[diag]") {
  Diagnostics d;
  for (int i = 0; i < 12; ++i)
    d.add(Rule::bad_deadline, {"a,b.yaml", i + 1, 1, 0}, Message::data("50% done\nnext"));
  std::ostringstream out;
  write_github(out, d, {12, 0, 1, 1, 0}, Lang::en);
  std::string s = out.str();
  CHECK(
      s.find("::error file=a%2Cb.yaml,line=1,col=1,title=cchc bad-deadline::50%25 done%0Anext\n") ==
      0);
  CHECK(s.find("::notice title=cchc::2 more diagnostics not shown") != std::string::npos);
  CHECK(s.find("line=11,") == std::string::npos);
}

TEST_CASE("past 1000 diagnostics of one rule in a file, one line counts the rest",
          "[diag][issue14]") {
  Diagnostics d;
  for (int i = 1; i <= 250'000; ++i)
    d.add(Rule::missing_key, {"plans/big.yaml", i, 1, 0}, Message::data("no title"));
  d.add(Rule::missing_key, {"plans/other.yaml", 1, 1, 0}, Message::data("no title"));
  d.add(Rule::unknown_key, {"plans/big.yaml", 7, 1, 0}, Message::data("unknown key"));
  // Merging keeps the bound and the counts (files are loaded separately).
  Diagnostics all;
  all.append(std::move(d));
  for (int i = 1; i <= 10; ++i)
    all.add(Rule::missing_key, {"plans/big.yaml", i, 2, 0}, Message::data("again"));
  all.sort();
  CHECK(all.items().size() == 1000 + 1 + 1 + 1);
  CHECK(all.count(Severity::error) == 250'000 + 10 + 1 + 1);
  const Diagnostic& summary = all.items().front();
  CHECK(summary.location.file == "plans/big.yaml");
  CHECK(summary.location.line == 0);
  CHECK(summary.hidden == 249'010);
  CHECK(summary.message.render(Lang::en) ==
        "249010 more missing-key problems in this file are not shown");
  CHECK(summary.message.render(Lang::vi) ==
        "còn 249010 vấn đề missing-key khác trong tệp này không được hiển thị");
  nlohmann::json j = to_json(all, {}, Lang::en);
  CHECK(j["diagnostics"].size() == all.items().size());
}

TEST_CASE("a location clamps its column and span to 16 bits", "[diag]") {
  // SourceLocation keeps column and length in 16 bits (diagnostic.hpp).
  SourceLocation far{"a.yaml", 3, 70000, 100000};
  CHECK(far.line == 3);
  CHECK(far.column == SourceLocation::kMaxColumn);
  CHECK(far.length == SourceLocation::kMaxLength);
  SourceLocation edge{"a.yaml", 70000, 65535, 65535};
  CHECK(edge.line == 70000);  // lines are not clamped
  CHECK(edge.column == 65535);
  CHECK(edge.length == 65535);
  SourceLocation neg{"a.yaml", 1, -4, -1};
  CHECK(neg.column == 0);
  CHECK(neg.length == 0);
  neg.set_column(65536);
  neg.set_length(1 << 20);
  CHECK(neg.column == 65535);
  CHECK(neg.length == 65535);
}

TEST_CASE("a diagnostic past the column clamp still prints on its line", "[diag]") {
  // A line of 70,000 characters, the span at column 70,001: the position
  // shows the clamped column, the caret stands on the line at that column.
  const std::string line = std::string(70000, 'a') + "bad";
  SourceMap m;
  m.add(std::make_shared<SourceText>("long.yaml", line + "\n"));
  Diagnostics d;
  d.add(Rule::unknown_key, {"long.yaml", 1, 70001, 3}, Message::data("x"));
  std::ostringstream out;
  write_human(out, d, m, HumanStyle{false, false, Lang::en});
  const std::string s = out.str();
  CHECK(s.starts_with("long.yaml:1:65535: error[unknown-key]: x\n"));
  const std::string caret_line = s.substr(s.rfind("      | "));
  CHECK(caret_line == "      | " + std::string(65534, ' ') + "^~~\n");
  auto j = to_json(d, {0, 1, 1, 0, 0}, Lang::en);
  CHECK(j["diagnostics"][0]["column"] == 65535);
}
