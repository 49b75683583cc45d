// A whole plan file through the loader and every check, bytes in and
// diagnostics out: the input is plans/x.yaml of an in-memory repository holding
// the bundled cchc.yaml, owners and calendar (load/memory_fs), loaded and
// checked as `cchc check` does, and the diagnostics written in every format.
// Properties: a deadline's end is never before its start; a declared total or
// a budget never holds a negative amount (an overflow would).
#include <fmt/format.h>

#include "cchc/check/checks.hpp"
#include "cchc/diag/suppress.hpp"
#include "cchc/engine/budget.hpp"
#include "cchc/load/memory_fs.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/model/deadline.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

namespace {

load::MemoryFileSystem& base_repository() {
  static load::MemoryFileSystem* files = [] {
    auto* f = new load::MemoryFileSystem;
    f->add("/repo/cchc.yaml", "plans: [plans/]\nowners: [owners/]\ncalendar: calendar.yaml\n");
    f->add("/repo/calendar.yaml", fuzz::source_file("plans/calendar.yaml"));
    for (const char* o : {"demo", "soc-trang", "thua-thien-hue"})
      f->add(fmt::format("/repo/owners/{}.yaml", o),
             fuzz::source_file(fmt::format("plans/owners/{}.yaml", o)));
    return f;
  }();
  return *files;
}

void check_deadline(const model::Deadline& d) {
  for (const auto& item : d.items) {
    if (item.kind == model::DeadlineKind::day && item.start)
      CCHC_FUZZ_REQUIRE(*item.start <= item.due,
                        fmt::format("deadline \"{}\" ends before it starts", item.text));
    if (item.kind == model::DeadlineKind::day)
      CCHC_FUZZ_REQUIRE(item.first <= item.due,
                        fmt::format("deadline \"{}\" ends before its first day", item.text));
    if (item.kind == model::DeadlineKind::recurring && item.rule.from && item.rule.to)
      CCHC_FUZZ_REQUIRE(*item.rule.from <= *item.rule.to,
                        fmt::format("recurrence \"{}\" ends before it starts", item.text));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  load::MemoryFileSystem files = base_repository();
  files.add("/repo/plans/x.yaml", fuzz::as_text(data, size));
  load::LoadOptions opts;
  opts.root = "/repo";
  opts.display_base = "/repo";
  opts.threads = 1;
  auto loaded = load::load_repository(opts, files);
  const model::Date as_of = *model::make_date(2021, 6, 30);
  check::check_repository(loaded.repo, as_of, loaded.diags);
  diag::apply_suppressions(loaded.diags, loaded.suppressions);
  check::apply_rule_settings(loaded.repo.config, loaded.diags);
  loaded.diags.sort();
  // As `cchc check` does: the lines under human diagnostics are read again.
  fuzz::write_all_formats(loaded.diags, load::read_excerpts(loaded, loaded.diags, files));
  for (const auto& plan : loaded.repo.plans) {
    if (plan.declared_total) CCHC_FUZZ_REQUIRE(plan.declared_total->dong >= 0, "negative total");
    model::for_each_task(plan.tasks, [](const model::Task& t, int) {
      if (t.due) check_deadline(*t.due);
      if (t.start) check_deadline(*t.start);
      if (t.budget)
        for (const auto& line : t.budget->lines)
          CCHC_FUZZ_REQUIRE(line.amount.dong >= 0, "a negative budget line");
    });
  }
  // Money sums never overflow silently: without the overflow flag every
  // total is the exact, non-negative sum of its parts.
  using engine::BudgetKey;
  auto totals = engine::budget_totals(loaded.repo, engine::Filter{},
                                      {BudgetKey::plan, BudgetKey::area, BudgetKey::source});
  if (!totals.overflow) {
    CCHC_FUZZ_REQUIRE(totals.total.dong >= 0, "a negative budget total without overflow");
    __int128 sum = 0;
    for (const auto& p : totals.plans) {
      CCHC_FUZZ_REQUIRE(p.total.dong >= 0, "a negative plan total without overflow");
      sum += p.total.dong;
    }
    CCHC_FUZZ_REQUIRE(sum == totals.total.dong, "the plan totals do not add up to the total");
  }
  return 0;
}
