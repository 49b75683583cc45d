// The parsers of single values: the first byte chooses one ('d' deadline,
// 'a' amount, 'g' goal, 's' status, anything else a day), the rest is the text.
// Properties: a deadline's end is never before its start and every parsed
// deadline lies in a real calendar; an amount is never negative (an overflow
// is a bad-amount diagnostic, never a wrapped number).
#include <fmt/format.h>

#include "cchc/model/date.hpp"
#include "cchc/model/deadline.hpp"
#include "cchc/model/goal.hpp"
#include "cchc/model/money.hpp"
#include "cchc/model/status.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const char which = static_cast<char>(data[0]);
  const unsigned flags = data[1];
  const std::string text = fuzz::as_text(data + 2, size - 2);
  switch (which) {
    case 'd': {
      model::DeadlineContext ctx{*model::make_date(2021, 1, 1), *model::make_date(2025, 12, 31)};
      auto d = model::parse_deadline(text, ctx);
      if (!d.ok()) {
        CCHC_FUZZ_REQUIRE(!d.message.empty(), "a deadline refused without a message");
        break;
      }
      for (const auto& item : d.value->items) {
        if (item.kind != model::DeadlineKind::day) continue;
        if (item.start)
          CCHC_FUZZ_REQUIRE(*item.start <= item.due,
                            fmt::format("\"{}\" ends before it starts", text));
        CCHC_FUZZ_REQUIRE(item.first <= item.due,
                          fmt::format("\"{}\" ends before its first day", text));
      }
      if (auto first = model::earliest_start(*d.value), last = model::latest_day(*d.value);
          first && last && d.value->items.size() == 1)
        CCHC_FUZZ_REQUIRE(*first <= *last,
                          fmt::format("\"{}\": earliest start after latest day", text));
      break;
    }
    case 'a': {
      const auto unit = static_cast<model::MoneyUnit>(flags % 4);
      auto m = model::parse_amount(text, (flags & 4) != 0, unit);
      if (m.ok()) {
        CCHC_FUZZ_REQUIRE(m.value->dong >= 0, fmt::format("\"{}\" is a negative amount", text));
        // A sum of amounts is exact or refused, never wrapped.
        const __int128 exact = static_cast<__int128>(m.value->dong) * 2;
        auto sum = model::checked_add(*m.value, *m.value);
        CCHC_FUZZ_REQUIRE(sum ? sum->dong == exact : exact > INT64_MAX,
                          fmt::format("\"{}\" doubled is not exact", text));
      } else
        CCHC_FUZZ_REQUIRE(!m.message.empty(), "an amount refused without a message");
      break;
    }
    case 'g': {
      const std::vector<std::string> scale = {"Yếu", "Trung bình", "Khá", "Tốt"};
      const auto unit = static_cast<model::TargetUnit>(flags % 6);
      auto g = model::parse_goal_value(text, unit, scale);
      if (g.ok() && g.value->op == model::Comparison::range)
        CCHC_FUZZ_REQUIRE(g.value->value <= g.value->high,
                          fmt::format("goal \"{}\" is a range from high to low", text));
      (void)model::parse_actual_value(text, unit, scale);
      break;
    }
    case 's':
      (void)model::parse_status(text);
      break;
    default: {
      auto day = model::parse_day(text, "the day");
      if (day.ok()) {
        auto again = model::parse_day(model::iso(*day.value), "the day");
        CCHC_FUZZ_REQUIRE(again.ok() && *again.value == *day.value,
                          fmt::format("\"{}\" does not read back from its ISO form", text));
      }
    }
  }
  return 0;
}
