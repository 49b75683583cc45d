// Atomic writes that never clobber (issue 14): only regular files are
// replaced, their mode kept; the folder must exist; stale temporary files of
// killed runs are removed by the next write.
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cchc/io/files.hpp"

namespace fs = std::filesystem;
using namespace cchc;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string t = (fs::temp_directory_path() / "cchc-io-test-XXXXXX").string();
    REQUIRE(::mkdtemp(t.data()) != nullptr);
    dir = t;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    n += e.path().filename().string().find(".cchc-") != std::string::npos ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("write_file_atomic replaces a regular file and keeps its mode", "[io][issue14]") {
  Scratch s;
  fs::path f = s.dir / "out.csv";
  io::write_file_atomic(f, "old\n", io::Overwrite::refuse);
  CHECK((fs::status(f).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
         fs::perms::others_read));
  ::chmod(f.c_str(), 0600);
  io::write_file_atomic(f, "new\n", io::Overwrite::allow);
  CHECK(slurp(f) == "new\n");
  struct stat st {};
  REQUIRE(::stat(f.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  CHECK(temporaries(s.dir) == 0);
}

TEST_CASE("write_file_atomic refuses what is not a regular file", "[io][issue14]") {
  Scratch s;
  fs::path target = s.dir / "target.csv";
  io::write_file_atomic(target, "keep\n", io::Overwrite::refuse);
  fs::create_symlink(target, s.dir / "link.csv");
  CHECK_THROWS_WITH(io::write_file_atomic(s.dir / "link.csv", "x", io::Overwrite::allow),
                    Catch::Contains("is a symbolic link, not a regular file"));
  CHECK(fs::is_symlink(s.dir / "link.csv"));
  CHECK(slurp(target) == "keep\n");
  REQUIRE(::mkfifo((s.dir / "pipe.csv").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(io::write_file_atomic(s.dir / "pipe.csv", "x", io::Overwrite::allow),
                    Catch::Contains("is a named pipe (FIFO), not a regular file"));
  fs::create_directory(s.dir / "folder.csv");
  CHECK_THROWS_WITH(io::write_file_atomic(s.dir / "folder.csv", "x", io::Overwrite::allow),
                    Catch::Contains("is a folder, not a regular file"));
  CHECK(temporaries(s.dir) == 0);
}

TEST_CASE("write_file_atomic creates no folder", "[io][issue14]") {
  Scratch s;
  CHECK_THROWS_WITH(io::write_file_atomic(s.dir / "missing" / "out.csv", "x", io::Overwrite::allow),
                    Catch::Contains("does not exist (cchc creates no folder"));
  CHECK_FALSE(fs::exists(s.dir / "missing"));
}

TEST_CASE("a temporary file of a process that is gone is removed by the next write",
          "[io][issue14]") {
  Scratch s;
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  REQUIRE(child > 0);
  ::waitpid(child, nullptr, 0);
  fs::path stale = s.dir / (".out.csv.cchc-" + std::to_string(child) + "-abcdef");
  std::ofstream(stale) << "partial";
  // A temporary file of a live process (ours) is left alone.
  fs::path live = s.dir / (".out.csv.cchc-" + std::to_string(::getpid()) + "-ghijkl");
  std::ofstream(live) << "being written";
  io::write_file_atomic(s.dir / "out.csv", "done\n", io::Overwrite::allow);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(slurp(s.dir / "out.csv") == "done\n");
}
