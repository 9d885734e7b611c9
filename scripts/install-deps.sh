#!/usr/bin/env bash
# Installs the Debian 12 packages MotCua Desk needs to build, run and test.
# Safe to run repeatedly: it only calls apt-get when something is missing.
set -euo pipefail

BUILD_PKGS=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsqlite3-dev libspdlog-dev libfmt-dev libpoco-dev libssl-dev qtkeychain-qt6-dev catch2
    libargon2-dev libqrencode-dev qt6-pdf-dev
    qt6-charts-dev libqt6opengl6-dev  # Qt Charts (the reports); its CMake package needs Qt6OpenGL's
)
# Tesseract with its Vietnamese model reads scans (OCR); pdftoppm (poppler-utils) turns a scanned PDF's pages into
# images for it. Without them the app still runs and says the scans are not read.
RUNTIME_PKGS=(fonts-noto-core fonts-dejavu-core tesseract-ocr tesseract-ocr-vie poppler-utils)
TEST_PKGS=(xvfb xauth imagemagick poppler-utils desktop-file-utils appstream dpkg-dev file sqlite3 clang-format python3 postgresql nginx openssl dbus-daemon gnome-keyring)

want=("${BUILD_PKGS[@]}" "${RUNTIME_PKGS[@]}")
if [[ "${1:-}" == "--test" ]]; then
    want+=("${TEST_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
