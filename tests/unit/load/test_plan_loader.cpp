// Loading single plan files from text: structure, positions and the
// file-level problems of plan-format.md section 11.
#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/text/utf8.hpp"

using namespace cchc;
using diag::Rule;

namespace {

load::PlanFile parse_plan(const std::string& text) {
  return load::load_plan("p.yaml", text, model::MoneyUnit::million);
}

const diag::Diagnostic* find(const load::PlanFile& f, Rule r) {
  for (const auto& d : f.diags.items())
    if (d.rule == r) return &d;
  return nullptr;
}

std::string rules(const load::PlanFile& f) {
  std::string s;
  for (const auto& d : f.diags.items()) s += std::string(diag::rule_name(d.rule)) + " ";
  return s;
}

const char* kMinimal = R"(id: p1
title: Kế hoạch CCHC năm 2018
issued: 2017-12-08
period: 2018
budget: {unit: million, declared_total: 100}
tasks:
  - id: "1"
    title: Kiểm tra, rà soát văn bản QPPL
    area: the-che
    lead: Sở Tư pháp
    support: [Các sở, UBND các cấp]
    budget: 30
    due: Quý IV/2017
  - id: "2"
    title: Cha
    lead: Sở Nội vụ
    due: Năm 2018
    tasks:
      - id: "2.1"
        title: Con
        budget: "2.019 triệu"
)";

}  // namespace

TEST_CASE("a plan file loads into the model", "[load]") {
  auto f = parse_plan(kMinimal);
  INFO(rules(f));
  REQUIRE(f.plan);
  CHECK(f.diags.empty());
  const auto& p = *f.plan;
  CHECK(p.id == "p1");
  CHECK(model::iso(p.period.from) == "2018-01-01");
  CHECK(model::iso(p.period.to) == "2018-12-31");
  CHECK(p.declared_total->dong == 100'000'000);
  REQUIRE(p.tasks.size() == 2);
  CHECK(p.tasks[0].support.size() == 2);
  CHECK(p.tasks[0].budget->lines[0].amount.dong == 30'000'000);
  CHECK(model::iso(p.tasks[0].due->items[0].due) == "2017-12-31");
  CHECK(p.tasks[0].lead[0].where.line == 10);
  CHECK(p.tasks[0].lead[0].where.column == 11);
}

TEST_CASE("subtasks inherit lead and due from their parent", "[load]") {
  auto f = parse_plan(kMinimal);
  REQUIRE(f.plan);
  const auto& child = f.plan->tasks[1].tasks[0];
  CHECK(child.lead_inherited);
  CHECK(child.lead[0].text == "Sở Nội vụ");
  CHECK(child.due_inherited);
  CHECK(model::iso(child.due->items[0].due) == "2018-12-31");
  CHECK(child.budget->lines[0].amount.dong == 2'019'000'000);
}

TEST_CASE("a duplicate key is reported at the second occurrence", "[load]") {
  auto f = parse_plan("id: a\ntitle: x\nperiod: 2018\ntitle: y\n");
  const auto* d = find(f, Rule::duplicate_key);
  REQUIRE(d);
  CHECK(d->location.line == 4);
  CHECK(d->location.column == 1);
  CHECK(en(d->message) ==
        "key \"title\" appears twice in this mapping (first on line 2); the second one is ignored");
  REQUIRE(f.plan);
  CHECK(f.plan->title == "x");
}

TEST_CASE("an unknown key suggests the closest known one", "[load]") {
  auto f = parse_plan(
      "id: a\ntitle: x\nperiod: 2018\ntasks:\n  - id: '1'\n    title: t\n    dua: 2018\n");
  const auto* d = find(f, Rule::unknown_key);
  REQUIRE(d);
  CHECK(d->location.line == 7);
  CHECK(d->location.column == 5);
  CHECK(en(d->hint) == "did you mean \"due\"?");
}

TEST_CASE("a comma inside a flow mapping gets the quoting hint", "[load]") {
  auto f = parse_plan(
      "id: a\ntitle: x\nperiod: 2018\ntasks:\n  - {id: '1', title: Tổng hợp, gửi báo cáo, lead: "
      "SNV, due: 2018}\n");
  const auto* d = find(f, Rule::unknown_key);
  REQUIRE(d);
  CHECK(en(d->message) == "unknown key \"gửi báo cáo\" in a task");
  CHECK(en(d->hint) ==
        "a comma inside { } splits the value: quote the text, title: \"Tổng hợp, gửi báo cáo\"");
}

TEST_CASE("a bare 2.019 budget is ambiguous; a quoted one with a unit is not", "[load]") {
  auto f = parse_plan(
      "id: a\ntitle: x\nperiod: 2018\ntasks:\n  - {id: '1', title: t, budget: 2.019}\n  - {id: "
      "'2', title: t, budget: '2.019 triệu'}\n");
  const auto* d = find(f, Rule::ambiguous_amount);
  REQUIRE(d);
  CHECK(d->location.line == 5);
  REQUIRE(f.plan);
  REQUIRE(f.plan->tasks.size() == 2);
  CHECK_FALSE(f.plan->tasks[0].budget);
  CHECK(f.plan->tasks[1].budget->lines[0].amount.dong == 2'019'000'000);
}

TEST_CASE("bytes that are not UTF-8 are reported with their position and loading goes on",
          "[load]") {
  auto f = parse_plan("id: a\ntitle: C\xE9ng\nperiod: 2018\nfoo: 1\n");
  const auto* d = find(f, Rule::not_utf8);
  REQUIRE(d);
  CHECK(d->location.line == 2);
  CHECK(d->location.column == 9);
  CHECK(find(f, Rule::unknown_key));  // the rest of the file was still checked
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted with correct positions", "[load]") {
  auto f = parse_plan("\xEF\xBB\xBFid: a\r\ntitle: x\r\nperiod: 2018\r\ndua: 1\r\n");
  const auto* d = find(f, Rule::unknown_key);
  REQUIRE(d);
  CHECK(d->location.line == 4);
  CHECK(d->location.column == 1);
  REQUIRE(f.plan);
  CHECK(f.plan->id == "a");
}

TEST_CASE("a tab in the indentation is a syntax error that says so", "[load]") {
  auto f = parse_plan("id: a\ntitle: x\nperiod: 2018\ntasks:\n\t- id: '1'\n");
  const auto* d = find(f, Rule::yaml_syntax);
  REQUIRE(d);
  CHECK(d->location.line == 5);
  CHECK(en(d->message) == "a tab character in the indentation");
}

TEST_CASE("empty files, several documents and a list at the top level", "[load]") {
  CHECK(find(parse_plan(""), Rule::bad_file));
  CHECK(find(parse_plan("# only a comment\n"), Rule::bad_file));
  auto two = parse_plan("id: a\ntitle: x\nperiod: 2018\n---\nid: b\n");
  const auto* d = find(two, Rule::yaml_syntax);
  REQUIRE(d);
  CHECK(d->location.line == 4);
  REQUIRE(two.plan);  // the first document is still checked
  auto list = parse_plan("- id: a\n");
  CHECK(find(list, Rule::wrong_type));
  CHECK_FALSE(list.plan);
}

TEST_CASE("wrong types, missing keys and impossible dates", "[load]") {
  auto f = parse_plan("title: [a, b]\nperiod: 2018\nissued: 2018-02-30\n");
  CHECK(find(f, Rule::wrong_type));
  CHECK(find(f, Rule::missing_key));
  const auto* d = find(f, Rule::bad_date);
  REQUIRE(d);
  CHECK(d->location.line == 3);
}

TEST_CASE("decomposed (NFD) text is reported once and read as NFC", "[load]") {
  // "Sở Nội vụ" with combining marks.
  auto f = parse_plan("id: a\ntitle: S\x6F\xCC\x9B\xCC\x89 No\xCC\xA3\xCC\x82i\nperiod: 2018\n");
  const auto* d = find(f, Rule::non_nfc_text);
  REQUIRE(d);
  CHECK(d->severity == diag::Severity::warning);
  REQUIRE(f.plan);
  CHECK(f.plan->title.find("\xCC") == std::string::npos);
}

TEST_CASE("deeply nested and alias-bomb files stop with a diagnostic, never a crash", "[load]") {
  std::string deep = "id: a\ntitle: x\nperiod: 2018\nnote: ";
  for (int i = 0; i < 5000; ++i) deep += "[";
  auto f = parse_plan(deep);
  CHECK_FALSE(f.diags.empty());
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'k'; ++c)
    bomb += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" +
            char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
            char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
  auto g = parse_plan(bomb);
  CHECK(find(g, Rule::bad_file));
}

TEST_CASE("the structured recurring form and deadline lists", "[load]") {
  auto f = parse_plan(R"(id: a
title: x
period: 2021
tasks:
  - id: '1'
    title: Báo cáo quý
    due: {every: quarter, day: 18}
  - id: '2'
    title: Hai mốc
    due: [Tháng 02/2021, 15/11/2021]
  - id: '3'
    title: Nếu có
    due: Trong năm 2021 (nếu có)
)");
  INFO(rules(f));
  REQUIRE(f.plan);
  const auto& t = f.plan->tasks;
  REQUIRE(t[0].due);
  CHECK(t[0].due->items[0].kind == model::DeadlineKind::recurring);
  CHECK(t[0].due->items[0].rule.every == model::PeriodUnit::quarter);
  CHECK(t[0].due->items[0].rule.day == 18u);
  REQUIRE(t[1].due);
  REQUIRE(t[1].due->items.size() == 2);
  CHECK(model::iso(t[1].due->items[0].due) == "2021-02-28");
  CHECK(model::iso(t[1].due->items[1].due) == "2021-11-15");
  CHECK(t[2].optional);
}

TEST_CASE("targets with per-level goals and a goal against `better`", "[load]") {
  auto f = parse_plan(R"(id: a
title: x
period: 2023..2025
targets:
  - id: dvc
    unit: percent
    goals:
      - {by: 2025, value: {province: ">= 90", district: ">= 80", commune: ">= 80"}}
  - id: par
    unit: rank
    goals: [{by: 2025, value: ">= 40"}]
)");
  REQUIRE(f.plan);
  REQUIRE(f.plan->targets.size() == 2);
  const auto& g = f.plan->targets[0].goals.at(0);
  CHECK(g.per_level.size() == 3);
  CHECK(g.per_level.at(model::Level::district).value == 80);
  CHECK(model::iso(*g.by) == "2025-12-31");
  const auto* d = find(f, Rule::bad_goal);
  REQUIRE(d);
  CHECK(d->location.line == 11);
}

TEST_CASE("a long legacy-encoding text is cut between characters in the message",
          "[plan_loader][issue14]") {
  // Found by fuzz_plan: the cut at byte 57 fell inside a UTF-8 sequence (here
  // the U+FFFD standing for an invalid byte), and --format json then failed.
  std::string title = "R\xC2\xB5 so\xC2\xB8t v\xC2\xA8n b\xC2\xB6n quy ph\xC2\xB9m ph\xC2\xB8p lu";
  for (int i = 0; i < 20; ++i) title += "\xEF\xBF\xBD";
  auto f = load::load_plan("p.yaml", "id: a\ntitle: \"" + title + "\"\nperiod: 2021\n",
                           model::MoneyUnit::million);
  bool found = false;
  for (const auto& d : f.diags.items()) {
    if (d.rule != diag::Rule::legacy_encoding) continue;
    found = true;
    CHECK_FALSE(text::find_invalid_utf8(d.message.render(text::Lang::vi)));
    CHECK(d.message.render(text::Lang::en).find("...\"") != std::string::npos);
  }
  CHECK(found);
}

TEST_CASE("yaml-cpp's message quoting a byte that is not UTF-8 is made valid UTF-8",
          "[plan_loader][issue14]") {
  // Found by fuzz_plan: "unknown escape character: \xF0" went into the
  // message as it was, and --format json then failed.
  auto f = load::load_plan("p.yaml", std::string(" \0\0\0\0\0\0\0\x13: the-che\n", 20),
                           model::MoneyUnit::million);
  REQUIRE_FALSE(f.diags.items().empty());
  for (const auto& d : f.diags.items())
    CHECK_FALSE(text::find_invalid_utf8(d.message.render(text::Lang::vi)));
}
