#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium and CJK fonts. Idempotent; needs root (or sudo).
set -euo pipefail

packages=(chromium fonts-noto-cjk)
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install_browser: chromium and fonts-noto-cjk already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install_browser: need root or sudo to apt-get install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi

echo "install_browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
