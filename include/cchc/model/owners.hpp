// Looking up owners (agencies) by id, name or alias, the way people type them:
// NFC, any case, any spacing, old or new tone-mark placement.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cchc/model/plan.hpp"

namespace cchc::model {

class OwnerIndex {
 public:
  // The index points into `owners`, which must outlive it: a temporary
  // vector cannot be indexed.
  explicit OwnerIndex(const std::vector<Owner>& owners);
  explicit OwnerIndex(std::vector<Owner>&&) = delete;

  // Inside `scope` first, then among unscoped owners; a full id "scope/id" works anywhere.
  const Owner* resolve(std::string_view ref, std::string_view scope) const;
  const Owner* by_id(std::string_view id) const;
  // The closest known names for an unknown reference, best first, each with
  // the spelling that came closest (the name, an alias or the id).
  struct Suggestion {
    const Owner* owner = nullptr;
    std::string spelling;
  };
  std::vector<Suggestion> suggest(std::string_view ref, std::string_view scope,
                                  std::size_t max = 3) const;

 private:
  const std::vector<Owner>& owners_;
  // name_key -> owner indexes, by scope ("" = unscoped).
  std::unordered_map<std::string, std::unordered_map<std::string, std::vector<std::size_t>>>
      by_scope_;
  std::unordered_map<std::string, std::string> spelling_;  // name_key -> the text as written
  std::unordered_map<std::string, std::size_t> by_full_id_;
};

}  // namespace cchc::model
