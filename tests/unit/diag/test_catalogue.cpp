// The message catalogue: every id has a Vietnamese and an English text that
// take the same arguments, and messages render in the language asked for.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "cchc/diag/message.hpp"

using namespace cchc::diag;
using cchc::text::Lang;

namespace {

// The positional arguments a pattern uses ({0}, {1} ...), "{{" excluded.
std::set<int> placeholders(std::string_view p) {
  std::set<int> out;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] != '{') continue;
    if (i + 1 < p.size() && p[i + 1] == '{') {
      ++i;
      continue;
    }
    out.insert(std::stoi(std::string(p.substr(i + 1))));
  }
  return out;
}

bool looks_vietnamese(std::string_view s) {
  // Vietnamese text has letters beyond ASCII (ă, â, đ, ê, ô, ơ, ư and tones)
  // unless it is only a quoted form, which then equals the English one.
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

}  // namespace

TEST_CASE("every message id has a Vietnamese and an English text", "[catalogue]") {
  for (auto i = static_cast<int>(Msg::none) + 1; i < static_cast<int>(Msg::count_); ++i) {
    const auto id = static_cast<Msg>(i);
    INFO(msg_name(id));
    const auto en = catalogue_text(id, Lang::en);
    const auto vi = catalogue_text(id, Lang::vi);
    REQUIRE_FALSE(en.empty());
    REQUIRE_FALSE(vi.empty());
    // The same arguments in both languages, and in the singular form.
    CHECK(placeholders(en) == placeholders(vi));
    if (auto one = catalogue_text_one(id); !one.empty())
      CHECK(placeholders(one) == placeholders(en));
    // A Vietnamese text that is not Vietnamese is a forgotten translation;
    // the few that are the same in both languages are forms and file names.
    if (vi == en) CHECK((vi.find('{') == 0 || vi.starts_with("Thời gian") || vi.starts_with("`")));
    // "{0} trong {1}" has no letter beyond ASCII and is Vietnamese all the same.
    const bool plain_ascii = id == Msg::summary_counts || id == Msg::deadline_part_in;
    if (vi != en && !plain_ascii) CHECK(looks_vietnamese(vi));
  }
}

TEST_CASE("every pattern formats with its arguments in both languages", "[catalogue]") {
  for (auto i = static_cast<int>(Msg::none) + 1; i < static_cast<int>(Msg::count_); ++i) {
    const auto id = static_cast<Msg>(i);
    INFO(msg_name(id));
    const auto wanted = placeholders(catalogue_text(id, Lang::en));
    Message m(id);
    const int n = wanted.empty() ? 0 : *wanted.rbegin() + 1;
    for (int a = 0; a < n; ++a) m.arg(Message::data(fmt::format("<{}>", a)));
    for (Lang lang : {Lang::en, Lang::vi}) {
      const std::string shown = m.render(lang);
      for (int a : wanted) CHECK(shown.find(fmt::format("<{}>", a)) != std::string::npos);
      CHECK(shown.find("{0}") == std::string::npos);
    }
  }
}

TEST_CASE("messages render in the chosen language at output time", "[catalogue]") {
  const Message m(Msg::task_no_due, {"1.2"});
  CHECK(m.render(Lang::vi) == "nhiệm vụ 1.2 chưa có thời hạn hoàn thành");
  CHECK(m.render(Lang::en) == "task 1.2 has no deadline (thời gian hoàn thành)");
  const Message key(Msg::unknown_key, {"dua", noun("a task")});
  CHECK(key.render(Lang::vi) == "khóa không hợp lệ \"dua\" trong nhiệm vụ");
  CHECK(key.render(Lang::en) == "unknown key \"dua\" in a task");
  // A YAML key is data: the same in both languages.
  CHECK(noun("due").render(Lang::vi) == "due");
  CHECK(Message::both("80 triệu đồng", "80 million VND").render(Lang::en) == "80 million VND");
}

TEST_CASE("English takes the singular form for one", "[catalogue]") {
  CHECK(Message(Msg::count_errors, {1}).render(Lang::en) == "1 error");
  CHECK(Message(Msg::count_errors, {2}).render(Lang::en) == "2 errors");
  CHECK(Message(Msg::count_errors, {1}).render(Lang::vi) == "1 lỗi");
}

TEST_CASE("an empty message renders empty", "[catalogue]") {
  CHECK(Message().empty());
  CHECK(Message().render(Lang::vi).empty());
  CHECK_FALSE(Message::data("x").empty());
}

TEST_CASE("a message copies and moves with its arguments or its texts", "[catalogue]") {
  // A message holds either its arguments or its data in shared storage
  // (message.hpp): every copy, move and assignment between the two kinds
  // keeps what it holds.
  const Message both = Message::both("80 triệu đồng", "80 million VND");
  CHECK(both.render(Lang::vi) == "80 triệu đồng");
  CHECK(Message::both("x", "x").render(Lang::en) == "x");
  CHECK(Message::both("", "").empty());
  CHECK_FALSE(Message::both("", "en").empty());
  CHECK(Message::both("", "en").render(Lang::vi).empty());

  Message m(Msg::task_no_due, {"1.2"});
  Message copy = m;
  CHECK(copy.args().size() == 1);
  CHECK(Message::data("x").args().empty());
  Message moved = std::move(copy);
  CHECK(moved.render(Lang::en) == "task 1.2 has no deadline (thời gian hoàn thành)");
  moved = both;  // arguments -> texts
  CHECK(moved.render(Lang::en) == "80 million VND");
  CHECK(moved.render(Lang::vi) == "80 triệu đồng");
  moved = m;  // texts -> arguments
  CHECK(moved.render(Lang::vi) == "nhiệm vụ 1.2 chưa có thời hạn hoàn thành");
  moved = Message::data(std::string(100, 'a'));  // a text past the small-string buffer
  Message again(std::move(moved));
  CHECK(again.render(Lang::en) == std::string(100, 'a'));
  Message self = again;
  self = static_cast<const Message&>(self);
  CHECK(self.render(Lang::vi) == std::string(100, 'a'));
  CHECK(Message(Msg::none, {"ignored"}).empty());
}
