// A Document as a Word file (.docx, Office Open XML) in the official form of
// official-document.md: A4, the decree's margins, Times New Roman 13 pt, page
// numbers in a centred header from page 2 on (a PAGE field, a different first
// page), real styles (headings, body text, a table style) and tables whose
// header row repeats on every page and whose rows are never split. The head of
// the first page, the closing (recipients and signer) and the appendix follow
// the decree. The zip container is written by libzip and the XML by pugixml:
// nothing here escapes or compresses by hand. Figures are left out: their
// numbers are in the tables.
#pragma once

#include <string>

#include "cchc/render/document.hpp"

namespace cchc::render {

// The .docx bytes. `created` is the document's creation day (the as-of day),
// so that the file does not depend on the clock. Throws io::WriteError when
// the container cannot be built.
std::string document_docx(const Document& d, const model::Date& created);

}  // namespace cchc::render
