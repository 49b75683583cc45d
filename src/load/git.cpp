// Reading revisions and the index with libgit2.
//
// libgit2 is opened with dlopen when `cchc diff` first needs it, not linked:
// linked, it and the libraries it pulls in (TLS, SSH, Kerberos, PCRE ...) were
// loaded and relocated at every start of every command, about 3.5 ms of the
// 15 ms that checking the bundled plans may take (issue 15, docs/performance.md).
// The Debian package still depends on it (CMakeLists.txt).
#include "cchc/load/git.hpp"

#include <git2.h>

#include <memory>

#include "cchc/io/shared_library.hpp"

namespace cchc::load {

namespace fs = std::filesystem;
using Kind = GitError::Kind;

namespace {

// Every libgit2 function cchc calls, looked up by name once.
// clang-format off
#define CCHC_LIBGIT2_FUNCTIONS(X)                                                         \
  X(git_libgit2_init) X(git_libgit2_shutdown) X(git_error_last)                           \
  X(git_repository_open_ext) X(git_repository_workdir) X(git_repository_index)            \
  X(git_repository_free) X(git_revparse_single) X(git_object_peel) X(git_object_free)     \
  X(git_tree_walk) X(git_tree_entry_type) X(git_tree_entry_name) X(git_tree_entry_id)     \
  X(git_blob_lookup) X(git_blob_rawcontent) X(git_blob_rawsize) X(git_blob_free)          \
  X(git_index_entrycount) X(git_index_get_byindex) X(git_index_free)
// clang-format on

struct Libgit2 : io::FunctionTable {
  CCHC_LIBGIT2_FUNCTIONS(CCHC_FUNCTION_POINTER)
  void look_up(io::SharedLibrary& library) { CCHC_LIBGIT2_FUNCTIONS(CCHC_FUNCTION_LOOKUP) }
};

// The library the headers were written for (libgit2.so.1.5 on Debian 12).
const Libgit2& git() {
  static const Libgit2 lib = io::open_functions<Libgit2>("libgit2.so." LIBGIT2_SOVERSION);
  return lib;
}

// libgit2 counts its users: one init per use, one shutdown when done.
struct Library {
  explicit Library(const fs::path& dir) {
    if (!git().problem.empty()) throw GitError(Kind::unreadable, dir.string(), git().problem);
    git().git_libgit2_init();
  }
  ~Library() { git().git_libgit2_shutdown(); }
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;
};

struct Free {
  void operator()(git_repository* p) const { git().git_repository_free(p); }
  void operator()(git_object* p) const { git().git_object_free(p); }
  void operator()(git_blob* p) const { git().git_blob_free(p); }
  void operator()(git_index* p) const { git().git_index_free(p); }
};
using RepoPtr = std::unique_ptr<git_repository, Free>;
using ObjectPtr = std::unique_ptr<git_object, Free>;
using BlobPtr = std::unique_ptr<git_blob, Free>;
using IndexPtr = std::unique_ptr<git_index, Free>;

std::string last_error() {
  const git_error* e = git().git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

// An open repository, its work tree and where the plans are inside it.
struct Opened {
  RepoPtr repo;
  fs::path workdir;    // canonical, so that keys match the loader's absolute paths
  std::string prefix;  // plan root relative to the work tree, "" or "a/b/"
};

Opened open_at(const fs::path& plan_root) {
  Opened o;
  git_repository* r = nullptr;
  std::string dir = plan_root.string();
  if (int rc = git().git_repository_open_ext(&r, dir.c_str(), 0, nullptr); rc != 0)
    // GIT_EOWNER: a repository owned by another user and not in safe.directory.
    throw GitError(rc == GIT_EOWNER ? Kind::unreadable : Kind::not_a_repository, dir, last_error());
  o.repo.reset(r);
  const char* wd = git().git_repository_workdir(r);
  if (!wd) throw GitError(Kind::not_a_repository, dir, "a bare repository has no work tree");
  std::error_code ec;
  o.workdir = fs::weakly_canonical(fs::path(wd), ec);
  fs::path root = fs::weakly_canonical(plan_root, ec);
  std::string rel = root.lexically_relative(o.workdir).generic_string();
  if (rel == ".") rel.clear();
  if (!rel.empty()) rel += '/';
  o.prefix = rel;
  return o;
}

bool wanted(std::string_view path, const std::string& prefix) {
  if (path.rfind(prefix, 0) != 0) return false;
  return path.ends_with(".yaml") || path.ends_with(".yml");
}

void add_blob(const Opened& o, const git_oid* id, const std::string& path, MemoryFileSystem& out) {
  git_blob* b = nullptr;
  if (git().git_blob_lookup(&b, o.repo.get(), id) != 0)
    throw GitError(Kind::unreadable, path, last_error());
  BlobPtr blob(b);
  const char* data = static_cast<const char*>(git().git_blob_rawcontent(b));
  out.add(o.workdir / path, std::string(data, static_cast<std::size_t>(git().git_blob_rawsize(b))));
}

struct WalkState {
  const Opened* opened;
  MemoryFileSystem* out;
  std::string failed;  // a libgit2 error met inside the callback
};

int visit(const char* root, const git_tree_entry* entry, void* payload) {
  auto* st = static_cast<WalkState*>(payload);
  if (git().git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  std::string path = std::string(root) + git().git_tree_entry_name(entry);
  if (!wanted(path, st->opened->prefix)) return 0;
  try {
    add_blob(*st->opened, git().git_tree_entry_id(entry), path, *st->out);
  } catch (const GitError& e) {
    st->failed = e.what();
    return -1;
  }
  return 0;
}

}  // namespace

void require_git_work_tree(const fs::path& dir) {
  Library lib(dir);
  open_at(dir);
}

MemoryFileSystem read_git_revision(const fs::path& plan_root, const std::string& revision) {
  Library lib(plan_root);
  Opened o = open_at(plan_root);
  git_object* obj = nullptr;
  if (git().git_revparse_single(&obj, o.repo.get(), revision.c_str()) != 0)
    throw GitError(Kind::bad_revision, revision, last_error());
  ObjectPtr commitish(obj);
  git_object* tree_obj = nullptr;
  if (git().git_object_peel(&tree_obj, obj, GIT_OBJECT_TREE) != 0)
    throw GitError(Kind::bad_revision, revision, last_error());
  ObjectPtr tree(tree_obj);
  MemoryFileSystem out;
  WalkState st{&o, &out, {}};
  if (git().git_tree_walk(reinterpret_cast<const git_tree*>(tree_obj), GIT_TREEWALK_PRE, visit,
                          &st) != 0)
    throw GitError(Kind::unreadable, revision, st.failed.empty() ? last_error() : st.failed);
  return out;
}

MemoryFileSystem read_git_index(const fs::path& plan_root) {
  Library lib(plan_root);
  Opened o = open_at(plan_root);
  git_index* idx = nullptr;
  if (git().git_repository_index(&idx, o.repo.get()) != 0)
    throw GitError(Kind::unreadable, "index", last_error());
  IndexPtr index(idx);
  MemoryFileSystem out;
  for (std::size_t i = 0, n = git().git_index_entrycount(idx); i < n; ++i) {
    const git_index_entry* e = git().git_index_get_byindex(idx, i);
    // Stage 0 only: during a merge conflict the other stages are the sides.
    if (!e || GIT_INDEX_ENTRY_STAGE(e) != 0 || !wanted(e->path, o.prefix)) continue;
    add_blob(o, &e->id, e->path, out);
  }
  return out;
}

}  // namespace cchc::load
