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

std::string agency_name(const std::string& owner_id, const ListContext& ctx) {
  return owner_id.empty() ? std::string(word(Word::no_lead, ctx.lang))
                          : owner_name(owner_id, ctx.owners);
}

// "owner-3": stable ids for the agency pages, in their order.
std::string page_id(std::size_t i) {
  return fmt::format("owner-{}", i + 1);
}

Paragraph count(std::size_t n, Word what, Lang l) {
  return Paragraph{fmt::format("{}: {} {}", word(Word::total, l), n, word(what, l))};
}

}  // namespace

Document overdue_document(const engine::OverdueList& list, const ListContext& ctx,
                          bool by_owner_pages) {
  Lang l = ctx.lang;
  Document d;
  d.lang = l;
  d.title = as_of_line(word(Word::overdue_heading, l), ctx);
  for (std::size_t i = 0; i < list.groups.size(); ++i) {
    const auto& g = list.groups[i];
    Section s{page_id(i), agency_name(g.owner_id, ctx), "", {}};
    s.new_page = by_owner_pages;
    if (by_owner_pages) s.blocks.push_back(Paragraph{d.title});
    s.blocks.push_back(doc_table(page_id(i) + "-overdue", overdue_table(g.items, ctx)));
    s.blocks.push_back(count(g.items.size(), Word::tasks_overdue, l));
    d.sections.push_back(std::move(s));
  }
  if (!list.optional_past_due.empty()) {
    Section s{"optional-past-due", std::string(word(Word::optional_past_due, l)), "", {}};
    s.new_page = by_owner_pages;
    s.blocks.push_back(
        doc_table("optional-past-due-table", overdue_table(list.optional_past_due, ctx)));
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
        doc_table("deadlines-table", deadlines_table(due, ctx),
                  l == Lang::vi ? "Không có nhiệm vụ đến hạn." : "Nothing falls due."));
    s.blocks.push_back(Paragraph{fmt::format("{}: {}", word(Word::total, l), due.size())});
    d.sections.push_back(std::move(s));
    return d;
  }
  auto pages = engine::agency_pages(overdue.items, due, ctx.owners);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto& p = pages[i];
    Section s{page_id(i), agency_name(p.owner_id, ctx), "", {}};
    s.new_page = true;
    s.blocks.push_back(
        Paragraph{as_of_line(word(Word::overdue_heading, l), ctx), Paragraph::Style::heading});
    s.blocks.push_back(
        doc_table(page_id(i) + "-overdue", overdue_table(p.overdue, ctx),
                  l == Lang::vi ? "Không có nhiệm vụ quá hạn." : "Nothing is overdue."));
    s.blocks.push_back(Paragraph{d.title, Paragraph::Style::heading});
    s.blocks.push_back(
        doc_table(page_id(i) + "-due", deadlines_table(p.due, ctx),
                  l == Lang::vi ? "Không có nhiệm vụ đến hạn." : "Nothing falls due."));
    d.sections.push_back(std::move(s));
  }
  return d;
}

}  // namespace cchc::render
