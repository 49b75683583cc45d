// Task status words, English and Vietnamese (plan-format.md section 9).
//
// Matching happens on ASCII-folded text with '-' and '_' read as spaces, so
// "Hoàn thành", "da hoan thanh", "In-Progress" and "huỷ" (old tone placement)
// all find their status.
#include "cchc/model/status.hpp"

#include <array>
#include <string>

#include "cchc/text/unicode.hpp"

namespace cchc::model {
namespace {

struct StatusWord {
  std::string_view key;  // ASCII-folded, single spaces
  Status status;
};

constexpr std::array kStatusWords{
    StatusWord{"planned", Status::planned},
    StatusWord{"chua thuc hien", Status::planned},  // chưa thực hiện
    StatusWord{"in progress", Status::in_progress},
    StatusWord{"dang thuc hien", Status::in_progress},  // đang thực hiện
    StatusWord{"blocked", Status::blocked},
    StatusWord{"vuong mac", Status::blocked},  // vướng mắc
    StatusWord{"done", Status::done},
    StatusWord{"hoan thanh", Status::done},     // hoàn thành
    StatusWord{"da hoan thanh", Status::done},  // đã hoàn thành
    StatusWord{"cancelled", Status::cancelled},
    StatusWord{"canceled", Status::cancelled},         // US spelling
    StatusWord{"huy", Status::cancelled},              // hủy, huỷ
    StatusWord{"da huy", Status::cancelled},           // đã hủy
    StatusWord{"khong thuc hien", Status::cancelled},  // không thực hiện
};

// "In-Progress " -> "in progress".
std::string status_key(std::string_view text) {
  std::string spaced;
  for (char c : text::fold_ascii(text)) spaced += (c == '-' || c == '_') ? ' ' : c;
  return text::collapse_space(spaced);
}

}  // namespace

std::string_view status_name(Status s) {
  switch (s) {
    case Status::planned:
      return "planned";
    case Status::in_progress:
      return "in-progress";
    case Status::blocked:
      return "blocked";
    case Status::done:
      return "done";
    case Status::cancelled:
      return "cancelled";
  }
  return "planned";
}

std::optional<Status> parse_status(std::string_view text) {
  const std::string key = status_key(text);
  for (const auto& w : kStatusWords)
    if (w.key == key) return w.status;
  return std::nullopt;
}

}  // namespace cchc::model
