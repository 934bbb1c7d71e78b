#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the built casebook with --check-template on valid, invalid and missing templates
# and checks exit status and output. Usage: checktemplate.sh CASEBOOK SOURCE_DIR WORK_DIR
set -u
casebook=$1
src=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
failures=0

# expect NAME STATUS PATTERN -- ARGS: runs casebook ARGS; the exit status must be STATUS and
# the combined output must match the extended regular expression PATTERN (empty: no output).
expect() {
    name=$1 status=$2 pattern=$3
    shift 4
    "$casebook" "$@" >"$work/out" 2>&1
    got=$?
    if [ "$got" -ne "$status" ]; then
        echo "FAIL $name: exit status $got, expected $status"; sed 's/^/    /' "$work/out"
        failures=$((failures + 1)); return
    fi
    if [ -z "$pattern" ]; then
        if [ -s "$work/out" ]; then
            echo "FAIL $name: expected no output"; sed 's/^/    /' "$work/out"; failures=$((failures + 1)); return
        fi
    elif ! grep -Eq "$pattern" "$work/out"; then
        echo "FAIL $name: output does not match $pattern"; sed 's/^/    /' "$work/out"
        failures=$((failures + 1)); return
    fi
    echo "PASS $name"
}

forms=$src/tests/models/bugreports/forms
templates=$src/resources/templates

expect "shipped templates are valid" 0 "" -- \
    --check-template "$templates/tracker-bug.yml" "$templates/platform-incident.yml" \
    "$templates/feature-request.yml" "$templates/config.yml"
expect "the corpus' valid forms pass, keys GitHub ignores are warnings" 0 ": warning: " -- \
    --check-template "$forms"/valid/*.yml
if grep -v ": warning: " "$work/out" | grep -q .; then
    echo "FAIL valid forms gave more than warnings"; failures=$((failures + 1))
fi
expect "duplicate ids: FILE:LINE:COLUMN" 1 "^$forms/invalid/duplicate-ids.yml:9:7: body\[1\]: body must have unique ids" -- \
    --check-template "$forms/invalid/duplicate-ids.yml"
expect "one line per problem, valid files quiet" 1 "missing-name.yml:[0-9]+:[0-9]+: " -- \
    --check-template "$templates/tracker-bug.yml" "$forms/invalid/missing-name.yml"
lines=$(grep -c "^$forms/invalid/" "$work/out")
if [ "$lines" -lt 1 ] || grep -q "tracker-bug.yml" "$work/out"; then
    echo "FAIL only the invalid file is named"; failures=$((failures + 1))
else
    echo "PASS only the invalid file is named"
fi
expect "several invalid files, each named" 1 "required-markdown.yml:[0-9]+:[0-9]+: " -- \
    --check-template "$forms/invalid/duplicate-ids.yml" "$forms/invalid/required-markdown.yml"
grep -q "duplicate-ids.yml:9:7:" "$work/out" || { echo "FAIL first of several files missing"; failures=$((failures + 1)); }
expect "a missing file is a clear message" 1 "^$work/nope.yml:1:1: the file cannot be read" -- \
    --check-template "$work/nope.yml"
# Hostile bytes: refused with where and why, before any YAML is parsed.
printf 'name: Bug\ndescription: caf\351\nbody: []\n' >"$work/latin1.yml"
expect "invalid UTF-8 is refused, placed" 1 "latin1.yml:2:17: the file is not valid UTF-8" -- \
    --check-template "$work/latin1.yml"
printf 'name: Bug\ndescrip\000tion: x\n' >"$work/nul.yml"
expect "a NUL byte is refused, placed" 1 "nul.yml:2:8: the file contains a NUL byte" -- --check-template "$work/nul.yml"
{ printf 'name: Bug\ndescription: x\nbody: '; i=0; while [ $i -lt 3000 ]; do printf '['; i=$((i + 1)); done; echo; } \
    >"$work/deep.yml"
expect "deep nesting is named as such" 1 "deep.yml:3:[0-9]+: lists and maps are nested deeper than 32 levels" -- \
    --check-template "$work/deep.yml"
if grep -q "bad file" "$work/out"; then echo "FAIL deep nesting still reads as a bad file"; failures=$((failures + 1)); fi
head -c 10485760 /dev/zero | tr '\000' '#' >"$work/huge.yml"
expect "a 10 MB file is refused by its size" 1 "huge.yml:1:1: the file is too large for a template" -- \
    --check-template "$work/huge.yml"
expect "--flag=FILE form" 1 "duplicate-ids.yml:9:7:" -- --check-template="$forms/invalid/duplicate-ids.yml"
# No database is opened: nothing appears in the data folder.
if [ -e "$work/data/casebook" ]; then
    echo "FAIL --check-template created $work/data/casebook"; failures=$((failures + 1))
else
    echo "PASS no database opened"
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
