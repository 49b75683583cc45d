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

}  // namespace cchc::io
