// The JSON results written a record at a time (issue 15) against the whole
// document they replace, on the bundled plan repository (plans/): the bytes
// of `overdue`, `deadlines`, `export`, `schedule`, `targets`, `status` and
// `budget --format json` must
// stay those of building json_document(as_of), merging the result's value into
// it (and "plans_left_out" when the default left plans out), and dump(2).

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cchc/engine/budget.hpp"
#include "cchc/engine/calendar.hpp"
#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/export.hpp"
#include "cchc/engine/schedule.hpp"
#include "cchc/engine/status.hpp"
#include "cchc/engine/targets.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/render/budget.hpp"
#include "cchc/render/export.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/schedule.hpp"
#include "cchc/render/targets.hpp"

using namespace cchc;
using nlohmann::json;

namespace {

// plans/ loaded once, as the commands load it.
const load::LoadedRepository& bundled() {
  static const load::LoadedRepository loaded = [] {
    load::LoadOptions o;
    o.root = std::string(CCHC_SOURCE_DIR) + "/plans";
    o.display_base = o.root;
    o.threads = 2;
    return load::load_repository(o, load::RealFileSystem{});
  }();
  return loaded;
}

// What a reporting command sees on `as_of`: every plan, or (the default of
// the reporting commands) those in force, the others in plans_left_out.
struct View {
  const model::Repository& repo = bundled().repo;
  model::Date as_of;
  engine::WorkCalendar calendar{repo.calendar};
  model::OwnerIndex owners{repo.owners};
  engine::Filter filter;
  json plans_left_out;  // null when none was left out, as Session::plans_left_out_json
  render::ListContext ctx{owners, text::Lang::vi, as_of, &filter};

  View(const char* day, bool all_plans) : as_of(*model::parse_iso_date(day)) {
    engine::PlanSelection chosen = engine::select_plans(repo, as_of, {}, all_plans);
    filter.plans = chosen.plans;
    filter.plans_chosen = chosen.plans_chosen;
    for (const model::Plan* p : chosen.left_out) plans_left_out.push_back(p->id);
  }
  engine::Evaluation evaluate(const std::optional<model::Date>& horizon = std::nullopt) const {
    return engine::evaluate(repo, as_of, calendar, filter, horizon);
  }
  // The whole document, as cli::json_output and Session::with_footer made it.
  std::string whole(const json& body) const {
    json j = render::json_document(as_of);
    j.update(body);
    if (!plans_left_out.is_null()) j["plans_left_out"] = plans_left_out;
    return j.dump(2) + "\n";
  }
};

template <class Write>
std::string streamed(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

// The views every case runs on: the default, with plans left out, and all plans.
std::vector<std::pair<const char*, bool>> views() {
  return {{"2026-10-15", false}, {"2026-10-15", true}, {"2021-06-30", false}};
}

}  // namespace

TEST_CASE("the bundled repository loads, and the default leaves plans out", "[json-stream]") {
  REQUIRE(bundled().repo.plans.size() >= 6);
  View v("2026-10-15", false);
  CHECK(!v.plans_left_out.is_null());
}

TEST_CASE("export --format json: streamed = the whole document", "[json-stream]") {
  View v("2026-10-15", true);
  std::optional<model::Date> last;
  for (const auto& p : v.repo.plans)
    if (!last || *last < p.period.to) last = p.period.to;
  engine::Evaluation ev = v.evaluate(last);
  engine::ExportRecords rec = engine::export_records(v.repo, ev, v.filter);
  engine::TargetEvaluation targets = engine::evaluate_targets(v.repo, v.owners, v.as_of, v.filter);
  REQUIRE(rec.tasks.size() > 100);
  REQUIRE(!rec.deadlines.empty());
  REQUIRE(!targets.items.empty());
  std::string out =
      streamed([&](std::ostream& o) { render::write_export_json(o, rec, targets, v.ctx); });
  CHECK(out == render::export_json(rec, targets, v.ctx).dump(2) + "\n");
  // Empty lists too.
  engine::ExportRecords none;
  engine::TargetEvaluation no_targets{v.as_of, {}};
  CHECK(streamed([&](std::ostream& o) { render::write_export_json(o, none, no_targets, v.ctx); }) ==
        render::export_json(none, no_targets, v.ctx).dump(2) + "\n");
}

TEST_CASE("schedule --format json: streamed = the whole document", "[json-stream]") {
  for (auto [day, all] : views()) {
    View v(day, all);
    engine::Evaluation ev = v.evaluate();
    for (auto by : {engine::ScheduleBy::month, engine::ScheduleBy::quarter}) {
      engine::ScheduleOptions so;
      so.by = by;
      engine::Schedule s = engine::build_schedule(ev, so);
      INFO(day << (all ? " all plans" : "") << " rows " << s.rows.size());
      CHECK(streamed([&](std::ostream& o) {
              render::write_schedule_json(o, s, v.as_of, v.plans_left_out);
            }) == v.whole(render::schedule_json(s)));
    }
  }
}

TEST_CASE("targets --format json: streamed = the whole document", "[json-stream]") {
  for (auto [day, all] : views()) {
    View v(day, all);
    engine::TargetEvaluation ev = engine::evaluate_targets(v.repo, v.owners, v.as_of, v.filter);
    INFO(day << (all ? " all plans" : "") << " goals " << ev.items.size());
    CHECK(streamed([&](std::ostream& o) {
            render::write_targets_json(o, ev, nullptr, v.ctx, v.plans_left_out);
          }) == v.whole(render::targets_json(ev)));
    // --by-owner: the matrix beside the verdicts.
    engine::OwnerMatrix m = engine::owner_matrix(ev, v.owners);
    json body = render::targets_json(ev);
    body["by_owner"] = render::owner_matrix_json(m, v.ctx);
    CHECK(streamed([&](std::ostream& o) {
            render::write_targets_json(o, ev, &m, v.ctx, v.plans_left_out);
          }) == v.whole(body));
  }
}

TEST_CASE("status --format json: streamed = the whole document", "[json-stream]") {
  for (auto [day, all] : views()) {
    View v(day, all);
    engine::Evaluation ev = v.evaluate();
    for (auto by : {engine::GroupBy::owner, engine::GroupBy::area, engine::GroupBy::plan}) {
      engine::StatusTable t = engine::status_table(ev, by, v.owners);
      INFO(day << (all ? " all plans" : "") << " rows " << t.rows.size());
      CHECK(streamed([&](std::ostream& o) {
              render::write_status_json(o, t, v.as_of, v.plans_left_out);
            }) == v.whole(render::status_json(t)));
    }
  }
}

TEST_CASE("budget --format json: streamed = the whole document", "[json-stream]") {
  using engine::BudgetKey;
  for (auto [day, all] : views()) {
    View v(day, all);
    for (const auto& by : std::vector<std::vector<BudgetKey>>{
             {}, {BudgetKey::plan, BudgetKey::area}, {BudgetKey::owner, BudgetKey::year}}) {
      engine::BudgetTotals b = engine::budget_totals(v.repo, v.filter, by);
      for (bool words : {false, true}) {
        render::BudgetView view{v.owners, text::Lang::vi, model::MoneyUnit::million, words, {}};
        INFO(day << (all ? " all plans" : "") << " groups " << b.groups.size() << " words "
                 << words);
        CHECK(streamed([&](std::ostream& o) {
                render::write_budget_json(o, b, view, v.as_of, v.plans_left_out);
              }) == v.whole(render::budget_json(b, view)));
      }
    }
  }
}

TEST_CASE("overdue and deadlines --format json: streamed = the whole document", "[json-stream]") {
  for (auto [day, all] : views()) {
    View v(day, all);
    const model::Date to = model::add_days(v.as_of, 90);
    engine::Evaluation ev = v.evaluate(to);
    engine::OverdueList list = engine::overdue_list(ev, v.owners);
    INFO(day << (all ? " all plans" : "") << " overdue " << list.items.size());
    CHECK(streamed([&](std::ostream& o) {
            render::write_overdue_json(o, list, v.as_of, v.plans_left_out);
          }) == v.whole({{"items", render::items_json(list.items)},
                         {"optional_past_due", render::items_json(list.optional_past_due)}}));
    auto items = engine::deadlines_between(ev, v.as_of, to);
    CHECK(streamed([&](std::ostream& o) {
            render::write_deadlines_json(o, items, v.as_of, to, v.as_of, v.plans_left_out);
          }) == v.whole({{"from", model::iso(v.as_of)},
                         {"to", model::iso(to)},
                         {"items", render::items_json(items)}}));
  }
}
