// Messages as the tests compare them: in English, as --lang en shows them.
#pragma once

#include <string>

#include "cchc/diag/message.hpp"

inline std::string en(const cchc::diag::Message& m) {
  return m.render(cchc::text::Lang::en);
}

inline std::string vi(const cchc::diag::Message& m) {
  return m.render(cchc::text::Lang::vi);
}
