# SPDX-License-Identifier: GPL-3.0-or-later
# casebook_add_test(NAME models.database SOURCES tst_database.cpp
#                   LIBRARIES casebook_models LABELS db [POSTGRES])
# Builds a Qt Test executable, registers it with ctest under NAME, runs it offscreen.
# POSTGRES: the test needs the throwaway PostgreSQL server that the test run starts
# (CASEBOOK_TEST_PG_* variables are set for it); such tests also get the label "postgres".
function(casebook_add_test)
    cmake_parse_arguments(arg "POSTGRES" "NAME" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    string(REPLACE "." "_" target "tst_${arg_NAME}")
    qt_add_executable(${target} ${arg_SOURCES})
    target_link_libraries(${target} PRIVATE casebook_defaults casebook_testsupport Qt6::Test ${arg_LIBRARIES})
    add_test(NAME ${arg_NAME} COMMAND ${target})
    set(labels ${arg_LABELS})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "CASEBOOK_TEST_PG_INFO=${CASEBOOK_PG_INFO_FILE}")
    if(arg_POSTGRES)
        list(APPEND labels postgres)
        set_tests_properties(${arg_NAME} PROPERTIES FIXTURES_REQUIRED postgres)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES LABELS "${labels}" ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# casebook_add_benchmark(NAME inbox SOURCES bench_inbox.cpp LIBRARIES ...)
# Benchmarks are programs that print `name value unit` lines; `tools/dev bench NAME` runs them.
function(casebook_add_benchmark)
    cmake_parse_arguments(arg "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(bench_${arg_NAME} ${arg_SOURCES})
    set_target_properties(bench_${arg_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/bench)
    target_link_libraries(bench_${arg_NAME} PRIVATE casebook_defaults ${arg_LIBRARIES})
endfunction()
