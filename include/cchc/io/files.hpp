// Writing files safely: a new file appears whole or not at all, and an
// existing file is replaced only when the caller says so (--force).
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cchc::io {

class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Overwrite { refuse, allow };

// Write `content` to a temporary file in the same folder (".NAME.cchc-PID-XXXXXX"),
// flush it, then rename it over `path`. With Overwrite::refuse an existing file
// is an error and is left untouched. Never clobbers: the folder must exist (no
// folder is created), and only a regular file is replaced (a symbolic link, a
// FIFO, a device or a folder is an error), keeping its mode. The temporary file
// is removed on SIGINT, SIGTERM and SIGHUP; one left by a killed run (SIGKILL)
// is removed by the next write of the same file. Throws WriteError.
void write_file_atomic(const std::filesystem::path& path, std::string_view content, Overwrite mode);

// The same for output written a piece at a time, with the same checks:
// stream() writes to a temporary file beside `path`; commit() flushes it and
// puts it in place (as write_file_atomic does). Destroyed without commit(), the temporary file is
// removed and `path` left untouched. Throws WriteError.
class AtomicFile {
 public:
  AtomicFile(const std::filesystem::path& path, Overwrite mode);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  std::ostream& stream() { return *stream_; }
  void commit();

 private:
  class Buffer;
  std::filesystem::path path_;
  Overwrite mode_;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  bool committed_ = false;
};

// Throws WriteError unless the folder `path` would be written into exists.
void check_output_folder(const std::filesystem::path& path);

// A private folder under $TMPDIR (else /tmp), "cchc-PID-XXXXXX", removed with
// its content when the object goes: for libraries that can only write to a
// named file (libxlsxwriter), whose output is then read back and written
// atomically. On SIGINT / SIGTERM the files named through file() and the
// folder are removed; folders left by killed runs are removed by the next one.
class TempDir {
 public:
  TempDir();  // throws WriteError
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // path() / name, removed on a signal too.
  std::filesystem::path file(const std::string& name);

 private:
  struct Registration;
  std::filesystem::path path_;
  std::unique_ptr<Registration> registration_;
};

// The whole content of a file; throws WriteError when it cannot be read.
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace cchc::io
