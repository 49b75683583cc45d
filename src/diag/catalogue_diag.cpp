// The message catalogue, part diag: what every output says: severities, the summary, suppressions.
// Each entry: id, English, Vietnamese, and the English singular when the
// first argument is 1. Placeholders are fmt's {0}, {1} ...
#include "catalogue.hpp"

namespace cchc::diag::catalogue {

std::span<const Entry> diag_entries() {
  static constexpr Entry kEntries[] = {
      {Msg::severity_error, "error", "lỗi"},
      {Msg::severity_warning, "warning", "cảnh báo"},
      {Msg::hint_label, "hint", "gợi ý"},
      {Msg::count_errors, "{0} errors", "{0} lỗi", "{0} error"},
      {Msg::count_warnings, "{0} warnings", "{0} cảnh báo", "{0} warning"},
      {Msg::count_files, "{0} files", "{0} tệp", "{0} file"},
      {Msg::count_tasks, "{0} tasks", "{0} nhiệm vụ", "{0} task"},
      {Msg::summary_counts, "{0}, {1} in {2}, {3}", "{0}, {1} trong {2}, {3}"},
      {Msg::summary_by_rule, "by rule: {0}", "theo quy tắc: {0}"},
      {Msg::github_more,
       "{0} more diagnostics not shown as annotations (GitHub shows ten of each kind); run cchc "
       "check locally for all of them",
       "còn {0} thông báo không được hiển thị thành chú thích (GitHub chỉ hiển thị mười thông báo "
       "mỗi loại); chạy cchc check trên máy để xem tất cả",
       "{0} more diagnostic not shown as an annotation (GitHub shows ten of each kind); run cchc "
       "check locally for all of them"},
      {Msg::session_errors,
       "the plans have {0} errors; results use what could be read (run 'cchc check')",
       "các kế hoạch có {0} lỗi; kết quả chỉ dựa trên phần đọc được (chạy 'cchc check' để xem)",
       "the plans have {0} error; results use what could be read (run 'cchc check')"},
      {Msg::unused_ignore_line, "`ignore[{0}]` silences nothing on this line",
       "`ignore[{0}]` không bỏ qua thông báo nào trên dòng này"},
      {Msg::unused_ignore_task, "`ignore[{0}]` silences nothing in this task",
       "`ignore[{0}]` không bỏ qua thông báo nào trong nhiệm vụ này"},
      {Msg::unused_ignore_file, "`ignore-file[{0}]` silences nothing in this file",
       "`ignore-file[{0}]` không bỏ qua thông báo nào trong tệp này"},
      {Msg::unused_ignore_hint, "remove the rule from the comment, or the comment",
       "xóa quy tắc khỏi chú thích, hoặc xóa chú thích"},
      {Msg::ignore_unknown_rule, "`{0}` in a cchc ignore comment is not a rule",
       "`{0}` trong chú thích bỏ qua của cchc không phải là một quy tắc"},
      {Msg::ignore_file_late,
       "`ignore-file` belongs in the comments at the top of the file, before the first key",
       "`ignore-file` phải nằm trong phần chú thích ở đầu tệp, trước khóa đầu tiên"},
      {Msg::ignore_file_late_hint,
       "move the comment to the top of the file, or write `ignore[...]` for this line",
       "chuyển chú thích lên đầu tệp, hoặc ghi `ignore[...]` cho dòng này"},
      {Msg::ignore_malformed,
       "a cchc comment reads `# cchc: ignore[rule, ...]` or `# cchc: ignore-file[rule, ...]`",
       "chú thích của cchc phải có dạng `# cchc: ignore[quy-tắc, ...]` hoặc `# cchc: "
       "ignore-file[quy-tắc, ...]`"},
      {Msg::calendar_errors, "the calendar has {0} errors; fix {1} first",
       "lịch có {0} lỗi; hãy sửa {1} trước", "the calendar has {0} error; fix {1} first"},
      {Msg::report_meta_errors, "{0} problems in {1}; the report uses what could be read",
       "{1} có {0} vấn đề; báo cáo chỉ dùng phần đọc được",
       "{0} problem in {1}; the report uses what could be read"},
      {Msg::more_not_shown, "{0} more {1} problems in this file are not shown",
       "còn {0} vấn đề {1} khác trong tệp này không được hiển thị",
       "{0} more {1} problem in this file is not shown"},
      {Msg::more_not_shown_hint,
       "cchc shows the first {0} problems of each rule in a file; fix those (the rest are most "
       "likely the same mistake repeated) and run it again",
       "cchc chỉ hiển thị {0} vấn đề đầu tiên của mỗi quy tắc trong một tệp; hãy sửa các vấn đề "
       "đó (phần còn lại nhiều khả năng là cùng một lỗi lặp lại) rồi chạy lại"},
  };
  return kEntries;
}

}  // namespace cchc::diag::catalogue
