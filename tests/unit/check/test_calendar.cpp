// Which loading errors make the working-day calendar untrustworthy.
#include <algorithm>
#include <catch2/catch.hpp>

#include "../support/memory_fs.hpp"
#include "cchc/check/calendar.hpp"

using namespace cchc;

namespace {

// A plan with an error of its own (an impossible deadline), which says
// nothing about the calendar.
const std::string kBadPlan =
    "id: a\ntitle: x\nperiod: 2026\ntasks:\n  - id: '1'\n    title: t\n    due: 2026-02-30\n";

}  // namespace

TEST_CASE("calendar errors: those of calendar.yaml, not the plans'", "[check][calendar]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: []\n");
  fs.add("/r/calendar.yaml", "holidays:\n  - {date: 2026-02-30, name: Nghỉ Tết}\n");
  fs.add("/r/plans/a.yaml", kBadPlan);
  auto loaded = testing::load_memory_repository(fs);
  REQUIRE(loaded.calendar_file == "calendar.yaml");
  REQUIRE(loaded.diags.count(diag::Severity::error) >= 2);  // the plan's and the calendar's

  auto errors = check::calendar_errors(loaded.repo, loaded.calendar_file, loaded.diags);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front().location.file == "calendar.yaml");
  CHECK(errors.items().front().location.line == 2);
}

TEST_CASE("calendar errors: none when only the plans have errors", "[check][calendar]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: []\n");
  fs.add("/r/calendar.yaml", "holidays:\n  - {date: 2026-02-16, name: Nghỉ Tết}\n");
  fs.add("/r/plans/a.yaml", kBadPlan);
  auto loaded = testing::load_memory_repository(fs);
  REQUIRE(loaded.diags.count(diag::Severity::error) >= 1);
  CHECK(check::calendar_errors(loaded.repo, loaded.calendar_file, loaded.diags).empty());
}

TEST_CASE("calendar errors: cchc.yaml's, when the calendar it names is missing",
          "[check][calendar]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: []\ncalendar: lich.yaml\n");
  fs.add("/r/plans/a.yaml", kBadPlan);
  auto loaded = testing::load_memory_repository(fs);
  CHECK(loaded.calendar_file.empty());
  auto errors = check::calendar_errors(loaded.repo, loaded.calendar_file, loaded.diags);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front().location.file == "cchc.yaml");
}

TEST_CASE("calendar errors: rules: settings apply", "[check][calendar]") {
  testing::MemoryFileSystem fs;
  fs.add("/r/cchc.yaml", "plans: [plans/]\nowners: []\nrules:\n  bad-date: warning\n");
  fs.add("/r/calendar.yaml", "holidays:\n  - {date: 2026-02-30, name: Nghỉ Tết}\n");
  auto loaded = testing::load_memory_repository(fs);
  // The bad day is an error in calendar.yaml until the settings apply.
  REQUIRE(std::any_of(loaded.diags.items().begin(), loaded.diags.items().end(), [](const auto& d) {
    return d.location.file == "calendar.yaml" && d.severity == diag::Severity::error;
  }));
  CHECK(check::calendar_errors(loaded.repo, loaded.calendar_file, loaded.diags).empty());
}
