// The file system on disk, read with care: stat before reading, only regular
// files, the size checked first, and folders that cannot be listed reported.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "cchc/load/repository.hpp"

namespace cchc::load {

namespace fs = std::filesystem;

namespace {

bool is_yaml_name(const fs::path& p) {
  auto ext = p.extension();
  return ext == ".yaml" || ext == ".yml";
}

diag::Message too_large(std::uintmax_t size, std::size_t max_bytes) {
  return {diag::Msg::file_too_large, {size, max_bytes}};
}

// Why a file of this kind is not read; empty for a regular file.
diag::Message not_regular(mode_t mode) {
  using diag::Msg;
  if (S_ISREG(mode)) return {};
  if (S_ISDIR(mode)) return diag::Message(Msg::file_is_folder);
  Msg kind = S_ISFIFO(mode)   ? Msg::file_kind_fifo
             : S_ISCHR(mode)  ? Msg::file_kind_char_device
             : S_ISBLK(mode)  ? Msg::file_kind_block_device
             : S_ISSOCK(mode) ? Msg::file_kind_socket
                              : Msg::file_kind_other;
  return {Msg::file_not_regular, {kind}};
}

void list_folder(const fs::path& dir, FolderListing& out, int depth) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    out.unreadable.emplace_back(dir, ec.message());
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    std::error_code ec2;
    const auto link = it->symlink_status(ec2);
    if (!ec2 && fs::is_directory(link)) {
      // Symbolic links to folders are not followed, as before (no loops).
      if (depth < 64) list_folder(p, out, depth + 1);
      continue;
    }
    if (!is_yaml_name(p)) continue;
    // A folder named x.yaml through a link is skipped like any linked folder;
    // anything else with a YAML name is listed, so that a FIFO, a device or a
    // dangling link becomes a diagnostic when it is read.
    if (fs::is_directory(it->status(ec2))) continue;
    out.files.push_back(p);
  }
  if (ec) out.unreadable.emplace_back(dir, ec.message());
}

}  // namespace

FileRead FileSystem::read_file(const fs::path& p, std::size_t max_bytes) const {
  if (is_directory(p)) return {std::nullopt, diag::Message(diag::Msg::file_is_folder)};
  auto text = read(p);
  if (!text) return {std::nullopt, diag::Message(diag::Msg::file_unreadable)};
  if (text->size() > max_bytes) return {std::nullopt, too_large(text->size(), max_bytes)};
  return {std::move(text), {}};
}

FolderListing FileSystem::list_yaml(const fs::path& dir) const {
  return {yaml_files_under(dir), {}};
}

std::uintmax_t FileSystem::file_size(const fs::path&) const {
  return 0;
}

std::optional<std::string> RealFileSystem::read(const fs::path& p) const {
  return read_file(p, kMaxFileBytes).text;
}

FileRead RealFileSystem::read_file(const fs::path& p, std::size_t max_bytes) const {
  auto cannot = [](int err) {
    return FileRead{std::nullopt, {diag::Msg::file_unreadable_why, {std::strerror(err)}}};
  };
  // stat first: a FIFO is never opened (opening one waits for a writer), a
  // device or a huge file is never read.
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return cannot(errno);
  if (auto why = not_regular(st.st_mode); !why.empty()) return {std::nullopt, why};
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes)
    return {std::nullopt, too_large(static_cast<std::uintmax_t>(st.st_size), max_bytes)};
  // O_NONBLOCK: if the path was swapped for a FIFO since the stat, open does not wait.
  int fd = ::open(p.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return cannot(errno);
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int err = errno;
    ::close(fd);
    if (!S_ISREG(st.st_mode)) return {std::nullopt, not_regular(st.st_mode)};
    return cannot(err);
  }
  std::string text;
  text.resize(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), max_bytes) + 1);
  std::size_t got = 0;
  for (;;) {
    if (got == text.size()) {
      if (got > max_bytes) break;  // grew past the limit while being read
      text.resize(std::min(max_bytes + 1, got * 2 + 4096));
    }
    ssize_t n = ::read(fd, text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return cannot(err);
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got > max_bytes) return {std::nullopt, too_large(got, max_bytes)};
  text.resize(got);
  return {std::move(text), {}};
}

std::uintmax_t RealFileSystem::file_size(const fs::path& p) const {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? static_cast<std::uintmax_t>(st.st_size) : 0;
}

bool RealFileSystem::is_directory(const fs::path& p) const {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool RealFileSystem::exists(const fs::path& p) const {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

std::vector<fs::path> RealFileSystem::yaml_files_under(const fs::path& dir) const {
  return list_yaml(dir).files;
}

FolderListing RealFileSystem::list_yaml(const fs::path& dir) const {
  FolderListing out;
  list_folder(dir, out, 0);
  std::sort(out.files.begin(), out.files.end());
  return out;
}

}  // namespace cchc::load
