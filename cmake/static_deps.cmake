# The libraries cchc_core links, as targets: CCHC_FMT, CCHC_YAML_CPP,
# CCHC_UTF8PROC and CCHC_PUGIXML, and the programs' CCHC_STATIC_RUNTIME. With CCHC_STATIC_DEPS, the static archive of
# each where the system has one (Debian's -dev packages ship them), and fmt
# header-only; otherwise, or where there is no archive, the shared library.
set(CCHC_FMT fmt::fmt)
set(CCHC_YAML_CPP yaml-cpp)
set(CCHC_UTF8PROC PkgConfig::UTF8PROC)
set(CCHC_PUGIXML pugixml::pugixml)
# Link options of the programs (cchc, bench/bare_parse): with CCHC_STATIC_DEPS
# the C++ runtime too is linked in (issue 15): libstdc++ is the biggest library
# the loader still mapped and relocated at every start, and its calls then
# skip the PLT. Not with the sanitizers, whose runtime wants the shared one.
set(CCHC_STATIC_RUNTIME "")
if(CCHC_STATIC_DEPS AND NOT CCHC_SANITIZE AND NOT CCHC_FUZZ)
  set(CCHC_STATIC_RUNTIME -static-libstdc++ -static-libgcc)
endif()
if(NOT CCHC_STATIC_DEPS)
  return()
endif()

set(CCHC_FMT fmt::fmt-header-only)
if(TARGET pugixml::static)
  set(CCHC_PUGIXML pugixml::static)
endif()

# An imported static library `name` for `archive`, with the include folders
# of `shared_target`.
function(cchc_static_archive name archive shared_target)
  find_library(${name}_ARCHIVE NAMES ${archive})
  if(NOT ${name}_ARCHIVE)
    message(STATUS "${archive} not found: ${shared_target} is linked as a shared library")
    return()
  endif()
  add_library(${name} STATIC IMPORTED)
  get_target_property(includes ${shared_target} INTERFACE_INCLUDE_DIRECTORIES)
  set_target_properties(${name} PROPERTIES IMPORTED_LOCATION ${${name}_ARCHIVE})
  if(includes)
    set_target_properties(${name} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${includes}")
  endif()
endfunction()

cchc_static_archive(cchc_yaml_cpp_static libyaml-cpp.a yaml-cpp)
if(TARGET cchc_yaml_cpp_static)
  set(CCHC_YAML_CPP cchc_yaml_cpp_static)
endif()
cchc_static_archive(cchc_utf8proc_static libutf8proc.a PkgConfig::UTF8PROC)
if(TARGET cchc_utf8proc_static)
  set(CCHC_UTF8PROC cchc_utf8proc_static)
endif()
