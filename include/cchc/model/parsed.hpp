// The result of turning one piece of text into a value type: the value, or the
// rule it breaks and a message that says what to write instead.
#pragma once

#include <optional>
#include <string>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/message.hpp"

namespace cchc::model {

template <class T>
struct Parsed {
  std::optional<T> value;
  diag::Rule rule = diag::Rule::bad_deadline;  // meaningful only when !value
  diag::Message message;
  diag::Message hint;

  bool ok() const { return value.has_value(); }
  static Parsed success(T v) { return Parsed{std::move(v), {}, {}, {}}; }
  static Parsed failure(diag::Rule r, diag::Message msg, diag::Message hint = {}) {
    return Parsed{std::nullopt, r, std::move(msg), std::move(hint)};
  }
};

}  // namespace cchc::model
