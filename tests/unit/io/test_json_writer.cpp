// Tests for cchc/io/json_writer.hpp and io::AtomicFile: a document streamed a
// piece at a time is byte for byte the one nlohmann-json's dump(2) writes.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "cchc/io/files.hpp"
#include "cchc/io/json_writer.hpp"

using cchc::io::JsonObjectWriter;
using nlohmann::json;

namespace {

json record(int i) {
  return {{"file", "plans/kế-hoạch.yaml"},
          {"line", i},
          {"lead", json::array({"snv", "stp"})},
          {"none", json::array()},
          {"nested", {{"a", {{"b", json::array({1, {{"c", nullptr}}})}}}}},
          {"text", "dòng \"một\"\nhai\t\u0001"}};
}

}  // namespace

TEST_CASE("a streamed object is dump(2) of the whole document") {
  for (int n : {0, 1, 3}) {
    json whole = {{"cchc", {{"version", "0.1.0"}, {"as_of", "2026-12-01"}}},
                  {"from", "2026-11-01"},
                  {"items", json::array()},
                  {"summary", {{"errors", n}, {"empty", json::object()}}}};
    for (int i = 0; i < n; ++i) whole["items"].push_back(record(i));

    std::ostringstream out;
    JsonObjectWriter w(out);
    w.members({{"cchc", whole["cchc"]}, {"from", whole["from"]}});
    w.begin_array("items");
    for (int i = 0; i < n; ++i) w.element(record(i));
    w.end_array();
    w.member("summary", whole["summary"]);
    w.finish();
    CHECK(out.str() == whole.dump(2) + "\n");
  }
}

TEST_CASE("objects nested in the streamed object are dump(2) of the whole document") {
  for (int n : {0, 1, 2}) {
    json whole = {
        {"a", 1},
        {"budget", {{"areas", json::array()}, {"change", n}, {"tasks", json::array()}}},
        {"empty", json::object()},
        {"tasks", {{"added", json::array()}, {"inner", {{"deep", json::array()}}}, {"z", "z"}}}};
    for (int i = 0; i < n; ++i) {
      whole["budget"]["tasks"].push_back(record(i));
      whole["tasks"]["added"].push_back(record(i));
      whole["tasks"]["inner"]["deep"].push_back(i);
    }
    std::ostringstream out;
    JsonObjectWriter w(out);
    w.member("a", 1);
    w.begin_object("budget");
    w.begin_array("areas");
    w.end_array();
    w.member("change", n);
    w.begin_array("tasks");
    for (int i = 0; i < n; ++i) w.element(record(i));
    w.end_array();
    w.end_object();
    w.begin_object("empty");
    w.end_object();
    w.begin_object("tasks");
    w.begin_array("added");
    for (int i = 0; i < n; ++i) w.element(record(i));
    w.end_array();
    w.begin_object("inner");
    w.begin_array("deep");
    for (int i = 0; i < n; ++i) w.element(i);
    w.end_array();
    w.end_object();
    w.member("z", "z");
    w.end_object();
    w.finish();
    CHECK(out.str() == whole.dump(2) + "\n");
  }
}

TEST_CASE("elements serialised on several threads are written in order, as element() writes them") {
  // 0 and 1 element, one block, a block and one more, several rounds of
  // blocks; at depth 1 (check's diagnostics) and nested deeper.
  for (std::size_t n :
       {std::size_t{0}, std::size_t{1}, std::size_t{2048}, std::size_t{2049}, std::size_t{9000}}) {
    for (unsigned threads : {1u, 2u, 3u}) {
      json whole = {{"a", 1}, {"deep", {{"items", json::array()}}}, {"items", json::array()}};
      for (std::size_t i = 0; i < n; ++i) {
        whole["items"].push_back(record(static_cast<int>(i)));
        whole["deep"]["items"].push_back(record(static_cast<int>(i)));
      }
      auto make = [](std::size_t i) { return record(static_cast<int>(i)); };
      std::ostringstream out;
      JsonObjectWriter w(out);
      w.member("a", 1);
      w.begin_object("deep");
      w.begin_array("items");
      w.elements(n, make, threads);
      w.end_array();
      w.end_object();
      w.begin_array("items");
      w.elements(n, make, threads);
      w.end_array();
      w.finish();
      INFO(n << " elements on " << threads << " threads");
      CHECK(out.str() == whole.dump(2) + "\n");
    }
  }
}

TEST_CASE("what an element's serialising throws on a helper thread is thrown to the caller") {
  std::ostringstream out;
  JsonObjectWriter w(out);
  w.begin_array("items");
  // Element 3000 is in the second block, serialised by the other thread.
  auto make = [](std::size_t i) {
    return i == 3000 ? json(std::string("kh\xF4ng")) : json(static_cast<int>(i));
  };
  CHECK_THROWS_AS(w.elements(5000, make, 2), json::type_error);
  CHECK_THROWS_AS(w.elements(
                      5000,
                      [](std::size_t i) -> json {
                        if (i == 4999) throw std::runtime_error("made up");
                        return static_cast<int>(i);
                      },
                      2),
                  std::runtime_error);
  JsonObjectWriter outside(out);
  CHECK_THROWS_AS(outside.elements(
                      1, [](std::size_t) { return json(1); }, 2),
                  std::logic_error);
}

TEST_CASE("finish closes what is still open") {
  std::ostringstream out;
  JsonObjectWriter w(out);
  w.begin_object("o");
  w.begin_array("list");
  w.element(1);
  w.finish();
  CHECK(out.str() == json{{"o", {{"list", json::array({1})}}}}.dump(2) + "\n");
}

TEST_CASE("the streamed object refuses what dump(2) could not have written") {
  std::ostringstream out;
  JsonObjectWriter w(out);
  CHECK_THROWS_AS(w.end_object(), std::logic_error);  // the outer object ends with finish
  CHECK_THROWS_AS(w.end_array(), std::logic_error);
  w.begin_object("o");
  CHECK_THROWS_AS(w.element(1), std::logic_error);
  CHECK_THROWS_AS(w.end_array(), std::logic_error);
  w.begin_array("list");
  CHECK_THROWS_AS(w.member("x", 1), std::logic_error);
  CHECK_THROWS_AS(w.end_object(), std::logic_error);
  w.end_array();
  CHECK_THROWS_AS(w.begin_object("a"), std::logic_error);  // "a" before "list"
  w.end_object();
  w.finish();
  CHECK_THROWS_AS(w.finish(), std::logic_error);
}

TEST_CASE("the streamed object refuses members out of key order") {
  std::ostringstream out;
  JsonObjectWriter w(out);
  w.member("items", 1);
  CHECK_THROWS_AS(w.member("cchc", 2), std::logic_error);
  CHECK_THROWS_AS(w.member("items", 2), std::logic_error);
  CHECK_THROWS_AS(w.element(3), std::logic_error);
}

TEST_CASE("AtomicFile: the file appears whole at commit, or not at all") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "cchc-test-atomic-file";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path target = dir / "out.json";
  {
    cchc::io::AtomicFile f(target, cchc::io::Overwrite::allow);
    for (int i = 0; i < 100000; ++i) f.stream() << i << '\n';
    CHECK(!fs::exists(target));
    f.commit();
  }
  std::ifstream in(target);
  int last = -1;
  for (int v; in >> v;) last = v;
  CHECK(last == 99999);
  {
    cchc::io::AtomicFile f(target, cchc::io::Overwrite::allow);
    f.stream() << "abandoned";
  }
  CHECK(fs::file_size(target) > 100000);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  CHECK_THROWS_AS(cchc::io::AtomicFile(target, cchc::io::Overwrite::refuse), cchc::io::WriteError);
  fs::remove_all(dir);
}
