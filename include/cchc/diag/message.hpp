// Messages in no language yet: a catalogue id and its arguments, written in
// Vietnamese or English only when they are shown (diag/format.hpp). The one
// catalogue of texts is src/diag/catalogue*.cpp; every id has both.
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
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

class Message {
 public:
  Message() = default;
  Message(Msg id, std::initializer_list<Arg> args);
  explicit Message(Msg id) : id_(id) {}

  // Text that is the same in both languages: names, quoted values, numbers.
  static Message data(std::string text);
  // Text computed in both languages by the caller (an amount grouped the
  // Vietnamese and the English way).
  static Message both(std::string vi, std::string en);

  bool empty() const { return id_ == Msg::none && vi_.empty() && en_.empty(); }
  Msg id() const { return id_; }
  const std::vector<Message>& args() const { return args_; }
  Message& arg(Message a) {
    args_.push_back(std::move(a));
    return *this;
  }

  std::string render(text::Lang lang) const;

 private:
  Msg id_ = Msg::none;
  std::string vi_, en_;  // data (id_ == none)
  std::vector<Message> args_;
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

inline Message::Message(Msg id, std::initializer_list<Arg> args) : id_(id) {
  args_.reserve(args.size());
  for (const auto& a : args) args_.push_back(a.m);
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
