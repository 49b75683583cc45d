// Keys for matching agency names, with Vietnamese tone marks placed one way
// whichever style (old hoà or new hòa) the writer used.
#pragma once

#include <string>
#include <string_view>

namespace cchc::text {

// Key for matching agency names: NFC, case folding, white space collapsed and
// trimmed, and the old tone-mark placement folded to the new one
// (hoà = hòa, uỷ = ủy, thuỷ = thủy, khoẻ = khỏe, also oá/óa, oạ/ọa ...).
// Only open oa/oe/uy rhymes move (quý keeps its tone on y: qu is the onset).
// Default-ignorable code points (soft hyphen, zero-width joiners) are dropped.
// Invalid bytes become U+FFFD; the key is always valid UTF-8.
std::string name_key(std::string_view s);

}  // namespace cchc::text
