// Text mangled by the old TCVN3 (ABC) and VNI encodings, recognised so that
// the loader can say which encoding a file was written in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cchc::text {

// Text that reads like TCVN3 (ABC) or VNI bytes decoded as Windows-1252 or
// Latin-1: "Céng hßa x· héi chñ nghÜa", "Coäng hoøa xaõ hoäi". Returns the
// name of the encoding it looks like ("TCVN3" or "VNI") when such a run is found.
// A word counts as evidence when it is not a Vietnamese syllable as written
// but becomes one once its Latin-1 characters are read back as TCVN3 or VNI
// bytes. It takes two different such words, or one carrying a sign no real
// spelling has (a TCVN3 symbol such as © · ¸ ×, or a VNI pair such as oä,
// aø), and they must be at least half of the words holding non-ASCII
// letters; so French é/è/ë, German ß or ö, a stray Romanian "în" and real
// Vietnamese are left alone. Call it per line or per field. Invalid bytes
// read as U+FFFD (never evidence).
std::optional<std::string> detect_legacy_encoding(std::string_view s);

}  // namespace cchc::text
