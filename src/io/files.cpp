// Atomic file writing with POSIX calls (rename(2) is atomic within a folder).
#include "cchc/io/files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
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

namespace {

struct TempFile {
  int fd;
  fs::path tmp;
};

TempFile open_temp_beside(const fs::path& path, Overwrite mode) {
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
  return {fd, fs::path(templ)};
}

// Flush the temporary file to disk and put it in place.
void put_in_place(const TempFile& t, const fs::path& path, Overwrite mode) {
  const fs::path& tmp = t.tmp;
  ::fchmod(t.fd, 0644);
  if (::fsync(t.fd) != 0 || ::close(t.fd) != 0) {
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

}  // namespace

void write_file_atomic(const fs::path& path, std::string_view content, Overwrite mode) {
  TempFile t = open_temp_beside(path, mode);
  write_all(t.fd, content, t.tmp);
  put_in_place(t, path, mode);
}

// The stream buffer of AtomicFile: a fixed buffer written to the temporary
// file's descriptor when full.
class AtomicFile::Buffer : public std::streambuf {
 public:
  Buffer(int fd, fs::path tmp) : fd_(fd), tmp_(std::move(tmp)) {
    setp(buf_.data(), buf_.data() + buf_.size());
  }
  int fd() const { return fd_; }
  const fs::path& tmp() const { return tmp_; }
  void drain() {
    write_all(fd_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())), tmp_);
    setp(buf_.data(), buf_.data() + buf_.size());
  }

 protected:
  int_type overflow(int_type ch) override {
    drain();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override {
    drain();
    return 0;
  }

 private:
  int fd_;
  fs::path tmp_;
  std::array<char, 1 << 16> buf_{};
};

AtomicFile::AtomicFile(const fs::path& path, Overwrite mode) : path_(path), mode_(mode) {
  TempFile t = open_temp_beside(path, mode);
  buffer_ = std::make_unique<Buffer>(t.fd, t.tmp);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
  // A failed write throws WriteError out of the buffer; let it through.
  stream_->exceptions(std::ios::badbit);
}

AtomicFile::~AtomicFile() {
  if (committed_ || !buffer_) return;
  ::close(buffer_->fd());
  ::unlink(buffer_->tmp().c_str());
}

void AtomicFile::commit() {
  buffer_->drain();
  committed_ = true;
  put_in_place({buffer_->fd(), buffer_->tmp()}, path_, mode_);
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
