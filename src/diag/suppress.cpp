// `# cchc: ignore[rule]` and `# cchc: ignore-file[rule]` comments: reading
// them from the source lines and silencing the diagnostics they cover.
#include "cchc/diag/suppress.hpp"

#include <algorithm>
#include <climits>
#include <map>

#include "cchc/text/unicode.hpp"

namespace cchc::diag {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The byte offset of the line's comment '#', if it has one. A quote opens a
// quoted scalar only where a scalar can start (after the start of the line, a
// space, ':', '-', ',', '[' or '{'); elsewhere it is a letter of plain text.
std::optional<std::size_t> comment_start(std::string_view line) {
  char quote = 0;
  char before = ' ';  // the last character outside quotes that is not a space
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote == '"') {
      if (c == '\\')
        ++i;
      else if (c == '"')
        quote = 0;
      continue;
    }
    if (quote == '\'') {
      if (c == '\'') quote = 0;  // '' inside reopens at once: same result
      continue;
    }
    if (c == '#' && (i == 0 || is_space(line[i - 1]))) return i;
    if ((c == '"' || c == '\'') &&
        std::string_view(" :-,[{").find(before) != std::string_view::npos)
      quote = c;
    if (!is_space(c)) before = c;
  }
  return std::nullopt;
}

bool comment_only(std::string_view line) {
  std::string_view t = trim(line);
  return t.empty() || t.front() == '#';
}

int indentation(std::string_view line) {
  int n = 0;
  while (static_cast<std::size_t>(n) < line.size() && line[static_cast<std::size_t>(n)] == ' ') ++n;
  return n;
}

// A sequence item ("- id: ...", "-"): its comment covers the whole item.
bool is_item(std::string_view line) {
  std::string_view t = trim(line);
  return t == "-" || t.starts_with("- ");
}

using Scope = Suppression::Scope;

std::string closest_rule(std::string_view name) {
  std::string best;
  int best_d = 4;
  for (Rule r : all_rules()) {
    int d = text::edit_distance(name, rule_name(r));
    if (d < best_d) {
      best_d = d;
      best = std::string(rule_name(r));
    }
  }
  return best;
}

// The last line of the item starting on `first`: the lines after it that are
// indented more than its '-' (blank and comment lines in between go with it).
int item_end(const SourceText& src, int first) {
  const int dash = indentation(src.line(first));
  int end = first;
  for (int k = first + 1; k <= src.line_count(); ++k) {
    std::string_view l = src.line(k);
    if (comment_only(l)) continue;
    if (indentation(l) <= dash) break;
    end = k;
  }
  return end;
}

}  // namespace

FileSuppressions read_suppressions(const SourceText& src) {
  FileSuppressions out;
  if (src.text().find("cchc:") == std::string::npos) return out;  // most files: one pass
  Diagnostics& problems = out.problems;
  const int lines = src.line_count();
  int first_content = 0;
  for (int n = 1; n <= lines && first_content == 0; ++n) {
    std::string_view t = trim(src.line(n));
    if (!comment_only(t) && t != "---" && !t.starts_with("%")) first_content = n;
  }
  for (int n = 1; n <= lines; ++n) {
    std::string_view line = src.line(n);
    if (line.find("cchc:") == std::string_view::npos) continue;  // the cheap test first
    auto c = parse_ignore_comment(line);
    if (!c) continue;
    SourceLocation at{src.name(), n, c->column, c->length};
    if (c->malformed) {
      problems.add(Rule::unused_ignore, at, Message(Msg::ignore_malformed));
      continue;
    }
    if (c->file && first_content != 0 && n > first_content) {
      problems.add(Rule::unused_ignore, at, Message(Msg::ignore_file_late),
                   Message(Msg::ignore_file_late_hint));
      continue;
    }
    Suppression s;
    s.where = at;
    if (c->file) {
      s.scope = Scope::file;
      s.from = 0;
      s.to = INT_MAX;
    } else {
      int target = n;
      if (c->alone) {  // a comment line of its own speaks for the next line
        target = 0;
        for (int k = n + 1; k <= lines && target == 0; ++k)
          if (!comment_only(src.line(k))) target = k;
      }
      s.from = target;
      s.to = target;
      if (target != 0 && is_item(src.line(target))) {
        s.scope = Scope::task;
        s.to = item_end(src, target);
      }
    }
    for (const auto& name : c->rules) {
      auto rule = rule_from_name(name);
      if (!rule) {
        std::string best = closest_rule(name);
        problems.add(
            Rule::unused_ignore, at, {Msg::ignore_unknown_rule, {name}},
            best.empty() ? Message(Msg::rules_listed_hint) : Message(Msg::did_you_mean, {best}));
        continue;
      }
      s.rule = *rule;
      s.written = name;
      out.ignores.push_back(s);
    }
  }
  return out;
}

std::optional<IgnoreComment> parse_ignore_comment(std::string_view line) {
  auto hash = comment_start(line);
  if (!hash) return std::nullopt;
  std::string_view body = line.substr(*hash + 1);
  const std::size_t lead = body.find_first_not_of(" \t");
  if (lead == std::string_view::npos) return std::nullopt;
  body.remove_prefix(lead);
  if (!body.starts_with("cchc:")) return std::nullopt;
  const std::size_t at = *hash + 1 + lead;  // byte offset of "cchc:"
  IgnoreComment c;
  c.column = text::codepoint_count(line.substr(0, at)) + 1;
  c.alone = trim(line.substr(0, *hash)).empty();
  std::string_view rest = trim(body.substr(5));
  c.length = text::codepoint_count(trim(body));
  if (rest.starts_with("ignore-file")) {
    c.file = true;
    rest.remove_prefix(11);
  } else if (rest.starts_with("ignore")) {
    rest.remove_prefix(6);
  } else {
    c.malformed = true;
    return c;
  }
  rest = trim(rest);
  const std::size_t close = rest.find(']');
  if (!rest.starts_with('[') || close == std::string_view::npos) {
    c.malformed = true;
    return c;
  }
  const auto end = static_cast<std::size_t>(rest.data() + close + 1 - line.data());
  c.length = text::codepoint_count(line.substr(at, end - at));
  std::string_view list = rest.substr(1, close - 1);
  while (true) {
    const std::size_t comma = list.find(',');
    std::string_view one = trim(list.substr(0, comma));
    if (!one.empty()) c.rules.emplace_back(one);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  if (c.rules.empty()) c.malformed = true;
  return c;
}

void apply_suppressions(Diagnostics& diags, const SuppressionsByFile& files) {
  if (files.empty()) return;
  // Whether each rule of each file's comments silenced something.
  std::map<FileName, std::vector<bool>> used;
  for (const auto& [file, f] : files) used[file].assign(f.ignores.size(), false);
  std::erase_if(diags.items(), [&](const Diagnostic& d) {
    auto it = files.find(d.location.file);
    if (it == files.end()) return false;
    bool silenced = false;
    const auto& ignores = it->second.ignores;
    for (std::size_t i = 0; i < ignores.size(); ++i) {
      const Suppression& s = ignores[i];
      if (s.rule != d.rule) continue;
      if (d.location.line < s.from || d.location.line > s.to) continue;
      used[it->first][i] = true;  // every comment that covers it counts as used
      silenced = true;
    }
    return silenced;
  });
  // The files' own problems first, then the unused rules, file by file: the
  // order (and the per-file limit) of when the comments were read here.
  Diagnostics problems;
  for (const auto& [file, f] : files) problems.append(f.problems);
  for (const auto& [file, f] : files) {
    const auto& was_used = used[file];
    for (std::size_t i = 0; i < f.ignores.size(); ++i) {
      if (was_used[i]) continue;
      const Suppression& s = f.ignores[i];
      const Msg msg = s.scope == Scope::file   ? Msg::unused_ignore_file
                      : s.scope == Scope::task ? Msg::unused_ignore_task
                                               : Msg::unused_ignore_line;
      problems.add(Rule::unused_ignore, s.where, {msg, {s.written}},
                   Message(Msg::unused_ignore_hint));
    }
  }
  diags.append(std::move(problems));
}

}  // namespace cchc::diag
