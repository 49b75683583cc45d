// Writing files safely: a new file appears whole or not at all, and an
// existing file is replaced only when the caller says so (--force).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cchc::io {

class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Overwrite { refuse, allow };

// Write `content` to a temporary file in the same folder, flush it, then rename
// it over `path`. With Overwrite::refuse an existing file is an error and is
// left untouched. Throws WriteError.
void write_file_atomic(const std::filesystem::path& path, std::string_view content, Overwrite mode);

// A private folder under $TMPDIR (else /tmp), removed with its content when
// the object goes: for libraries that can only write to a named file
// (libxlsxwriter), whose output is then read back and written atomically.
class TempDir {
 public:
  TempDir();  // throws WriteError
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The whole content of a file; throws WriteError when it cannot be read.
std::string read_whole_file(const std::filesystem::path& path);

}  // namespace cchc::io
