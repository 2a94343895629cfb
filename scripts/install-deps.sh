#!/usr/bin/env bash
# Installs what building and testing Pressdesk needs, only when something is missing.
# Debian/Ubuntu: apt-get (with sudo when not root). macOS: Homebrew. Idempotent and quiet
# on a machine that already has everything.
set -euo pipefail

# libqt6svg6 also brings Qt's SVG icon engine (plugins/iconengines/libqsvgicon.so): without it
# the icons in resources/icons/*.svg are blank (tst_comfort checks they render at 2x).
debian_packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libsqlite3-dev
    sqlite3 xvfb xauth poppler-utils
    libcmark-dev libkainjow-mustache-dev fonts-liberation2 fonts-dejavu-core
    python3-jsonschema python3-icalendar python3-vobject python3-feedparser chromium
    clang libclang-rt-14-dev
    libhunspell-dev hunspell-en-us hunspell-en-gb hunspell-es hunspell-fr
    libical-dev libgumbo-dev
    libcairo2-dev libpango1.0-dev libqpdf-dev qpdf librsvg2-dev
    libhyphen-dev hyphen-en-us hyphen-es hyphen-fr hyphen-pt-pt hyphen-pt-br
    postgresql libqt6sql6-psql openssl qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon
    libvmime-dev python3-aiosmtpd
    dpkg-dev lintian desktop-file-utils appstream shared-mime-info
)
# A Node.js that already brings npm (e.g. from NodeSource) must not be replaced by Debian's.
command -v npm >/dev/null || debian_packages+=(nodejs npm)

install_debian() {
    local missing=()
    for package in "${debian_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_macos() {
    command -v brew >/dev/null || { echo "Install Homebrew first: https://brew.sh" >&2; exit 1; }
    for formula in cmake ninja qt qtkeychain ccache hunspell libical gumbo-parser cairo pango qpdf librsvg poppler; do
        brew list --formula "$formula" >/dev/null 2>&1 || brew install "$formula"
    done
}

case "$(uname -s)" in
    Linux)
        if command -v apt-get >/dev/null; then
            install_debian
        else
            echo "Not a Debian-like system: install CMake 3.25+, Ninja and Qt 6.4+ (Widgets, Sql with SQLite, Test) yourself." >&2
        fi
        ;;
    Darwin) install_macos ;;
    *) echo "Unsupported system $(uname -s); see README.md for the manual steps." >&2 ;;
esac

# The HTML5 validator the export tests run (package.json, pinned by package-lock.json).
cd "$(dirname "$0")/.."
if { [ ! -x node_modules/.bin/html-validate ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/puppeteer-core ]; } && command -v npm >/dev/null; then
    npm ci --no-audit --no-fund --loglevel=error
fi
