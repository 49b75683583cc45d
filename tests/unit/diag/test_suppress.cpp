// Suppression comments: reading `# cchc: ignore[...]` from a line, and what a
// comment silences (its line, its task, its file) or reports (unused-ignore).
#include <catch2/catch.hpp>
#include <climits>
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

// The comments of p.yaml, read as the loader reads them.
SuppressionsByFile source(std::string text) {
  SuppressionsByFile m;
  FileSuppressions f = read_suppressions(SourceText("p.yaml", std::move(text)));
  if (!f.empty()) m.emplace("p.yaml", std::move(f));
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

TEST_CASE("what one file's comments give, read without the diagnostics", "[suppress]") {
  FileSuppressions f = read_suppressions(SourceText("p.yaml", kPlan));
  CHECK(f.problems.empty());
  REQUIRE(f.ignores.size() == 3);
  const Suppression& file = f.ignores[0];
  CHECK(file.scope == Suppression::Scope::file);
  CHECK(file.rule == Rule::bad_goal);
  CHECK(file.written == "bad-goal");
  CHECK(file.from == 0);
  CHECK(file.to == INT_MAX);
  CHECK(file.where.file == "p.yaml");
  CHECK(file.where.line == 1);
  CHECK(file.where.column == 3);
  const Suppression& task = f.ignores[1];
  CHECK(task.scope == Suppression::Scope::task);
  CHECK(task.rule == Rule::missing_due);
  CHECK(task.from == 4);
  CHECK(task.to == 8);  // the subtasks belong to the item
  CHECK(task.where.line == 4);
  CHECK(task.where.column == 16);
  CHECK(task.where.length == 25);
  const Suppression& line = f.ignores[2];
  CHECK(line.scope == Suppression::Scope::line);
  CHECK(line.rule == Rule::unknown_key);
  CHECK(line.from == 10);
  CHECK(line.to == 10);
}

TEST_CASE("one comment naming two rules gives one suppression per rule", "[suppress]") {
  FileSuppressions f = read_suppressions(
      SourceText("p.yaml", "id: p\n# cchc: ignore[missing-due, missing-lead]\n\ntasks: []\n"));
  REQUIRE(f.ignores.size() == 2);
  for (const auto& s : f.ignores) {
    CHECK(s.from == 4);  // alone on its line: the next line that is not a comment
    CHECK(s.to == 4);
    CHECK(s.where.line == 2);
  }
  CHECK(f.ignores[0].rule == Rule::missing_due);
  CHECK(f.ignores[1].rule == Rule::missing_lead);
}

TEST_CASE("a file's unusable comments are its problems, kept with it", "[suppress]") {
  FileSuppressions f = read_suppressions(
      SourceText("p.yaml",
                 "id: p  # cchc: ignore[mising-due, missing-due]\n# cchc: ignore-file[bad-goal]\n"
                 "x: 1  # cchc: disable[bad-goal]\n"));
  REQUIRE(f.ignores.size() == 1);  // the rule that exists
  CHECK(f.ignores[0].rule == Rule::missing_due);
  REQUIRE(f.problems.items().size() == 3);
  for (const auto& d : f.problems.items()) {
    CHECK(d.rule == Rule::unused_ignore);
    CHECK(d.location.file == "p.yaml");
  }
  CHECK(f.problems.items()[0].location.line == 1);
  CHECK(f.problems.items()[1].location.line == 2);
  CHECK(f.problems.items()[2].location.line == 3);
  CHECK(f.problems.items()[2].message.render(cchc::text::Lang::en).find("cchc") !=
        std::string::npos);
}

TEST_CASE("a file without a cchc comment gives nothing", "[suppress]") {
  CHECK(
      read_suppressions(SourceText("p.yaml", "id: p  # ignore[missing-due]\ntasks: []\n")).empty());
  CHECK(read_suppressions(SourceText("p.yaml", "")).empty());
}

TEST_CASE("comments silence only the diagnostics of their own file", "[suppress]") {
  SuppressionsByFile files;
  files.emplace("q.yaml",
                read_suppressions(SourceText("q.yaml", "# cchc: ignore-file[bad-goal]\n")));
  Diagnostics d;
  d.add(at(Rule::bad_goal, 3));  // p.yaml
  d.add(Diagnostic{{"q.yaml", 3, 1, 0}, Severity::error, Rule::bad_goal, Message::data("m"), {}});
  apply_suppressions(d, files);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].location.file == "p.yaml");
}
