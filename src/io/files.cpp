// Atomic file writing with POSIX calls (rename(2) is atomic within a folder).
#include "cchc/io/files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace cchc::io {

namespace fs = std::filesystem;

namespace {

void write_all(int fd, std::string_view content, const fs::path& tmp) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw WriteError(fmt::format("cannot write {}: {}", tmp.string(), std::strerror(err)));
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

void write_file_atomic(const fs::path& path, std::string_view content, Overwrite mode) {
  fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (mode == Overwrite::refuse && fs::exists(path, ec))
    throw WriteError(
        fmt::format("{} already exists; cchc does not overwrite it (use --force to replace it)",
                    path.string()));
  std::string templ = (dir / ("." + path.filename().string() + ".cchc-XXXXXX")).string();
  int fd = ::mkstemp(templ.data());
  if (fd < 0)
    throw WriteError(
        fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno)));
  fs::path tmp(templ);
  write_all(fd, content, tmp);
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw WriteError(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  if (mode == Overwrite::refuse) {
    // link(2) fails if the target appeared meanwhile, so we never clobber a file
    // created between the check above and now.
    if (::link(tmp.c_str(), path.c_str()) != 0) {
      int err = errno;
      ::unlink(tmp.c_str());
      throw WriteError(fmt::format("cannot create {}: {}", path.string(), std::strerror(err)));
    }
    ::unlink(tmp.c_str());
    return;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw WriteError(fmt::format("cannot replace {}: {}", path.string(), std::strerror(err)));
  }
}

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string templ = (fs::path(base && *base ? base : "/tmp") / "cchc-XXXXXX").string();
  if (::mkdtemp(templ.data()) == nullptr)
    throw WriteError(fmt::format("cannot create a temporary folder: {}", std::strerror(errno)));
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);  // nothing to do about a failure here
}

std::string read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  if (!in || !(out << in.rdbuf()))
    throw WriteError(fmt::format("cannot read back {}", path.string()));
  return out.str();
}

}  // namespace cchc::io
