// Owner lookup with Vietnamese-aware name keys.
#include "cchc/model/owners.hpp"

#include <algorithm>
#include <tuple>

#include "cchc/text/unicode.hpp"

namespace cchc::model {

OwnerIndex::OwnerIndex(const std::vector<Owner>& owners) : owners_(owners) {
  // Every province's file names the same departments and ids (Sở Nội vụ,
  // UBND tỉnh, snv ...), and folding a name costs some microseconds (most of
  // linking the bundled plans, issue 15): each distinct text is folded once.
  std::unordered_map<std::string_view, std::string> folded;
  for (std::size_t i = 0; i < owners.size(); ++i) {
    const Owner& o = owners[i];
    auto& keys = by_scope_[o.scope];
    auto add = [&](const std::string& s) {
      auto [known, fresh] = folded.try_emplace(s);
      if (fresh) known->second = text::name_key(s);
      const std::string& key = known->second;
      spelling_.emplace(key, s);
      auto& v = keys[key];
      if (std::find(v.begin(), v.end(), i) == v.end()) v.push_back(i);
    };
    add(o.local_id);
    add(o.name);
    for (const auto& a : o.aliases) add(a);
    by_full_id_.emplace(o.id, i);
  }
}

const Owner* OwnerIndex::by_id(std::string_view id) const {
  auto it = by_full_id_.find(std::string(id));
  return it == by_full_id_.end() ? nullptr : &owners_[it->second];
}

const Owner* OwnerIndex::resolve(std::string_view ref, std::string_view scope) const {
  if (const Owner* o = by_id(ref)) return o;
  std::string key = text::name_key(ref);
  for (std::string_view s : {scope, std::string_view{}}) {
    auto sc = by_scope_.find(std::string(s));
    if (sc == by_scope_.end()) continue;
    auto it = sc->second.find(key);
    if (it != sc->second.end() && !it->second.empty()) return &owners_[it->second.front()];
    if (s.empty()) break;
  }
  return nullptr;
}

std::vector<OwnerIndex::Suggestion> OwnerIndex::suggest(std::string_view ref,
                                                        std::string_view scope,
                                                        std::size_t max) const {
  if (!text::worth_suggesting(ref)) return {};
  std::string key = text::name_key(ref);
  int cp = text::codepoint_count(key);
  int limit = std::max(2, cp / 3);
  struct Scored {
    int distance;
    std::size_t owner;
    const std::string* key;
    bool operator<(const Scored& o) const {
      return std::tie(distance, owner, *key) < std::tie(o.distance, o.owner, *o.key);
    }
  };
  std::vector<Scored> scored;
  for (std::string_view s : {scope, std::string_view{}}) {
    auto sc = by_scope_.find(std::string(s));
    if (sc == by_scope_.end()) continue;
    for (const auto& [k, idx] : sc->second) {
      // The keys were normalised once, when the index was built.
      int d = text::edit_distance_nfc(key, k, limit);
      // A reference that is a word-for-word part of a name ("Sở Tư pháp" in
      // "Sở Tư pháp tỉnh") is a good suggestion even when far in edits.
      bool contains = k.size() > 3 && key.size() > 3 &&
                      (k.find(key) != std::string::npos || key.find(k) != std::string::npos);
      if (d <= limit || contains)
        for (auto i : idx) scored.push_back({contains ? std::min(d, limit) : d, i, &k});
    }
    if (s.empty()) break;
  }
  std::sort(scored.begin(), scored.end());
  std::vector<Suggestion> out;
  for (const auto& sc : scored) {
    const Owner* o = &owners_[sc.owner];
    if (std::any_of(out.begin(), out.end(), [o](const Suggestion& x) { return x.owner == o; }))
      continue;
    auto sp = spelling_.find(*sc.key);
    out.push_back({o, sp == spelling_.end() ? o->name : sp->second});
    if (out.size() == max) break;
  }
  return out;
}

}  // namespace cchc::model
