// libzip opened on first use; see libzip.hpp.
#include "cchc/io/libzip.hpp"

namespace cchc::io {

const Libzip& libzip() {
  static const Libzip table = open_functions<Libzip>(CCHC_LIBZIP_SONAME);
  return table;
}

}  // namespace cchc::io
