// Vietnamese text handling, all of it: UTF-8 and NFC (utf8.hpp), name keys
// with tone marks placed one way (names.hpp), Vietnamese collation
// (collation.hpp), legacy-encoding detection (legacy_encoding.hpp) and edit
// distance (edit_distance.hpp). Include the one you need; this header is for
// code that uses several.
#pragma once

#include "cchc/text/collation.hpp"
#include "cchc/text/edit_distance.hpp"
#include "cchc/text/legacy_encoding.hpp"
#include "cchc/text/names.hpp"
#include "cchc/text/utf8.hpp"
