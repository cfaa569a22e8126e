#!/usr/bin/env bash
# Installs the Debian 12 packages tcplab needs to build, run and test, when missing.
#   scripts/install-deps.sh              what building and running need
#   scripts/install-deps.sh --test       and what the tests need
#   scripts/install-deps.sh --package    and what building and checking the .deb need
# The options may be combined.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n qt6-qpa-plugins libgl-dev libpcap-dev
    fonts-noto-cjk
)
for option in "$@"; do
    case "$option" in
        --test)
            # Tests run widgets offscreen, look at exported PDFs and SVGs (rsvg-convert) and
            # have Wireshark's tshark read the captures tcplab writes.
            packages+=(xvfb xauth poppler-utils librsvg2-bin tshark)
            ;;
        --package)
            # cpack's DEB generator finds binaries with file(1) and their dependencies with
            # dpkg-shlibdeps; lintian, desktop-file-utils and appstream check the package,
            # man-db and bash-completion what it installs (scripts/package.sh).
            packages+=(dpkg-dev file fakeroot lintian desktop-file-utils appstream
                       man-db bash-completion)
            ;;
        *)
            echo "install-deps.sh: unknown option '$option' (expected --test or --package)" >&2
            exit 2
            ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "tcplab: installing missing Debian packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
$SUDO apt-get update -qq
# tshark's package asks whether non-root users may capture; answer no, without a prompt.
if [[ " ${missing[*]} " == *" tshark "* ]]; then
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $SUDO debconf-set-selections
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
