// Plans and owners for engine tests: a plan from YAML task lines, loaded the
// way cchc loads files (any diagnostic fails the test), and the owners the
// task lines refer to, linked.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"
#include "messages.hpp"

namespace cchc::testing {

inline model::Plan plan_of(const std::string& id, const std::string& period,
                           const std::string& tasks) {
  std::string text = "id: " + id + "\ntitle: t\nperiod: " + period + "\ntasks:\n" + tasks;
  auto f = load::load_plan(id + ".yaml", text, model::MoneyUnit::million);
  INFO(text);
  REQUIRE(f.plan);
  for (const auto& d : f.diags.items()) FAIL_CHECK(en(d.message));
  return *f.plan;
}

// Sets the repository's owners (id, name) and links every reference to them.
inline void link_owners(model::Repository& repo,
                        const std::vector<std::pair<std::string, std::string>>& owners = {
                            {"snv", "Sở Nội vụ"}}) {
  repo.owners.clear();
  for (const auto& [id, name] : owners) {
    model::Owner o;
    o.id = o.local_id = id;
    o.name = name;
    repo.owners.push_back(o);
  }
  diag::Diagnostics d;
  load::link_owners(repo, d);
}

}  // namespace cchc::testing
