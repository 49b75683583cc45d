// The plan YAML `cchc import` writes (see import.hpp): the header, then the
// task tree, every text quoted where YAML would read it otherwise.
#include <fmt/format.h>

#include "cchc/load/import.hpp"
#include "cchc/model/date.hpp"
#include "cchc/model/plan.hpp"
#include "cchc/model/status.hpp"
#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::load {

namespace {

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  return out + "\"";
}

std::string flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

// A YAML key followed by one text or a block list of texts.
void write_texts(std::string& out, const std::string& pad, std::string_view key,
                 const std::vector<std::string>& items) {
  if (items.empty()) return;
  if (items.size() == 1) {
    out += fmt::format("{}{}: {}\n", pad, key, quoted(items[0]));
    return;
  }
  out += fmt::format("{}{}:\n", pad, key);
  for (const auto& i : items) out += fmt::format("{}  - {}\n", pad, quoted(i));
}

bool is_iso_day(std::string_view s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && text::all_digits(s.substr(0, 4)) &&
         text::all_digits(s.substr(5, 2)) && text::all_digits(s.substr(8, 2));
}

void write_task(std::string& out, const ImportedTask& t, int depth) {
  std::string pad(static_cast<std::size_t>(depth * 4 + 2), ' ');
  std::string in = pad + "  ";
  out += fmt::format("{}- id: {}\n", pad, quoted(t.id));
  out += fmt::format("{}title: {}\n", in, quoted(t.title));
  if (!t.area.empty()) out += fmt::format("{}area: {}\n", in, quoted(t.area));
  write_texts(out, in, "product", t.product);
  if (t.lead.size() == 1)
    out += fmt::format("{}lead: {}\n", in, quoted(t.lead[0]));
  else if (!t.lead.empty())
    out += fmt::format("{}lead: {}\n", in, flow_list(t.lead));
  if (!t.support.empty()) out += fmt::format("{}support: {}\n", in, flow_list(t.support));
  write_texts(out, in, "due", t.due);
  if (!t.budget.empty())
    out += fmt::format("{}budget: {}\n", in, t.budget_is_number ? t.budget : quoted(t.budget));
  if (!t.status.empty()) out += fmt::format("{}status: {}\n", in, quoted(t.status));
  if (!t.done_on.empty()) {
    // Several completion days (cchc export joins them with "; ") become a list again.
    std::vector<std::string> days;
    std::string_view rest = t.done_on;
    while (!rest.empty()) {
      std::size_t cut = rest.find_first_of(";\n");
      std::string day = text::collapse_space(rest.substr(0, cut));
      if (!day.empty()) days.push_back(is_iso_day(day) ? day : quoted(day));
      rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    }
    std::string joined;
    for (const auto& d : days) joined += (joined.empty() ? "" : ", ") + d;
    if (days.size() == 1)
      out += fmt::format("{}done_on: {}\n", in, days[0]);
    else if (!days.empty())
      out += fmt::format("{}done_on: [{}]\n", in, joined);
  }
  if (!t.note.empty()) out += fmt::format("{}note: {}\n", in, quoted(t.note));
  if (t.tasks.empty()) return;
  out += fmt::format("{}tasks:\n", in);
  for (const auto& c : t.tasks) write_task(out, c, depth + 1);
}

}  // namespace

std::string write_plan_yaml(const PlanHeader& h, const std::vector<ImportedTask>& tasks) {
  std::string out;
  if (!h.schema.empty()) out += fmt::format("# yaml-language-server: $schema={}\n", h.schema);
  out += fmt::format(
      "# Imported from {} by cchc import: check the names and deadlines, then run cchc check.\n",
      h.source);
  out += fmt::format("id: {}\n", quoted(h.id));
  out += fmt::format("title: {}\n", quoted(h.title));
  out += fmt::format("period: {}\n", text::all_digits(h.period) ? h.period : quoted(h.period));
  if (!h.scope.empty()) out += fmt::format("scope: {}\n", quoted(h.scope));
  out += fmt::format("budget:\n  unit: {}\n", model::money_unit_name(h.unit));
  if (tasks.empty()) {
    out += "tasks: []\n";
    return out;
  }
  out += "tasks:\n";
  for (const auto& t : tasks) write_task(out, t, 0);
  return out;
}

std::string slug(std::string_view name) {
  std::string f = text::fold_ascii(name);
  std::string out;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "plan" : out;
}

}  // namespace cchc::load
