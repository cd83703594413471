#!/usr/bin/env bash
# Debian's chromium for the report browser tests and screenshots (Playwright's own browser
# download is not reachable offline; the tests point Playwright at /usr/bin/chromium), plus a
# CJK font so that the Chinese report UI renders as text rather than empty boxes.
set -euo pipefail

PACKAGES="chromium fonts-wqy-zenhei"

missing=""
for pkg in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
