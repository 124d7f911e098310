#!/usr/bin/env bash
# Installs the Debian packages the benchmarks' peers need (Xapian, the PostgreSQL server and
# libpq), if any are missing. Idempotent: when everything is present it only checks and exits.
# The product itself never needs them; `make bench` runs this after scripts/install-deps.sh.
set -euo pipefail

packages=(libxapian-dev postgresql libpq-dev)

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
