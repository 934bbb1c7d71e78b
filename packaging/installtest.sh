#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a Casebook .deb into a clean Debian 13 root file system and runs it there: the
# package must pull everything it needs through its own Depends, and the installed
# `casebook --screenshot` and `casebook --check-template` must work.
#
# usage: installtest.sh CASEBOOK.deb TEMPLATE.yml DEBCACHE OUTDIR
#
# Runs on the host as root (mmdebstrap, like the build root itself). The root is made from
# DEBCACHE, the .debs the build root was made from, served as a local apt repository, so
# nothing is downloaded a second time and no network is needed. mmdebstrap builds the root in
# a temporary folder of its own and removes it after unmounting (--format=null): no root
# file system is left behind, and none is deleted while something is mounted in it.
set -eu
deb=$(realpath "$1")
template=$(realpath "$2")
debcache=$(realpath "$3")
out=$(realpath -m "$4")

work=$(mktemp -d "$(dirname "$debcache")/installtest.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$out/shots"
# Hard links: the same file system, no copy of the cache.
cp -al "$debcache"/*.deb "$work/repo/"
(cd "$work/repo" && dpkg-scanpackages -m . /dev/null >Packages 2>/dev/null)

log=$out/install.log
echo "installing $(basename "$deb") into a clean Debian 13 root; log: $log"
# The customize hooks run in order: install the package as a person would (apt reads the
# local repository through a read-only bind mount that the same hook removes again, whatever
# apt says), record what apt pulled, then run the installed binary headless. The private
# mount namespace guarantees that no mount outlives mmdebstrap, which deletes its tree.
repo=$work/repo
unshare --mount --propagation private -- \
mmdebstrap --variant=apt --format=null --mode=root \
  --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
  --aptopt='Acquire::Languages "none"' \
  --customize-hook="copy-in $deb $template /tmp" \
  --customize-hook='mkdir -p "$1'"$repo"'" && mount -o ro,bind "'"$repo"'" "$1'"$repo"'" && {
      chroot "$1" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -o APT::Install-Recommends=true /tmp/'"$(basename "$deb")"'"
      rc=$?; umount "$1'"$repo"'"; exit $rc; }' \
  --customize-hook='chroot "$1" dpkg-query -W -f "\${Package} \${Version}\n" >"$1/tmp/installed.txt"' \
  --customize-hook='chroot "$1" sh -c "mkdir -p /tmp/home /tmp/shots && HOME=/tmp/home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 casebook --screenshot /tmp/shots --database /tmp/home/test.casebook"' \
  --customize-hook='chroot "$1" sh -c "HOME=/tmp/home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 casebook --check-template /tmp/'"$(basename "$template")"'"' \
  --customize-hook="sync-out /tmp/shots $out/shots" \
  --customize-hook="copy-out /tmp/installed.txt $out" \
  trixie /dev/null "deb [trusted=yes] file://$work/repo ./" >"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    echo "FAILED: the package did not install or run in a clean root (log: $log)" >&2
    exit 1
  }
shots=$(find "$out/shots" -name '*.png' | wc -l)
[ "$shots" -ge 5 ] || { echo "FAILED: only $shots screenshots in $out/shots" >&2; exit 1; }
echo "OK: installed with $(wc -l <"$out/installed.txt") packages, $shots screenshots in $out/shots"
