// Typed reading of YAML nodes with uniform diagnostics.
#include "reader.hpp"

#include <fmt/format.h>

#include <charconv>

#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::load {

using diag::Message;
using diag::Msg;
using diag::noun;
using diag::Rule;

std::string_view kind_name(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null:
      return "nothing";
    case YNode::Kind::scalar:
      return "text";
    case YNode::Kind::sequence:
      return "a list";
    case YNode::Kind::map:
      return "a mapping";
  }
  return "?";
}

namespace {

std::string closest_key(std::string_view key, std::initializer_list<std::string_view> allowed) {
  std::string best;
  if (!text::worth_suggesting(key)) return best;
  int best_d = 3;
  const std::string folded = text::fold_ascii(key);
  for (auto a : allowed) {
    int d = text::edit_distance_nfc(folded, a, best_d);
    if (d < best_d) {
      best_d = d;
      best = std::string(a);
    }
  }
  return best;
}

bool looks_like_text(std::string_view key) {
  // Keys of the format are short ASCII words; text pasted from a table cell has
  // spaces or Vietnamese letters.
  for (unsigned char c : key)
    if (c == ' ' || c >= 0x80) return true;
  return false;
}

}  // namespace

void Reader::wrong_type(const YNode& n, std::string_view what, std::string_view expected) {
  wrong_type(n, noun(what), expected);
}

void Reader::wrong_type(const YNode& n, const Message& what, std::string_view expected) {
  diags_.add(Rule::wrong_type, loc(n),
             {Msg::value_wrong_type, {what, noun(expected), noun(kind_name(n))}});
}

bool Reader::expect_map(const YNode& n, std::string_view what,
                        std::initializer_list<std::string_view> allowed) {
  if (!n.is_map()) {
    wrong_type(n, what, "a mapping (key: value lines)");
    return false;
  }
  for (std::size_t i = 0; i < n.entries.size(); ++i) {
    const auto& [k, v] = n.entries[i];
    if (!k.is_scalar()) {
      diags_.add(Rule::wrong_type, loc(k), {Msg::key_not_text, {noun(what)}});
      continue;
    }
    bool known = false;
    for (auto a : allowed) known = known || (k.value == a);
    if (known) continue;
    Message hint;
    if (n.flow && i > 0 && v.is_null() && looks_like_text(k.value)) {
      const auto& [pk, pv] = n.entries[i - 1];
      std::string joined = pv.is_scalar() ? pv.value + ", " + k.value : k.value;
      hint = Message(Msg::flow_comma_hint, {pk.value, joined});
    } else if (auto c = closest_key(k.value, allowed); !c.empty()) {
      hint = Message(Msg::did_you_mean, {c});
    } else {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      hint = Message(Msg::keys_of, {noun(what), list});
    }
    diags_.add(Rule::unknown_key, loc(k), {Msg::unknown_key, {k.value, noun(what)}}, hint);
  }
  return true;
}

void Reader::require(const YNode& map, std::string_view what,
                     std::initializer_list<std::string_view> keys, diag::Rule rule) {
  for (auto k : keys) {
    const YNode* v = map.find(k);
    if (!v || v->is_null())
      diags_.add(rule, loc(map), {Msg::key_missing, {noun(what), k}}, {Msg::key_missing_hint, {k}});
  }
}

std::optional<std::string> Reader::text(const YNode* n, std::string_view what) {
  if (!n || n->is_null()) return std::nullopt;
  if (!n->is_scalar()) {
    wrong_type(*n, what, "text");
    return std::nullopt;
  }
  return n->value;
}

std::vector<std::string> Reader::text_list(const YNode* n, std::string_view what) {
  std::vector<std::string> out;
  if (!n || n->is_null()) return out;
  if (n->is_scalar()) {
    out.push_back(n->value);
    return out;
  }
  if (!n->is_seq()) {
    wrong_type(*n, what, "text or a list of texts");
    return out;
  }
  out.reserve(n->items.size());
  for (const auto& item : n->items) {
    if (item.is_null()) continue;
    if (!item.is_scalar()) {
      wrong_type(item, Message(Msg::noun_item_of, {noun(what)}), "text");
      continue;
    }
    out.push_back(item.value);
  }
  return out;
}

std::optional<long long> Reader::integer(const YNode* n, std::string_view what, long long min,
                                         long long max) {
  auto t = text(n, what);
  if (!t) return std::nullopt;
  long long v = 0;
  auto [p, ec] = std::from_chars(t->data(), t->data() + t->size(), v);
  if (ec != std::errc{} || p != t->data() + t->size() || !n->plain) {
    diags_.add(Rule::wrong_type, loc(*n), {Msg::value_not_whole_number, {noun(what), *t}});
    return std::nullopt;
  }
  if (v < min || v > max) {
    diags_.add(Rule::wrong_type, loc(*n), {Msg::value_out_of_range, {noun(what), min, max, v}});
    return std::nullopt;
  }
  return v;
}

std::optional<bool> Reader::boolean(const YNode* n, std::string_view what) {
  auto t = text(n, what);
  if (!t) return std::nullopt;
  std::string f = text::fold_ascii(*t);
  if (f == "true" || f == "yes" || f == "co") return true;
  if (f == "false" || f == "no" || f == "khong") return false;
  diags_.add(Rule::wrong_type, loc(*n), {Msg::value_not_boolean, {noun(what), *t}});
  return std::nullopt;
}

std::optional<model::Date> Reader::date(const YNode* n, std::string_view what) {
  auto t = text(n, what);
  if (!t) return std::nullopt;
  std::string s = text::collapse_space(*t);
  auto day = model::parse_day(s, what);
  if (!day.ok()) diags_.add(day.rule, loc(*n), day.message, day.hint);
  return day.value;
}

std::optional<model::Date> Reader::day_or_month(const YNode* n, std::string_view what,
                                                bool& month_only) {
  month_only = false;
  if (n && n->is_scalar()) {
    const std::string s = text::collapse_space(n->value);
    std::string year, month;
    if (s.size() == 7 && s[4] == '-') {  // 2022-11
      year = s.substr(0, 4);
      month = s.substr(5);
    } else if (auto slash = s.find('/'); slash != std::string::npos && slash == s.rfind('/')) {
      month = s.substr(0, slash);  // 11/2022
      year = s.substr(slash + 1);
    }
    if (year.size() == 4 && text::all_digits(year) && month.size() <= 2 &&
        text::all_digits(month)) {
      if (auto d = model::make_date(std::stoi(year), static_cast<unsigned>(std::stoi(month)), 1)) {
        month_only = true;
        return d;
      }
    }
  }
  return date(n, what);
}

std::optional<model::Date> Reader::date_or_year(const YNode* n, std::string_view what) {
  if (n && n->is_scalar() && n->value.size() == 4 &&
      n->value.find_first_not_of("0123456789") == std::string::npos) {
    return model::make_date(std::stoi(n->value), 12, 31);
  }
  return date(n, what);
}

model::OwnerRef Reader::owner_ref(const YNode* n, std::string_view what) {
  model::OwnerRef ref;
  if (!n) return ref;
  ref.where = loc(*n);
  ref.text = text(n, what).value_or("");
  return ref;
}

}  // namespace cchc::load
