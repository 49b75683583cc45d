// Owner files (plan-format.md 3) and calendar.yaml (section 10).
#include <fmt/format.h>

#include "cchc/load/loader.hpp"
#include "reader.hpp"

namespace cchc::load {

using diag::Rule;
using namespace cchc::model;

OwnersFile load_owners(const std::string& display_name, std::string text) {
  OwnersFile out;
  YamlDocument doc = parse_yaml(display_name, std::move(text), out.diags);
  out.source = doc.source;
  if (!doc.root) return out;
  Reader r(doc, out.diags);
  const YNode& root = *doc.root;
  if (!r.expect_map(root, "an owners file", {"scope", "scope_name", "owners"})) return out;
  r.require(root, "the owners file", {"owners"});
  std::string scope = r.text(root.find("scope"), "scope").value_or("");
  std::string scope_name = r.text(root.find("scope_name"), "scope_name").value_or("");
  const YNode* list = root.find("owners");
  if (!list || list->is_null()) return out;
  if (!list->is_seq()) {
    r.wrong_type(*list, "owners", "a list");
    return out;
  }
  for (const auto& n : list->items) {
    if (!r.expect_map(
            n, "an owner",
            {"id", "name", "aliases", "level", "email", "from", "until", "group", "note"}))
      continue;
    r.require(n, "the owner", {"id", "name"});
    Owner o;
    o.where = r.loc(n);
    o.scope = scope;
    o.scope_name = scope_name;
    o.local_id = r.text(n.find("id"), "owner id").value_or("");
    o.id = scope.empty() ? o.local_id : scope + "/" + o.local_id;
    o.name = r.text(n.find("name"), "name").value_or("");
    o.aliases = r.text_list(n.find("aliases"), "aliases");
    if (auto l = n.find("level")) {
      if (auto s = r.text(l, "level")) {
        if (auto lv = level_from_name(*s))
          o.level = *lv;
        else
          out.diags.add(Rule::wrong_type, r.loc(*l), {diag::Msg::unknown_level, {*s}},
                        diag::Message(diag::Msg::level_hint));
      }
    }
    o.email = r.text(n.find("email"), "email").value_or("");
    o.from = r.date(n.find("from"), "from");
    o.until = r.date(n.find("until"), "until");
    o.group = r.boolean(n.find("group"), "group").value_or(false);
    if (o.local_id.empty() || o.name.empty()) continue;
    out.owners.push_back(std::move(o));
  }
  return out;
}

namespace {

void read_days(Reader& r, const YNode* n, std::string_view what, std::vector<CalendarDay>& out) {
  if (!n || n->is_null()) return;
  if (!n->is_seq()) return r.wrong_type(*n, what, "a list");
  for (const auto& item : n->items) {
    if (!r.expect_map(item, what, {"date", "from", "to", "name"})) continue;
    CalendarDay d;
    d.where = r.loc(item);
    d.name = r.text(item.find("name"), "name").value_or("");
    if (item.find("date")) {
      auto day = r.date(item.find("date"), "date");
      if (!day) continue;
      d.from = d.to = *day;
    } else if (item.find("from") && item.find("to")) {
      auto f = r.date(item.find("from"), "from");
      auto t = r.date(item.find("to"), "to");
      if (!f || !t) continue;
      if (*t < *f) {
        r.diags().add(Rule::bad_date, d.where, diag::Message(diag::Msg::from_after_to));
        continue;
      }
      d.from = *f;
      d.to = *t;
    } else {
      r.diags().add(Rule::missing_key, d.where,
                    {diag::Msg::day_needs_date_or_range, {diag::noun(what)}});
      continue;
    }
    out.push_back(std::move(d));
  }
}

}  // namespace

CalendarResult load_calendar(const std::string& display_name, std::string text) {
  CalendarResult out;
  YamlDocument doc = parse_yaml(display_name, std::move(text), out.diags);
  out.source = doc.source;
  if (!doc.root) return out;
  Reader r(doc, out.diags);
  const YNode& root = *doc.root;
  if (!r.expect_map(root, "calendar.yaml", {"holidays", "workdays", "replace_builtin"})) return out;
  CalendarFile cal;
  cal.file = display_name;
  read_days(r, root.find("holidays"), "a holiday", cal.holidays);
  read_days(r, root.find("workdays"), "a working day", cal.workdays);
  if (const YNode* rb = root.find("replace_builtin"); rb && !rb->is_null()) {
    if (!rb->is_seq()) {
      r.wrong_type(*rb, "replace_builtin", "a list of years");
    } else {
      for (const auto& y : rb->items)
        if (auto v = r.integer(&y, "a year", 1900, 2200))
          cal.replace_builtin.push_back(static_cast<int>(*v));
    }
  }
  out.calendar = std::move(cal);
  return out;
}

}  // namespace cchc::load
