#!/usr/bin/env bash
# Builds tcplab's Debian package and proves it: builds Release in build-release/, makes the
# .deb with cpack, validates its desktop entry and AppStream metainfo, runs lintian, then
# installs the package, runs both programs from /usr/bin, checks that every installed file
# is where desktops and man look for it, and removes the package again (also on failure).
# Exits non-zero, saying what failed, on any failure. Runs unattended.
#   scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

build_dir=build-release
step() { echo; echo "== package.sh: $*"; }
fail() {
    echo "package.sh: FAILED: $*" >&2
    exit 1
}
trap 'echo "package.sh: FAILED: command exited with status $? at line $LINENO: $BASH_COMMAND" >&2' ERR

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi

step "installing missing packaging tools"
scripts/install-deps.sh --package

step "building Release in $build_dir/"
# Build only what the package holds (not the tests and benchmarks), and keep cpack from
# building everything else through the install step.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target tcplab tcplab-cli tcplab_install_files
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[[ -n $version ]] || fail "no project version in $build_dir/CMakeCache.txt"

step "making the .deb with cpack"
rm -f "$build_dir"/tcplab_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
debs=("$build_dir"/tcplab_"$version"_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack made no $build_dir/tcplab_${version}_*.deb"
deb=${debs[0]}
echo "$deb"
dpkg-deb --field "$deb"

work=$(mktemp -d)
installed=""
cleanup() {
    local status=$?
    if [[ -n $installed ]]; then
        echo
        echo "== package.sh: removing the package again"
        $SUDO dpkg -r tcplab >/dev/null || echo "package.sh: FAILED: dpkg -r tcplab" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

step "validating the desktop entry and the AppStream metainfo"
dpkg-deb -x "$deb" "$work/root"
desktop_file=$work/root/usr/share/applications/io.github.tcplab.tcplab.desktop
metainfo=$work/root/usr/share/metainfo/io.github.tcplab.tcplab.metainfo.xml
desktop-file-validate "$desktop_file" || fail "desktop-file-validate $desktop_file"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"

step "lintian"
# Errors fail; warnings and the rest are shown for the record.
lintian --fail-on error --display-level '>=pedantic' --show-overrides "$deb" ||
    fail "lintian reports errors on $deb"
echo "lintian: no errors"

step "installing the package"
if dpkg-query -W -f='${Status}' tcplab 2>/dev/null | grep -q "install ok installed"; then
    echo "package.sh: note: tcplab is installed already; it is replaced now and removed at the end"
fi
installed=yes
if ! $SUDO dpkg -i "$deb"; then
    echo "package.sh: installing missing dependencies with apt-get -f install"
    $SUDO apt-get update -qq
    $SUDO apt-get -f install -y -qq || fail "apt-get -f install"
fi
[[ $(dpkg-query -W -f='${Status} ${Version}' tcplab) == "install ok installed $version" ]] ||
    fail "tcplab $version is not installed after dpkg -i"

step "running the installed programs"
expect_output() {
    local expected=$1
    shift
    local out
    out=$("$@") || fail "$* exited with status $?"
    [[ $out == "$expected" ]] || fail "$* printed '$out', expected '$expected'"
    echo "$*: $out"
}
expect_output "tcplab-cli $version" /usr/bin/tcplab-cli --version
list=$(/usr/bin/tcplab-cli list) || fail "/usr/bin/tcplab-cli list exited with status $?"
grep -q '^handshake-and-close ' <<<"$list" || fail "tcplab-cli list does not list handshake-and-close"
echo "/usr/bin/tcplab-cli list: $(($(wc -l <<<"$list") - 1)) scenarios"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
expect_output "tcplab $version" /usr/bin/tcplab --version
shot=$work/tcplab.png
HOME=$work timeout 60 /usr/bin/tcplab --scenario handshake-and-close --screenshot "$shot" ||
    fail "/usr/bin/tcplab --screenshot exited with status $?"
[[ -s $shot && $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "/usr/bin/tcplab --screenshot wrote no PNG"
echo "/usr/bin/tcplab --screenshot: $(stat -c %s "$shot") bytes of PNG"

step "checking the installed files"
expected_files=(
    /usr/bin/tcplab
    /usr/bin/tcplab-cli
    /usr/share/applications/io.github.tcplab.tcplab.desktop
    /usr/share/metainfo/io.github.tcplab.tcplab.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/io.github.tcplab.tcplab.svg
    /usr/share/man/man1/tcplab.1.gz
    /usr/share/man/man1/tcplab-cli.1.gz
    /usr/share/man/zh_CN/man1/tcplab.1.gz
    /usr/share/man/zh_CN/man1/tcplab-cli.1.gz
    /usr/share/bash-completion/completions/tcplab-cli
    /usr/share/doc/tcplab/copyright
    /usr/share/doc/tcplab/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.tcplab.tcplab.png")
done
for f in "${expected_files[@]}"; do
    [[ -s $f ]] || fail "$f is missing after installing the package"
done
echo "all ${#expected_files[@]} files in place"
for page in tcplab tcplab-cli; do
    man -w "$page" >/dev/null || fail "man cannot find $page"
    LANGUAGE=zh_CN man -L zh_CN -w "$page" | grep -q /zh_CN/ || fail "man cannot find the Chinese $page"
done
echo "man finds tcplab(1) and tcplab-cli(1) in English and Chinese"
# The completion offers the built-in scenario ids after `tcplab-cli run`.
completion=$(bash -c '
    source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/tcplab-cli
    COMP_WORDS=(tcplab-cli run handshake-and-cl) COMP_CWORD=2
    COMP_LINE="${COMP_WORDS[*]}" COMP_POINT=${#COMP_LINE}
    _tcplab_cli
    echo "${COMPREPLY[*]}"')
[[ $completion == handshake-and-close ]] ||
    fail "bash completion of 'tcplab-cli run handshake-and-cl' gave '$completion'"
echo "bash completion: tcplab-cli run handshake-and-cl → $completion"

echo
echo "package.sh: ok: $deb"
