# SPDX-License-Identifier: GPL-3.0-or-later
# `casebook --render-template FILE --screenshot DIR` as a team's CI runs it: a valid form
# becomes a PNG (exit 0); an invalid one prints FILE:LINE:COLUMN lines and exits with 1.
# cmake -DCASEBOOK=... -DWORK=... -DTEMPLATES=... -DINVALID=... -P rendertemplate.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/data)

foreach(name tracker-bug platform-incident feature-request)
    execute_process(
        COMMAND ${CASEBOOK} --render-template ${TEMPLATES}/${name}.yml --screenshot ${WORK}/shots
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${name}.yml: exit code ${result}:\n${output}\n${errors}")
    endif()
    if(NOT output MATCHES "${name}.png")
        message(FATAL_ERROR "${name}.yml: the PNG's path is not printed:\n${output}")
    endif()
    file(SIZE ${WORK}/shots/${name}.png size)
    if(size LESS 5000)
        message(FATAL_ERROR "${name}.png is only ${size} bytes")
    endif()
endforeach()

execute_process(
    COMMAND ${CASEBOOK} --render-template ${INVALID} --screenshot ${WORK}/invalid
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
get_filename_component(invalidName ${INVALID} NAME)
if(NOT result EQUAL 1 OR NOT errors MATCHES "${invalidName}:[0-9]+:[0-9]+: ")
    message(FATAL_ERROR "an invalid template gave exit code ${result} and:\n${output}\n${errors}")
endif()
if(EXISTS ${WORK}/invalid)
    file(GLOB written ${WORK}/invalid/*)
    if(written)
        message(FATAL_ERROR "an invalid template still wrote ${written}")
    endif()
endif()
