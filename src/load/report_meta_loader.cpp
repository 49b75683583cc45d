// reports/<period>.yaml: the number, day, signer, recipients and narrative of
// a periodic report (docs/report.md, "The report file").
#include <fmt/format.h>

#include "cchc/load/loader.hpp"
#include "cchc/text/format.hpp"
#include "reader.hpp"

namespace cchc::load {

using diag::Rule;

namespace {

// "125/BC-UBND", "05/BC-SNV": digits, "/BC-", then the issuer's symbol
// (Nghị định 30/2020: a report's kind is BC; numbers under 10 take a zero).
void read_number(Reader& r, const YNode* n, model::ReportMeta& m) {
  auto s = r.text(n, "number");
  if (!s) return;
  std::size_t slash = s->find('/');
  std::string digits = s->substr(0, slash == std::string::npos ? s->size() : slash);
  std::string symbol = slash == std::string::npos ? "" : s->substr(slash + 1);
  bool shaped = !digits.empty() && text::all_digits(digits) && symbol.size() > 3 &&
                symbol.rfind("BC-", 0) == 0 && symbol.find(' ') == std::string::npos;
  if (!shaped) {
    r.diags().add(Rule::bad_config, r.loc(*n), {diag::Msg::report_number_shape, {*s}},
                  diag::Message(diag::Msg::report_number_shape_hint));
    return;
  }
  if (digits.size() == 1) {
    r.diags().add(Rule::bad_config, r.loc(*n), {diag::Msg::report_number_zero, {*s}},
                  {diag::Msg::report_number_zero_hint, {*s}});
    return;
  }
  m.number = *s;
}

void read_signer(Reader& r, const YNode* n, model::ReportMeta& m) {
  if (!n || n->is_null()) return;
  if (!r.expect_map(*n, "signer", {"authority", "deputy", "title", "name"})) return;
  model::Signer s;
  s.authority = r.text(n->find("authority"), "signer.authority").value_or("");
  s.deputy = r.text(n->find("deputy"), "signer.deputy").value_or("");
  s.title = r.text(n->find("title"), "signer.title").value_or("");
  s.name = r.text(n->find("name"), "signer.name").value_or("");
  m.signer = std::move(s);
}

}  // namespace

ReportMetaFile load_report_meta(const std::string& display_name, std::string text,
                                const std::string& period) {
  ReportMetaFile out;
  YamlDocument doc = parse_yaml(display_name, std::move(text), out.diags);
  out.source = doc.source;
  model::ReportMeta m;
  m.file = display_name;
  m.period = period;
  m.where = {display_name, 0, 0, 0};
  if (!doc.root || doc.root->is_null()) {  // an empty file: a draft with nothing written yet
    out.meta = std::move(m);
    return out;
  }
  Reader r(doc, out.diags);
  const YNode& root = *doc.root;
  if (!r.expect_map(root, "a report file",
                    {"number", "date", "place", "governing_body", "issuer", "summary", "signer",
                     "recipients", "highlights", "shortcomings", "next_tasks", "proposals"}))
    return out;
  read_number(r, root.find("number"), m);
  m.date = r.date(root.find("date"), "date");
  m.place = r.text(root.find("place"), "place").value_or("");
  m.governing_body = r.text(root.find("governing_body"), "governing_body").value_or("");
  m.issuer = r.text(root.find("issuer"), "issuer").value_or("");
  m.summary = r.text(root.find("summary"), "summary").value_or("");
  read_signer(r, root.find("signer"), m);
  m.recipients = r.text_list(root.find("recipients"), "recipients");
  m.highlights = r.text(root.find("highlights"), "highlights").value_or("");
  m.shortcomings = r.text(root.find("shortcomings"), "shortcomings").value_or("");
  m.next_tasks = r.text(root.find("next_tasks"), "next_tasks").value_or("");
  m.proposals = r.text(root.find("proposals"), "proposals").value_or("");
  out.meta = std::move(m);
  return out;
}

}  // namespace cchc::load
