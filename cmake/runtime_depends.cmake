# The libraries cchc opens at run time (dlopen) instead of linking them:
# libgit2 (src/load/git.cpp), libzip (src/io/libzip.cpp) and libxlsxwriter
# (src/render/xlsx.cpp), so that they cost nothing at the start of the
# commands that do not use them (issue 15, docs/performance.md).

# cchc_library_of(LIBRARIES NAME OUT_VAR): of pkg-config's link libraries
# (xlsxwriter's are libxlsxwriter.so and libz.so), the one called NAME.so.
function(cchc_library_of libraries name out_var)
  list(GET libraries 0 found)
  foreach(library IN LISTS libraries)
    get_filename_component(file "${library}" NAME)
    if(file MATCHES "^${name}\\.so")
      set(found "${library}")
    endif()
  endforeach()
  set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

# cchc_soname(LIBRARY NAME OUT_VAR): the soname of LIBRARY (pkg-config's
# link libraries, of which the one called NAME.so: the libzip.so of libzip-dev
# gives "libzip.so.4"), which dlopen is given; read with objdump, else from the
# symbolic link the -dev package's library is (libzip.so -> libzip.so.4).
function(cchc_soname library name out_var)
  cchc_library_of("${library}" ${name} library)
  set(soname "")
  if(CMAKE_OBJDUMP AND EXISTS "${library}")
    execute_process(COMMAND ${CMAKE_OBJDUMP} -p "${library}" OUTPUT_VARIABLE dump
                    RESULT_VARIABLE rc ERROR_QUIET)
    if(rc EQUAL 0 AND dump MATCHES "SONAME +([^ \n]+)")
      set(soname "${CMAKE_MATCH_1}")
    endif()
  endif()
  if(soname STREQUAL "" AND IS_SYMLINK "${library}")
    file(READ_SYMLINK "${library}" target)
    get_filename_component(soname "${target}" NAME)
  endif()
  if(soname STREQUAL "")
    message(FATAL_ERROR "cannot tell the soname of ${library}, which cchc opens at run time")
  endif()
  set(${out_var} "${soname}" PARENT_SCOPE)
endfunction()

# The Debian dependency on such a library for cpack: dpkg-shlibdeps cannot
# see it in the program, so this reads the same answer from the shlibs file
# of the package that owns the library ("libgit2-1.5 (>= 1.5.1+ds)",
# "libzip4 (>= 1.7.3)", "libxlsxwriter4 (>= 1.1.4)" on Debian 12).
#
# cchc_runtime_depends(LIBRARY SHLIBS_NAME OUT_VAR): LIBRARY is the library
# that the headers belong to (the libgit2.so of libgit2-dev; of a list, the one
# called SHLIBS_NAME.so); SHLIBS_NAME its name in the shlibs file (libgit2,
# libzip, libxlsxwriter) and its file's; OUT_VAR gets the
# dependency appended, or stays as it is where dpkg is not there to ask.
function(cchc_runtime_depends library shlibs_name out_var)
  cchc_library_of("${library}" ${shlibs_name} library)
  find_program(CCHC_DPKG_QUERY NAMES dpkg-query)
  if(NOT CCHC_DPKG_QUERY OR NOT EXISTS "${library}")
    message(STATUS "${shlibs_name}: no dpkg-query or no ${library}: the .deb will not depend on ${shlibs_name}")
    return()
  endif()
  file(REAL_PATH "${library}" real)
  execute_process(COMMAND ${CCHC_DPKG_QUERY} -S "${real}" OUTPUT_VARIABLE owner
                  RESULT_VARIABLE rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX MATCH "^[^:]+" package "${owner}")
  if(NOT rc EQUAL 0 OR package STREQUAL "")
    message(STATUS "${shlibs_name}: no package owns ${real}: the .deb will not depend on ${shlibs_name}")
    return()
  endif()
  execute_process(COMMAND ${CCHC_DPKG_QUERY} --control-show ${package} shlibs
                  OUTPUT_VARIABLE shlibs RESULT_VARIABLE rc ERROR_QUIET)
  # "libgit2 1.5 libgit2-1.5 (>= 1.5.1+ds)": library, version, dependency
  # (a line of its own: not the "udeb: ..." one).
  string(REGEX MATCH "(^|\n)${shlibs_name} [^ ]+ ([^\n]+)" line "${shlibs}")
  set(depends "${CMAKE_MATCH_2}")
  if(NOT rc EQUAL 0 OR depends STREQUAL "")
    set(depends "${package}")  # no shlibs file: the package, any version
  endif()
  if(${out_var})
    set(${out_var} "${${out_var}}, ${depends}" PARENT_SCOPE)
  else()
    set(${out_var} "${depends}" PARENT_SCOPE)
  endif()
  message(STATUS "${shlibs_name}: the .deb depends on ${depends}")
endfunction()
