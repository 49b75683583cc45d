// How far apart two texts are, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string_view>

namespace cchc::text {

// Levenshtein distance over code points (for "did you mean" suggestions),
// measured on the NFC forms. Each invalid byte is one unit that equals only
// the same byte.
int edit_distance(std::string_view a, std::string_view b);

// The same for texts already in NFC (name keys and folded ASCII, normalised
// once when the keys are made): no normalisation per comparison, and it stops
// early, returning max + 1, once the distance is known to be over `max`.
int edit_distance_nfc(std::string_view a, std::string_view b, int max);

// "Did you mean" is searched only for a text of at most this many bytes: a
// longer one is no typo of a key or a name, and comparing it with every key
// would cost its length times theirs (issue 14: a 2 MB name took seconds).
constexpr std::size_t kMaxSuggestionBytes = 256;
inline bool worth_suggesting(std::string_view s) {
  return s.size() <= kMaxSuggestionBytes;
}

}  // namespace cchc::text
