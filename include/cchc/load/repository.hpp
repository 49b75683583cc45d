// Finding the plan repository and loading every file in it into a model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cchc/diag/diagnostic.hpp"
#include "cchc/diag/source.hpp"
#include "cchc/diag/suppress.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::load {

// "Cannot go on": no repository, an unreadable path named on the command line.
class RepositoryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The largest file cchc reads (plans, owners, cchc.yaml, calendar.yaml,
// report files): checked before reading, never after.
constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;

// A file's content, or why it cannot be read (a sentence for a bad-file
// diagnostic, in the catalogue: "this is a folder, not a file", "the file is
// 1073741824 bytes; cchc reads files up to 67108864 bytes", ...).
struct FileRead {
  std::optional<std::string> text;
  diag::Message problem;  // set when !text
};

// The *.yaml / *.yml files below a folder, sorted, and the folders under it
// that could not be listed, with why: a folder cchc cannot read is never
// taken for an empty one.
struct FolderListing {
  std::vector<std::filesystem::path> files;
  std::vector<std::pair<std::filesystem::path, std::string>> unreadable;
};

// Reading files goes through this interface so that tests can load from memory.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual std::optional<std::string> read(const std::filesystem::path& p) const = 0;
  virtual bool is_directory(const std::filesystem::path& p) const = 0;
  virtual bool exists(const std::filesystem::path& p) const = 0;
  // Every *.yaml / *.yml file below a folder, sorted.
  virtual std::vector<std::filesystem::path> yaml_files_under(
      const std::filesystem::path& dir) const = 0;
  // What the loader calls. By default read() and yaml_files_under(); the real
  // file system checks the kind and size of a file before reading it.
  virtual FileRead read_file(const std::filesystem::path& p, std::size_t max_bytes) const;
  virtual FolderListing list_yaml(const std::filesystem::path& dir) const;
  // The size of a file in bytes, for the order of loading (the biggest
  // first); 0 when it is not known. Never an error: read_file says what is wrong.
  virtual std::uintmax_t file_size(const std::filesystem::path& p) const;
};

// Only regular files are read (a FIFO, a device or a folder is a problem, never
// a hang or an endless read), and their size is checked before reading.
class RealFileSystem : public FileSystem {
 public:
  std::optional<std::string> read(const std::filesystem::path& p) const override;
  bool is_directory(const std::filesystem::path& p) const override;
  bool exists(const std::filesystem::path& p) const override;
  std::vector<std::filesystem::path> yaml_files_under(
      const std::filesystem::path& dir) const override;
  FileRead read_file(const std::filesystem::path& p, std::size_t max_bytes) const override;
  FolderListing list_yaml(const std::filesystem::path& dir) const override;
  std::uintmax_t file_size(const std::filesystem::path& p) const override;
};

// plan-format.md 1: --repo DIR, else $CCHC_REPO, else the nearest folder at or
// above `cwd` holding cchc.yaml, else ./plans if it holds one. Throws
// RepositoryError when none is found.
std::filesystem::path find_repository(const std::optional<std::string>& repo_flag,
                                      const char* env_repo, const std::filesystem::path& cwd,
                                      const FileSystem& fs);

struct LoadOptions {
  std::filesystem::path root;               // the folder of cchc.yaml
  std::vector<std::filesystem::path> only;  // plan files or folders to load; empty = all
  std::filesystem::path display_base;       // paths in diagnostics are relative to this
  unsigned threads = 0;                     // 0 = one per core it may run on (taskset)
};

// No file's text is kept once the file is loaded (issue 15: a national
// repository is 240 MB of text): its `# cchc:` comments are read first, and
// the human format reads a file again for the lines it shows (read_again).
struct LoadedRepository {
  model::Repository repo;
  diag::Diagnostics diags;
  diag::SuppressionsByFile suppressions;                  // only the files that have such comments
  std::map<diag::FileName, std::filesystem::path> paths;  // where each file was read from
  std::string calendar_file;  // calendar.yaml as the diagnostics name it; empty when there is none
};

// Loads cchc.yaml, the owner files, calendar.yaml and the plans, then links
// owner references. Problems in the files become diagnostics; only a missing
// repository or an unreadable path named in `only` throws.
LoadedRepository load_repository(const LoadOptions& opts, const FileSystem& fs);

// Resolve every owner reference of every plan (unknown-owner, owner-not-active,
// duplicate owner ids). Part of load_repository; exposed for tests.
void link_owners(model::Repository& repo, diag::Diagnostics& diags);

// A loaded file's text read again through `fs`, as the loader saw it, for the
// lines the human format shows under diagnostics. Null when the file is not
// one of `loaded`, is gone, has grown past kMaxFileBytes or cannot be read:
// its diagnostics then show no line.
std::shared_ptr<const diag::SourceText> read_again(const LoadedRepository& loaded,
                                                   const diag::FileName& file,
                                                   const FileSystem& fs);

// read_again for each file that a diagnostic of `diags` points at a line of.
diag::SourceMap read_excerpts(const LoadedRepository& loaded, const diag::Diagnostics& diags,
                              const FileSystem& fs);

}  // namespace cchc::load
