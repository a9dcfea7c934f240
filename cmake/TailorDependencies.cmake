# Header-only dependencies: Boost.JSON (compiled once via boost/json/src.hpp)
# and Howard Hinnant's date. Natively they come from /usr/include. For
# Emscripten we expose only boost/ and date/ through a private include folder,
# never all of /usr/include (its glibc headers would poison the wasm build).
add_library(tailor_deps INTERFACE)

if(EMSCRIPTEN)
  set(_deps "${CMAKE_BINARY_DIR}/deps-include")
  file(MAKE_DIRECTORY "${_deps}")
  foreach(_lib boost date)
    if(NOT EXISTS "${_deps}/${_lib}")
      file(CREATE_LINK "/usr/include/${_lib}" "${_deps}/${_lib}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(tailor_deps SYSTEM INTERFACE "$<BUILD_INTERFACE:${_deps}>")
else()
  find_package(Boost 1.81 REQUIRED)
  find_path(TAILOR_DATE_INCLUDE date/date.h REQUIRED)
  target_link_libraries(tailor_deps INTERFACE Boost::headers)
endif()

# Boost.JSON as a header-only library in one TU; no auto-linking.
target_compile_definitions(tailor_deps INTERFACE BOOST_JSON_NO_LIB BOOST_CONTAINER_NO_LIB)
install(TARGETS tailor_deps EXPORT tailor_coreTargets)
