// Diagnostic formatters.
#include "cchc/diag/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cchc/text/unicode.hpp"

namespace cchc::diag {

namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[1;31m";
constexpr std::string_view kYellow = "\x1b[1;33m";
constexpr std::string_view kBlue = "\x1b[1;34m";
constexpr std::string_view kGreen = "\x1b[1;32m";
constexpr std::string_view kReset = "\x1b[0m";

std::string paint(std::string_view s, std::string_view color, bool on) {
  return on ? fmt::format("{}{}{}", color, s, kReset) : std::string(s);
}

// The source line as shown: tabs become one space so that the caret lines up.
std::string shown_line(std::string_view line) {
  std::string s(line);
  for (char& c : s)
    if (c == '\t') c = ' ';
  return s;
}

// The prefix of `line` before 1-based code-point column `col`.
std::string_view prefix_before(std::string_view line, int col) {
  int seen = 0;
  std::size_t i = 0;
  for (; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (seen == col - 1) break;
    ++seen;
  }
  return line.substr(0, i);
}

}  // namespace

std::string summary_line(const Summary& s, text::Lang lang) {
  return Message(
             Msg::summary_counts,
             {Message(Msg::count_errors, {s.errors}), Message(Msg::count_warnings, {s.warnings}),
              Message(Msg::count_files, {s.files}), Message(Msg::count_tasks, {s.tasks})})
      .render(lang);
}

std::vector<std::pair<Rule, std::size_t>> count_by_rule(const Diagnostics& diags) {
  std::map<Rule, std::size_t> counts;
  for (const auto& d : diags.items()) ++counts[d.rule];
  std::vector<std::pair<Rule, std::size_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return rule_name(a.first) < rule_name(b.first);
  });
  return out;
}

std::string rule_counts_line(const Diagnostics& diags, text::Lang lang) {
  std::string list;
  for (const auto& [rule, n] : count_by_rule(diags))
    list += fmt::format("{}{} × {}", list.empty() ? "" : ", ", n, rule_name(rule));
  if (list.empty()) return {};
  return Message(Msg::summary_by_rule, {list}).render(lang);
}

void write_human(std::ostream& out, const Diagnostic& d, const SourceMap& sources,
                 const HumanStyle& style) {
  const SourceLocation& l = d.location;
  std::string pos = l.line > 0 ? fmt::format("{}:{}:{}", l.file, l.line, l.column) : l.file.str();
  bool err = d.severity == Severity::error;
  std::string sev = fmt::format(
      "{}[{}]", Message(err ? Msg::severity_error : Msg::severity_warning).render(style.lang),
      rule_name(d.rule));
  out << paint(pos + ":", kBold, style.color) << ' '
      << paint(sev, err ? kRed : kYellow, style.color) << ": " << d.message.render(style.lang)
      << '\n';
  const SourceText* src = sources.find(l.file);
  if (src && l.line > 0 && l.line <= src->line_count()) {
    std::string line = shown_line(src->line(l.line));
    std::string num = fmt::format("{:>5} | ", l.line);
    out << paint(num, kBlue, style.color) << line << '\n';
    int pad = text::display_width(prefix_before(line, l.column));
    int len = std::max(1, int{l.length});
    std::string caret = "^" + std::string(static_cast<std::size_t>(len - 1), '~');
    out << paint("      | ", kBlue, style.color) << std::string(static_cast<std::size_t>(pad), ' ')
        << paint(caret, err ? kRed : kYellow, style.color) << '\n';
  }
  if (style.hints && !d.hint.empty())
    out << paint("      = ", kBlue, style.color)
        << paint(Message(Msg::hint_label).render(style.lang) + ":", kGreen, style.color) << ' '
        << d.hint.render(style.lang) << '\n';
}

void write_human(std::ostream& out, const Diagnostics& diags, const SourceMap& sources,
                 const HumanStyle& style) {
  for (const auto& d : diags.items()) write_human(out, d, sources, style);
}

nlohmann::json to_json(const Diagnostic& d, text::Lang lang) {
  nlohmann::json j = {{"file", d.location.file.str()},    {"line", d.location.line},
                      {"column", int{d.location.column}}, {"severity", severity_name(d.severity)},
                      {"rule", rule_name(d.rule)},        {"message", d.message.render(lang)}};
  if (!d.hint.empty()) j["hint"] = d.hint.render(lang);
  return j;
}

nlohmann::json summary_json(const Diagnostics& diags, const Summary& s) {
  nlohmann::json rules = nlohmann::json::object();
  for (const auto& [rule, n] : count_by_rule(diags)) rules[std::string(rule_name(rule))] = n;
  return {{"errors", s.errors}, {"warnings", s.warnings}, {"files", s.files},
          {"plans", s.plans},   {"tasks", s.tasks},       {"rules", std::move(rules)}};
}

nlohmann::json to_json(const Diagnostics& diags, const Summary& s, text::Lang lang) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : diags.items()) list.push_back(to_json(d, lang));
  return {{"diagnostics", std::move(list)}, {"summary", summary_json(diags, s)}};
}

// Workflow command values escape %, CR and LF; properties also escape : and ,.
std::string github_escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string github_escape_property(std::string_view s) {
  std::string out;
  for (char c : github_escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

void write_github(std::ostream& out, const Diagnostics& diags, const Summary& summary,
                  text::Lang lang, std::size_t limit) {
  std::size_t shown_errors = 0, shown_warnings = 0, hidden = 0;
  for (const auto& d : diags.items()) {
    bool err = d.severity == Severity::error;
    std::size_t& shown = err ? shown_errors : shown_warnings;
    if (shown >= limit) {
      ++hidden;
      continue;
    }
    ++shown;
    std::string props = fmt::format("file={}", github_escape_property(d.location.file.str()));
    if (d.location.line > 0)
      props += fmt::format(",line={},col={}", d.location.line, d.location.column);
    props +=
        fmt::format(",title={}", github_escape_property(fmt::format("cchc {}", rule_name(d.rule))));
    std::string msg = d.message.render(lang);
    if (!d.hint.empty()) msg += " — " + d.hint.render(lang);
    out << "::" << (err ? "error" : "warning") << ' ' << props << "::" << github_escape_data(msg)
        << '\n';
  }
  if (hidden > 0 && limit > 0)
    out << "::notice title=cchc::"
        << github_escape_data(Message(Msg::github_more, {hidden}).render(lang)) << '\n';
  std::string line = summary_line(summary, lang);
  if (auto by_rule = rule_counts_line(diags, lang); !by_rule.empty()) line += "; " + by_rule;
  out << "::notice title=cchc check::" << github_escape_data(line) << '\n';
}

}  // namespace cchc::diag
