// Grapheme clusters and cutting to a display width.
#include <catch2/catch.hpp>

#include "cchc/text/unicode.hpp"

using namespace cchc::text;

TEST_CASE("a letter and its tone marks stay one cluster, NFC or not", "[clusters]") {
  CHECK(grapheme_clusters("Sở").size() == 2);
  CHECK(grapheme_clusters("So\xCC\x9B\xCC\x89").size() == 2);  // NFD: o + horn + hook
  CHECK(grapheme_clusters("").empty());
  CHECK(grapheme_clusters("a\xFF").size() == 2);  // an invalid byte is its own cluster
}

TEST_CASE("cutting to a width ends with an ellipsis and never splits a letter", "[clusters]") {
  CHECK(cut_to_width("Thủ tục hành chính", 18) == "Thủ tục hành chính");
  CHECK(cut_to_width("Thủ tục hành chính", 8) == "Thủ tục…");
  CHECK(cut_to_width("Thủ tục hành chính", 9) == "Thủ tục…");   // no space before the ellipsis
  CHECK(cut_to_width("Tho\xCC\x89 tục", 4) == "Tho\xCC\x89…");  // the mark stays with its o
  CHECK(cut_to_width("Tho\xCC\x89 tục", 3) == "Th…");
  CHECK(cut_to_width("abc", 0).empty());
  CHECK(cut_to_width("abc", 1) == "…");
}
