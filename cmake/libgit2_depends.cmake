# The Debian dependency on libgit2 for cpack. cchc opens libgit2 at run time
# (src/load/git.cpp) instead of linking it, so dpkg-shlibdeps cannot see it in
# the program; this reads the same answer from the shlibs file of the package
# that owns the library ("libgit2-1.5 (>= 1.5.1+ds)" on Debian 12).
#
# cchc_libgit2_depends(LIBRARY OUT_VAR): LIBRARY is the libgit2 that the
# headers belong to (the libgit2.so of libgit2-dev); OUT_VAR gets the
# dependency appended, or stays as it is where dpkg is not there to ask.
function(cchc_libgit2_depends library out_var)
  find_program(CCHC_DPKG_QUERY NAMES dpkg-query)
  if(NOT CCHC_DPKG_QUERY OR NOT EXISTS "${library}")
    message(STATUS "libgit2: no dpkg-query or no ${library}: the .deb will not depend on libgit2")
    return()
  endif()
  file(REAL_PATH "${library}" real)
  execute_process(COMMAND ${CCHC_DPKG_QUERY} -S "${real}" OUTPUT_VARIABLE owner
                  RESULT_VARIABLE rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX MATCH "^[^:]+" package "${owner}")
  if(NOT rc EQUAL 0 OR package STREQUAL "")
    message(STATUS "libgit2: no package owns ${real}: the .deb will not depend on libgit2")
    return()
  endif()
  execute_process(COMMAND ${CCHC_DPKG_QUERY} --control-show ${package} shlibs
                  OUTPUT_VARIABLE shlibs RESULT_VARIABLE rc ERROR_QUIET)
  # "libgit2 1.5 libgit2-1.5 (>= 1.5.1+ds)": library, version, dependency.
  string(REGEX MATCH "libgit2 [^ ]+ ([^\n]+)" line "${shlibs}")
  set(depends "${CMAKE_MATCH_1}")
  if(NOT rc EQUAL 0 OR depends STREQUAL "")
    set(depends "${package}")  # no shlibs file: the package, any version
  endif()
  if(${out_var})
    set(${out_var} "${${out_var}}, ${depends}" PARENT_SCOPE)
  else()
    set(${out_var} "${depends}" PARENT_SCOPE)
  endif()
  message(STATUS "libgit2: the .deb depends on ${depends}")
endfunction()
