// Tests for cchc/text/unicode.hpp: UTF-8 validity, NFC, name keys with the
// old/new tone placement, ASCII folding, widths, Vietnamese collation,
// legacy-encoding detection (checked against the real seed documents),
// edit distance and white space, plus arbitrary bytes through every function.

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cchc/text/unicode.hpp"

using namespace cchc::text;

namespace {

// Decomposed (NFD) spellings, written with escapes so the source cannot be
// normalized by an editor: U+0300 grave, U+0302 circumflex, U+0309 hook above,
// U+031B horn, U+0323 dot below.
const std::string kGrave = "\xCC\x80";
const std::string kCircumflex = "\xCC\x82";
const std::string kHook = "\xCC\x89";
const std::string kHorn = "\xCC\x9B";
const std::string kDotBelow = "\xCC\xA3";

const std::string kHoaNfd = "Ho" + kGrave + "a";  // Hòa
const std::string kSoNoiVuNfd =
    "So" + kHorn + kHook + "  no" + kCircumflex + kDotBelow + "i vu" + kDotBelow;  // Sở  nội vụ

}  // namespace

TEST_CASE("find_invalid_utf8 gives the offset of the first bad sequence", "[text]") {
  CHECK_FALSE(find_invalid_utf8(""));
  CHECK_FALSE(find_invalid_utf8("Cộng hòa xã hội chủ nghĩa Việt Nam 中文 😀"));
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2u);          // overlong '/'
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0u);        // overlong, 3 bytes
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u);       // surrogate U+D800
  CHECK(find_invalid_utf8("ok\xF4\x90\x80\x80") == 2u);  // past U+10FFFF
  CHECK(find_invalid_utf8("H\xC3\xA0\xE2\x82") == 3u);   // "Hà" then a truncated €
  CHECK(find_invalid_utf8("a\x80") == 1u);               // stray continuation byte
  CHECK(find_invalid_utf8("\xFF") == 0u);
}

TEST_CASE("decode_utf8 reads one code point, or one bad byte", "[text]") {
  const std::string s = "a\xC6\xB0\xE1\xBB\xA3\xF0\x9F\x98\x80\xFF";  // a ư ợ 😀 and a bad byte
  auto step = decode_utf8(s, 0);
  CHECK((step.code_point == U'a' && step.length == 1 && step.valid));
  step = decode_utf8(s, 1);
  CHECK((step.code_point == U'ư' && step.length == 2 && step.valid));
  step = decode_utf8(s, 3);
  CHECK((step.code_point == U'ợ' && step.length == 3 && step.valid));
  step = decode_utf8(s, 6);
  CHECK((step.code_point == U'\U0001F600' && step.length == 4 && step.valid));
  step = decode_utf8(s, 10);
  CHECK((step.code_point == U'\uFFFD' && step.length == 1 && !step.valid));
  // A sequence cut short is one bad byte too, and never reads past the end.
  step = decode_utf8(std::string_view("\xE1\xBB"), 0);
  CHECK((step.length == 1 && !step.valid));
}

TEST_CASE("to_nfc composes and is_nfc tells", "[text]") {
  CHECK(to_nfc(kHoaNfd) == "Hòa");
  CHECK(to_nfc("Hòa") == "Hòa");
  CHECK(is_nfc("Hòa"));
  CHECK_FALSE(is_nfc(kHoaNfd));
  CHECK(to_nfc(kSoNoiVuNfd) == "Sở  nội vụ");

  const std::string with_nul("a\0b", 3);
  CHECK(to_nfc(with_nul) == with_nul);

  const std::string invalid =
      "Ho\xCC\x80"
      "a\xFF";
  CHECK(to_nfc(invalid) == invalid);
  CHECK_FALSE(is_nfc(invalid));
}

TEST_CASE("name_key folds the old tone placement to the new one", "[text]") {
  CHECK(name_key("hoà") == name_key("hòa"));
  CHECK(name_key("Hoá") == name_key("Hóa"));
  CHECK(name_key("khoẻ") == name_key("khỏe"));
  CHECK(name_key("thuỷ") == name_key("thủy"));
  CHECK(name_key("Thuý") == name_key("Thúy"));
  CHECK(name_key("Uỷ ban") == name_key("Ủy ban"));
  CHECK(name_key("toà") == name_key("tòa"));
  CHECK(name_key("toạ") == name_key("tọa"));
  CHECK(name_key("loà") == name_key("lòa"));
  CHECK(name_key("Hòa") == name_key("Hoà"));
  CHECK(name_key("Ủy ban nhân dân tỉnh Khánh Hoà") == name_key("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA"));

  // The key is in the new style, case-folded and NFC.
  CHECK(name_key("Hoà") == "hòa");
  CHECK(name_key("UỶ BAN") == "ủy ban");
}

TEST_CASE("name_key leaves tones that are not a placement variant", "[text]") {
  CHECK(name_key("quý") == name_key("Quý"));
  CHECK(name_key("quý") == "quý");
  CHECK(name_key("quý") != name_key("qúy"));
  CHECK(name_key("hoàng") == "hoàng");  // closed rhyme: tone stays on a
  CHECK(name_key("ngoài") == "ngoài");  // oai: tone on a in both styles
  CHECK(name_key("thuyền") == "thuyền");
  CHECK(name_key("hòa") != name_key("hoa"));
  CHECK(name_key("hòa") != name_key("họa"));
}

TEST_CASE("name_key collapses white space, folds case and normalizes", "[text]") {
  CHECK(name_key(kSoNoiVuNfd) == name_key("Sở Nội vụ"));
  CHECK(name_key(kSoNoiVuNfd) == "sở nội vụ");
  CHECK(name_key(" \tSở\xC2\xA0Nội\n vụ  ") == "sở nội vụ");  // U+00A0, tab, newline
  CHECK(name_key("Sở Tư pháp") != name_key("Sở Nội vụ"));
  CHECK(name_key("Sở Nội\xC2\xADvụ") == name_key("Sở Nộivụ"));  // soft hyphen is ignorable
  CHECK(name_key("") == "");

  // Case folding may make a text longer than its bytes: U+0390 (2 bytes)
  // folds to three code points, composed back to U+0390 in the key.
  std::string greek;
  for (int i = 0; i < 40; ++i) greek += "\xCE\x90";
  CHECK(name_key(greek) == greek);
  CHECK(name_key("Chi cục Thủy lợi " + greek) == "chi cục thủy lợi " + greek);

  const std::string key = name_key("S\xFFở");
  CHECK_FALSE(find_invalid_utf8(key));
  CHECK(key == "s\xEF\xBF\xBDở");
}

TEST_CASE("fold_ascii strips diacritics, maps đ and lower-cases", "[text]") {
  CHECK(fold_ascii("Quý IV/2017") == "quy iv/2017");
  CHECK(fold_ascii("Trước ngày 01/6/2020") == "truoc ngay 01/6/2020");
  CHECK(fold_ascii("Thường xuyên") == "thuong xuyen");
  CHECK(fold_ascii("Đến ngày") == "den ngay");
  CHECK(fold_ascii("ĐẮK NÔNG") == "dak nong");
  CHECK(fold_ascii("  Hàng \t quý\xC2\xA0và năm 2021  ") == "hang quy va nam 2021");
  CHECK(fold_ascii(kSoNoiVuNfd) == "so noi vu");
  CHECK(fold_ascii("Москва") == "москва");
  CHECK(fold_ascii("a\xFF"
                   "b") ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("display_width and codepoint_count", "[text]") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Hòa") == 3);
  CHECK(display_width(kHoaNfd) == 3);
  CHECK(display_width("Sở Nội vụ") == 9);
  CHECK(display_width("中文") == 4);
  CHECK(display_width("a\tb\x1b") == 2);
  CHECK(display_width("a\xFF") == 2);
  CHECK(display_width("") == 0);

  CHECK(codepoint_count("") == 0);
  CHECK(codepoint_count("Hòa") == 3);
  CHECK(codepoint_count(kHoaNfd) == 4);
  CHECK(codepoint_count("中文😀") == 3);
  CHECK(codepoint_count("a\xFF\xFE") == 3);
}

TEST_CASE("vietnamese_less follows the Vietnamese alphabet", "[text]") {
  CHECK(vietnamese_less("Dung", "Đà Nẵng"));
  CHECK(vietnamese_less("Đà Nẵng", "Em"));
  CHECK_FALSE(vietnamese_less("Đà Nẵng", "Dung"));
  CHECK(vietnamese_less("an", "ăn"));
  CHECK(vietnamese_less("ăn", "ân"));
  CHECK(vietnamese_less("ân", "bà"));
  CHECK(vietnamese_less("ô", "ơ"));
  CHECK(vietnamese_less("ơ", "p"));
  CHECK(vietnamese_less("u", "ư"));
  CHECK(vietnamese_less("ư", "v"));
  CHECK(vietnamese_less("Dz", "Đa"));
}

TEST_CASE("vietnamese_less puts tones after base letters and case last", "[text]") {
  const std::vector<std::string> tones = {"ma", "mà", "má", "mả", "mã", "mạ"};
  for (std::size_t i = 0; i + 1 < tones.size(); ++i) {
    INFO(tones[i] << " < " << tones[i + 1]);
    CHECK(vietnamese_less(tones[i], tones[i + 1]));
    CHECK_FALSE(vietnamese_less(tones[i + 1], tones[i]));
  }
  // Base letters over the whole string decide before any tone.
  CHECK(vietnamese_less("mà b", "ma c"));
  CHECK(vietnamese_less("ma", "mab"));
  // Then tones, then case with capitals first.
  CHECK(vietnamese_less("Ma", "mà"));
  CHECK(vietnamese_less("Mà", "mà"));
  CHECK(vietnamese_less("Dung", "dung"));
  CHECK_FALSE(vietnamese_less("dung", "Dung"));
  // Equal text in NFC and NFD, or with other spacing, is not less either way.
  CHECK(collation_key(kHoaNfd) == collation_key("Hòa"));
  CHECK(collation_key("Hà  Nội ") == collation_key("Hà Nội"));
  CHECK_FALSE(vietnamese_less("Hòa", kHoaNfd));
}

TEST_CASE("collation keys sort agency names", "[text]") {
  std::vector<std::string> names = {
      "Văn phòng UBND tỉnh", "Sở Tư pháp", "Em",       "Sở Nội vụ", "Đà Nẵng",
      "Sở Tài chính",        "Dung",       "Bộ Nội vụ"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return vietnamese_less(a, b); });
  const std::vector<std::string> expected = {
      "Bộ Nội vụ", "Dung",         "Đà Nẵng",    "Em",
      "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Văn phòng UBND tỉnh"};
  CHECK(names == expected);
}

TEST_CASE("detect_legacy_encoding recognises TCVN3 and VNI", "[text]") {
  CHECK(detect_legacy_encoding("Céng hßa x· héi chñ nghÜa ViÖt Nam") ==
        std::optional<std::string>("TCVN3"));
  CHECK(detect_legacy_encoding("Uû ban nh©n d©n") == std::optional<std::string>("TCVN3"));
  CHECK(detect_legacy_encoding("Së Néi vô") == std::optional<std::string>("TCVN3"));
  CHECK(detect_legacy_encoding("§µ N½ng") == std::optional<std::string>("TCVN3"));
  CHECK(detect_legacy_encoding("owner: Uû ban nh©n d©n tØnh") ==
        std::optional<std::string>("TCVN3"));

  CHECK(detect_legacy_encoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") ==
        std::optional<std::string>("VNI"));
  CHECK(detect_legacy_encoding("UÛy ban nhaân daân") == std::optional<std::string>("VNI"));
  CHECK(detect_legacy_encoding("Sôû Noäi vuï") == std::optional<std::string>("VNI"));
}

TEST_CASE("detect_legacy_encoding leaves real text alone", "[text]") {
  const std::vector<std::string> clean = {
      "",
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
      "Ủy ban nhân dân tỉnh Khánh Hòa",
      "Uỷ ban nhân dân; Sở Nội vụ; Văn phòng UBND tỉnh",
      "Và có là các Hà Nội à ừ",
      "The Department of Home Affairs submits the report by 15 November.",
      "Hélène Dupré et François Noël sont allés à l'école où il fait froid.",
      "Où est-il? Où?",
      "Loïc, Raphaël, Zoë, naïve, Citroën, Benoît, goût, août",
      "Straße",
      "Loïc Dupont",       // reads as VNI "Lọc", but one plain word is not enough
      "Loïc, où es-tu ?",  // où would read as VNI "ó": bare vowels need a sure sign
      "Quel goût !",       // VNI would give "gỏt": hỏi cannot stand before a final t
      "Herr Müller wohnt in der Hauptstraße; daß es schön ist, weiß er.",
      "Größe, Fuß, Maß, Spaß, Köln, Zürich, Jörg, Björn",
      "El niño y la señora Peña, año 2020",
      "Y aún no había ningún arbusto; ni había aún brotado ninguna planta.",  // aún reads as VNI ẳn
      "în anumite domenii. Vă rugăm consultaţi mai întâi un expert în domeniu.",  // în reads as
                                                                                  // TCVN3 ợn
      "Tüm haklar saklıdır; på svenska",
      "În acest caz, vă rugăm să citiți în detaliu.",
      "Italiano: più; Español: aún, más, también, después, según",  // più, aún read as VNI pí, ẳn
      "Copyright © 2020 Microsoft®, price £100 · €90 · ¥500 · 3×4 · 10 µm",
      "Ninh B\xE2\x80\x94 x\xFF y",
  };
  for (const auto& line : clean) {
    INFO(line);
    CHECK_FALSE(detect_legacy_encoding(line));
  }
}

TEST_CASE("detect_legacy_encoding finds nothing in the seed documents", "[text]") {
  // CMake passes the shared folder next to the project (../shared/seeds).
  const std::filesystem::path seeds = CCHC_SEEDS_DIR;
  if (!std::filesystem::is_directory(seeds)) {
    // Catch2 v2 has no SKIP: say why and pass without checking anything.
    WARN("skipped: the seed documents are not at "
         << seeds.string() << " (set CCHC_SEEDS_DIR in CMake to their folder)");
    return;
  }
  int files = 0;
  int lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt" || entry.path().filename() == "README.md") continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      ++lines;
      INFO(entry.path().filename().string() << ":" << number << ": " << line);
      CHECK_FALSE(detect_legacy_encoding(line));
    }
  }
  CHECK(files > 0);
  CHECK(lines > 100);
}

TEST_CASE("edit_distance counts code points", "[text]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("Sở Nội vụ", "Sở Nội vu") == 1);
  CHECK(edit_distance("Hòa", "Hoà") == 2);
  CHECK(edit_distance(kHoaNfd, "Hòa") == 0);
  CHECK(edit_distance("Sở Tư pháp", "So Tu phap") == 3);
  CHECK(edit_distance("a\xFF", "a\xFF") == 0);
  CHECK(edit_distance("a\xFF", "a\xFE") == 1);
}

TEST_CASE("edit_distance_nfc stops past its bound", "[text][issue14]") {
  CHECK(edit_distance_nfc("kitten", "sitting", 5) == 3);
  CHECK(edit_distance_nfc("kitten", "sitting", 2) == 3);  // over the bound: bound + 1
  CHECK(edit_distance_nfc("so noi vu", "so noi vu", 0) == 0);
  CHECK(edit_distance_nfc("Sở Nội vụ", "Sở Nội vu", 3) == 1);
  // A huge text against a short key: refused at once by the length gap.
  const std::string huge(2'000'000, 'x');
  CHECK(edit_distance_nfc(huge, "snv", 3) == 4);
  CHECK_FALSE(worth_suggesting(huge));
  CHECK(worth_suggesting("Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế"));
}

TEST_CASE("collapse_space trims and collapses every kind of white space", "[text]") {
  CHECK(collapse_space("") == "");
  CHECK(collapse_space(" \t\n ") == "");
  CHECK(collapse_space("  Sở \t\n Nội\xC2\xA0\xC2\xA0vụ  ") == "Sở Nội vụ");
  CHECK(collapse_space("a\xE2\x80\x83"
                       "b\xE3\x80\x80"
                       "c") == "a b c");  // em space, ideographic space
  CHECK(collapse_space("a  \xFF  b") == "a \xFF b");
  CHECK(collapse_space(kHoaNfd) == kHoaNfd);
}

TEST_CASE("every function survives arbitrary bytes", "[text]") {
  std::uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return static_cast<char>((state >> 16) & 0xFF);
  };
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    const int length = round % 40;
    for (int i = 0; i < length; ++i) bytes += next();
    INFO("round " << round);
    CHECK_FALSE(find_invalid_utf8(name_key(bytes)));
    CHECK_FALSE(find_invalid_utf8(fold_ascii(bytes)));
    CHECK(codepoint_count(bytes) <= length);
    CHECK(display_width(bytes) >= 0);
    CHECK(edit_distance(bytes, bytes) == 0);
    CHECK(edit_distance(bytes, "") == codepoint_count(to_nfc(bytes)));
    CHECK(collation_key(bytes) == collation_key(bytes));
    CHECK_FALSE(vietnamese_less(bytes, bytes));
    CHECK(collapse_space(collapse_space(bytes)) == collapse_space(bytes));
    if (!find_invalid_utf8(bytes)) CHECK(is_nfc(to_nfc(bytes)));
    (void)detect_legacy_encoding(bytes);
  }
}

TEST_CASE("to_upper: Vietnamese letters with their marks, NFC out, bad bytes kept", "[text]") {
  CHECK(to_upper("UBND tỉnh Sóc Trăng") == "UBND TỈNH SÓC TRĂNG");
  CHECK(to_upper("Ủy ban nhân dân tỉnh Thừa Thiên Huế") == "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ");
  CHECK(to_upper("đường ơ ư ạ ặ ậ ợ ự") == "ĐƯỜNG Ơ Ư Ạ Ặ Ậ Ợ Ự");
  CHECK(to_upper(kHoaNfd) == "HÒA");
  CHECK(to_upper("a\xFFz") == "A\xFFZ");
  CHECK(to_upper("") == "");
}
