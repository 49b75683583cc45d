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

bool MemoryFileSystem::is_directory(const fs::path& p) const {
  std::string prefix = folder_prefix(p);
  return std::any_of(files_.begin(), files_.end(),
                     [&](const auto& f) { return f.first.string().rfind(prefix, 0) == 0; });
}

bool MemoryFileSystem::exists(const fs::path& p) const {
  return files_.count(p.lexically_normal()) > 0 || is_directory(p);
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
