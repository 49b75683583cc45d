// A small YAML document tree built from yaml-cpp's event parser, private to the
// loader. We build our own tree rather than use YAML::Node because:
//  - yaml-cpp keeps duplicate keys silently; we see every key and report them;
//  - we need to know whether a scalar was quoted (a plain 2.019 is ambiguous)
//    and whether a mapping was written in flow style ({ ... }) for hints;
//  - one pass over the events is cheaper than YAML::Node's lookups.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/source.hpp"

namespace cchc::load {

struct YEntry;

struct YNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string value;   // scalar text, NFC
  bool plain = false;  // an unquoted scalar
  bool flow = false;   // a sequence or mapping written with [ ] or { }
  int line = 0;        // 0-based, as yaml-cpp marks
  int byte_col = 0;
  std::vector<YNode> items;  // sequence
  // map, in file order, first of duplicates only. A struct of its own, not a
  // std::pair: clang rejects a pair of the type being defined.
  std::vector<YEntry> entries;

  bool is_null() const {
    return kind == Kind::null ||
           (kind == Kind::scalar && plain && (value == "~" || value == "null" || value.empty()));
  }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_seq() const { return kind == Kind::sequence; }
  const YNode* find(std::string_view key) const;
};

struct YEntry {
  YEntry(YNode k, YNode v) : key(std::move(k)), value(std::move(v)) {}
  YNode key;
  YNode value;
};

inline const YNode* YNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.value == key) return &v;
  return nullptr;
}

struct YamlDocument {
  std::unique_ptr<YNode> root;  // null when the file has no document or failed to parse
  std::shared_ptr<const diag::SourceText> source;
};

// Limits that keep a hostile file from exhausting memory or the stack.
struct YamlLimits {
  std::size_t max_bytes = 64u * 1024u * 1024u;
  std::size_t max_nodes = 4'000'000;
  // Nodes made by aliases (*name): a plan has little use for them, and an
  // alias bomb ("billion laughs") is refused after this many, in milliseconds.
  std::size_t max_alias_nodes = 100'000;
  int max_depth = 200;
};

// Read one YAML file's text (already checked for UTF-8 by the caller or not):
// reports not-utf8, yaml-syntax, duplicate-key, non-nfc-text, legacy-encoding
// and bad-file problems into `diags`, and returns whatever tree could be built.
YamlDocument parse_yaml(const std::string& display_name, std::string text, diag::Diagnostics& diags,
                        const YamlLimits& limits = {});

// The text parse_yaml reads positions in: `text` with each invalid UTF-8
// sequence replaced by U+FFFD (the not-utf8 diagnostic says where it was).
std::string text_as_parsed(std::string text);

// 1-based location of a node in the document.
diag::SourceLocation location_of(const YamlDocument& doc, const YNode& n);

}  // namespace cchc::load
