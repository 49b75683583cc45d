// The one message catalogue: ids to texts in Vietnamese and English, and the
// rendering of a Message in the language chosen for the output.
#include "catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <array>

namespace cchc::diag {
namespace {

constexpr std::size_t kCount = static_cast<std::size_t>(Msg::count_);

const std::array<const catalogue::Entry*, kCount>& table() {
  static const std::array<const catalogue::Entry*, kCount> t = [] {
    std::array<const catalogue::Entry*, kCount> out{};
    for (auto part :
         {catalogue::diag_entries(), catalogue::model_entries(), catalogue::load_entries(),
          catalogue::check_entries(), catalogue::render_entries()})
      for (const auto& e : part) out[static_cast<std::size_t>(e.id)] = &e;
    return out;
  }();
  return t;
}

const catalogue::Entry* entry(Msg id) {
  auto i = static_cast<std::size_t>(id);
  return i < kCount ? table()[i] : nullptr;
}

constexpr std::array<std::string_view, kCount> kNames{
    "none",
#define CCHC_MSG(id) #id,
#include "cchc/diag/message_ids.inc"
#undef CCHC_MSG
};

}  // namespace

Message Message::data(std::string text) {
  Message m;
  m.text_ = std::move(text);
  return m;
}

Message Message::both(std::string vi, std::string en) {
  Message m;
  if (vi == en) {
    m.text_ = std::move(vi);
  } else {
    m.en_at_ = static_cast<std::uint32_t>(vi.size());  // texts come from files of at most 64 MiB
    m.text_ = std::move(vi) + en;
  }
  return m;
}

std::string_view catalogue_text(Msg id, text::Lang lang) {
  const catalogue::Entry* e = entry(id);
  if (!e) return {};
  return lang == text::Lang::vi ? e->vi : e->en;
}

std::string_view catalogue_text_one(Msg id) {
  const catalogue::Entry* e = entry(id);
  return e ? e->en_one : std::string_view{};
}

std::string_view msg_name(Msg id) {
  auto i = static_cast<std::size_t>(id);
  return i < kCount ? kNames[i] : std::string_view{};
}

std::string Message::render(text::Lang lang) const {
  if (id_ == Msg::none) {
    if (en_at_ == kSameText) return text_;
    return lang == text::Lang::vi ? text_.substr(0, en_at_) : text_.substr(en_at_);
  }
  std::vector<std::string> shown;
  shown.reserve(args_.size());
  for (const auto& a : args_) shown.push_back(a.render(lang));
  std::string_view pattern = catalogue_text(id_, lang);
  if (lang == text::Lang::en && !shown.empty() && shown.front() == "1")
    if (auto one = catalogue_text_one(id_); !one.empty()) pattern = one;
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& s : shown) store.push_back(s);
  try {
    return fmt::vformat(pattern, store);
  } catch (const fmt::format_error&) {
    // A pattern that asks for more arguments than given: show it as it is
    // rather than lose the message (the unit test keeps this from happening).
    return std::string(pattern);
  }
}

Message noun(std::string_view english) {
  for (const auto& n : catalogue::nouns())
    if (n.en == english) return Message::both(std::string(n.vi), std::string(n.en));
  return Message::data(std::string(english));  // a YAML key: the same in both languages
}

}  // namespace cchc::diag
