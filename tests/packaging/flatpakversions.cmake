# SPDX-License-Identifier: GPL-3.0-or-later
# The Flatpak manifest builds libsodium, yaml-cpp and QtKeychain itself and takes Qt from the
# KDE runtime; the versions must be those the build root's Debian packages have, which are the
# ones the test suite ran against; so must those the Windows and macOS workflow builds.
#   cmake -DMANIFEST=... -DWORKFLOW=... -P flatpakversions.cmake
file(READ ${MANIFEST} manifest)

# "1.0.18-1+deb13u1" and "0.8.0+dfsg-7" -> "1.0.18", "0.8.0"; "1:2.3" -> "2.3".
function(upstream_version package out)
    execute_process(COMMAND dpkg-query -W -f=\${Version} ${package}
        OUTPUT_VARIABLE version RESULT_VARIABLE result ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${package} is not installed here: run this test in the build root")
    endif()
    string(REGEX REPLACE "^[0-9]+:" "" version "${version}")
    string(REGEX REPLACE "[-+~].*$" "" version "${version}")
    set(${out} ${version} PARENT_SCOPE)
endfunction()

# The tag of module `name`: the first "tag:" after "- name: <name>".
function(module_tag name out)
    string(FIND "${manifest}" "- name: ${name}\n" start)
    if(start EQUAL -1)
        message(FATAL_ERROR "the manifest has no module ${name}")
    endif()
    string(SUBSTRING "${manifest}" ${start} -1 rest)
    string(REGEX MATCH "\n +tag: ([^\n]+)" found "${rest}")
    if(NOT found)
        message(FATAL_ERROR "module ${name} has no tag")
    endif()
    string(REGEX REPLACE "-RELEASE$" "" tag "${CMAKE_MATCH_1}")
    string(REGEX REPLACE "^v" "" tag "${tag}") # snowball's "v2.2.0"
    set(${out} ${tag} PARENT_SCOPE)
endfunction()

set(failed "")
foreach(pair "libsodium=libsodium-dev" "yaml-cpp=libyaml-cpp-dev" "qtkeychain=qtkeychain-qt6-dev" "libstemmer=libstemmer-dev")
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 module)
    list(GET pair 1 package)
    module_tag(${module} tag)
    upstream_version(${package} version)
    message(STATUS "${module}: manifest ${tag}, ${package} ${version}")
    if(NOT tag STREQUAL version)
        string(APPEND failed "${module}: the manifest builds ${tag}, the build root has ${version}\n")
    endif()
endforeach()

# Qt comes from the runtime: its major.minor must be the build root's.
string(REGEX MATCH "runtime-version: '([0-9.]+)'" found "${manifest}")
set(runtime ${CMAKE_MATCH_1})
upstream_version(qt6-base-dev qt)
string(REGEX MATCH "^[0-9]+\\.[0-9]+" qt "${qt}")
message(STATUS "KDE runtime ${runtime}, qt6-base-dev ${qt}")
if(NOT runtime STREQUAL qt)
    string(APPEND failed "the KDE runtime ${runtime} has another Qt than the build root's ${qt}\n")
endif()

# The Windows and macOS workflow builds yaml-cpp and libstemmer itself: the same versions.
if(WORKFLOW)
    file(READ ${WORKFLOW} workflow)
    foreach(pair "YAML_CPP_VERSION=libyaml-cpp-dev" "LIBSTEMMER_VERSION=libstemmer-dev")
        string(REPLACE "=" ";" pair "${pair}")
        list(GET pair 0 variable)
        list(GET pair 1 package)
        string(REGEX MATCH "\n +${variable}: '([^']+)'" found "${workflow}")
        set(tag ${CMAKE_MATCH_1})
        upstream_version(${package} version)
        message(STATUS "workflow ${variable} ${tag}, ${package} ${version}")
        if(NOT tag STREQUAL version)
            string(APPEND failed "the workflow's ${variable} is '${tag}', the build root has ${version}\n")
        endif()
    endforeach()
endif()

if(failed)
    message(FATAL_ERROR "${failed}")
endif()
