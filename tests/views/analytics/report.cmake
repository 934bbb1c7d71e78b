# SPDX-License-Identifier: GPL-3.0-or-later
# `casebook --database DB --report month --month YYYY-MM --out DIR` as a lead's script runs it:
# the review's Markdown is written and its path printed (exit 0); a wrong kind is refused (exit 2).
# cmake -DCASEBOOK=... -DWORK=... -P report.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/data)

execute_process(
    COMMAND ${CASEBOOK} --database ${WORK}/team.casebook --report month --month 2026-11 --out ${WORK}/out
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "--report exited with ${result}:\n${output}\n${errors}")
endif()
if(NOT output MATCHES "casebook-review-2026-11.md")
    message(FATAL_ERROR "the Markdown's path is not printed:\n${output}")
endif()
file(READ ${WORK}/out/casebook-review-2026-11.md markdown)
if(NOT markdown MATCHES "^# Monthly review: " OR NOT markdown MATCHES "## Focus tags")
    message(FATAL_ERROR "the Markdown is not the review:\n${markdown}")
endif()

execute_process(
    COMMAND ${CASEBOOK} --database ${WORK}/team.casebook --report week --out ${WORK}/week
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT result EQUAL 2 OR EXISTS ${WORK}/week)
    message(FATAL_ERROR "--report week gave exit code ${result} and:\n${output}\n${errors}")
endif()
