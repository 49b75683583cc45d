// Vietnamese and English labels.
#include "cchc/render/labels.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cchc/render/dates.hpp"

namespace cchc::render {

using engine::Category;

std::string_view category_label(Category c, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (c) {
    case Category::done_on_time:
      return vi ? "Hoàn thành đúng hạn" : "Done on time";
    case Category::done_late:
      return vi ? "Hoàn thành quá hạn" : "Done late";
    case Category::overdue:
      return vi ? "Quá hạn chưa hoàn thành" : "Overdue";
    case Category::due_soon:
      return vi ? "Sắp đến hạn" : "Due soon";
    case Category::on_track:
      return vi ? "Đang thực hiện trong hạn" : "On track";
    case Category::no_deadline:
      return vi ? "Không có thời hạn cụ thể" : "No fixed deadline";
    case Category::cancelled:
      return vi ? "Đã hủy" : "Cancelled";
  }
  return "";
}

std::string_view status_label(model::Status s, Lang l) {
  bool vi = l == Lang::vi;
  switch (s) {
    case model::Status::planned:
      return vi ? "Chưa thực hiện" : "Planned";
    case model::Status::in_progress:
      return vi ? "Đang thực hiện" : "In progress";
    case model::Status::blocked:
      return vi ? "Vướng mắc" : "Blocked";
    case model::Status::done:
      return vi ? "Đã hoàn thành" : "Done";
    case model::Status::cancelled:
      return vi ? "Đã hủy" : "Cancelled";
  }
  return "";
}

std::string_view category_short(Category c, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (c) {
    case Category::done_on_time:
      return vi ? "HT đúng hạn" : "On time";
    case Category::done_late:
      return vi ? "HT quá hạn" : "Late";
    case Category::overdue:
      return vi ? "Quá hạn" : "Overdue";
    case Category::due_soon:
      return vi ? "Sắp đến hạn" : "Due soon";
    case Category::on_track:
      return vi ? "Trong hạn" : "On track";
    case Category::no_deadline:
      return vi ? "Không thời hạn" : "No date";
    case Category::cancelled:
      return vi ? "Đã hủy" : "Cancelled";
  }
  return "";
}

std::string_view word(Word w, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (w) {
    case Word::plan:
      return vi ? "Kế hoạch" : "Plan";
    case Word::task_id:
      return vi ? "STT" : "No.";
    case Word::title:
      return vi ? "Nội dung" : "Task";
    case Word::lead:
      return vi ? "Chủ trì" : "Lead";
    case Word::support:
      return vi ? "Phối hợp" : "Support";
    case Word::due:
      return vi ? "Hạn" : "Due";
    case Word::due_written:
      return vi ? "Thời hạn" : "Deadline";
    case Word::days_overdue:
      return vi ? "Quá hạn (ngày)" : "Days overdue";
    case Word::working_days:
      return vi ? "Ngày làm việc" : "Working days";
    case Word::status:
      return vi ? "Tình trạng" : "Status";
    case Word::area:
      return vi ? "Lĩnh vực" : "Area";
    case Word::owner:
      return vi ? "Cơ quan" : "Agency";
    case Word::total:
      return vi ? "Tổng cộng" : "Total";
    case Word::optional_past_due:
      return vi ? "Nhiệm vụ “nếu có” đã qua thời hạn" : "Optional (“if any”) tasks past their date";
    case Word::completion_rate:
      return vi ? "Tỷ lệ hoàn thành" : "Completion rate";
    case Word::on_time_rate:
      return vi ? "Tỷ lệ đúng hạn" : "On-time rate";
    case Word::done_on:
      return vi ? "Ngày hoàn thành" : "Done on";
    case Word::product:
      return vi ? "Sản phẩm" : "Product";
    case Word::none:
      return vi ? "(không có)" : "(none)";
    case Word::no_lead:
      return vi ? "(chưa giao cơ quan chủ trì)" : "(no lead agency)";
    case Word::overdue_heading:
      return vi ? "Nhiệm vụ quá hạn chưa hoàn thành" : "Overdue tasks";
    case Word::deadlines_heading:
      return vi ? "Nhiệm vụ đến hạn" : "Deadlines";
    case Word::status_heading:
      return vi ? "Tình hình thực hiện nhiệm vụ" : "Task status";
    case Word::rates_note:
      return vi ? "Tỷ lệ tính trên số nhiệm vụ đã hoàn thành và quá hạn; nhiệm vụ còn trong hạn "
                  "không tính vào mẫu số."
                : "Rates are over tasks done or overdue; tasks still within their deadline are "
                  "left out of the denominator.";
    case Word::tasks_overdue:
      return vi ? "nhiệm vụ quá hạn" : "overdue tasks";
    case Word::kind:
      return vi ? "Loại" : "Kind";
    case Word::weekday:
      return vi ? "Thứ" : "Weekday";
    case Word::name:
      return vi ? "Tên" : "Name";
    case Word::source:
      return vi ? "Nguồn" : "Source";
    case Word::date:
      return vi ? "Ngày" : "Date";
  }
  return "";
}

std::string counted(Word w, std::size_t n, Lang lang) {
  std::string out(word(w, lang));
  if (lang == Lang::en && n == 1 && !out.empty() && out.back() == 's') out.pop_back();
  return out;
}

std::string owner_name(const std::string& id_or_text, const model::OwnerIndex& owners) {
  if (const model::Owner* o = owners.by_id(id_or_text)) return o->name;
  return id_or_text;
}

std::string owner_name(const model::OwnerRef& r, const model::OwnerIndex& owners) {
  return r.resolved_id.empty() ? r.text.str() : owner_name(r.resolved_id, owners);
}

std::string lead_names(const model::Task& t, const model::OwnerIndex& owners) {
  std::string out;
  for (const auto& r : t.lead) {
    if (!out.empty()) out += ", ";
    out += owner_name(r, owners);
  }
  return out;
}

OwnerLabels::OwnerLabels(const model::OwnerIndex& owners, const std::vector<std::string>& ids)
    : owners_(owners) {
  std::vector<std::pair<std::string, std::string>> seen;  // name, id
  for (const auto& id : ids) {
    const model::Owner* o = owners.by_id(id);
    if (!o) continue;
    for (const auto& [name, other] : seen)
      if (name == o->name && other != o->id &&
          std::find(shared_.begin(), shared_.end(), name) == shared_.end())
        shared_.push_back(name);
    seen.emplace_back(o->name, o->id);
  }
}

std::string OwnerLabels::operator()(const std::string& id_or_text) const {
  const model::Owner* o = owners_.by_id(id_or_text);
  if (!o) return id_or_text;
  if (o->scope.empty() || std::find(shared_.begin(), shared_.end(), o->name) == shared_.end())
    return o->name;
  return fmt::format("{} ({})", o->name, o->scope_name.empty() ? o->scope : o->scope_name);
}

std::string OwnerLabels::leads(const model::Task& t) const {
  std::string out;
  for (const auto& r : t.lead) out += (out.empty() ? "" : ", ") + (*this)(r);
  return out;
}

std::vector<std::string> lead_ids(const std::vector<const engine::DeadlineEval*>& items) {
  std::vector<std::string> out;
  for (const auto* e : items)
    for (const auto& r : e->task->lead)
      if (std::find(out.begin(), out.end(), r.id_or_text()) == out.end())
        out.push_back(r.id_or_text());
  return out;
}

namespace {

// One deadline closing several periods: "Quý II và 6 tháng năm 2023",
// "Quý IV và năm 2023" (the year's report stands for 6 tháng cuối năm),
// "Q2 and H1 2023".
std::string combined_label(const std::vector<model::PeriodUnit>& periods, const model::Date& due,
                           Lang lang) {
  const bool vi = lang == Lang::vi;
  const int y = model::year_of(due);
  const unsigned m = model::month_of(due);
  const bool has_year =
      std::find(periods.begin(), periods.end(), model::PeriodUnit::year) != periods.end();
  std::vector<std::string> parts;
  for (model::PeriodUnit u : periods) {
    const bool first = parts.empty();
    switch (u) {
      case model::PeriodUnit::month:
        parts.push_back(vi ? fmt::format("{} {}", first ? "Tháng" : "tháng", m)
                           : std::string(text::english_month(m)));
        break;
      case model::PeriodUnit::quarter: {
        const int q = static_cast<int>((m - 1) / 3 + 1);
        parts.push_back(vi ? fmt::format("{} {}", first ? "Quý" : "quý", text::roman_quarter(q))
                           : fmt::format("Q{}", q));
        break;
      }
      case model::PeriodUnit::half:
        if (m > 6 && has_year) break;  // the year's report covers its second half
        parts.push_back(vi ? std::string(m <= 6 ? "6 tháng" : "6 tháng cuối")
                           : std::string(m <= 6 ? "H1" : "H2"));
        break;
      case model::PeriodUnit::year:
        break;
    }
  }
  std::string out = parts.empty() ? "" : parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i)
    out += (i + 1 == parts.size() && !has_year ? (vi ? " và " : " and ") : ", ") + parts[i];
  if (has_year)
    return out.empty() ? (vi ? fmt::format("Năm {}", y) : fmt::format("{}", y))
                       : out + (vi ? fmt::format(" và năm {}", y) : fmt::format(" and year {}", y));
  return out + (vi ? fmt::format(" năm {}", y) : fmt::format(" {}", y));
}

// A recurring rule in English: the rule as written is Vietnamese ("Hàng quý").
std::string_view english_rule(model::PeriodUnit every) {
  switch (every) {
    case model::PeriodUnit::month:
      return "Monthly";
    case model::PeriodUnit::quarter:
      return "Quarterly";
    case model::PeriodUnit::half:
      return "Half-yearly";
    case model::PeriodUnit::year:
      return "Yearly";
  }
  return "";
}

}  // namespace

std::string due_label(const engine::DeadlineEval& e, Lang lang) {
  if (e.due && e.periods.size() > 1) return combined_label(e.periods, *e.due, lang);
  if (e.kind != model::DeadlineKind::recurring || !e.due || !e.every)
    return days_as_short(e.due_text, lang);
  int y = model::year_of(*e.due);
  unsigned m = model::month_of(*e.due);
  std::string period;
  switch (*e.every) {
    case model::PeriodUnit::month:
      period = text::month_label(y, m, lang);
      break;
    case model::PeriodUnit::quarter:
      period = text::quarter_label(y, static_cast<int>((m - 1) / 3 + 1), lang);
      break;
    case model::PeriodUnit::half:
      period = text::half_label(y, m <= 6 ? 1 : 2, lang);
      break;
    case model::PeriodUnit::year:
      period = lang == Lang::vi ? fmt::format("Năm {}", y) : fmt::format("{}", y);
      break;
  }
  return fmt::format(
      "{} ({})", lang == Lang::en ? english_rule(*e.every) : std::string_view(e.due_text), period);
}

}  // namespace cchc::render
