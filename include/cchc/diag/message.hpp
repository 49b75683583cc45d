// Messages in no language yet: a catalogue id and its arguments, written in
// Vietnamese or English only when they are shown (diag/format.hpp). The one
// catalogue of texts is src/diag/catalogue*.cpp; every id has both.
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/text/format.hpp"

namespace cchc::diag {

// One id per sentence cchc can say about a file. Add an id here and its two
// texts to the catalogue; the unit test fails for an id without both.
enum class Msg : std::uint16_t {
  none,  // no message (an absent hint); data (a Message::data) also has this id
#define CCHC_MSG(id) id,
#include "cchc/diag/message_ids.inc"
#undef CCHC_MSG
  count_
};

class Message;

// An argument: a message of the catalogue, or data shown as it is (a name
// from a file, a number, a day).
struct Arg;

// 40 bytes (issue 15: a national repository's check keeps 110,000
// diagnostics, each with a message and a hint): a message of the catalogue
// holds its arguments, data holds its text, never both, so the two share
// their storage.
class Message {
 public:
  Message() : text_() {}
  Message(Msg id, std::initializer_list<Arg> args);
  explicit Message(Msg id);
  Message(const Message& other);
  Message(Message&& other) noexcept;
  Message& operator=(const Message& other);
  Message& operator=(Message&& other) noexcept;
  ~Message();

  // Text that is the same in both languages: names, quoted values, numbers.
  static Message data(std::string text);
  // Text computed in both languages by the caller (an amount grouped the
  // Vietnamese and the English way).
  static Message both(std::string vi, std::string en);

  bool empty() const { return id_ == Msg::none && text_.empty(); }
  Msg id() const { return id_; }
  // The arguments of a message of the catalogue; none for data.
  const std::vector<Message>& args() const;
  // Adds an argument to a message of the catalogue (id() != Msg::none).
  Message& arg(Message a);

  std::string render(text::Lang lang) const;

 private:
  static constexpr std::uint32_t kSameText = 0xFFFFFFFF;
  bool has_args() const { return id_ != Msg::none; }

  Msg id_ = Msg::none;
  // Data: where the English text starts in text_ ("vi" then "en"), or
  // kSameText when both languages read text_.
  std::uint32_t en_at_ = kSameText;
  union {
    std::string text_;           // id_ == Msg::none
    std::vector<Message> args_;  // id_ != Msg::none
  };
};

struct Arg {
  Message m;
  Arg(Message v) : m(std::move(v)) {}  // NOLINT(google-explicit-constructor)
  Arg(Msg id) : m(id) {}               // NOLINT(google-explicit-constructor)
  Arg(std::string_view s) : m(Message::data(std::string(s))) {}  // NOLINT
  Arg(const std::string& s) : m(Message::data(s)) {}             // NOLINT
  Arg(const char* s) : m(Message::data(s)) {}                    // NOLINT
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>) Arg(T v)
      : m(Message::data(std::to_string(v))) {}  // NOLINT
};

inline Message::Message(Msg id) : id_(id) {
  if (has_args())
    new (&args_) std::vector<Message>();
  else
    new (&text_) std::string();
}

inline Message::Message(Msg id, std::initializer_list<Arg> args) : Message(id) {
  if (!has_args()) return;  // Msg::none takes no arguments
  args_.reserve(args.size());
  for (const auto& a : args) args_.push_back(a.m);
}

inline Message::Message(const Message& other) : id_(other.id_), en_at_(other.en_at_) {
  if (has_args())
    new (&args_) std::vector<Message>(other.args_);
  else
    new (&text_) std::string(other.text_);
}

inline Message::Message(Message&& other) noexcept : id_(other.id_), en_at_(other.en_at_) {
  if (has_args())
    new (&args_) std::vector<Message>(std::move(other.args_));
  else
    new (&text_) std::string(std::move(other.text_));
}

inline Message::~Message() {
  if (has_args())
    args_.~vector();
  else
    text_.~basic_string();
}

inline Message& Message::operator=(Message&& other) noexcept {
  if (this != &other) {
    this->~Message();
    new (this) Message(std::move(other));
  }
  return *this;
}

inline Message& Message::operator=(const Message& other) {
  if (this != &other) *this = Message(other);
  return *this;
}

inline const std::vector<Message>& Message::args() const {
  static const std::vector<Message> none;
  return has_args() ? args_ : none;
}

inline Message& Message::arg(Message a) {
  if (has_args()) args_.push_back(std::move(a));
  return *this;
}

// The catalogue's text of an id ("" for none). English texts may have a
// singular form, used when the first argument is "1".
std::string_view catalogue_text(Msg id, text::Lang lang);
std::string_view catalogue_text_one(Msg id);
// The id's name in the catalogue ("task_no_due"), for tests and docs.
std::string_view msg_name(Msg id);

// The message for a noun phrase cchc uses as an argument ("a task", "the
// plan's budget", "a list"); a YAML key name ("due") is data.
Message noun(std::string_view english);

}  // namespace cchc::diag
