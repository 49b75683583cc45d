// libzip, opened at run time (io/shared_library.hpp) by its two users: the
// workbook reader of `cchc import` (load/xlsx_reader) and the Word writer
// (render/docx_package). Linked, it and libxlsxwriter and the OpenSSL they
// pull in cost every start of every command 1.4 ms of CPU time (issue 15,
// docs/performance.md "Fifth pass").
#pragma once

#include <zip.h>

#include "cchc/io/shared_library.hpp"

namespace cchc::io {

// Every libzip function cchc calls.
// clang-format off
#define CCHC_LIBZIP_FUNCTIONS(X)                                                          \
  X(zip_error_init) X(zip_error_fini) X(zip_error_strerror) X(zip_get_error)              \
  X(zip_source_buffer_create) X(zip_source_buffer) X(zip_source_free) X(zip_source_keep)  \
  X(zip_source_stat) X(zip_source_open) X(zip_source_read) X(zip_source_close)            \
  X(zip_source_error) X(zip_open_from_source) X(zip_close) X(zip_discard)                 \
  X(zip_name_locate) X(zip_stat_init) X(zip_stat_index) X(zip_fopen_index) X(zip_fread)   \
  X(zip_fclose) X(zip_file_add) X(zip_file_set_mtime)
// clang-format on

struct Libzip : FunctionTable {
  CCHC_LIBZIP_FUNCTIONS(CCHC_FUNCTION_POINTER)
  void look_up(SharedLibrary& library) { CCHC_LIBZIP_FUNCTIONS(CCHC_FUNCTION_LOOKUP) }
};

// The library the build found (CCHC_LIBZIP_SONAME, "libzip.so.4" on Debian
// 12), opened on the first call; problem is set when it or a function is
// missing, and then the pointers must not be called.
const Libzip& libzip();

}  // namespace cchc::io
