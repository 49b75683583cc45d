// The lexer of the deadline grammar (deadline_lexer.hpp). Code points come
// from text/'s UTF-8 decoder; this file only sorts them into the classes the
// grammar cares about.
#include "deadline_lexer.hpp"

#include <array>
#include <utility>

#include "cchc/text/utf8.hpp"

namespace cchc::model::deadline_grammar {

namespace {

CharClass classify_ascii(char32_t c) {
  if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::space;
  if (c >= '0' && c <= '9') return CharClass::digit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
  if (c == '-') return CharClass::dash;
  return CharClass::punct;
}

CharClass classify(char32_t c) {
  if (c < 0x80) return classify_ascii(c);
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return CharClass::space;
  // Text pasted from Word brings en and em dashes, the minus sign and bullets
  // (also the Symbol-font bullets U+F0A7 and U+F0B7) where a list item starts.
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
      c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25AA || c == 0x25CF || c == 0x25E6 ||
      c == 0xF0A7 || c == 0xF0B7)
    return CharClass::dash;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7 || (c >= 0x2016 && c <= 0x206F) ||
      (c >= 0x3001 && c <= 0x303F))
    return CharClass::punct;
  return CharClass::letter;  // Vietnamese letters and combining marks
}

Token punct_token(std::string_view s, std::size_t i, const CodePoint& cp, bool space) {
  std::string fold = "?";
  if (cp.cls == CharClass::dash)
    fold = "-";
  else if (cp.value < 0x80)
    fold = std::string(1, s[i]);
  return Token{TokKind::punct, std::move(fold), i, i + cp.len, space};
}

std::optional<unsigned> roman_value(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kRoman{"i",   "ii",   "iii", "iv", "v",  "vi",
                                                           "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (std::size_t i = 0; i < kRoman.size(); ++i)
    if (kRoman[i] == s) return unsigned(i + 1);
  return std::nullopt;
}

}  // namespace

CodePoint code_point_at(std::string_view s, std::size_t i) {
  const text::Utf8Step step = text::decode_utf8(s, i);
  return {classify(step.code_point), step.code_point, step.length};
}

bool line_starts_with_dash(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    const CodePoint cp = code_point_at(line, i);
    if (cp.cls != CharClass::space) return cp.cls == CharClass::dash;
    i += cp.len;
  }
  return false;
}

// Letters and digits form separate tokens, so "Quý4/2021", "2017-Q4" and
// "lần/năm" split the same way whether or not the writer left spaces.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    const CodePoint cp = code_point_at(s, i);
    if (cp.cls == CharClass::space) {
      space = true;
      i += cp.len;
      continue;
    }
    if (cp.cls == CharClass::dash || cp.cls == CharClass::punct) {
      out.push_back(punct_token(s, i, cp, space));
      space = false;
      i += cp.len;
      continue;
    }
    std::size_t j = i + cp.len;
    while (j < s.size()) {
      const CodePoint next = code_point_at(s, j);
      if (next.cls != cp.cls) break;
      j += next.len;
    }
    const std::string_view run = s.substr(i, j - i);
    const bool digits = cp.cls == CharClass::digit;
    out.push_back(Token{digits ? TokKind::number : TokKind::word,
                        digits ? std::string(run) : text::fold_ascii(run), i, j, space});
    space = false;
    i = j;
  }
  return out;
}

bool Cursor::eat_seq(std::initializer_list<std::string_view> folds) {
  Cursor t = *this;
  for (std::string_view f : folds)
    if (!t.eat(f)) return false;
  *this = t;
  return true;
}

std::optional<unsigned> Cursor::number(std::size_t min_len, std::size_t max_len) {
  const Token* t = peek();
  if (t == nullptr || t->kind != TokKind::number || t->fold.size() < min_len ||
      t->fold.size() > max_len)
    return std::nullopt;
  unsigned v = 0;
  for (char ch : t->fold) v = v * 10 + unsigned(ch - '0');
  ++pos_;
  return v;
}

std::optional<unsigned> Cursor::ordinal() {
  const Token* t = peek();
  if (t == nullptr) return std::nullopt;
  if (t->kind == TokKind::number) return small();
  const std::optional<unsigned> v = roman_value(t->fold);
  if (v) ++pos_;
  return v;
}

}  // namespace cchc::model::deadline_grammar
