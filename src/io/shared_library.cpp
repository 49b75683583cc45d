// dlopen and dlsym for the libraries opened at run time; see shared_library.hpp.
#include "cchc/io/shared_library.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

namespace cchc::io {

SharedLibrary::SharedLibrary(std::string file) : file_(std::move(file)) {
  handle_ = dlopen(file_.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle_) {
    const char* why = dlerror();
    problem_ = why ? why : fmt::format("{}: cannot be opened", file_);
  }
}

void* SharedLibrary::symbol(const char* name) {
  if (!handle_) return nullptr;
  void* found = dlsym(handle_, name);
  if (!found && problem_.empty()) problem_ = fmt::format("{} has no function {}", file_, name);
  return found;
}

}  // namespace cchc::io
