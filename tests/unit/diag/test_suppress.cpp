// Suppression comments: reading `# cchc: ignore[...]` from a line, and what a
// comment silences (its line, its task, its file) or reports (unused-ignore).
#include <catch2/catch.hpp>
#include <memory>

#include "cchc/diag/suppress.hpp"

using namespace cchc::diag;

TEST_CASE("an ignore comment after a value", "[suppress]") {
  auto c = parse_ignore_comment("    due: Quý IV/2018  # cchc: ignore[missing-due]");
  REQUIRE(c);
  CHECK_FALSE(c->file);
  CHECK_FALSE(c->malformed);
  CHECK_FALSE(c->alone);
  CHECK(c->rules == std::vector<std::string>{"missing-due"});
  CHECK(c->column == 25);
  CHECK(c->length == 25);  // "cchc: ignore[missing-due]"
}

TEST_CASE("several rules, spaces and a reason after the bracket", "[suppress]") {
  auto c = parse_ignore_comment(
      "  - id: \"2.1\" #cchc:ignore[ missing-due ,missing-lead] — ô trống trong văn bản");
  REQUIRE(c);
  CHECK(c->rules == std::vector<std::string>{"missing-due", "missing-lead"});
  CHECK_FALSE(c->malformed);
}

TEST_CASE("ignore-file, alone on its line", "[suppress]") {
  auto c = parse_ignore_comment("# cchc: ignore-file[missing-due]");
  REQUIRE(c);
  CHECK(c->file);
  CHECK(c->alone);
  CHECK(c->column == 3);
}

TEST_CASE("a '#' inside quotes or a word is not a comment", "[suppress]") {
  CHECK_FALSE(parse_ignore_comment("title: \"Mục #1 # cchc: ignore[missing-due]\""));
  CHECK_FALSE(parse_ignore_comment("title: 'a # cchc: ignore[missing-due]'"));
  CHECK_FALSE(parse_ignore_comment("title: C#cchc: ignore[missing-due]"));
  // An apostrophe inside plain text opens no quote.
  auto c = parse_ignore_comment("title: Sở's plan # cchc: ignore[missing-due]");
  REQUIRE(c);
  CHECK(c->rules.size() == 1);
}

TEST_CASE("comments that are not ours, and ours written wrong", "[suppress]") {
  CHECK_FALSE(parse_ignore_comment("due: 2018 # no deadline in the document"));
  CHECK_FALSE(parse_ignore_comment("due: 2018"));
  CHECK(parse_ignore_comment("# cchc: disable[missing-due]")->malformed);
  CHECK(parse_ignore_comment("# cchc: ignore missing-due")->malformed);
  CHECK(parse_ignore_comment("# cchc: ignore[]")->malformed);
}

namespace {

SourceMap source(std::string text) {
  SourceMap m;
  m.add(std::make_shared<SourceText>("p.yaml", std::move(text)));
  return m;
}

Diagnostic at(Rule r, int line) {
  return Diagnostic{{"p.yaml", line, 5, 0}, default_severity(r), r, Message::data("m"), {}};
}

std::vector<std::pair<Rule, int>> left(const Diagnostics& d) {
  std::vector<std::pair<Rule, int>> out;
  for (const auto& x : d.items()) out.emplace_back(x.rule, x.location.line);
  return out;
}

const char* kPlan =
    "# cchc: ignore-file[bad-goal]\n"               // 1
    "id: p\n"                                       // 2
    "tasks:\n"                                      // 3
    "  - id: \"1\"  # cchc: ignore[missing-due]\n"  // 4
    "    title: a\n"                                // 5
    "    tasks:\n"                                  // 6
    "      - id: \"1.1\"\n"                         // 7
    "        title: b\n"                            // 8
    "  - id: \"2\"\n"                               // 9
    "    title: c  # cchc: ignore[unknown-key]\n"   // 10
    "    lead: X\n";                                // 11

}  // namespace

TEST_CASE("a comment silences its line, its task or its file", "[suppress]") {
  Diagnostics d;
  d.add(at(Rule::missing_due, 7));   // inside task 1: silenced
  d.add(at(Rule::missing_due, 9));   // task 2: kept
  d.add(at(Rule::unknown_key, 10));  // its line: silenced
  d.add(at(Rule::unknown_key, 11));  // the next line: kept
  d.add(at(Rule::bad_goal, 0));      // the whole file: silenced
  apply_suppressions(d, source(kPlan));
  CHECK(left(d) ==
        std::vector<std::pair<Rule, int>>{{Rule::missing_due, 9}, {Rule::unknown_key, 11}});
}

TEST_CASE("an ignore that silences nothing is unused-ignore", "[suppress]") {
  Diagnostics d;
  apply_suppressions(d, source(kPlan));
  d.sort();
  REQUIRE(d.items().size() == 3);
  for (const auto& x : d.items()) CHECK(x.rule == Rule::unused_ignore);
  CHECK(d.items()[0].location.line == 1);
  CHECK(d.items()[0].message.render(cchc::text::Lang::en) ==
        "`ignore-file[bad-goal]` silences nothing in this file");
  CHECK(d.items()[1].message.render(cchc::text::Lang::en) ==
        "`ignore[missing-due]` silences nothing in this task");
  CHECK(d.items()[2].message.render(cchc::text::Lang::vi) ==
        "`ignore[unknown-key]` không bỏ qua thông báo nào trên dòng này");
}

TEST_CASE("a comment line of its own speaks for the next line", "[suppress]") {
  Diagnostics d;
  d.add(at(Rule::missing_due, 3));
  apply_suppressions(d, source("id: p\n# cchc: ignore[missing-due]\ntasks: []\n"));
  CHECK(d.empty());
}

TEST_CASE("an unknown rule and a late ignore-file are reported", "[suppress]") {
  Diagnostics d;
  apply_suppressions(
      d, source("id: p  # cchc: ignore[mising-due]\n# cchc: ignore-file[missing-due]\n"));
  d.sort();
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].message.render(cchc::text::Lang::en) ==
        "`mising-due` in a cchc ignore comment is not a rule");
  CHECK(d.items()[0].hint.render(cchc::text::Lang::en) == "did you mean \"missing-due\"?");
  CHECK(d.items()[1].message.render(cchc::text::Lang::en).starts_with("`ignore-file` belongs"));
}
