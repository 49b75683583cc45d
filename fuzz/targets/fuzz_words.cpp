// Amounts in words on any int64, in Vietnamese (every option) and English.
// Property: two different numbers never get the same words. Each run checks
// the number against its neighbours, its negation and ten times itself, and
// remembers the words of the last numbers it saw to compare across inputs.
#include <fmt/format.h>

#include <cstring>
#include <limits>
#include <unordered_map>

#include "cchc/text/words.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

namespace {

struct Seen {
  std::unordered_map<std::string, std::int64_t> by_words;
  void check(std::int64_t n, const std::string& words) {
    CCHC_FUZZ_REQUIRE(!words.empty(), fmt::format("{} has no words", n));
    if (by_words.size() > 50'000) by_words.clear();  // bounded memory (17 tables)
    auto [it, inserted] = by_words.emplace(words, n);
    CCHC_FUZZ_REQUIRE(inserted || it->second == n,
                      fmt::format("{} and {} are both written \"{}\"", it->second, n, words));
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 8) return 0;
  std::int64_t n;
  std::memcpy(&n, data, sizeof n);
  const unsigned flags = size > 8 ? data[8] : 0;
  text::WordsOptions opt{(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0};
  static Seen seen_vi[16], seen_en;
  std::vector<std::int64_t> around = {n};
  if (n > std::numeric_limits<std::int64_t>::min()) around.push_back(n - 1);
  if (n < std::numeric_limits<std::int64_t>::max()) around.push_back(n + 1);
  if (n > std::numeric_limits<std::int64_t>::min()) around.push_back(-n);
  if (n / 10 != 0 && n < std::numeric_limits<std::int64_t>::max() / 10 &&
      n > std::numeric_limits<std::int64_t>::min() / 10)
    around.push_back(n * 10);
  for (std::int64_t m : around) {
    seen_vi[flags & 15].check(m, text::amount_in_words_vi(m, opt));
    seen_en.check(m, text::amount_in_words_en(m));
  }
  return 0;
}
