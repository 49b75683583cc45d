// Vietnamese letters taken apart, private to text/: a decomposed Vietnamese
// letter is a base letter, at most one modifier (breve, circumflex, horn)
// and at most one tone mark. Used by name keys, collation and the
// legacy-encoding detector.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "codepoints.hpp"

namespace cchc::text::detail {

// Tone marks (dấu thanh) numbered in dictionary order.
enum Tone : int { kNoTone = 0, kHuyen = 1, kSac = 2, kHoi = 3, kNga = 4, kNang = 5 };

int tone_of_mark(CodePoint mark);

// Marks that make a new letter of the alphabet (ă â ê ô ơ ư); stroke is đ,
// which Unicode does not decompose.
enum class Modifier : std::uint8_t { none, breve, circumflex, horn, stroke };

Modifier modifier_of_mark(CodePoint mark);
bool modifier_fits(CodePoint lower_base, Modifier m);

// A base character with the combining marks that follow it.
struct Cluster {
  CodePoint base;
  CodePoints marks;
};

std::vector<Cluster> clusters_of(const CodePoints& cps);
CodePoints flatten(const std::vector<Cluster>& clusters);
// Index of the tone mark among c.marks, or -1.
std::ptrdiff_t tone_mark_index(const Cluster& c);
bool has_modifier(const Cluster& c);

// Calls f on every maximal run of letter clusters (a syllable, in Vietnamese).
template <typename F>
void for_each_syllable(std::vector<Cluster>& clusters, F&& f) {
  std::size_t start = 0;
  while (start < clusters.size()) {
    if (!is_letter(clusters[start].base)) {
      ++start;
      continue;
    }
    std::size_t end = start;
    while (end < clusters.size() && is_letter(clusters[end].base)) ++end;
    f(std::span<Cluster>(clusters.data() + start, end - start));
    start = end;
  }
}

}  // namespace cchc::text::detail
