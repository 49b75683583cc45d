// A shared library with none of the functions cchc looks up: the missing
// library test names copies of it like libzip and libxlsxwriter.
extern "C" int cchc_fake_library() {
  return 0;
}
