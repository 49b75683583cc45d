// How target values and verdicts read in Vietnamese and English.
#include <catch2/catch.hpp>

#include "cchc/render/targets.hpp"

using namespace cchc;
using text::Lang;

TEST_CASE("target values read the way their unit does", "[targets]") {
  model::Target t;
  t.unit = model::TargetUnit::percent;
  CHECK(render::target_value(82.5, t, Lang::vi) == "82,5%");
  CHECK(render::target_value(82.5, t, Lang::en) == "82.5%");
  CHECK(render::target_value(100, t, Lang::vi) == "100%");
  t.unit = model::TargetUnit::count;
  CHECK(render::target_value(1200, t, Lang::vi) == "1.200");
  CHECK(render::target_value(1200, t, Lang::en) == "1,200");
  t.unit = model::TargetUnit::score;
  CHECK(render::target_value(86.75, t, Lang::vi) == "86,75");
  t.unit = model::TargetUnit::rank;
  CHECK(render::target_value(27, t, Lang::vi) == "27");
  t.unit = model::TargetUnit::category;
  t.scale = {"thấp", "trung bình", "khá"};
  CHECK(render::target_value(0, t, Lang::vi) == "thấp");
  CHECK(render::target_value(2, t, Lang::en) == "khá");  // the scale as the plan writes it
  t.unit = model::TargetUnit::yes_no;
  CHECK(render::target_value(1, t, Lang::vi) == "Có");
  CHECK(render::target_value(0, t, Lang::vi) == "Không");
  CHECK(render::target_value(1, t, Lang::en) == "Yes");
}

TEST_CASE("verdict labels", "[targets]") {
  using engine::Verdict;
  CHECK(render::verdict_label(Verdict::achieved, Lang::vi) == "Đã đạt");
  CHECK(render::verdict_label(Verdict::missed, Lang::vi) == "Không đạt");
  CHECK(render::verdict_label(Verdict::met, Lang::vi) == "Đã đạt trước hạn");
  CHECK(render::verdict_label(Verdict::on_track, Lang::vi) == "Đúng lộ trình");
  CHECK(render::verdict_label(Verdict::at_risk, Lang::vi) == "Có nguy cơ không đạt");
  CHECK(render::verdict_label(Verdict::no_data, Lang::vi) == "Chưa có số liệu");
  CHECK(render::verdict_label(Verdict::on_track, Lang::en) == "on track");
  CHECK(render::verdict_label(Verdict::no_data, Lang::en) == "no data");
}

TEST_CASE("goals read as an official writes them", "[targets]") {
  auto label = [](const char* written, model::TargetUnit unit, Lang lang,
                  std::vector<std::string> scale = {}) {
    model::Target t;
    t.unit = unit;
    t.scale = scale;
    auto g = model::parse_goal_value(written, unit, scale);
    REQUIRE(g.value);
    return render::goal_label(*g.value, t, lang);
  };
  using U = model::TargetUnit;
  CHECK(label(">= 95", U::percent, Lang::vi) == "≥ 95%");
  CHECK(label(">= 95", U::percent, Lang::en) == "≥ 95%");
  CHECK(label(">= 82.5", U::percent, Lang::vi) == "≥ 82,5%");
  CHECK(label("= 100", U::percent, Lang::vi) == "100%");
  CHECK(label("35..40", U::percent, Lang::vi) == "từ 35% đến 40%");
  CHECK(label("tối thiểu 35% đến 40%", U::percent, Lang::vi) == "từ 35% đến 40%");
  CHECK(label("35..40", U::percent, Lang::en) == "35% to 40%");
  CHECK(label("<= 50", U::percent, Lang::vi) == "≤ 50%");
  CHECK(label("trên 80%", U::percent, Lang::vi) == "> 80%");
  CHECK(label("<= 40", U::rank, Lang::vi) == "thứ hạng ≤ 40");
  CHECK(label("top 10", U::rank, Lang::vi) == "thứ hạng ≤ 10");
  CHECK(label("<= 40", U::rank, Lang::en) == "rank ≤ 40");
  CHECK(label("= 0", U::count, Lang::vi) == "0");
  CHECK(label(">= 1000", U::count, Lang::vi) == "≥ 1.000");
  CHECK(label(">= khá", U::category, Lang::vi, {"thấp", "trung bình", "khá"}) == "≥ khá");
  CHECK(label("yes", U::yes_no, Lang::vi) == "Có");
}
