# SPDX-License-Identifier: GPL-3.0-or-later
# Run by cpack for each generator: for the .deb, prepends the shared-library dependencies
# dpkg-shlibdeps computes for the installed executable to the plugin dependencies listed in
# CMakeLists.txt. Fails the package rather than make one that declares too little.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()
if(NOT CASEBOOK_DPKG_SHLIBDEPS)
    message(FATAL_ERROR "dpkg-shlibdeps (package dpkg-dev) is needed to compute the .deb's dependencies")
endif()
# dpkg-shlibdeps reads the package list of a source tree: a minimal one in a scratch folder.
set(scratch ${CPACK_PACKAGE_DIRECTORY}/_CPack_Packages/shlibdeps)
file(MAKE_DIRECTORY ${scratch}/debian)
file(WRITE ${scratch}/debian/control "Source: casebook\n\nPackage: casebook\nArchitecture: any\n")
execute_process(
    COMMAND ${CASEBOOK_DPKG_SHLIBDEPS} -O -e${CASEBOOK_BINARY}
    WORKING_DIRECTORY ${scratch}
    OUTPUT_VARIABLE shlibs
    ERROR_VARIABLE errors
    RESULT_VARIABLE result
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT result EQUAL 0 OR NOT shlibs MATCHES "^shlibs:Depends=")
    message(FATAL_ERROR "dpkg-shlibdeps failed on ${CASEBOOK_BINARY}:\n${errors}")
endif()
string(REGEX REPLACE "^shlibs:Depends=" "" shlibs "${shlibs}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${shlibs}, ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
message(STATUS "Depends: ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
