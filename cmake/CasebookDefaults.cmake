# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide rules live on one INTERFACE target that every target links.
add_library(casebook_defaults INTERFACE)
target_compile_features(casebook_defaults INTERFACE cxx_std_20)
target_compile_definitions(casebook_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060500
    CASEBOOK_VERSION="${PROJECT_VERSION}"
    CASEBOOK_APP_ID="${CASEBOOK_APP_ID}")
if(MSVC)
    target_compile_options(casebook_defaults INTERFACE /W4 /permissive- /utf-8)
    if(CASEBOOK_WARNINGS_AS_ERRORS)
        target_compile_options(casebook_defaults INTERFACE /WX)
    endif()
else()
    target_compile_options(casebook_defaults INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align)
    if(CASEBOOK_WARNINGS_AS_ERRORS)
        target_compile_options(casebook_defaults INTERFACE -Werror)
    endif()
    if(CASEBOOK_SANITIZE)
        # Undefined behaviour stops the program: a report that scrolls past is no report.
        target_compile_options(casebook_defaults INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(casebook_defaults INTERFACE -fsanitize=address,undefined)
    endif()
    if(CASEBOOK_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "CASEBOOK_FUZZ needs clang (libFuzzer); use the asan preset")
        endif()
        # Coverage for libFuzzer in every library a harness links; the harness links the fuzzer.
        target_compile_options(casebook_defaults INTERFACE -fsanitize=fuzzer-no-link)
    endif()
endif()
