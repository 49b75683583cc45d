// An in-memory FileSystem so that loader tests need no files on disk.
#pragma once

#include <algorithm>
#include <map>
#include <string>

#include "cchc/load/repository.hpp"

namespace cchc::testing {

class MemoryFileSystem : public load::FileSystem {
 public:
  void add(const std::string& path, std::string content) {
    files_[std::filesystem::path(path).lexically_normal()] = std::move(content);
  }

  std::optional<std::string> read(const std::filesystem::path& p) const override {
    auto it = files_.find(p.lexically_normal());
    if (it == files_.end()) return std::nullopt;
    return it->second;
  }
  bool is_directory(const std::filesystem::path& p) const override {
    std::string prefix = p.lexically_normal().string();
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    return std::any_of(files_.begin(), files_.end(),
                       [&](const auto& f) { return f.first.string().rfind(prefix, 0) == 0; });
  }
  bool exists(const std::filesystem::path& p) const override {
    return files_.count(p.lexically_normal()) > 0 || is_directory(p);
  }
  std::vector<std::filesystem::path> yaml_files_under(
      const std::filesystem::path& dir) const override {
    std::string prefix = dir.lexically_normal().string();
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    std::vector<std::filesystem::path> out;
    for (const auto& [path, _] : files_) {
      auto ext = path.extension();
      if (path.string().rfind(prefix, 0) == 0 && (ext == ".yaml" || ext == ".yml"))
        out.push_back(path);
    }
    return out;
  }

 private:
  std::map<std::filesystem::path, std::string> files_;
};

// Loads the repository whose cchc.yaml is /r/cchc.yaml in `fs`; diagnostics
// name files relative to /r.
inline load::LoadedRepository load_memory_repository(const MemoryFileSystem& fs) {
  load::LoadOptions o;
  o.root = "/r";
  o.display_base = "/r";
  o.threads = 2;
  return load::load_repository(o, fs);
}

}  // namespace cchc::testing
