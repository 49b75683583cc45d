// Tests for cchc/render/labels.hpp: agencies told apart by their scope.

#include <catch2/catch.hpp>

#include "cchc/render/labels.hpp"

using namespace cchc;

namespace {

model::Owner owner(const std::string& scope, const std::string& scope_name,
                   const std::string& local, const std::string& name) {
  model::Owner o;
  o.scope = scope;
  o.scope_name = scope_name;
  o.local_id = local;
  o.id = scope + "/" + local;
  o.name = name;
  return o;
}

}  // namespace

TEST_CASE("two agencies of one output sharing a name show their scope's name", "[render]") {
  std::vector<model::Owner> owners{owner("soc-trang", "Sóc Trăng", "stp", "Sở Tư pháp"),
                                   owner("dak-nong", "", "stp", "Sở Tư pháp"),
                                   owner("soc-trang", "Sóc Trăng", "snv", "Sở Nội vụ")};
  model::OwnerIndex index(owners);
  render::OwnerLabels both(index, {"soc-trang/stp", "dak-nong/stp", "soc-trang/snv"});
  CHECK(both("soc-trang/stp") == "Sở Tư pháp (Sóc Trăng)");
  CHECK(both("dak-nong/stp") == "Sở Tư pháp (dak-nong)");  // no scope_name: the scope id
  CHECK(both("soc-trang/snv") == "Sở Nội vụ");             // its name is its own
  CHECK(both("Ban Chỉ đạo") == "Ban Chỉ đạo");             // unknown: as written

  render::OwnerLabels one(index, {"soc-trang/stp", "soc-trang/stp", "soc-trang/snv"});
  CHECK(one("soc-trang/stp") == "Sở Tư pháp");  // the other one is not in this output
}

TEST_CASE("counted words agree with their number in English", "[render]") {
  using render::Word;
  CHECK(render::counted(Word::tasks_overdue, 1, text::Lang::en) == "overdue task");
  CHECK(render::counted(Word::tasks_overdue, 2, text::Lang::en) == "overdue tasks");
  CHECK(render::counted(Word::tasks_overdue, 1, text::Lang::vi) == "nhiệm vụ quá hạn");
}
