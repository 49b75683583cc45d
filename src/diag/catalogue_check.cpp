// The message catalogue, part check: the rules across values, and the reporting periods of cchc
// report. Each entry: id, English, Vietnamese, and the English singular when the first argument
// is 1. Placeholders are fmt's {0}, {1} ...
#include "catalogue.hpp"

namespace cchc::diag::catalogue {

std::span<const Entry> check_entries() {
  static constexpr Entry kEntries[] = {
      {Msg::task_id_twice, "task id \"{0}\" is already used in this plan at line {1}",
       "mã nhiệm vụ \"{0}\" đã được dùng trong kế hoạch này ở dòng {1}"},
      {Msg::task_id_twice_hint,
       "give each task its own id (the printed number, with the area's numeral when numbering "
       "restarts per area: \"I.1\", \"II.1\")",
       "mỗi nhiệm vụ phải có một mã riêng (số thứ tự in trong văn bản, kèm số La Mã của lĩnh vực "
       "khi mỗi lĩnh vực đánh số lại từ đầu: \"I.1\", \"II.1\")"},
      {Msg::target_id_twice, "target id \"{0}\" is already used in this plan at line {1}",
       "mã chỉ tiêu \"{0}\" đã được dùng trong kế hoạch này ở dòng {1}"},
      {Msg::area_id_twice, "area id \"{0}\" is declared twice (first at line {1})",
       "mã lĩnh vực \"{0}\" được khai báo hai lần (lần đầu ở dòng {1})"},
      {Msg::area_unknown, "no area \"{0}\"", "không có lĩnh vực \"{0}\""},
      {Msg::area_unknown_hint, "declare it under areas:, or use a built-in id ({0})",
       "khai báo lĩnh vực trong areas:, hoặc dùng một mã có sẵn ({0})"},
      {Msg::task_no_lead, "task {0} has no lead agency (cơ quan chủ trì)",
       "nhiệm vụ {0} chưa có cơ quan chủ trì"},
      {Msg::task_no_lead_hint,
       "add lead: with the agency that leads the task, here or on its parent task",
       "thêm lead: ghi cơ quan chủ trì thực hiện nhiệm vụ, tại nhiệm vụ này hoặc tại nhiệm vụ cấp "
       "trên"},
      {Msg::task_no_due, "task {0} has no deadline (thời gian hoàn thành)",
       "nhiệm vụ {0} chưa có thời hạn hoàn thành"},
      {Msg::task_no_due_hint,
       "add due: (e.g. Quý IV/{0}, Thường xuyên, Theo hướng dẫn của Trung ương)",
       "thêm due: (ví dụ Quý IV/{0}, Thường xuyên, Theo hướng dẫn của Trung ương)"},
      {Msg::deadline_before_issued, "deadline {0} ({1}) is before the plan was issued ({2})",
       "thời hạn {0} ({1}) trước ngày ban hành kế hoạch ({2})"},
      {Msg::deadline_after_period, "deadline {0} ({1}) is after the end of the plan period ({2})",
       "thời hạn {0} ({1}) sau khi kỳ kế hoạch kết thúc ({2})"},
      {Msg::start_after_due, "the task starts {0} but is due {1}",
       "nhiệm vụ bắt đầu ngày {0} nhưng thời hạn hoàn thành là {1}"},
      {Msg::start_after_due_hint, "check both dates: start must not be after the deadline",
       "kiểm tra lại hai ngày: ngày bắt đầu không được sau thời hạn hoàn thành"},
      {Msg::done_without_date, "task {0} is done but has no done_on date",
       "nhiệm vụ {0} đã hoàn thành nhưng chưa ghi ngày hoàn thành (done_on)"},
      {Msg::done_without_date_hint, "add done_on: with the day it was completed (YYYY-MM-DD)",
       "thêm done_on: ghi ngày hoàn thành (YYYY-MM-DD)"},
      {Msg::blocked_without_note, "task {0} is blocked without a note saying why",
       "nhiệm vụ {0} đang vướng mắc nhưng không có ghi chú nêu lý do"},
      {Msg::cancelled_without_note, "task {0} is cancelled without a note saying why",
       "nhiệm vụ {0} bị hủy nhưng không có ghi chú nêu lý do"},
      {Msg::note_wanted_hint, "add note: with the reason", "thêm note: ghi lý do"},
      {Msg::done_after_as_of, "done_on {0} is after the as-of day {1}",
       "ngày hoàn thành {0} sau ngày tính đến {1}"},
      {Msg::done_after_as_of_hint, "a task cannot be completed in the future; check the date",
       "nhiệm vụ không thể hoàn thành ở một ngày trong tương lai; kiểm tra lại ngày"},
      {Msg::budget_lines_overflow, "this budget's lines add up beyond 64-bit đồng",
       "tổng các dòng kinh phí này vượt quá giới hạn của số đồng 64 bit"},
      {Msg::subtask_budget_mismatch, "task {0} has a budget of {1} but its subtasks add up to {2}",
       "nhiệm vụ {0} có kinh phí {1} nhưng tổng kinh phí các nhiệm vụ con là {2}"},
      {Msg::subtask_budget_mismatch_hint,
       "make the parent's amount the sum of its subtasks, or remove it",
       "ghi kinh phí của nhiệm vụ cấp trên bằng tổng kinh phí các nhiệm vụ con, hoặc bỏ đi"},
      {Msg::plan_budget_overflow, "the plan's budgets add up beyond what 64-bit đồng can hold",
       "tổng kinh phí của kế hoạch vượt quá giới hạn của số đồng 64 bit"},
      {Msg::plan_total_mismatch,
       "the plan's printed total is {0} but its tasks add up to {1} (difference {2})",
       "tổng kinh phí in trong kế hoạch là {0} nhưng tổng kinh phí các nhiệm vụ là {1} (chênh lệch "
       "{2})"},
      {Msg::plan_total_mismatch_hint,
       "correct the printed total, or find the task whose amount was mistyped",
       "sửa lại tổng kinh phí, hoặc tìm nhiệm vụ bị ghi sai số tiền"},
      {Msg::area_total_mismatch,
       "area {0}'s printed total is {1} but its tasks add up to {2} (difference {3})",
       "tổng kinh phí in của lĩnh vực {0} là {1} nhưng tổng kinh phí các nhiệm vụ là {2} (chênh "
       "lệch {3})"},
      {Msg::goal_before_baseline, "goal of target {0} is due {1}, before its baseline ({2})",
       "mục tiêu của chỉ tiêu {0} có thời hạn {1}, trước mốc cơ sở ({2})"},
      {Msg::plan_id_twice, "plan id \"{0}\" is already used by {1}",
       "mã kế hoạch \"{0}\" đã được dùng tại {1}"},
      {Msg::plan_id_twice_hint, "plan ids must be unique in the repository",
       "mỗi kế hoạch trong kho phải có một mã riêng"},
      {Msg::report_period_unreadable,
       "\"{0}\" is not a reporting period; write 2021-Q1, 2021-H1, 2021-Q3 or 2021 (or Quý I/2021, "
       "6 tháng đầu năm 2021 ...)",
       "\"{0}\" không phải là kỳ báo cáo; ghi 2021-Q1, 2021-H1, 2021-Q3 hoặc 2021 (hoặc Quý "
       "I/2021, 6 tháng đầu năm 2021 ...)"},
      {Msg::report_period_year_range, "\"{0}\": the year is out of range",
       "\"{0}\": năm nằm ngoài giới hạn"},
      {Msg::report_no_q2,
       "there is no report for quarter II: the half-year report {0}-H1 covers it",
       "không có báo cáo quý II: báo cáo 6 tháng {0}-H1 đã bao gồm quý này"},
      {Msg::report_no_q4, "there is no report for quarter IV: the year report {0} covers it",
       "không có báo cáo quý IV: báo cáo năm {0} đã bao gồm quý này"},
      {Msg::report_no_h2, "there is no report for the second half: the year report {0} covers it",
       "không có báo cáo 6 tháng cuối năm: báo cáo năm {0} đã bao gồm kỳ này"},
  };
  return kEntries;
}

}  // namespace cchc::diag::catalogue
