// Reminder lists as Documents (render/reminders.hpp).
#include "cchc/render/reminders.hpp"

#include <fmt/format.h>

#include "cchc/render/labels.hpp"

namespace cchc::render {

using text::Lang;

namespace {

DocTable doc_table(std::string id, const Table& t, std::string empty = {}) {
  DocTable out;
  out.id = std::move(id);
  out.columns = t.columns;
  for (const auto& row : t.rows) {
    std::vector<Cell> cells(row.begin(), row.end());
    out.rows.push_back(std::move(cells));
  }
  out.empty = std::move(empty);
  return out;
}

// overdue_table's text with the values behind it for a workbook: the due day
// as a date and the days late as counts (the HTML and Word forms show the text).
DocTable overdue_doc_table(std::string id, const Items& items, const ListContext& ctx,
                           std::string empty = {}) {
  DocTable out = doc_table(std::move(id), overdue_table(items, ctx), std::move(empty));
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& row = out.rows[i];
    if (items[i]->due) row[4].value = *items[i]->due;
    row[5].value = static_cast<std::int64_t>(items[i]->days_overdue);
    row[6].value = static_cast<std::int64_t>(items[i]->working_days_overdue);
  }
  return out;
}

DocTable deadlines_doc_table(std::string id, const Items& items, const ListContext& ctx,
                             std::string empty = {}) {
  DocTable out = doc_table(std::move(id), deadlines_table(items, ctx), std::move(empty));
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i]->due) out.rows[i][0].value = *items[i]->due;
  return out;
}

std::string agency_name(const std::string& owner_id, const ListContext& ctx,
                        const OwnerLabels& labels) {
  return owner_id.empty() ? std::string(word(Word::no_lead, ctx.lang)) : labels(owner_id);
}

template <class Pages>
OwnerLabels page_labels(const Pages& pages, const ListContext& ctx) {
  std::vector<std::string> ids;
  for (const auto& p : pages) ids.push_back(p.owner_id);
  return OwnerLabels(ctx.owners, ids);
}

// "owner-3": stable ids for the agency pages, in their order.
std::string page_id(std::size_t i) {
  return fmt::format("owner-{}", i + 1);
}

Paragraph count(std::size_t n, Word what, Lang l) {
  return Paragraph{fmt::format("{}: {} {}", word(Word::total, l), n, counted(what, n, l))};
}

}  // namespace

Document overdue_document(const engine::OverdueList& list, const ListContext& ctx,
                          bool by_owner_pages) {
  Lang l = ctx.lang;
  Document d;
  d.lang = l;
  d.title = as_of_line(word(Word::overdue_heading, l), ctx);
  OwnerLabels labels = page_labels(list.groups, ctx);
  for (std::size_t i = 0; i < list.groups.size(); ++i) {
    const auto& g = list.groups[i];
    Section s{page_id(i), agency_name(g.owner_id, ctx, labels), "", {}};
    s.new_page = by_owner_pages;
    if (by_owner_pages) s.blocks.push_back(Paragraph{d.title});
    s.blocks.push_back(overdue_doc_table(page_id(i) + "-overdue", g.items, ctx));
    s.blocks.push_back(count(g.items.size(), Word::tasks_overdue, l));
    d.sections.push_back(std::move(s));
  }
  if (!list.optional_past_due.empty()) {
    Section s{"optional-past-due", std::string(word(Word::optional_past_due, l)), "", {}};
    s.new_page = by_owner_pages;
    s.blocks.push_back(overdue_doc_table("optional-past-due-table", list.optional_past_due, ctx));
    d.sections.push_back(std::move(s));
  }
  if (list.groups.empty()) {
    Section s{"none", std::string(word(Word::overdue_heading, l)), "", {}};
    s.blocks.push_back(count(0, Word::tasks_overdue, l));
    d.sections.push_back(std::move(s));
  }
  return d;
}

Document deadlines_document(const engine::OverdueList& overdue, const Items& due,
                            const model::Date& from, const model::Date& to, const ListContext& ctx,
                            bool by_owner_pages) {
  Lang l = ctx.lang;
  Document d;
  d.lang = l;
  d.title = window_heading(from, to, ctx);
  if (!by_owner_pages) {
    Section s{"deadlines", d.title, "", {}};
    s.blocks.push_back(
        deadlines_doc_table("deadlines-table", due, ctx,
                            l == Lang::vi ? "Không có nhiệm vụ đến hạn." : "Nothing falls due."));
    s.blocks.push_back(Paragraph{fmt::format("{}: {}", word(Word::total, l), due.size())});
    d.sections.push_back(std::move(s));
    return d;
  }
  auto pages = engine::agency_pages(overdue.items, due, ctx.owners);
  OwnerLabels labels = page_labels(pages, ctx);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto& p = pages[i];
    Section s{page_id(i), agency_name(p.owner_id, ctx, labels), "", {}};
    s.new_page = true;
    s.blocks.push_back(
        Paragraph{as_of_line(word(Word::overdue_heading, l), ctx), Paragraph::Style::heading});
    s.blocks.push_back(
        overdue_doc_table(page_id(i) + "-overdue", p.overdue, ctx,
                          l == Lang::vi ? "Không có nhiệm vụ quá hạn." : "Nothing is overdue."));
    s.blocks.push_back(Paragraph{d.title, Paragraph::Style::heading});
    s.blocks.push_back(
        deadlines_doc_table(page_id(i) + "-due", p.due, ctx,
                            l == Lang::vi ? "Không có nhiệm vụ đến hạn." : "Nothing falls due."));
    d.sections.push_back(std::move(s));
  }
  return d;
}

namespace {

// An analyst's sheet: a bare table (autofilter, frozen header) named `sheet`.
Section data_sheet(std::string id, std::string sheet, DocTable table) {
  Section s{std::move(id), "", std::move(sheet), {}};
  s.blocks.push_back(std::move(table));
  return s;
}

// The overdue deadlines, one row per lead agency and deadline: the agency
// first, so that a filter on it gives that agency's list.
DocTable overdue_by_agency(const engine::OverdueList& list, const ListContext& ctx) {
  DocTable out;
  out.id = "overdue";
  out.columns.push_back({std::string(word(Word::lead, ctx.lang)), Align::left, true});
  OwnerLabels labels = page_labels(list.groups, ctx);
  for (const auto& g : list.groups) {
    DocTable part = overdue_doc_table("", g.items, ctx);
    if (out.columns.size() == 1)
      out.columns.insert(out.columns.end(), part.columns.begin(), part.columns.end());
    for (auto& row : part.rows) {
      row.insert(row.begin(), Cell(agency_name(g.owner_id, ctx, labels)));
      out.rows.push_back(std::move(row));
    }
  }
  if (out.columns.size() == 1) {
    DocTable empty = overdue_doc_table("", {}, ctx);
    out.columns.insert(out.columns.end(), empty.columns.begin(), empty.columns.end());
  }
  return out;
}

}  // namespace

Document overdue_workbook(const engine::OverdueList& list, const ListContext& ctx,
                          bool by_owner_pages) {
  if (by_owner_pages) return overdue_document(list, ctx, true);
  Lang l = ctx.lang;
  Document d;
  d.lang = l;
  d.title = as_of_line(word(Word::overdue_heading, l), ctx);
  d.sections.push_back(
      data_sheet("overdue", l == Lang::vi ? "Quá hạn" : "Overdue", overdue_by_agency(list, ctx)));
  if (!list.optional_past_due.empty())
    d.sections.push_back(data_sheet(
        "optional-past-due", l == Lang::vi ? "Nếu có, đã qua thời hạn" : "Optional, past date",
        overdue_doc_table("optional-past-due-table", list.optional_past_due, ctx)));
  return d;
}

Document deadlines_workbook(const engine::OverdueList& overdue, const Items& due,
                            const model::Date& from, const model::Date& to, const ListContext& ctx,
                            bool by_owner_pages) {
  if (by_owner_pages) return deadlines_document(overdue, due, from, to, ctx, true);
  Lang l = ctx.lang;
  Document d;
  d.lang = l;
  d.title = window_heading(from, to, ctx);
  d.sections.push_back(data_sheet("deadlines", l == Lang::vi ? "Đến hạn" : "Deadlines",
                                  deadlines_doc_table("deadlines-table", due, ctx)));
  return d;
}

}  // namespace cchc::render
