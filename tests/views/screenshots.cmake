# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `casebook --screenshot` the way the README does and checks that every PNG came out,
# that a damaged database is refused, and that --lang ru loads both catalogues.
# cmake -DCASEBOOK=... -DWORK=... -P screenshots.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
# A private home: the run must not read or write the person's own settings and data.
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/data)
execute_process(
    COMMAND ${CASEBOOK} --screenshot ${WORK}/shots --database ${WORK}/screenshots.casebook
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "casebook --screenshot exited with ${result}:\n${output}\n${errors}")
endif()
foreach(name 1-inbox 2-customers 3-bugreports 4-proposals 5-shifts 6-analytics 7-settings-database 8-settings-language
             9-settings-team canned-replies)
    if(NOT EXISTS ${WORK}/shots/${name}.png)
        message(FATAL_ERROR "no ${name}.png; casebook printed:\n${output}\n${errors}")
    endif()
    file(SIZE ${WORK}/shots/${name}.png size)
    if(size LESS 2000)
        message(FATAL_ERROR "${name}.png is only ${size} bytes")
    endif()
endforeach()

# On the demo data the customer card is drawn in each licence state and with a premium profile.
execute_process(
    COMMAND ${CASEBOOK} --screenshot ${WORK}/shots-demo --demo
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "casebook --screenshot --demo exited with ${result}:\n${output}\n${errors}")
endif()
foreach(name customers-valid customers-expiring customers-expired customers-premium customers-card-narrow
             analytics-tagging analytics-toptags analytics-volume analytics-response analytics-load analytics-bugreports)
    if(NOT EXISTS ${WORK}/shots-demo/${name}.png)
        message(FATAL_ERROR "no ${name}.png from the demo data; casebook printed:\n${output}\n${errors}")
    endif()
endforeach()

# A damaged database is refused with a message on stderr and a failing exit code, never a crash.
file(WRITE ${WORK}/damaged.casebook "This is not an SQLite database. This is not an SQLite database.")
execute_process(
    COMMAND ${CASEBOOK} --screenshot ${WORK}/shots-damaged --database ${WORK}/damaged.casebook
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
if(NOT result EQUAL 1 OR NOT errors MATCHES "could not open")
    message(FATAL_ERROR "a damaged database gave exit code ${result} and:\n${errors}")
endif()

# Our catalogue and Qt's own: the description is ours, "Options:" is QCommandLineParser's.
execute_process(
    COMMAND ${CASEBOOK} --lang ru --help
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "настольное приложение" OR NOT output MATCHES "Параметры:")
    message(FATAL_ERROR "casebook --lang ru --help gave exit code ${result} and:\n${output}")
endif()
