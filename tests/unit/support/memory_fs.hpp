// An in-memory FileSystem so that loader tests need no files on disk.
#pragma once

#include "cchc/load/memory_fs.hpp"

namespace cchc::testing {

using MemoryFileSystem = load::MemoryFileSystem;

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
