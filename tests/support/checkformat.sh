#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: checkformat.sh CLANG_FORMAT SOURCE_DIR
# Fails when a C++ file is not as .clang-format writes it, naming each one. Formatting differs
# between clang-format releases, so only the release the build root pins (19) decides; any other
# skips (exit 77) rather than ask for a reformat that the pinned release would undo.
set -eu
clang_format=$1
cd "$2"
if ! "$clang_format" --version | grep -q 'version 19\.'; then
  echo "skipped: $("$clang_format" --version) is not the pinned clang-format 19"
  exit 77
fi
bad=0
for f in $(find models views app tools tests -name '*.cpp' -o -name '*.h' | sort); do
  if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done
if [ "$bad" -gt 0 ]; then
  echo "$bad file(s) differ from .clang-format: run tools/dev format"
  exit 1
fi
echo "every C++ file is formatted"
