#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a Debian 13 root file system for Casebook with mmdebstrap.
# usage: mkroot.sh TARGETDIR PACKAGES.txt [DEBCACHE]
set -eu
target=$1
packages=$(grep -v '^#' "$2" | tr -s ' \n' '\n' | grep -v '^$' | paste -sd, -)
debcache=${3:-}
# The essential hook stops postgresql's postinst from creating a system cluster:
# tests run their own throwaway server as a non-root user.
set -- --variant=apt --include="$packages" \
  --aptopt='Acquire::Retries "3"' \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --essential-hook='mkdir -p "$1/etc/postgresql-common/createcluster.d" && echo "create_main_cluster = false" > "$1/etc/postgresql-common/createcluster.d/00-no-main.conf"' \
  --customize-hook='chroot "$1" useradd -m -u 1000 -U -s /bin/bash builder'
if [ -n "$debcache" ]; then
  mkdir -p "$debcache"
  set -- "$@" --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $debcache /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $debcache"
fi
exec mmdebstrap "$@" trixie "$target" \
  "deb http://deb.debian.org/debian trixie main" \
  "deb http://deb.debian.org/debian trixie-updates main" \
  "deb http://deb.debian.org/debian-security trixie-security main"
