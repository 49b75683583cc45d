// The official form of the periodic report: head, body, closing, appendix
// heading (official-document.md). The words come from the report file when
// there is one (model::ReportMeta); what it lacks stays blank, with dots, and
// the document is a draft.
#include "report_form.hpp"

#include <fmt/format.h>

#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::render::form {

using engine::Category;
using engine::ReportKind;
using text::Lang;

namespace {

// The blanks of a draft (official-document.md, "A draft").
constexpr std::string_view kBlankNumber = "     ";
constexpr std::string_view kDots = "……………………";

// "ngày 18 tháng 3 năm 2021" opening a line: "Ngày ...". The texts given here
// start with an ASCII letter, so upper-casing one byte is enough.
std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "Kế hoạch số 99/KH-UBND ngày 15/12/2025: <title>" — the plan as its
// document is cited, not its id in the repository.
std::string plan_line(const model::Plan& p, Lang l) {
  std::string doc;
  if (!p.number.empty()) doc = (is_vi(l) ? " số " : " No. ") + p.number;
  if (p.issued) doc += (is_vi(l) ? " ngày " : " of ") + date_short(*p.issued, l);
  return fmt::format("{}{}: {}", is_vi(l) ? "Kế hoạch" : "Plan", doc, p.title);
}

std::string common_issuer(const engine::Report& r) {
  std::string issuer, key;
  for (const auto* p : r.plans) {
    if (p->issuer.empty()) return "";
    std::string k = text::name_key(p->issuer);
    if (!key.empty() && k != key) return "";
    key = k;
    issuer = p->issuer;
  }
  return issuer;
}

const model::ReportMeta* meta_of(const ReportView& v) {
  return v.meta;
}

// The issuing body as written in the plans or the report file.
std::string issuer_of(const engine::Report& r, const ReportView& v) {
  const model::ReportMeta* m = meta_of(v);
  return m && !m->issuer.empty() ? m->issuer : common_issuer(r);
}

// The symbol after the number: "BC-UBND" from the report file's number, else
// "BC-UBND" for a people's committee, else dots.
std::string symbol(const engine::Report& r, const ReportView& v) {
  const model::ReportMeta* m = meta_of(v);
  if (m && !m->number.empty()) return m->number.substr(m->number.find('/') + 1);
  return place_of_issuer(issuer_of(r, v)).empty() ? "BC-" + std::string(kDots) : "BC-UBND";
}

std::string number_text(const engine::Report& r, const ReportView& v) {
  const model::ReportMeta* m = meta_of(v);
  if (m && !m->number.empty()) return m->number;
  return fmt::format("{}/{}", kBlankNumber, symbol(r, v));
}

int year_of_report(const engine::Report& r, const ReportView& v) {
  const model::ReportMeta* m = meta_of(v);
  return m && m->date ? model::year_of(*m->date) : model::year_of(r.as_of);
}

std::string roman(std::size_t n) {
  static const char* const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  return n >= 1 && n <= 9 ? numerals[n - 1] : std::to_string(n);
}

void add_markdown(Section& s, const std::string& md) {
  for (auto& p : markdown_paragraphs(md)) s.blocks.push_back(std::move(p));
}

// "- Bộ Nội vụ;" ... the last "- Lưu: VT, SNV." (official-document.md, "The end").
std::string recipient_line(std::string r, bool last) {
  while (!r.empty() && (r.back() == ';' || r.back() == '.' || r.back() == ' ')) r.pop_back();
  return "- " + r + (last ? "." : ";");
}

}  // namespace

std::string day_long(const model::Date& d, Lang l) {
  return date_official(d, l);
}

std::string rates_sentence(const engine::StatusCounts& c, Lang l) {
  auto cr = engine::completion_rate(c), ot = engine::on_time_rate(c);
  int within = c.count(Category::due_soon) + c.count(Category::on_track);
  int undated = c.count(Category::no_deadline), cancelled = c.count(Category::cancelled);
  Say say{l};
  if (cr.den == 0)
    return fmt::format(
        fmt::runtime(say("Chưa có nhiệm vụ nào đến hạn trong kỳ nên chưa tính tỷ lệ hoàn thành ({} "
                         "nhiệm vụ còn trong hạn, {} không có thời hạn cụ thể).",
                         "No task came due in the period, so there is no completion rate yet ({} "
                         "within their deadline, {} without a fixed date).")),
        within, undated);
  return fmt::format(
      fmt::runtime(
          say("Tỷ lệ hoàn thành: {} ({}/{} nhiệm vụ đã đến hạn); tỷ lệ hoàn thành đúng hạn: {} "
              "({}/{}). Mẫu số là {} nhiệm vụ đã hoàn thành hoặc đã quá hạn; {} nhiệm vụ còn "
              "trong hạn, {} nhiệm vụ không có thời hạn cụ thể, {} nhiệm vụ đã hủy và {} nhiệm "
              "vụ “nếu có” đã qua thời hạn không tính vào mẫu số.",
              "Completion rate: {} ({}/{} tasks that came due); on-time rate: {} ({}/{}). The "
              "denominator is the {} tasks done or overdue; {} tasks still within their "
              "deadline, {} without a fixed date, {} cancelled and {} optional (\"if any\") "
              "tasks past their date are left out of it.")),
      text::percent_cut(cr.num, cr.den, l), cr.num, cr.den, text::percent_cut(ot.num, ot.den, l),
      ot.num, ot.den, cr.den, within, undated, cancelled, c.optional_past_due);
}

DocHeader header(const engine::Report& r, const ReportView& v) {
  Say say{v.lang};
  Lang l = v.lang;
  const model::ReportMeta* m = meta_of(v);
  DocHeader h;
  std::string issuer = issuer_of(r, v);
  std::string place = m && !m->place.empty() ? m->place : place_of_issuer(issuer);
  if (m) h.governing = text::to_upper(m->governing_body);
  h.issuer = text::to_upper(issuer);
  h.number = say("Số: ", "No.: ") + number_text(r, v);
  h.nation = say("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM");
  h.motto = say("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
  std::string when = m && m->date ? day_long(*m->date, l)
                     : is_vi(l)   ? fmt::format("ngày    tháng    năm {}", year_of_report(r, v))
                                  : fmt::format("{} {}", kDots, year_of_report(r, v));
  h.place_date = place.empty() ? capitalized(when) : place + ", " + when;
  h.kind = say("BÁO CÁO", "REPORT");
  h.subject =
      m && !m->summary.empty() ? m->summary
      : is_vi(l)
          ? "Kết quả thực hiện công tác cải cách hành chính " + period_words(r.period.spec, l)
          : "Results of the administrative reform work in " + period_words(r.period.spec, l);
  if (!m || m->is_draft()) h.draft = say("DỰ THẢO", "DRAFT");
  if (!v.repository_name.empty())
    h.facts.push_back(fmt::format("{}: {}.", say("Nguồn số liệu", "Source"), v.repository_name));
  h.facts.push_back(is_vi(l) ? fmt::format("Số liệu tính từ {} đến {}.", day_long(r.period.from, l),
                                           day_long(r.period.to, l))
                             : fmt::format("Data counted from {} to {}.",
                                           day_long(r.period.from, l), day_long(r.period.to, l)));
  if (r.data_day < r.period.to)
    h.facts.push_back(
        is_vi(l)
            ? fmt::format("Báo cáo lập trước ngày chốt số liệu: số liệu tính đến {}.",
                          day_long(r.data_day, l))
            : fmt::format("Made before the cut-off day: data up to {}.", day_long(r.data_day, l)));
  h.facts.push_back(is_vi(l) ? fmt::format("Hạn gửi báo cáo: {}.", day_long(r.period.due, l))
                             : fmt::format("Report due on {}.", day_long(r.period.due, l)));
  for (const auto* p : r.plans) h.facts.push_back(plan_line(*p, l));
  return h;
}

std::vector<Section> body(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  Say say{l};
  const model::ReportMeta* m = meta_of(v);
  const engine::StatusCounts& c = r.by_area.total.counts;
  std::vector<Section> out;

  Section results{"ket-qua-dat-duoc", say("KẾT QUẢ ĐẠT ĐƯỢC", "RESULTS"), "", {}};
  results.blocks.push_back(Paragraph{
      is_vi(l) ? fmt::format("Trong kỳ báo cáo có {} nhiệm vụ (tính theo từng thời hạn) thuộc {} "
                             "kế hoạch; đã hoàn thành {} nhiệm vụ, trong đó {} nhiệm vụ hoàn "
                             "thành trong kỳ (chi tiết tại Phụ lục).",
                             c.total, r.plans.size(),
                             c.count(Category::done_on_time) + c.count(Category::done_late),
                             r.completed.size())
               : fmt::format("The period holds {} tasks (counted deadline by deadline) of {} "
                             "plan(s); {} are done, {} of them in the period (see the appendix).",
                             c.total, r.plans.size(),
                             c.count(Category::done_on_time) + c.count(Category::done_late),
                             r.completed.size())});
  results.blocks.push_back(Paragraph{rates_sentence(c, l)});
  if (m) add_markdown(results, m->highlights);
  out.push_back(std::move(results));

  Section issues{
      "ton-tai", say("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "SHORTCOMINGS AND THEIR CAUSES"), "", {}};
  if (std::size_t n = r.overdue.items.size(); n > 0)
    issues.blocks.push_back(Paragraph{
        is_vi(l) ? fmt::format("Tính đến {}, còn {} nhiệm vụ quá hạn chưa hoàn thành (Phụ lục, "
                               "mục IV).",
                               day_long(r.data_day, l), n)
                 : fmt::format("On {}, {} {} overdue (appendix, section IV).",
                               day_long(r.data_day, l), n, n == 1 ? "task is" : "tasks are")});
  if (m) add_markdown(issues, m->shortcomings);
  if (!issues.blocks.empty()) out.push_back(std::move(issues));

  Section next{"phuong-huong",
               text::to_upper(say("Phương hướng, nhiệm vụ ", "Tasks for ") +
                              next_period_words(r.period.spec, l)),
               "",
               {}};
  next.blocks.push_back(
      Paragraph{is_vi(l) ? fmt::format("Từ {} đến {} có {} nhiệm vụ đến hạn (Phụ lục, mục VI).",
                                       day_long(model::add_days(r.period.last, 1), l),
                                       day_long(r.next.last, l), r.next_due.size())
                         : fmt::format("From {} to {}, {} tasks fall due (appendix, section VI).",
                                       day_long(model::add_days(r.period.last, 1), l),
                                       day_long(r.next.last, l), r.next_due.size())});
  if (m) add_markdown(next, m->next_tasks);
  out.push_back(std::move(next));

  Section asks{"de-xuat", say("ĐỀ XUẤT, KIẾN NGHỊ", "PROPOSALS"), "", {}};
  if (m) add_markdown(asks, m->proposals);
  if (!asks.blocks.empty()) out.push_back(std::move(asks));

  for (std::size_t i = 0; i < out.size(); ++i) out[i].title = roman(i + 1) + ". " + out[i].title;
  return out;
}

Closing closing(const engine::Report& r, const ReportView& v) {
  (void)r;
  Say say{v.lang};
  const model::ReportMeta* m = meta_of(v);
  Closing c;
  c.recipients_label = say("Nơi nhận:", "Recipients:");
  std::vector<std::string> to = m ? m->recipients : std::vector<std::string>{};
  if (to.empty()) to = {std::string(kDots), say("Lưu: VT", "Archive")};
  for (std::size_t i = 0; i < to.size(); ++i)
    c.recipients.push_back(recipient_line(to[i], i + 1 == to.size()));
  if (m && m->signer) {
    for (const auto* line : {&m->signer->authority, &m->signer->deputy, &m->signer->title})
      if (!line->empty()) c.authority.push_back(text::to_upper(*line));
  }
  if (c.authority.empty()) c.authority.push_back(std::string(kDots));
  c.signer = m && m->signer && !m->signer->name.empty() ? m->signer->name : std::string(kDots);
  return c;
}

AppendixHead appendix(const engine::Report& r, const ReportView& v) {
  Lang l = v.lang;
  const model::ReportMeta* m = meta_of(v);
  AppendixHead a;
  a.heading = is_vi(l) ? "PHỤ LỤC" : "APPENDIX";
  a.title = is_vi(l)
                ? "Số liệu kết quả thực hiện công tác cải cách hành chính " +
                      period_words(r.period.spec, l)
                : "Figures of the administrative reform work in " + period_words(r.period.spec, l);
  // "ngày 18/6/2021": the decree's example writes this date without zeros.
  std::string when = m && m->date ? fmt::format("{}/{}/{}", model::day_of(*m->date),
                                                model::month_of(*m->date), model::year_of(*m->date))
                                  : fmt::format("   /   /{}", year_of_report(r, v));
  std::string issuer = issuer_of(r, v);
  a.reference = is_vi(l) ? fmt::format("(Kèm theo Báo cáo số {} ngày {}{})", number_text(r, v),
                                       when, issuer.empty() ? "" : " của " + issuer)
                         : fmt::format("(Attached to Report No. {} of {}{})", number_text(r, v),
                                       when, issuer.empty() ? "" : ", " + issuer);
  return a;
}

}  // namespace cchc::render::form

namespace cchc::render {

// "Phương hướng, nhiệm vụ quý IV năm 2026": the period after this one.
std::string next_period_words(const engine::PeriodSpec& p, text::Lang l) {
  switch (p.kind) {
    case engine::ReportKind::q1:
      return l == text::Lang::vi ? fmt::format("quý II năm {}", p.year)
                                 : fmt::format("the second quarter of {}", p.year);
    case engine::ReportKind::h1:
      return l == text::Lang::vi ? fmt::format("6 tháng cuối năm {}", p.year)
                                 : fmt::format("the second half of {}", p.year);
    case engine::ReportKind::q3:
      return l == text::Lang::vi ? fmt::format("quý IV năm {}", p.year)
                                 : fmt::format("the fourth quarter of {}", p.year);
    case engine::ReportKind::year:
      break;
  }
  return l == text::Lang::vi ? fmt::format("năm {}", p.year + 1) : fmt::format("{}", p.year + 1);
}

}  // namespace cchc::render
