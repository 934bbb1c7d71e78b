#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: checktidy.sh CLANG_TIDY SOURCE_DIR BUILD_DIR [--update RECORD_OUT]
#
# Fails when clang-tidy (with the tree's .clang-tidy) reports anything in a C++ file of the build,
# naming each finding. clang-tidy needs 10-40 s of CPU per file here, hours for the
# whole tree, so results are remembered in tests/support/tidy-record.txt, one line per file:
#   <key>  <path>      the file was clean; the key covers what decides its findings (the file,
#                      its own header, .clang-tidy and the clang-tidy release)
#   untidied  <path>   not checked yet: the files that were there before the check came in;
#                      `tools/dev tidy` works through them
# A file whose key no longer matches, and any file the record does not name (new code), is
# checked. A header without a .cpp of its own is checked through the files that include it.
#
# --update RECORD_OUT also checks the untidied files, a few at a time, and writes the record
# after each few, so an interrupted run keeps what it did.
# CASEBOOK_TIDY_NEW_ONLY=1 leaves the untidied files for later: only changed and new files are
# checked and recorded.
set -eu
clang_tidy=$1
src=$2
build=$3
record_out=
if [ "${4:-}" = --update ]; then record_out=$5; fi

if ! "$clang_tidy" --version | grep -q 'version 19\.'; then
  echo "skipped: $("$clang_tidy" --version | grep version) is not the pinned clang-tidy 19"
  exit 77
fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "skipped: $build has no compile_commands.json"
  exit 77
fi

record=$src/tests/support/tidy-record.txt
tidy_id=$({ "$clang_tidy" --version; cat "$src/.clang-tidy"; } | sha256sum | cut -c1-64)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/record"
[ -f "$record" ] && cp "$record" "$work/record"

key_of() { # FILE (relative to src)
  local f=$1 header=${1%.cpp}.h
  { echo "$tidy_id"; cat "$src/$f"; [ -f "$src/$header" ] && cat "$src/$header"; } | sha256sum | cut -c1-64
}

# The build's own C++ files: generated ones (moc, uic, resources) are not ours to tidy.
sed -n 's/^ *"file": "\(.*\)",*$/\1/p' "$build/compile_commands.json" \
  | sed -n "s|^$src/||p" | grep -E '^(models|views|app|tools|tests)/.*\.cpp$' | sort -u >"$work/files"

: >"$work/keys"
: >"$work/todo"
untidied=0
while read -r f; do
  key=$(key_of "$f")
  echo "$key  $f" >>"$work/keys"
  if grep -qxF "$key  $f" "$work/record"; then
    continue
  elif grep -qxF "untidied  $f" "$work/record" && { [ -z "$record_out" ] || [ -n "${CASEBOOK_TIDY_NEW_ONLY:-}" ]; }; then
    untidied=$((untidied + 1))
  else
    echo "$f" >>"$work/todo"
  fi
done <"$work/files"

total=$(wc -l <"$work/files")
todo=$(wc -l <"$work/todo")
echo "$total file(s): $todo to check, $untidied not yet checked by tools/dev tidy"

# clang-tidy checks a file once for every compile command that names it (a support file
# compiled into ten benchmarks, ten times): a database of the first command for each file.
mkdir -p "$work/db"
awk '
  /^\{$/ { entry = $0 "\n"; next }
  /^ *"file": / { file = $0 }
  /^\},?$/ { if (!(file in seen)) { seen[file] = 1; out = out sep entry "}"; sep = ",\n" } entry = ""; next }
  entry != "" { entry = entry $0 "\n" }
  END { print "[\n" out "\n]" }
' "$build/compile_commands.json" >"$work/db/compile_commands.json"

mkdir -p "$work/out"
: >"$work/clean"
bad=0
write_record() {
  while read -r key f; do
    if grep -qxF "$key  $f" "$work/record" || grep -qxF "$f" "$work/clean"; then
      echo "$key  $f"
    elif grep -qxF "untidied  $f" "$work/record"; then
      echo "untidied  $f"
    fi
  done <"$work/keys" >"$record_out"
}
# A few files at a time, two in parallel; each file's findings go to a file of their own.
split -l 8 "$work/todo" "$work/chunk."
for chunk in "$work"/chunk.*; do
  [ -f "$chunk" ] || continue
  tr '\n' '\0' <"$chunk" | xargs -0 -r -P2 -I{} sh -c '
    "$2" -p "$3/db" --quiet "$5/$1" >"$4/out/$(echo "$1" | tr / _)" 2>/dev/null || true' \
    sh {} "$clang_tidy" "$work" "$work" "$src"
  while read -r f; do
    out="$work/out/$(echo "$f" | tr / _)"
    if grep -qE '(warning|error): ' "$out"; then
      grep -E '(warning|error): ' "$out" | sed "s|$src/||"
      bad=$((bad + 1))
    else
      echo "$f" >>"$work/clean"
    fi
  done <"$chunk"
  [ -z "$record_out" ] || write_record
done

if [ "$bad" -gt 0 ]; then
  echo "$bad file(s) have clang-tidy findings (.clang-tidy); fix them, then run tools/dev tidy"
  exit 1
fi
if [ "$todo" -gt 0 ] && [ -z "$record_out" ]; then
  echo "clean; tools/dev tidy records the $todo file(s) checked here, so later runs skip them"
fi
echo "no clang-tidy findings"
