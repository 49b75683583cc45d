// The lexer of the deadline grammar (deadline.cpp, deadline_forms.cpp),
// private to model/: a written deadline split into tokens (runs of letters,
// runs of digits, single punctuation marks), each keeping its byte span in
// the text and an ASCII-folded form, so "Quý", "QUY" and "quy" are the same
// word and every item can be cut out of the input exactly as written; and
// the cursor the grammar reads them with. The text must be valid UTF-8.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cchc::model::deadline_grammar {

enum class CharClass { space, digit, letter, dash, punct };

struct CodePoint {
  CharClass cls;
  char32_t value;
  std::size_t len;
};

// The code point at byte i, classified.
CodePoint code_point_at(std::string_view s, std::size_t i);

// Whether the first thing on the line that is not white space is a dash (or
// a bullet pasted from Word).
bool line_starts_with_dash(std::string_view line);

enum class TokKind { word, number, punct };

struct Token {
  TokKind kind = TokKind::word;
  std::string fold;       // ASCII-folded lower case; every dash is "-"
  std::size_t begin = 0;  // byte span in the collapsed text
  std::size_t end = 0;
  bool space_before = false;  // true for the first token too
};

std::vector<Token> tokenize(std::string_view s);

struct Source {
  std::string_view text;  // the input with white space collapsed
  std::vector<Token> tokens;

  // Tokens [b, e) as written.
  std::string slice(std::size_t b, std::size_t e) const {
    if (b >= e) return {};
    return std::string(text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin));
  }
};

// A position in tokens [pos, end). Copied to try an alternative and dropped
// when the alternative does not match: that is all the backtracking there is.
class Cursor {
 public:
  Cursor(const Source& src, std::size_t pos, std::size_t end) : src_(&src), pos_(pos), end_(end) {}

  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  const Source& source() const { return *src_; }

  const Token* peek() const { return done() ? nullptr : &src_->tokens[pos_]; }

  bool eat(std::string_view fold) {
    const Token* t = peek();
    if (t == nullptr || t->fold != fold) return false;
    ++pos_;
    return true;
  }

  // All of the words in order, or nothing consumed.
  bool eat_seq(std::initializer_list<std::string_view> folds);

  // A number written with min_len to max_len digits (max_len <= 4: no overflow).
  std::optional<unsigned> number(std::size_t min_len, std::size_t max_len);
  std::optional<unsigned> small() { return number(1, 2); }  // a day, month or quarter
  std::optional<unsigned> year() { return number(4, 4); }

  // A number written in digits or in Roman numerals (quarters: "Quý IV").
  std::optional<unsigned> ordinal();

 private:
  const Source* src_;
  std::size_t pos_;
  std::size_t end_;
};

}  // namespace cchc::model::deadline_grammar
