// Builds a YNode tree from yaml-cpp's parser events, reporting file-level
// problems (encoding, syntax, duplicate keys, text normalization) as it goes.
#include "yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <optional>
#include <streambuf>
#include <unordered_map>

#include "cchc/text/unicode.hpp"

namespace cchc::load {

using diag::Rule;

namespace {

std::string repair_utf8(std::string_view s);

// Thrown only inside this file to stop the event parser; never escapes parse_yaml.
struct StopParsing {};

diag::SourceLocation at(const diag::SourceText& src, int line0, int byte_col0, int length = 0) {
  return {src.name(), line0 + 1, src.column_of(line0, byte_col0), length};
}

// The start of a long text for a message, cut between two characters: a cut
// inside a UTF-8 sequence made the message, and the JSON output, invalid
// (found by fuzz_plan; fuzz/regressions/plan/legacy-encoding-cut.yaml).
std::string shortened(const std::string& value) {
  if (value.size() <= 60) return value;
  std::size_t cut = 57;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return value.substr(0, cut) + "...";
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const diag::SourceText& src, diag::Diagnostics& diags, const YamlLimits& limits)
      : src_(src),
        diags_(diags),
        limits_(limits),
        // Two memchr passes; find_first_of would call memchr once per byte.
        may_come_out_invalid_(src.text().find('\\') != std::string::npos ||
                              src.text().find('\0') != std::string::npos) {}

  std::unique_ptr<YNode> take_root() { return std::move(root_); }
  // After a successful parse: report a structure deeper than the limit.
  bool report_too_deep() const {
    if (!too_deep_at_) return false;
    diags_.add(Rule::bad_file, *too_deep_at_, {diag::Msg::yaml_too_deep, {limits_.max_depth}},
               diag::Message(diag::Msg::yaml_too_deep_hint));
    return true;
  }
  int documents() const { return documents_; }
  void report_non_nfc() const {
    if (non_nfc_count_ == 0) return;
    diags_.add(Rule::non_nfc_text, first_non_nfc_,
               non_nfc_count_ == 1 ? diag::Message(diag::Msg::text_not_nfc)
                                   : diag::Message(diag::Msg::texts_not_nfc, {non_nfc_count_}),
               diag::Message(diag::Msg::text_not_nfc_hint));
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ > 1) {
      diags_.add(Rule::yaml_syntax, at(src_, mark.line, mark.column),
                 diag::Message(diag::Msg::yaml_second_document),
                 diag::Message(diag::Msg::yaml_second_document_hint));
      throw StopParsing{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YNode n;
    place(mark, n);
    finish(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    YNode n;
    if (it != anchors_.end()) {
      alias_nodes_ += it->second.second;
      if (alias_nodes_ > limits_.max_alias_nodes) {
        diags_.add(Rule::bad_file, at(src_, mark.line, mark.column),
                   {diag::Msg::alias_bomb, {limits_.max_alias_nodes}},
                   diag::Message(diag::Msg::alias_bomb_hint));
        throw StopParsing{};
      }
      count(it->second.second);
      n = it->second.first;
    }
    place(mark, n);
    finish(std::move(n), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp may hand over bytes that are not UTF-8 even from a repaired
    // text (a NUL, then a NEL written as one byte 0x85; escapes such as \N
    // and \_ written as one byte): such a scalar is made valid UTF-8, so that
    // no message or JSON built from it is invalid (found by fuzz_report_meta).
    // From a text without NUL or backslash, every scalar is a piece of the
    // valid text, folded at ASCII line breaks, and needs no second look.
    if (may_come_out_invalid_ && text::find_invalid_utf8(value))
      return OnScalar(mark, tag, anchor, repair_utf8(value));
    YNode n;
    n.kind = YNode::Kind::scalar;
    n.plain = (tag == "?");
    place(mark, n);
    const bool nfc = text::is_nfc(value);
    inspect_text(mark, value, nfc);
    n.value = nfc ? value : text::to_nfc(value);
    finish(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    YNode n;
    n.kind = YNode::Kind::sequence;
    n.flow = (style == YAML::EmitterStyle::Flow);
    place(mark, n);
    open(std::move(n), anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    YNode n;
    n.kind = YNode::Kind::map;
    n.flow = (style == YAML::EmitterStyle::Flow);
    place(mark, n);
    open(std::move(n), anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YNode node;
    YAML::anchor_t anchor = 0;
    std::size_t nodes_at_open = 0;
    bool has_key = false;
    YNode key;
    bool skip_value = false;  // the pending key duplicates an earlier one
    bool doubled = false;     // opened at the same place as its parent
    // The 0-based line of each key so far, for duplicates: kept only for a
    // large mapping; a small one (nearly all) is searched through `entries`.
    std::unordered_map<std::string, int> key_lines;
  };

  // Keys that are not text count as "" (as an empty text key would).
  static inline const std::string kNoKey;
  static constexpr std::size_t kScanKeys = 32;

  static const std::string& key_text(const YNode& k) {
    return k.kind == YNode::Kind::scalar ? k.value : kNoKey;
  }

  // The line `key` first appeared on in this mapping, or -1 (and records it).
  // Every earlier key is in `entries`: a duplicate's value is left out, but
  // the first occurrence of each key is always kept.
  static int first_line_of(Frame& f, const std::string& key, int line) {
    auto& entries = f.node.entries;
    if (entries.size() < kScanKeys) {
      for (const auto& [k, v] : entries)
        if (key_text(k) == key) return k.line;
      return -1;
    }
    if (f.key_lines.empty())
      for (const auto& [k, v] : entries) f.key_lines.emplace(key_text(k), k.line);
    auto [it, inserted] = f.key_lines.emplace(key, line);
    return inserted ? -1 : it->second;
  }

  void place(const YAML::Mark& mark, YNode& n) {
    n.line = mark.line;
    n.byte_col = mark.column;
    count(1);
  }

  void count(std::size_t n) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes) {
      diags_.add(Rule::bad_file, {src_.name(), 0, 0, 0},
                 {diag::Msg::yaml_too_many_nodes, {limits_.max_nodes}},
                 diag::Message(diag::Msg::yaml_too_many_nodes_hint));
      throw StopParsing{};
    }
  }

  void inspect_text(const YAML::Mark& mark, const std::string& value, bool nfc) {
    if (!nfc) {
      if (non_nfc_count_++ == 0) first_non_nfc_ = at(src_, mark.line, mark.column);
    }
    if (auto enc = text::detect_legacy_encoding(value)) {
      diags_.add(Rule::legacy_encoding,
                 at(src_, mark.line, mark.column, text::codepoint_count(value)),
                 {diag::Msg::legacy_text, {*enc, shortened(value)}},
                 {diag::Msg::legacy_text_hint, {*enc}});
    }
  }

  void open(YNode n, YAML::anchor_t anchor) {
    // Past the depth limit the tree is no longer built, but parsing goes on:
    // if the file is also syntactically broken (unclosed brackets), the syntax
    // error is the one worth reporting.
    // yaml-cpp may open two collections at one bracket (an implicit mapping
    // around a flow collection it has not seen closed); depth counts brackets.
    int depth = static_cast<int>(stack_.size());
    if (!stack_.empty() && stack_.back().node.line == n.line &&
        stack_.back().node.byte_col == n.byte_col)
      --depth;
    depth -= doubled_;
    if (skipped_ > 0 || depth >= limits_.max_depth) {
      if (skipped_++ == 0) too_deep_at_ = at(src_, n.line, n.byte_col);
      return;
    }
    Frame f;
    f.doubled = !stack_.empty() && stack_.back().node.line == n.line &&
                stack_.back().node.byte_col == n.byte_col;
    doubled_ += f.doubled ? 1 : 0;
    f.node = std::move(n);
    f.anchor = anchor;
    f.nodes_at_open = nodes_;
    stack_.push_back(std::move(f));
  }

  void close() {
    if (skipped_ > 0) {
      --skipped_;
      return;
    }
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    doubled_ -= f.doubled ? 1 : 0;
    std::size_t weight = nodes_ - f.nodes_at_open + 1;
    if (f.anchor != 0) anchors_[f.anchor] = {f.node, weight};
    add_to_parent(std::move(f.node));
  }

  void finish(YNode n, YAML::anchor_t anchor) {
    if (anchor != 0) anchors_[anchor] = {n, 1};
    add_to_parent(std::move(n));
  }

  void add_to_parent(YNode n) {
    if (skipped_ > 0) return;  // inside a part too deep to keep
    if (stack_.empty()) {
      root_ = std::make_unique<YNode>(std::move(n));
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YNode::Kind::sequence) {
      top.node.items.push_back(std::move(n));
      return;
    }
    if (!top.has_key) {
      top.has_key = true;
      top.skip_value = false;
      const std::string& key = n.kind == YNode::Kind::scalar ? n.value : kNoKey;
      const int first_line = first_line_of(top, key, n.line);
      if (first_line >= 0 && n.kind == YNode::Kind::scalar) {
        diags_.add(Rule::duplicate_key, at(src_, n.line, n.byte_col, text::codepoint_count(key)),
                   {diag::Msg::key_twice, {key, first_line + 1}},
                   diag::Message(diag::Msg::key_twice_hint));
        top.skip_value = true;
      }
      top.key = std::move(n);
      return;
    }
    top.has_key = false;
    if (!top.skip_value) top.node.entries.emplace_back(std::move(top.key), std::move(n));
  }

  const diag::SourceText& src_;
  diag::Diagnostics& diags_;
  const YamlLimits& limits_;
  std::vector<Frame> stack_;
  std::unique_ptr<YNode> root_;
  std::unordered_map<YAML::anchor_t, std::pair<YNode, std::size_t>> anchors_;
  std::size_t nodes_ = 0;
  std::size_t alias_nodes_ = 0;
  int documents_ = 0;
  int non_nfc_count_ = 0;
  diag::SourceLocation first_non_nfc_;
  int skipped_ = 0;
  int doubled_ = 0;  // open frames that share their parent's position
  std::optional<diag::SourceLocation> too_deep_at_;
  const bool may_come_out_invalid_;  // the text holds a NUL or a backslash
};

// The file's text as yaml-cpp's input stream, without a copy of it.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // read only: the get area is never written
    setg(begin, begin, begin + text.size());
  }
};

// Replace every invalid UTF-8 sequence with U+FFFD so parsing can go on.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    auto bad = text::find_invalid_utf8(s);
    if (!bad) {
      out.append(s);
      break;
    }
    out.append(s.substr(0, *bad));
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(*bad + 1);
  }
  return out;
}

diag::SourceLocation location_of_byte(const diag::SourceText& src, std::size_t offset) {
  int line0 = 0;
  std::size_t line_start = 0;
  const std::string& t = src.text();
  for (std::size_t i = 0; i < offset && i < t.size(); ++i)
    if (t[i] == '\n') {
      ++line0;
      line_start = i + 1;
    }
  int col = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++col;
  return {src.name(), line0 + 1, col, 1};
}

// YAML forbids tabs in indentation; yaml-cpp's message for it is obscure.
bool report_tabs(const diag::SourceText& src, diag::Diagnostics& diags) {
  bool any = false;
  for (int n = 1; n <= src.line_count(); ++n) {
    std::string_view l = src.line(n);
    for (std::size_t i = 0; i < l.size() && (l[i] == ' ' || l[i] == '\t'); ++i) {
      if (l[i] != '\t') continue;
      if (i + 1 < l.size() && l.find_first_not_of(" \t") != std::string_view::npos &&
          l[l.find_first_not_of(" \t")] == '#')
        break;  // a tab before a comment is harmless
      diags.add(Rule::yaml_syntax, {src.name(), n, static_cast<int>(i) + 1, 1},
                diag::Message(diag::Msg::yaml_tab), diag::Message(diag::Msg::yaml_tab_hint));
      any = true;
      break;
    }
  }
  return any;
}

diag::Message friendly_yaml_message(const std::string& msg) {
  // yaml-cpp's messages are terse; say what the user most likely did.
  using diag::Msg;
  if (msg == "illegal map value") return diag::Message(Msg::yaml_illegal_map_value);
  if (msg == "end of map not found" || msg == "end of map flow not found")
    return diag::Message(Msg::yaml_map_not_closed);
  if (msg == "end of sequence not found" || msg == "end of sequence flow not found")
    return diag::Message(Msg::yaml_list_not_closed);
  if (msg == "illegal block entry") return diag::Message(Msg::yaml_illegal_block_entry);
  if (msg == "unknown escape character") return diag::Message(Msg::yaml_unknown_escape);
  // yaml-cpp may quote the byte it stopped at ("unknown escape character:
  // \xF0"), which need not be UTF-8: the message must stay valid UTF-8 for
  // the JSON output (found by fuzz_plan).
  return diag::Message::data(repair_utf8(msg));
}

}  // namespace

YamlDocument parse_yaml(const std::string& display_name, std::string text_in,
                        diag::Diagnostics& diags, const YamlLimits& limits) {
  YamlDocument doc;
  if (text_in.size() > limits.max_bytes) {
    doc.source = std::make_shared<diag::SourceText>(display_name, std::string());
    diags.add(Rule::bad_file, {display_name, 0, 0, 0},
              {diag::Msg::file_too_large, {text_in.size(), limits.max_bytes}});
    return doc;
  }
  if (auto bad = text::find_invalid_utf8(text_in)) {
    auto raw = std::make_shared<diag::SourceText>(display_name, text_in);
    diags.add(Rule::not_utf8, location_of_byte(*raw, *bad),
              {diag::Msg::file_not_utf8,
               {fmt::format("0x{:02X}", static_cast<unsigned char>(text_in[*bad])), *bad}},
              diag::Message(diag::Msg::file_not_utf8_hint));
    text_in = text_as_parsed(std::move(text_in));
  }
  doc.source = std::make_shared<diag::SourceText>(display_name, std::move(text_in));
  const diag::SourceText& src = *doc.source;

  std::string_view body = src.text();
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diags.add(Rule::bad_file, {display_name, 0, 0, 0}, diag::Message(diag::Msg::file_empty));
    return doc;
  }
  bool tabs = report_tabs(src, diags);

  TreeBuilder builder(src, diags, limits);
  ViewBuffer view(src.text());
  std::istream in(&view);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
    builder.report_non_nfc();
    doc.root = builder.take_root();
    if (builder.report_too_deep()) doc.root.reset();  // a truncated tree would only add noise
    if (builder.documents() == 0)
      diags.add(Rule::bad_file, {display_name, 0, 0, 0},
                diag::Message(diag::Msg::file_only_comments));
  } catch (const StopParsing&) {
    builder.report_non_nfc();
    builder.report_too_deep();
    doc.root = builder.take_root();
  } catch (const YAML::DeepRecursion& e) {
    if (!builder.report_too_deep())
      diags.add(Rule::bad_file, at(src, e.mark.line, e.mark.column),
                {diag::Msg::yaml_too_deep, {e.depth()}},
                diag::Message(diag::Msg::yaml_too_deep_hint));
  } catch (const YAML::ParserException& e) {
    // After a syntax error the tree is partial; checking it would only add noise.
    if (!tabs)
      diags.add(Rule::yaml_syntax, at(src, e.mark.line, e.mark.column),
                {diag::Msg::yaml_syntax, {friendly_yaml_message(e.msg)}});
  } catch (const std::exception& e) {
    diags.add(Rule::yaml_syntax, {display_name, 0, 0, 0},
              {diag::Msg::yaml_unreadable, {repair_utf8(e.what())}});
  }
  return doc;
}

std::string text_as_parsed(std::string text) {
  if (text::find_invalid_utf8(text)) return repair_utf8(text);
  return text;
}

diag::SourceLocation location_of(const YamlDocument& doc, const YNode& n) {
  int len = n.kind == YNode::Kind::scalar ? text::codepoint_count(n.value) + (n.plain ? 0 : 2) : 0;
  if (n.kind == YNode::Kind::scalar && n.value.find('\n') != std::string::npos) len = 0;
  return at(*doc.source, n.line, n.byte_col, len);
}

}  // namespace cchc::load
