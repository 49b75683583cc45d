// Name keys (names.hpp): NFC, case folding, white space, and the tone mark
// of the open rhymes oa, oe, uy moved to where the new style puts it.
#include "cchc/text/names.hpp"

#include <string>
#include <vector>

#include "codepoints.hpp"
#include "letters.hpp"

namespace cchc::text {

using namespace detail;

namespace {

// Tone placement. For the open rhymes oa, oe, uy the old style puts the tone
// on the second vowel (hoà, khoẻ, thuỷ), the new style on the first (hòa,
// khỏe, thủy). Keys use the new style. The rhyme must end the syllable (a
// final consonant or vowel fixes the tone on the second vowel in both styles:
// hoàng, ngoài) and must start it or follow a consonant other than q: in quý
// the u belongs to the onset qu, and an i before it would be the onset gi or
// part of another rhyme.

bool is_movable_rhyme(CodePoint first, CodePoint second) {
  return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
}

void move_tone_to_first_vowel(std::span<Cluster> syllable) {
  const std::size_t n = syllable.size();
  if (n < 2) return;
  Cluster& first = syllable[n - 2];
  Cluster& second = syllable[n - 1];
  if (!is_movable_rhyme(first.base, second.base) || has_modifier(first) || has_modifier(second))
    return;
  if (n > 2) {
    const CodePoint before = syllable[n - 3].base;
    if (is_plain_vowel(before) || before == 'q') return;
  }
  const auto tone_at = tone_mark_index(second);
  if (tone_at < 0 || tone_mark_index(first) >= 0) return;
  first.marks.push_back(second.marks[static_cast<std::size_t>(tone_at)]);
  second.marks.erase(second.marks.begin() + tone_at);
}

// Whether a tone may have to move: some o or u, with whatever marks, right
// before an a, e or y. Most names have none, and are then keyed without
// taking them apart into clusters (a vector of marks for each letter): the
// owner index folds every agency name, at each start (issue 15).
bool may_move_a_tone(const CodePoints& cps) {
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    if (cps[i] != 'o' && cps[i] != 'u') continue;
    std::size_t j = i + 1;
    while (j < cps.size() && is_mark(cps[j])) ++j;
    if (j < cps.size() && is_movable_rhyme(cps[i], cps[j])) return true;
  }
  return false;
}

}  // namespace

std::string name_key(std::string_view s) {
  // IGNORE drops default-ignorable code points (soft hyphen, zero-width
  // joiners, BOM) that make equal names look different.
  CodePoints cps = collapse_space_cps(decompose_utf8(
      sanitize(s), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  if (!may_move_a_tone(cps)) return compose_to_utf8(std::move(cps));
  std::vector<Cluster> clusters = clusters_of(cps);
  for_each_syllable(clusters, move_tone_to_first_vowel);
  // A moved tone may follow another mark out of canonical order: map_utf8
  // orders the marks again before composing.
  return map_utf8(encode(flatten(clusters)), UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

}  // namespace cchc::text
