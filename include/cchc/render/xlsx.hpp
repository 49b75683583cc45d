// A Document as an Excel workbook (libxlsxwriter): one sheet per section,
// with the document's header above the first one. Cells hold real values:
// counts and amounts as numbers with thousands grouping, rates as
// percentages, days as Excel dates (dd/mm/yyyy in Vietnamese), text as text.
// Excel shows the grouping and decimal signs of the computer's regional
// settings (21.950 and 98,62% on a Vietnamese one): the file stores numbers,
// not Vietnamese digits. Header rows are frozen and repeated when printed,
// columns are as wide as their Vietnamese text (display width, capped, long
// text wrapped), pages are A4, fitted to the page width.
#pragma once

#include <string>

#include "cchc/render/document.hpp"

namespace cchc::render {

// The .xlsx bytes. `created` is the workbook's creation day (the as-of day,
// so that the properties do not depend on the clock). Throws io::WriteError
// when the workbook cannot be produced.
std::string document_xlsx(const Document& d, const model::Date& created);

// A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ],
// not empty, not starting or ending with an apostrophe. Exposed for tests.
std::string sheet_name(std::string_view wanted);

}  // namespace cchc::render
