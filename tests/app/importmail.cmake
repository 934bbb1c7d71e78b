# SPDX-License-Identifier: GPL-3.0-or-later
# `casebook --database DB --import eml|mbox|zendesk PATH` as a team moving in runs it: a folder
# of .eml files, an mbox, a real mailing list's archive and a real Zendesk export page become
# tickets, and importing them again adds nothing.
# cmake -DCASEBOOK=... -DCORPUS=... -DPUBLIC=... -DZENDESK=... -DWORK=... -P importmail.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
set(ENV{HOME} ${WORK}/home)
set(ENV{XDG_CONFIG_HOME} ${WORK}/home/config)
set(ENV{XDG_DATA_HOME} ${WORK}/home/data)

function(import kind path expected)
    execute_process(
        COMMAND ${CASEBOOK} --database ${WORK}/team.casebook --import ${kind} ${path}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "--import ${kind} exited with ${result}:\n${output}\n${errors}")
    endif()
    if(NOT output MATCHES "${expected}")
        message(FATAL_ERROR "--import ${kind} said:\n${output}\nexpected: ${expected}")
    endif()
endfunction()

import(eml ${CORPUS} "^12 mails read: ([1-9][0-9]*) new tickets")
import(eml ${CORPUS} "^12 mails read: 0 new tickets, 0 messages joined their ticket")

# The same mails as one mbox (mboxo, as mail clients write it): all seen before.
file(GLOB mails ${CORPUS}/*.eml)
set(mbox "")
foreach(mail ${mails})
    file(READ ${mail} text)
    string(REGEX REPLACE "\nFrom " "\n>From " text "${text}")
    string(APPEND mbox "From someone@example.com Mon Nov 30 10:00:00 2026\n${text}\n")
endforeach()
file(WRITE ${WORK}/all.mbox "${mbox}")
import(mbox ${WORK}/all.mbox "^12 mails read: 0 new tickets")

# A real mailing list's archive as archives serve it (mboxrd; tests/models/mail/public):
# 53 mails, one of them twice, in 24 threads, as the list's own In-Reply-To and References say.
import(mbox ${PUBLIC}/notmuch-list-2009.mboxrd
       "^53 mails read: 24 new tickets, 28 messages joined their ticket, 0 bounces, 0 unreadable kept raw, 1 seen before")
import(mbox ${PUBLIC}/notmuch-list-2009.mboxrd "^53 mails read: 0 new tickets, 0 messages joined their ticket, 0 bounces, 0 unreadable kept raw, 53 seen before")

# A real Zendesk incremental export page (tests/models/imports/public): 87 tickets, one of them
# deleted in Zendesk and so skipped with a word; again, nothing is added.
import(zendesk ${ZENDESK} "^86 ticket")
import(zendesk ${ZENDESK} "^0 ticket")

execute_process(
    COMMAND ${CASEBOOK} --database ${WORK}/team.casebook --import mbox ${WORK}/missing.mbox
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
if(result EQUAL 0)
    message(FATAL_ERROR "a missing mbox was accepted:\n${output}\n${errors}")
endif()
