// Vietnamese alphabetical order (a ă â b c d đ ...), for every sorted list
// people read.
#pragma once

#include <string>
#include <string_view>

namespace cchc::text {

// Key that sorts Vietnamese text in alphabetical order:
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
// base letters first, tone marks after (none, huyền, sắc, hỏi, ngã, nặng),
// case-insensitive first, upper-case before lower-case on ties. White space
// is collapsed and trimmed first; digits sort before letters, punctuation
// before digits, other scripts after z. NFC and NFD spellings give one key.
// The key is opaque bytes: compare it with std::string's operator<. Invalid
// bytes read as U+FFFD.
std::string collation_key(std::string_view s);
bool vietnamese_less(std::string_view a, std::string_view b);

}  // namespace cchc::text
