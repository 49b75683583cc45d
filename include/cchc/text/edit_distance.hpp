// How far apart two texts are, for "did you mean" suggestions.
#pragma once

#include <string_view>

namespace cchc::text {

// Levenshtein distance over code points (for "did you mean" suggestions),
// measured on the NFC forms. Each invalid byte is one unit that equals only
// the same byte.
int edit_distance(std::string_view a, std::string_view b);

}  // namespace cchc::text
