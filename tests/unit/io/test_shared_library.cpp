// Libraries opened at run time (io/shared_library.hpp): a missing library or
// function is a problem to report, never a crash; the libraries cchc opens
// are there with every function it calls.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "cchc/io/libzip.hpp"
#include "cchc/io/shared_library.hpp"

using namespace cchc;

namespace {

#define CCHC_TEST_FUNCTIONS(X) X(strlen) X(strcmp)

struct LibcTable : io::FunctionTable {
  CCHC_TEST_FUNCTIONS(CCHC_FUNCTION_POINTER)
  void look_up(io::SharedLibrary& library) { CCHC_TEST_FUNCTIONS(CCHC_FUNCTION_LOOKUP) }
};

}  // namespace

TEST_CASE("a library that is there gives its functions", "[io][shared_library]") {
  auto table = io::open_functions<LibcTable>("libc.so.6");
  CHECK(table.problem.empty());
  CHECK(table.file == "libc.so.6");
  REQUIRE(table.strlen != nullptr);
  REQUIRE(table.strcmp != nullptr);
  CHECK(table.strlen("cchc") == 4);
  CHECK(table.strcmp("a", "a") == 0);
}

TEST_CASE("a missing library is a problem that names it", "[io][shared_library]") {
  io::SharedLibrary library("libcchc-no-such-library.so.9");
  CHECK(library.problem().find("libcchc-no-such-library.so.9") != std::string::npos);
  CHECK(library.problem().find("No such file") != std::string::npos);
  CHECK(library.function<void (*)()>("strlen") == nullptr);

  auto table = io::open_functions<LibcTable>("libcchc-no-such-library.so.9");
  CHECK(table.problem.find("libcchc-no-such-library.so.9: cannot open shared object file") == 0);
  CHECK(table.strlen == nullptr);
  CHECK(table.strcmp == nullptr);
}

TEST_CASE("a missing function is a problem that names it", "[io][shared_library]") {
  io::SharedLibrary library("libc.so.6");
  CHECK(library.problem().empty());
  CHECK(library.function<void (*)()>("cchc_no_such_function") == nullptr);
  CHECK(library.problem() == "libc.so.6 has no function cchc_no_such_function");
  // The first problem is kept; functions found later are still given.
  CHECK(library.function<void (*)()>("cchc_another_missing_function") == nullptr);
  CHECK(library.problem() == "libc.so.6 has no function cchc_no_such_function");
  CHECK(library.function<decltype(&::strlen)>("strlen") != nullptr);
}

TEST_CASE("libzip is opened with every function cchc calls", "[io][shared_library]") {
  const io::Libzip& zip = io::libzip();
  INFO(zip.problem);
  CHECK(zip.problem.empty());
  CHECK(zip.file.rfind("libzip.so.", 0) == 0);
#define CCHC_CHECK_FOUND(name) CHECK(zip.name != nullptr);
  CCHC_LIBZIP_FUNCTIONS(CCHC_CHECK_FOUND)
#undef CCHC_CHECK_FOUND
}
