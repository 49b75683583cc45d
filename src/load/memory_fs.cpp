// The in-memory FileSystem.
#include "cchc/load/memory_fs.hpp"

#include <algorithm>

namespace cchc::load {

namespace fs = std::filesystem;

namespace {

// "dir/" so that "plans" does not match "plans-old/x.yaml".
std::string folder_prefix(const fs::path& dir) {
  std::string prefix = dir.lexically_normal().string();
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  return prefix;
}

}  // namespace

void MemoryFileSystem::add(const fs::path& path, std::string content) {
  files_[path.lexically_normal()] = std::move(content);
}

std::optional<std::string> MemoryFileSystem::read(const fs::path& p) const {
  auto it = files_.find(p.lexically_normal());
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

void MemoryFileSystem::add_unreadable(const fs::path& path, std::string why) {
  unreadable_[path.lexically_normal()] = std::move(why);
}

bool MemoryFileSystem::is_directory(const fs::path& p) const {
  std::string prefix = folder_prefix(p);
  auto under = [&](const auto& f) { return f.first.string().rfind(prefix, 0) == 0; };
  // An unreadable entry without a YAML name is a folder.
  auto folder = [&](const auto& f) {
    return (f.first.string() + "/").rfind(prefix, 0) == 0 && f.first.extension() != ".yaml" &&
           f.first.extension() != ".yml";
  };
  return std::any_of(files_.begin(), files_.end(), under) ||
         std::any_of(unreadable_.begin(), unreadable_.end(), folder) ||
         std::any_of(unreadable_.begin(), unreadable_.end(), under);
}

bool MemoryFileSystem::exists(const fs::path& p) const {
  return files_.count(p.lexically_normal()) > 0 || unreadable_.count(p.lexically_normal()) > 0 ||
         is_directory(p);
}

FileRead MemoryFileSystem::read_file(const fs::path& p, std::size_t max_bytes) const {
  if (auto it = unreadable_.find(p.lexically_normal()); it != unreadable_.end())
    return {std::nullopt, {diag::Msg::file_unreadable_why, {it->second}}};
  return FileSystem::read_file(p, max_bytes);
}

std::uintmax_t MemoryFileSystem::file_size(const fs::path& p) const {
  auto it = files_.find(p.lexically_normal());
  return it == files_.end() ? 0 : it->second.size();
}

FolderListing MemoryFileSystem::list_yaml(const fs::path& dir) const {
  FolderListing out;
  std::string prefix = folder_prefix(dir);
  for (const auto& [path, why] : unreadable_) {
    std::string s = path.string();
    // An unreadable folder at or below `dir` (not a file: it has no YAML name).
    if ((s + "/").rfind(prefix, 0) == 0 && path.extension() != ".yaml" &&
        path.extension() != ".yml")
      out.unreadable.emplace_back(path, why);
    else if (s.rfind(prefix, 0) == 0)
      out.files.push_back(path);
  }
  for (auto& p : yaml_files_under(dir)) out.files.push_back(std::move(p));
  std::sort(out.files.begin(), out.files.end());
  return out;
}

std::vector<fs::path> MemoryFileSystem::yaml_files_under(const fs::path& dir) const {
  std::string prefix = folder_prefix(dir);
  std::vector<fs::path> out;
  for (const auto& [path, _] : files_) {
    auto ext = path.extension();
    if (path.string().rfind(prefix, 0) == 0 && (ext == ".yaml" || ext == ".yml"))
      out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cchc::load
