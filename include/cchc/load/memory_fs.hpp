// A FileSystem held in memory: files loaded from a git revision or the index
// (load/git), and loader tests that need no files on disk.
#pragma once

#include <map>
#include <string>

#include "cchc/load/repository.hpp"

namespace cchc::load {

class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::filesystem::path& path, std::string content);
  // A file or folder that exists but cannot be read, and why ("Permission
  // denied"): what the real file system reports for it, without needing an
  // unprivileged user.
  void add_unreadable(const std::filesystem::path& path, std::string why);

  std::optional<std::string> read(const std::filesystem::path& p) const override;
  bool is_directory(const std::filesystem::path& p) const override;
  bool exists(const std::filesystem::path& p) const override;
  std::vector<std::filesystem::path> yaml_files_under(
      const std::filesystem::path& dir) const override;
  FileRead read_file(const std::filesystem::path& p, std::size_t max_bytes) const override;
  FolderListing list_yaml(const std::filesystem::path& dir) const override;
  std::uintmax_t file_size(const std::filesystem::path& p) const override;

  std::size_t size() const { return files_.size(); }

 private:
  std::map<std::filesystem::path, std::string> files_;
  std::map<std::filesystem::path, std::string> unreadable_;
};

}  // namespace cchc::load
