// The reminder lists (cchc overdue, cchc deadlines) as Documents, for the
// printable HTML page and the Word file: one section per lead agency, and with
// `by_owner_pages` each agency on a page of its own, headed with its name, so
// that the secretariat can send every agency its page as it is.
#pragma once

#include "cchc/engine/evaluate.hpp"
#include "cchc/render/document.hpp"
#include "cchc/render/lists.hpp"

namespace cchc::render {

// The overdue deadlines by lead agency; the optional ones past their date last.
Document overdue_document(const engine::OverdueList& list, const ListContext& ctx,
                          bool by_owner_pages);

// What falls due in [from, to]. By agency pages: each agency's overdue
// deadlines first, then those due in the window (engine::agency_pages).
Document deadlines_document(const engine::OverdueList& overdue, const Items& due,
                            const model::Date& from, const model::Date& to, const ListContext& ctx,
                            bool by_owner_pages);

// The same lists as workbooks (cchc overdue|deadlines --format xlsx). An
// analyst's table by default: one sheet holding every row, the lead agency a
// column, dates as dates and days as numbers, with an autofilter. With
// `by_owner_pages` the agency pages above, one sheet per lead agency.
Document overdue_workbook(const engine::OverdueList& list, const ListContext& ctx,
                          bool by_owner_pages);
Document deadlines_workbook(const engine::OverdueList& overdue, const Items& due,
                            const model::Date& from, const model::Date& to, const ListContext& ctx,
                            bool by_owner_pages);

}  // namespace cchc::render
