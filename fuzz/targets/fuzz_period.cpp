// The report period parser (`cchc report PERIOD`) and the plan period parser
// it is built on. Properties: a period never ends before it starts; a report
// period reads back from its canonical name.
#include <fmt/format.h>

#include "cchc/engine/report.hpp"
#include "cchc/model/period.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = fuzz::as_text(data, size);
  for (auto parse : {model::parse_period, model::parse_plan_period}) {
    auto p = parse(text);
    if (p.ok())
      CCHC_FUZZ_REQUIRE(p.value->from <= p.value->to,
                        fmt::format("period \"{}\" ends before it starts", text));
    else
      CCHC_FUZZ_REQUIRE(!p.message.empty(), "a period refused without a message");
  }
  auto spec = engine::parse_period_spec(text);
  if (spec.ok()) {
    const std::string name = engine::period_spec_name(*spec.value);
    auto again = engine::parse_period_spec(name);
    CCHC_FUZZ_REQUIRE(again.ok() && *again.value == *spec.value,
                      fmt::format("\"{}\" reads as \"{}\", which does not read back", text, name));
  }
  return 0;
}
