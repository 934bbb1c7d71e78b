# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 18: walks every screen `casebook --screenshot` draws (sections, the open ticket and its
# side panels, the customer card, Settings pages and dialogs) at 1600x900 in one language, on
# the demo data and on an empty database (a team's first morning), and fails when a label,
# button, tab, column title, chooser or field hint shows its text in part.
# cmake -DCASEBOOK=... -DLANGUAGE=en|ru -DWORK=... -P clipping.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/data)
foreach(run demo empty)
    if(run STREQUAL "demo")
        set(database --demo)
    else()
        set(database --database ${WORK}/empty.casebook)
    endif()
    execute_process(
        COMMAND ${CASEBOOK} ${database} --lang ${LANGUAGE} --screenshot ${WORK}/${run}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "casebook --screenshot --lang ${LANGUAGE} (${run}) exited with ${result}:\n${output}\n${errors}")
    endif()
    if(NOT EXISTS ${WORK}/${run}/clipped.txt)
        message(FATAL_ERROR "no clipped.txt (${run}); casebook printed:\n${output}\n${errors}")
    endif()
    file(READ ${WORK}/${run}/clipped.txt clipped)
    if(NOT clipped STREQUAL "")
        message(FATAL_ERROR "texts drawn in part (${LANGUAGE}, ${run}; screenshot: what is cut, what it needs):\n${clipped}")
    endif()
endforeach()
