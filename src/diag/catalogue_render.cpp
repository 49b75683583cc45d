// The message catalogue, part render: what the writers of documents say when
// they cannot write one. Each entry: id, English, Vietnamese, and the English
// singular when the first argument is 1. Placeholders are fmt's {0}, {1} ...
#include "catalogue.hpp"

namespace cchc::diag::catalogue {

std::span<const Entry> render_entries() {
  static constexpr Entry kEntries[] = {
      {Msg::write_no_library, "cannot write the {0} file: a library cchc needs is missing ({1})",
       "không ghi được tệp {0}: thiếu thư viện mà cchc cần ({1})"},
  };
  return kEntries;
}

}  // namespace cchc::diag::catalogue
