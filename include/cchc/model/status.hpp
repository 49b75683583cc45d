// Task status (tình trạng thực hiện).
#pragma once

#include <optional>
#include <string_view>

namespace cchc::model {

enum class Status { planned, in_progress, blocked, done, cancelled };

std::string_view status_name(Status s);  // planned, in-progress, ...
// Accepts the English names and the Vietnamese words of plan-format.md 9
// (chưa thực hiện, đang thực hiện, vướng mắc, hoàn thành, đã hoàn thành, hủy,
// không thực hiện), with or without diacritics, any case.
std::optional<Status> parse_status(std::string_view text);

}  // namespace cchc::model
