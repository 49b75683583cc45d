// Repository discovery, loading several files and linking owner references.
#include <catch2/catch.hpp>
#include <mutex>

#include "../support/memory_fs.hpp"
#include "../support/messages.hpp"
#include "cchc/load/repository.hpp"

using namespace cchc;
using diag::Rule;

namespace {

const char* kOwners = R"(scope: tth
owners:
  - id: snv
    name: Sở Nội vụ
    aliases: [SNV]
    level: province
  - id: stp
    name: Sở Tư pháp
    level: province
  - id: sttt
    name: Sở Thông tin và Truyền thông
    aliases: [Sở TT&TT]
    level: province
  - id: ubnd-xa
    name: UBND các xã, phường, thị trấn
    level: commune
    group: true
  - id: skhcn-cu
    name: Sở Khoa học cũ
    level: province
    until: 2016-12-31
)";

testing::MemoryFileSystem repo_with(const std::string& plan) {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: [owners.yaml]\n");
  fs.add("/r/owners.yaml", kOwners);
  fs.add("/r/plans/a.yaml", plan);
  return fs;
}

load::LoadedRepository load_mem(const testing::MemoryFileSystem& fs) {
  return testing::load_memory_repository(fs);
}

std::string plan_with_lead(const std::string& lead_line) {
  return "id: a\ntitle: x\nperiod: 2018\nscope: tth\ntasks:\n  - id: '1'\n    title: t\n    due: "
         "2018\n    " +
         lead_line + "\n";
}

const diag::Diagnostic* find(const load::LoadedRepository& r, Rule rule) {
  for (const auto& d : r.diags.items())
    if (d.rule == rule) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("the repository is found by flag, environment, parent folders or ./plans", "[repo]") {
  testing::MemoryFileSystem fs;
  fs.add("/w/repo/cchc.yaml", "");
  fs.add("/w/repo/sub/x.txt", "");
  fs.add("/w/other/plans/cchc.yaml", "");
  CHECK(load::find_repository(std::string("/w/repo"), nullptr, "/", fs) == "/w/repo");
  CHECK(load::find_repository(std::nullopt, "/w/repo", "/", fs) == "/w/repo");
  CHECK(load::find_repository(std::nullopt, nullptr, "/w/repo/sub", fs) == "/w/repo");
  CHECK(load::find_repository(std::nullopt, nullptr, "/w/other", fs) == "/w/other/plans");
  CHECK_THROWS_AS(load::find_repository(std::nullopt, nullptr, "/w", fs), load::RepositoryError);
  CHECK_THROWS_AS(load::find_repository(std::string("/w"), nullptr, "/", fs),
                  load::RepositoryError);
}

TEST_CASE("owner references resolve by name, alias, id, any case and spacing, NFD", "[repo]") {
  for (std::string lead : {"lead: Sở Nội vụ", "lead: snv", "lead: SNV", "lead: sở  NỘI vụ",
                           "lead: tth/snv", "lead: \"So\xCC\x9B\xCC\x89 Nội vụ\""}) {
    auto r = load_mem(repo_with(plan_with_lead(lead)));
    INFO(lead);
    CHECK_FALSE(find(r, Rule::unknown_owner));
    REQUIRE(r.repo.plans.size() == 1);
    CHECK(r.repo.plans[0].tasks[0].lead[0].resolved_id == "tth/snv");
  }
}

TEST_CASE("an unknown owner suggests the nearest names", "[repo]") {
  auto r = load_mem(repo_with(plan_with_lead("lead: Sở Tư phap")));
  const auto* d = find(r, Rule::unknown_owner);
  REQUIRE_FALSE(d == nullptr);
  CHECK(en(d->message) == "no owner \"Sở Tư phap\"; did you mean \"Sở Tư pháp\" (stp)?");
  CHECK(d->location.file == "plans/a.yaml");
  CHECK(d->location.line == 9);
  CHECK(d->location.column == 11);
}

TEST_CASE("commas that split an owner's name in a flow list are explained", "[repo]") {
  auto r = load_mem(
      repo_with(plan_with_lead("lead: SNV\n    support: [UBND các xã, phường, thị trấn]")));
  const auto* d = find(r, Rule::unknown_owner);
  REQUIRE_FALSE(d == nullptr);
  CHECK(en(d->message) ==
        "no owner \"UBND các xã\": the commas split the name \"UBND các xã, phường, thị trấn\" "
        "into 3 items");
  CHECK(en(d->hint) == "quote the name: [\"UBND các xã, phường, thị trấn\"]");
  CHECK(r.diags.count(diag::Severity::error) == 1);
}

TEST_CASE("an owner that ceased before the plan period is a warning", "[repo]") {
  auto r = load_mem(repo_with(plan_with_lead("lead: Sở Khoa học cũ")));
  const auto* d = find(r, Rule::owner_not_active);
  REQUIRE_FALSE(d == nullptr);
  CHECK(d->severity == diag::Severity::warning);
}

TEST_CASE("every file's problems are reported in one run", "[repo]") {
  testing::MemoryFileSystem fs = repo_with(plan_with_lead("lead: Nobody"));
  fs.add("/r/plans/b.yaml", "id: b\ntitle: [x\n");
  fs.add("/r/plans/c.yaml", "id: c\ntitle: y\nperiod: 2018\nbudget: {declared_total: 4.700}\n");
  auto r = load_mem(fs);
  CHECK(find(r, Rule::unknown_owner));
  CHECK(find(r, Rule::yaml_syntax));
  CHECK(find(r, Rule::ambiguous_amount));
  CHECK(r.repo.files.size() == 5);
}

TEST_CASE("a calendar.yaml that cannot be read is an error, not an empty calendar",
          "[repository]") {
  auto fs = repo_with("id: p\ntitle: t\nperiod: 2026\ntasks: []\n");
  fs.add("/r/calendar.yaml/inside.txt", "");  // a folder where the file should be
  auto loaded = load_mem(fs);
  CHECK_FALSE(loaded.repo.calendar);
  bool reported = false;
  for (const auto& d : loaded.diags.items())
    if (d.rule == Rule::bad_file && d.location.file.ends_with("calendar.yaml")) {
      reported = true;
      CHECK(d.severity == diag::Severity::error);
      CHECK(en(d.message) == "this is a folder, not a calendar file");
    }
  CHECK(reported);
}

TEST_CASE("a plan folder that cannot be read is an error, never an empty folder",
          "[repository][issue14]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: [owners.yaml]\n");
  fs.add("/r/owners.yaml", kOwners);
  fs.add_unreadable("/r/plans", "Permission denied");
  auto r = load_mem(fs);
  const diag::Diagnostic* d = find(r, Rule::bad_file);
  REQUIRE(d != nullptr);
  CHECK(d->location.file == "plans");
  CHECK(d->message.render(text::Lang::en) == "the folder cannot be read: Permission denied");
  CHECK(d->severity == diag::Severity::error);
}

TEST_CASE("a plan file that cannot be read says why", "[repository][issue14]") {
  testing::MemoryFileSystem fs = repo_with(plan_with_lead("lead: SNV"));
  fs.add_unreadable("/r/plans/b.yaml", "Permission denied");
  auto r = load_mem(fs);
  const diag::Diagnostic* d = find(r, Rule::bad_file);
  REQUIRE(d != nullptr);
  CHECK(d->location.file == "plans/b.yaml");
  CHECK(d->message.render(text::Lang::en) == "the file cannot be read: Permission denied");
}

TEST_CASE("a folder named on the command line must hold a plan file", "[repository][issue14]") {
  testing::MemoryFileSystem fs = repo_with(plan_with_lead("lead: SNV"));
  fs.add("/r/other/notes.txt", "not a plan");
  load::LoadOptions o;
  o.root = "/r";
  o.display_base = "/r";
  o.only = {"/r/other"};
  CHECK_THROWS_AS(load::load_repository(o, fs), load::RepositoryError);
}

TEST_CASE("a file larger than the limit is refused before it is parsed", "[repository][issue14]") {
  testing::MemoryFileSystem fs = repo_with(plan_with_lead("lead: SNV"));
  fs.add("/r/plans/big.yaml", std::string(load::kMaxFileBytes + 1, '#'));
  auto r = load_mem(fs);
  const diag::Diagnostic* d = find(r, Rule::bad_file);
  REQUIRE(d != nullptr);
  CHECK(d->location.file == "plans/big.yaml");
  CHECK(d->message.render(text::Lang::en).find("cchc reads files up to") != std::string::npos);
}

TEST_CASE("suppression comments are read at load time, and no text is kept", "[repository]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml",
         "# cchc: ignore-file[bad-config]\nplans: [plans/]\nowners: [owners.yaml]\n"
         "calendar: calendar.yaml\n");
  fs.add("/r/owners.yaml", std::string("# cchc: ignore-file[unknown-key]\n") + kOwners);
  fs.add("/r/calendar.yaml", "# cchc: ignore-file[bad-date]\nyear: 2026\n");
  fs.add("/r/plans/a.yaml", "id: a\ntitle: x  # cchc: ignore[missing-due]\nperiod: 2018\n");
  fs.add("/r/plans/b.yaml", "id: b\ntitle: y\nperiod: 2018\n");
  fs.add("/r/reports/2026.yaml", "# cchc: ignore[bad-date]\nnumber: 1\n");
  auto r = load_mem(fs);
  std::vector<std::string> with_comments;
  for (const auto& [file, s] : r.suppressions) with_comments.push_back(file.str());
  CHECK(with_comments == std::vector<std::string>{"calendar.yaml", "cchc.yaml", "owners.yaml",
                                                  "plans/a.yaml", "reports/2026.yaml"});
  const auto& a = r.suppressions.at("plans/a.yaml");
  REQUIRE(a.ignores.size() == 1);
  CHECK(a.ignores[0].rule == Rule::missing_due);
  CHECK(a.ignores[0].from == 2);
  CHECK(r.paths.at("plans/b.yaml") == "/r/plans/b.yaml");
  CHECK(r.paths.size() == r.repo.files.size());
}

TEST_CASE("a file's lines are read again for excerpts, and a file gone gives none",
          "[repository]") {
  testing::MemoryFileSystem fs = repo_with("id: a\ntitle: x\nperiod: 2018\nscope: tth\n");
  fs.add("/r/plans/bad.yaml", "id: b\ntitle: \"\xff\"\nperiod: 2018\n");
  auto r = load_mem(fs);
  auto src = load::read_again(r, "plans/a.yaml", fs);
  REQUIRE(src);
  CHECK(src->line(2) == "title: x");
  // As the loader saw it: an invalid byte is U+FFFD, as in the positions.
  auto bad = load::read_again(r, "plans/bad.yaml", fs);
  REQUIRE(bad);
  CHECK(bad->line(2) == "title: \"\xEF\xBF\xBD\"");
  CHECK_FALSE(load::read_again(r, "plans/none.yaml", fs));  // not a loaded file

  diag::Diagnostics diags;
  diags.add(Rule::missing_due, {"plans/a.yaml", 2, 1, 0}, diag::Message::data("m"));
  diags.add(Rule::bad_file, {"owners.yaml", 0, 0, 0}, diag::Message::data("m"));
  auto excerpts = load::read_excerpts(r, diags, fs);
  CHECK(excerpts.find("plans/a.yaml"));
  CHECK_FALSE(excerpts.find("owners.yaml"));  // no line to show: not read

  testing::MemoryFileSystem gone;  // deleted between loading and printing
  gone.add_unreadable("/r/owners.yaml", "Permission denied");
  CHECK_FALSE(load::read_again(r, "plans/a.yaml", gone));
  CHECK_FALSE(load::read_again(r, "owners.yaml", gone));
  CHECK(load::read_excerpts(r, diags, gone).files().empty());
  testing::MemoryFileSystem grown;
  grown.add("/r/plans/a.yaml", std::string(load::kMaxFileBytes + 1, '#'));
  CHECK_FALSE(load::read_again(r, "plans/a.yaml", grown));
}

namespace {

// Records the order in which the loader reads files.
class RecordingFileSystem : public testing::MemoryFileSystem {
 public:
  load::FileRead read_file(const std::filesystem::path& p, std::size_t max_bytes) const override {
    {
      std::lock_guard lock(mutex_);
      reads_.push_back(p.filename().string());
    }
    return MemoryFileSystem::read_file(p, max_bytes);
  }
  std::vector<std::string> reads() const { return reads_; }

 private:
  mutable std::mutex mutex_;
  mutable std::vector<std::string> reads_;
};

// Owners, calendar, plans and reports, each kind with a problem of its own,
// the biggest file last by name.
void add_every_kind_of_file(testing::MemoryFileSystem& fs) {
  fs.add("/r/cchc.yaml",
         "plans: [plans/, gone.yaml]\nowners: [owners/, nobody.yaml]\ncalendar: calendar.yaml\n");
  fs.add("/r/owners/a.yaml", std::string(kOwners) + "  - name: [x\n");
  fs.add("/r/owners/b.yaml", "scope: b\nowners: []\n");
  fs.add("/r/calendar.yaml", "year: x\n");
  fs.add("/r/plans/a.yaml", "id: a\ntitle: [x\n");
  fs.add("/r/plans/b.yaml", "id: b\ntitle: y\nperiod: 2018\nbudget: {declared_total: 4.700}\n");
  fs.add("/r/plans/z.yaml", plan_with_lead("lead: Nobody") + std::string(4000, '#') + "\n");
  fs.add("/r/reports/2026-Q3.yaml", "number: [\n");
}

// Each diagnostic as a line: where, then what, in English.
std::vector<std::string> lines_of(const load::LoadedRepository& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diags.items())
    out.push_back(d.location.file.str() + ":" + std::to_string(d.location.line) + ": " +
                  en(d.message));
  return out;
}

}  // namespace

TEST_CASE("files load biggest first and come out in their order, whatever the threads",
          "[repository][issue15]") {
  RecordingFileSystem fs;
  add_every_kind_of_file(fs);
  load::LoadOptions o;
  o.root = "/r";
  o.display_base = "/r";
  o.threads = 1;
  auto one = load::load_repository(o, fs);
  auto reads = fs.reads();
  REQUIRE(reads.size() == 8);
  CHECK(reads[0] == "cchc.yaml");  // first: it names the others
  CHECK(reads[1] == "z.yaml");     // then the biggest file
  CHECK(reads[2] == "a.yaml");     // then the owners of kOwners

  // As when each kind was loaded in turn: what cchc.yaml names but is not
  // there comes before the files of its kind; owner references are linked last.
  std::vector<std::string> expected{
      "cchc.yaml:0: owners: \"nobody.yaml\" does not exist",
      "owners/a.yaml:23: YAML syntax: a list is not closed (']' missing, or an unquoted item "
      "contains '[' or ']')",
      "calendar.yaml:1: unknown key \"year\" in calendar.yaml",
      "cchc.yaml:0: plans: \"gone.yaml\" does not exist",
      "plans/a.yaml:3: YAML syntax: a list is not closed (']' missing, or an unquoted item "
      "contains '[' or ']')",
      "plans/b.yaml:4: `4.700` is ambiguous: the document likely means 4700 (four thousand seven "
      "hundred) million đồng, but as a plain number it reads 4.7 million đồng",
      "reports/2026-Q3.yaml:2: YAML syntax: a list is not closed (']' missing, or an unquoted "
      "item contains '[' or ']')",
      "plans/z.yaml:9: no owner \"Nobody\""};
  CHECK(lines_of(one) == expected);
  CHECK(one.repo.files == std::vector<std::string>{"cchc.yaml", "owners/a.yaml", "owners/b.yaml",
                                                   "calendar.yaml", "plans/a.yaml", "plans/b.yaml",
                                                   "plans/z.yaml", "reports/2026-Q3.yaml"});
  for (unsigned threads : {2u, 3u, 8u}) {
    o.threads = threads;
    CHECK(lines_of(load::load_repository(o, fs)) == lines_of(one));
  }
}
