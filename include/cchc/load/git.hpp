// A plan repository as it is at a git revision or in the index, read with
// libgit2 (never by parsing git's porcelain output) into a MemoryFileSystem
// that load_repository reads like the working tree.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "cchc/load/memory_fs.hpp"

namespace cchc::load {

// Why a revision could not be read; the CLI words the message in the
// user's language from `kind` and `subject` (the folder or the revision).
class GitError : public std::runtime_error {
 public:
  enum class Kind { not_a_repository, bad_revision, unreadable };
  GitError(Kind kind, std::string subject, const std::string& detail)
      : std::runtime_error(detail), kind_(kind), subject_(std::move(subject)) {}
  Kind kind() const { return kind_; }
  const std::string& subject() const { return subject_; }

 private:
  Kind kind_;
  std::string subject_;
};

// The YAML files below `plan_root` (a folder inside a git work tree) as they
// are at `revision` (anything `git rev-parse` accepts: HEAD~1, a branch, a
// tag, a hash), keyed by their path in the work tree, so that `plan_root`
// can be loaded from the result as from the disk. Throws GitError.
MemoryFileSystem read_git_revision(const std::filesystem::path& plan_root,
                                   const std::string& revision);

// The same, as staged in the index.
MemoryFileSystem read_git_index(const std::filesystem::path& plan_root);

// Throws GitError when `dir` is not inside a git work tree.
void require_git_work_tree(const std::filesystem::path& dir);

}  // namespace cchc::load
