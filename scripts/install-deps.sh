#!/usr/bin/env bash
# Installs the Debian packages rightstrack needs to build, test and benchmark, and any further
# packages named as arguments, if any are missing. Idempotent: when everything is present it only
# checks and exits. Usage: scripts/install-deps.sh [PACKAGE...]
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache time
  libsqlite3-dev sqlite3 libicu-dev libsodium-dev libyaml-cpp-dev
  libpoppler-cpp-dev libzip-dev libpugixml-dev libstemmer-dev libroaring-dev libfasttext-dev
  libcpp-httplib-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev
)
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "error: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}"
