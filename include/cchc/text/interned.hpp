// Strings stored once per program (issue 15). A national repository writes the
// same file names and agency names hundreds of thousands of times: each is
// kept once, in a table that lives as long as the program, and a value that
// names it is a 32-bit number. Naming a string looks it up under a lock;
// copying, comparing for equality and reading do not.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>

namespace cchc::text {

// One table of interned strings. Number 0 is the empty string.
class InternTable {
 public:
  InternTable();
  ~InternTable();
  InternTable(const InternTable&) = delete;
  InternTable& operator=(const InternTable&) = delete;

  std::uint32_t intern(std::string_view s);
  const std::string& str(std::uint32_t n) const;

 private:
  struct Impl;
  Impl* impl_;
};

// The table of agency names, owner ids and other short texts of the model.
InternTable& shared_texts();

// A piece of text kept in shared_texts(). Reads like the std::string it
// replaces: `ref.text == "Sở Nội vụ"`, `ref.text.empty()`, `fmt::format("{}", ref.text)`.
class Interned {
 public:
  Interned() : n_(0) {}
  Interned(std::string_view s) : n_(shared_texts().intern(s)) {}
  Interned(const std::string& s) : Interned(std::string_view(s)) {}
  Interned(const char* s) : Interned(std::string_view(s)) {}

  const std::string& str() const { return shared_texts().str(n_); }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }
  bool empty() const { return n_ == 0; }
  std::size_t size() const { return str().size(); }
  // For hashed containers: equal texts have equal numbers.
  std::size_t hash() const { return n_; }

  template <class T>
  requires std::same_as<T, Interned>
  friend bool operator==(const Interned& a, const T& b) { return a.n_ == b.n_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const Interned& a, const Interned& b) {
    return a.n_ == b.n_ ? std::strong_ordering::equal : a.str().compare(b.str()) <=> 0;
  }

 private:
  std::uint32_t n_;
};

}  // namespace cchc::text

template <>
struct std::hash<cchc::text::Interned> {
  std::size_t operator()(const cchc::text::Interned& s) const noexcept { return s.hash(); }
};

template <>
struct fmt::formatter<cchc::text::Interned> : fmt::formatter<std::string_view> {
  auto format(const cchc::text::Interned& s, fmt::format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(s.str(), ctx);
  }
};
