// Atomic file writing with POSIX calls (rename(2) is atomic within a folder).
#include "cchc/io/files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

namespace cchc::io {

namespace fs = std::filesystem;

namespace {

// ---- temporary files and SIGINT / SIGTERM ---------------------------------
// The paths of the temporary files and folders being written live in a fixed
// table that the signal handler reads without allocating: it unlinks them,
// then re-raises the signal with its default action (async-signal-safe calls
// only: unlink, rmdir, sigaction, raise).

constexpr int kSlots = 32;
constexpr std::size_t kPathBytes = 4096;

struct Slot {
  std::atomic<bool> claimed{false};  // owned by one TempEntry
  std::atomic<bool> live{false};     // `path` is complete and to be removed
  bool folder = false;
  char path[kPathBytes] = {};
};

Slot g_slots[kSlots];
std::once_flag g_handlers_once;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries_and_reraise(int sig) {
  const int saved = errno;
  for (auto& s : g_slots)
    if (s.live.load(std::memory_order_acquire) && !s.folder) ::unlink(s.path);
  for (auto& s : g_slots)
    if (s.live.load(std::memory_order_acquire) && s.folder) ::rmdir(s.path);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  errno = saved;
  ::raise(sig);
}

void install_handlers() {
  std::call_once(g_handlers_once, [] {
    for (int sig : kSignals) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;
      struct sigaction act {};
      act.sa_handler = remove_temporaries_and_reraise;
      sigemptyset(&act.sa_mask);
      act.sa_flags = SA_RESETHAND;
      ::sigaction(sig, &act, nullptr);
    }
  });
}

// One registered path: removed by the signal handler while registered.
class TempEntry {
 public:
  TempEntry() = default;
  TempEntry(const fs::path& p, bool folder) {
    install_handlers();
    const std::string& s = p.native();
    if (s.size() >= kPathBytes) return;  // not removed on a signal; cleaned by the next run
    for (int i = 0; i < kSlots; ++i) {
      bool expected = false;
      if (!g_slots[i].claimed.compare_exchange_strong(expected, true)) continue;
      std::memcpy(g_slots[i].path, s.c_str(), s.size() + 1);
      g_slots[i].folder = folder;
      g_slots[i].live.store(true, std::memory_order_release);
      slot_ = i;
      return;
    }
  }
  ~TempEntry() { release(); }
  TempEntry(TempEntry&& o) noexcept : slot_(o.slot_) { o.slot_ = -1; }
  TempEntry& operator=(TempEntry&& o) noexcept {
    release();
    slot_ = o.slot_;
    o.slot_ = -1;
    return *this;
  }

  void release() {
    if (slot_ < 0) return;
    g_slots[slot_].live.store(false, std::memory_order_release);
    g_slots[slot_].claimed.store(false, std::memory_order_release);
    slot_ = -1;
  }

 private:
  int slot_ = -1;
};

// A temporary name carries the writer's process id: ".NAME.cchc-PID-XXXXXX".
// One whose process is gone (killed with SIGKILL, or the machine stopped) is
// stale, and the next write of the same file removes it.
bool process_gone(std::string_view pid_text) {
  if (pid_text.empty() || pid_text.size() > 9 ||
      pid_text.find_first_not_of("0123456789") != std::string_view::npos)
    return false;
  const pid_t pid = static_cast<pid_t>(std::stol(std::string(pid_text)));
  return pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH;
}

void remove_stale_temporaries(const fs::path& dir, const std::string& prefix, bool folders) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::string_view rest = std::string_view(name).substr(prefix.size());  // PID-XXXXXX
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos || rest.size() - dash - 1 != 6) continue;
    if (!process_gone(rest.substr(0, dash))) continue;
    std::error_code ec2;
    const auto st = it->symlink_status(ec2);
    if (folders && fs::is_directory(st))
      fs::remove_all(it->path(), ec2);
    else if (!folders && fs::is_regular_file(st))
      fs::remove(it->path(), ec2);
  }
}

std::string kind_of(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

void write_all(int fd, std::string_view content, const fs::path& tmp) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw WriteError(fmt::format("cannot write {}: {}", tmp.string(), std::strerror(errno)));
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

// The temporary file of one write: unlinked unless committed.
struct TempFile {
  fs::path path;
  int fd = -1;
  TempEntry entry;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
};

}  // namespace

void check_output_folder(const fs::path& path) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR)
      throw WriteError(fmt::format(
          "cannot write {}: the folder {} does not exist (cchc creates no folder for its output; "
          "create it first)",
          path.string(), dir.string()));
    throw WriteError(
        fmt::format("cannot write {}: {}: {}", path.string(), dir.string(), std::strerror(errno)));
  }
  if (!S_ISDIR(st.st_mode))
    throw WriteError(
        fmt::format("cannot write {}: {} is not a folder", path.string(), dir.string()));
}

namespace {

// What is at `path` before the write, checked as write_file_atomic says.
struct Target {
  bool exists = false;
  struct stat old {};
};

Target check_target(const fs::path& path, Overwrite mode) {
  check_output_folder(path);
  Target t;
  t.exists = ::lstat(path.c_str(), &t.old) == 0;
  if (t.exists && mode == Overwrite::refuse)
    throw WriteError(
        fmt::format("{} already exists; cchc does not overwrite it (use --force to replace it)",
                    path.string()));
  if (t.exists && !S_ISREG(t.old.st_mode))
    throw WriteError(fmt::format(
        "{} is {}, not a regular file; cchc replaces only regular files (write to another "
        "file, or use -o - for standard output)",
        path.string(), kind_of(t.old.st_mode)));
  return t;
}

// The temporary file beside `path` (".NAME.cchc-PID-XXXXXX"), removed on a
// signal; those left by killed runs are removed first.
void open_temp_beside(const fs::path& path, TempFile& tmp) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const std::string prefix = "." + path.filename().string() + ".cchc-";
  remove_stale_temporaries(dir, prefix, false);
  std::string templ = (dir / fmt::format("{}{}-XXXXXX", prefix, ::getpid())).string();
  tmp.fd = ::mkstemp(templ.data());
  if (tmp.fd < 0)
    throw WriteError(
        fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno)));
  tmp.path = templ;
  tmp.entry = TempEntry(tmp.path, false);
}

// Flush the temporary file to disk and put it in place.
void put_in_place(TempFile& tmp, const fs::path& path, Overwrite mode, const Target& t) {
  // A replaced file keeps its mode (and, for root, its owner); a new one is 0644.
  ::fchmod(tmp.fd, t.exists ? (t.old.st_mode & 07777) : 0644);
  if (t.exists && ::geteuid() == 0) (void)!::fchown(tmp.fd, t.old.st_uid, t.old.st_gid);
  const bool synced = ::fsync(tmp.fd) == 0;
  const int sync_error = errno;
  const int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0 || !synced)
    throw WriteError(fmt::format("cannot write {}: {}", path.string(),
                                 std::strerror(synced ? errno : sync_error)));
  if (mode == Overwrite::refuse) {
    // link(2) fails if the target appeared meanwhile, so we never clobber a file
    // created between the check above and now.
    if (::link(tmp.path.c_str(), path.c_str()) != 0)
      throw WriteError(fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
    return;  // ~TempFile unlinks the temporary name
  }
  if (::rename(tmp.path.c_str(), path.c_str()) != 0)
    throw WriteError(fmt::format("cannot replace {}: {}", path.string(), std::strerror(errno)));
  tmp.path.clear();
}

}  // namespace

void write_file_atomic(const fs::path& path, std::string_view content, Overwrite mode) {
  const Target t = check_target(path, mode);
  TempFile tmp;
  open_temp_beside(path, tmp);
  write_all(tmp.fd, content, tmp.path);
  put_in_place(tmp, path, mode, t);
}

// The stream buffer of AtomicFile: a fixed buffer written to the temporary
// file's descriptor when full. It owns the temporary file: destroyed without
// AtomicFile::commit(), the file is removed.
class AtomicFile::Buffer : public std::streambuf {
 public:
  Buffer(const fs::path& path, Overwrite mode) : target(check_target(path, mode)) {
    open_temp_beside(path, tmp);
    setp(buf_.data(), buf_.data() + buf_.size());
  }
  void drain() {
    write_all(tmp.fd, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())),
              tmp.path);
    setp(buf_.data(), buf_.data() + buf_.size());
  }

  Target target;
  TempFile tmp;

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
  std::array<char, 1 << 16> buf_{};
};

AtomicFile::AtomicFile(const fs::path& path, Overwrite mode) : path_(path), mode_(mode) {
  buffer_ = std::make_unique<Buffer>(path, mode);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
  // A failed write throws WriteError out of the buffer; let it through.
  stream_->exceptions(std::ios::badbit);
}

// Without commit(), ~Buffer's TempFile closes and removes the temporary file.
AtomicFile::~AtomicFile() = default;

void AtomicFile::commit() {
  buffer_->drain();
  committed_ = true;
  put_in_place(buffer_->tmp, path_, mode_, buffer_->target);
}

struct TempDir::Registration {
  TempEntry folder;
  std::vector<TempEntry> files;
};

TempDir::TempDir() : registration_(std::make_unique<Registration>()) {
  const char* base = std::getenv("TMPDIR");
  const fs::path root = base && *base ? base : "/tmp";
  remove_stale_temporaries(root, "cchc-", true);
  std::string templ = (root / fmt::format("cchc-{}-XXXXXX", ::getpid())).string();
  if (::mkdtemp(templ.data()) == nullptr)
    throw WriteError(fmt::format("cannot create a temporary folder: {}", std::strerror(errno)));
  path_ = templ;
  registration_->folder = TempEntry(path_, true);
}

fs::path TempDir::file(const std::string& name) {
  fs::path p = path_ / name;
  registration_->files.emplace_back(p, false);
  return p;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);  // nothing to do about a failure here
}

std::string read_whole_file(const fs::path& path) {
  // Only a regular file is read: a FIFO would wait for a writer, a device
  // would never end.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw WriteError(fmt::format("cannot read {}: it is {}, not a regular file", path.string(),
                                 kind_of(st.st_mode)));
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  if (!in || !(out << in.rdbuf()))
    throw WriteError(fmt::format("cannot read back {}", path.string()));
  return out.str();
}

}  // namespace cchc::io
