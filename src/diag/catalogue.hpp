// The message catalogue's tables, private to diag/: one part per layer that
// speaks (catalogue_<part>.cpp), merged and looked up by catalogue.cpp.
#pragma once

#include <span>
#include <string_view>

#include "cchc/diag/message.hpp"

namespace cchc::diag::catalogue {

struct Entry {
  Msg id;
  std::string_view en;
  std::string_view vi;
  std::string_view en_one = {};  // English when the first argument is "1"
};

// A noun phrase cchc passes as an argument ("a task": "nhiệm vụ").
struct Noun {
  std::string_view en;
  std::string_view vi;
};

std::span<const Entry> diag_entries();
std::span<const Entry> model_entries();
std::span<const Entry> load_entries();
std::span<const Entry> check_entries();
std::span<const Entry> render_entries();
std::span<const Noun> nouns();

}  // namespace cchc::diag::catalogue
