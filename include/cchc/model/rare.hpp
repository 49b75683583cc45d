// Rare<T>: an optional value kept out of line. A field most tasks leave out
// (a start, a budget) costs a pointer instead of its size: a national
// repository holds 330k tasks (issue 15). It reads and assigns like the
// std::optional it replaces, and copies deeply.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace cchc::model {

template <class T>
class Rare {
 public:
  Rare() = default;
  Rare(std::nullopt_t) {}
  Rare(T value) : p_(std::make_unique<T>(std::move(value))) {}
  Rare(std::optional<T> value) {
    if (value) p_ = std::make_unique<T>(std::move(*value));
  }
  Rare(const Rare& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
  Rare(Rare&&) noexcept = default;
  Rare& operator=(const Rare& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
    return *this;
  }
  Rare& operator=(Rare&&) noexcept = default;
  ~Rare() = default;

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }

  friend bool operator==(const Rare& a, const Rare& b) {
    if (!a || !b) return !a && !b;
    return *a == *b;
  }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace cchc::model
