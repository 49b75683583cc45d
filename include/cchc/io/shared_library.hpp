// Libraries opened at run time (dlopen) instead of linked. Every linked
// library costs every start of cchc its loading and relocation (issue 15,
// docs/performance.md), so those only a few commands need are opened on
// first use: libgit2 (cchc diff), libzip (Word files, reading .xlsx) and
// libxlsxwriter (Excel files). Each user lists the functions it calls as an
// X-macro next to its code and looks them up once into a table:
//
//   #define CCHC_LIBZIP_FUNCTIONS(X) X(zip_open_from_source) X(zip_discard) ...
//   struct Libzip : io::FunctionTable {
//     CCHC_LIBZIP_FUNCTIONS(CCHC_FUNCTION_POINTER)
//     void look_up(io::SharedLibrary& library) { CCHC_LIBZIP_FUNCTIONS(CCHC_FUNCTION_LOOKUP) }
//   };
//   const Libzip& libzip() {
//     static const Libzip table = io::open_functions<Libzip>("libzip.so.4");
//     return table;
//   }
//
// and says `table.problem` to the user when it is not empty.
#pragma once

#include <string>

namespace cchc::io {

class SharedLibrary {
 public:
  // Opens `file` (a soname: "libzip.so.4") where the dynamic loader looks.
  // It is never closed: libraries keep global state, and cchc exits soon.
  explicit SharedLibrary(std::string file);
  const std::string& file() const { return file_; }
  // Why the library or a function could not be had, the first such problem
  // ("libzip.so.4: cannot open shared object file: ...", "libzip.so.4 has
  // no function zip_discard"); empty while everything was found.
  const std::string& problem() const { return problem_; }
  // The function `name` as a `F`, or nullptr (problem() then says why).
  template <class F>
  F function(const char* name) {
    return reinterpret_cast<F>(symbol(name));
  }

 private:
  void* symbol(const char* name);
  std::string file_;
  void* handle_ = nullptr;
  std::string problem_;
};

// What every table of functions holds besides the pointers.
struct FunctionTable {
  std::string file;     // the library's soname
  std::string problem;  // SharedLibrary::problem(): empty when every function is there
};

// The table `T` (a FunctionTable with a look_up(SharedLibrary&)) of `file`.
template <class T>
T open_functions(const char* file) {
  SharedLibrary library(file);
  T table;
  table.look_up(library);
  table.file = library.file();
  table.problem = library.problem();
  return table;
}

}  // namespace cchc::io

// A member of a table: the pointer to the function `name`, of its declared type.
#define CCHC_FUNCTION_POINTER(name) decltype(&::name) name = nullptr;
// Its lookup, inside look_up(io::SharedLibrary& library).
#define CCHC_FUNCTION_LOOKUP(name) name = library.function<decltype(&::name)>(#name);
