#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Checks the Debian package as a user's desktop would meet it. Builds nothing: given a build
# directory that is already built, runs `cpack -G DEB` there, then checks the package's control
# data (Depends), where its files land, the desktop entry, the AppStream metadata, the file type,
# the icons and the manual page, and runs the packaged binary with the system's Qt alone.
# Prints one line a check and a summary; exits 1 if any check failed, 64 on bad usage.
#
# Usage: tests/packaging/check_package.sh BUILD_DIR
#
# The `bash -c` bodies below are in single quotes on purpose: they take their values as arguments.
# shellcheck disable=SC2016
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
  echo "usage: $0 BUILD_DIR (a configured and built build directory)" >&2
  exit 64
fi
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
app_id=io.continuity.Continuity
mime_type=application/x-continuity-design
icon_sizes=(16 22 24 32 48 64 128 256 512)

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() {
  failed=$((failed + 1))
  echo "  FAIL  $1"
  [ $# -lt 2 ] || printf '%s\n' "$2" | sed 's/^/        /'
}
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local what=$1 output
  shift
  if output=$("$@" 2>&1); then pass "$what"; else fail "$what" "$output"; fi
}
finish() {
  echo "check_package: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && exit 0
  exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Build the package ---------------------------------------------------------------------------
echo "Packaging $build"
rm -f "$build"/continuity_*.deb
if ! (cd "$build" && cpack -G DEB --config CPackConfig.cmake) >"$work/cpack.log" 2>&1; then
  fail "cpack -G DEB builds the package" "$(tail -20 "$work/cpack.log")"
  finish
fi
debs=("$build"/continuity_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "cpack -G DEB writes one continuity_*.deb" "$(ls "$build"/*.deb 2>&1)"
  finish
fi
deb=${debs[0]}
pass "cpack -G DEB builds $(basename "$deb")"

# --- Control data --------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
version=$(field Version)
depends=$(field Depends)
echo "Depends: $depends"
check "Package is continuity" test "$(field Package)" = continuity
check "Architecture is the machine's ($(dpkg --print-architecture))" \
  test "$(field Architecture)" = "$(dpkg --print-architecture)"
for f in Maintainer Section Priority Homepage; do
  check "$f is set" test -n "$(field "$f")"
done
description=$(field Description)
check "Description has a summary and a long text, not CPack's placeholder" \
  bash -c '[ "$(printf "%s\n" "$1" | wc -l)" -gt 2 ] && ! grep -qi "generic description" <<<"$1"' \
  _ "$description"
# Library packages the binary links (found by dpkg-shlibdeps) and the SVG plugins it loads.
depended=$(tr ',|' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libc6 libstdc++6; do
  check "Depends names $p" grep -Fxq "$p" <<<"$depended"
done

# --- Where the files land ------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $1, $NF}' >"$work/contents"
has_file() { grep -Eq "^-[^ ]* \./${1}\$" "$work/contents"; }
expected=(
  usr/bin/continuity
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  usr/share/mime/packages/continuity.xml
  usr/share/man/man1/continuity.1.gz
  usr/share/icons/hicolor/scalable/apps/continuity.svg
  "usr/share/icons/hicolor/scalable/mimetypes/${mime_type//\//-}.svg"
  usr/share/doc/continuity/copyright
  usr/share/doc/continuity/README.md
)
for size in "${icon_sizes[@]}"; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/continuity.png")
  expected+=("usr/share/icons/hicolor/${size}x${size}/mimetypes/${mime_type//\//-}.png")
done
for t in "$source_dir"/resources/templates/*.continuity.json; do
  expected+=("usr/share/continuity/templates/$(basename "$t")")
done
missing=""
for f in "${expected[@]}"; do has_file "$f" || missing+="$f"$'\n'; done
check "the package holds the ${#expected[@]} files the desktop looks for" test -z "$missing"
[ -z "$missing" ] || printf '%s' "$missing" | sed 's/^/        missing: /'
check "usr/bin/continuity is executable by everyone" \
  grep -Eq '^-rwxr-xr-x \./usr/bin/continuity$' "$work/contents"
strays=$(awk '{print $2}' "$work/contents" |
         grep -Ev '^\./$|^\./usr/$|^\./usr/(bin|share)/' || true)
check "nothing lands outside /usr/bin and /usr/share" test -z "$strays"
[ -z "$strays" ] || printf '%s\n' "$strays" | sed 's/^/        stray: /'

# --- The packaged binary, with the system's Qt alone ---------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/continuity"
# In English whatever the machine's language: the checks below read the help's words.
run() { env -u QT_QPA_PLATFORM -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u LANGUAGE LC_ALL=C.UTF-8 "$bin" "$@"; }
# As a user whose desktop speaks another language.
run_in() { env -u QT_QPA_PLATFORM -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u LC_ALL \
  LANGUAGE="$1" LANG="$2" "$bin" --help; }
unresolved=$(env -u LD_LIBRARY_PATH ldd "$bin" 2>&1 | grep "not found" || true)
check "every library the binary links is on the system" test -z "$unresolved"
version_output=$(run --version 2>&1)
status=$?
check "the packaged binary runs --version (exit $status: $version_output)" \
  test "$status" -eq 0 -a "$version_output" = "continuity $version"
# The translations travel inside the binary: no .qm file to install.
check "the packaged binary speaks German (LANG=de_DE.UTF-8)" bash -c \
  'grep -q "^Aufruf: continuity" <<<"$1"' _ "$(run_in de de_DE.UTF-8 2>&1)"
check "the packaged binary speaks French (LANG=fr_FR.UTF-8)" bash -c \
  'grep -q "^Usage.*: continuity \[FICHIER\]" <<<"$1"' _ "$(run_in fr fr_FR.UTF-8 2>&1)"
for t in "$root"/usr/share/continuity/templates/*.continuity.json; do
  run validate "$t" >/dev/null 2>"$work/validate.err"
  status=$?
  check "the packaged binary reads the installed template $(basename "$t") (exit $status)" \
    test "$status" -eq 0 -o "$status" -eq 1
done

# --- Desktop entry -------------------------------------------------------------------------------
desktop="$root/usr/share/applications/$app_id.desktop"
check "desktop-file-validate passes" bash -c \
  'out=$(desktop-file-validate "$1" 2>&1); s=$?
   printf "%s" "$out"; [ $s -eq 0 ] && [ -z "$out" ]' \
  _ "$desktop"
entry() { sed -n "s/^$1=//p" "$desktop" | head -1; }
check "the desktop entry starts the packaged binary on the file (Exec=$(entry Exec))" \
  test "$(entry Exec)" = "continuity %f"
check "the desktop entry's icon is in hicolor" \
  test -f "$root/usr/share/icons/hicolor/scalable/apps/$(entry Icon).svg"
check "the desktop entry opens $mime_type" grep -q "^MimeType=.*$mime_type;" "$desktop"

# --- AppStream metadata --------------------------------------------------------------------------
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
check "appstreamcli validate --no-net passes" appstreamcli validate --no-net "$metainfo"
check "the metadata launches the desktop entry" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
check "the metadata provides the binary and the file type" bash -c \
  'grep -q "<binary>continuity</binary>" "$1" && grep -q "<mediatype>$2</mediatype>" "$1"' \
  _ "$metainfo" "$mime_type"
check "the metadata has a screenshot" grep -q "<image[^>]*>https://[^<]*\.png</image>" "$metainfo"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
check "the newest release in the metadata ($newest) is the package's version ($version)" \
  test "$newest" = "$version"

# --- File type -----------------------------------------------------------------------------------
# A MIME database of the system's base types and ours, in a data directory of its own.
xdg="$work/xdg"
mimedir="$xdg/mime"
mkdir -p "$mimedir/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mimedir/packages/"
cp "$root/usr/share/mime/packages/continuity.xml" "$mimedir/packages/"
check "update-mime-database takes the file type without a complaint" bash -c \
  'out=$(XDG_DATA_HOME="$1" XDG_DATA_DIRS=/nonexistent update-mime-database "$1/mime" 2>&1)
   s=$?; printf "%s" "$out"; [ $s -eq 0 ] && [ -z "$out" ]' _ "$xdg"
check "*.continuity.json is $mime_type, a kind of JSON" bash -c \
  'grep -q "^[0-9]*:$2:\*\.continuity\.json" "$1/globs2" &&
   grep -q "^$2 application/json$" "$1/subclasses"' \
  _ "$mimedir" "$mime_type"
if command -v gio >/dev/null; then
  # What a file manager built on GLib sees: by name, and by content under another name.
  mkdir -p "$work/files"
  templates=("$root"/usr/share/continuity/templates/*.continuity.json)
  template=${templates[0]}
  cp "$template" "$work/files/shop.continuity.json"
  cp "$template" "$work/files/renamed"
  sniff() {
    XDG_DATA_HOME="$xdg" XDG_DATA_DIRS="$root/usr/share" \
      gio info -a standard::content-type "$1" 2>/dev/null |
      sed -n 's/^ *standard::content-type: //p'
  }
  check "the file manager takes shop.continuity.json for a design" \
    test "$(sniff "$work/files/shop.continuity.json")" = "$mime_type"
  check "the file manager takes a design without the extension for a design" \
    test "$(sniff "$work/files/renamed")" = "$mime_type"
fi

# --- Icons ---------------------------------------------------------------------------------------
wrong=""
for size in "${icon_sizes[@]}"; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/continuity.png"
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null |
         awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  [ "$(head -c8 "$png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || dims="not a PNG"
  [ "$dims" = "${size}x${size}" ] || wrong+="${size}x${size}/apps/continuity.png: $dims"$'\n'
done
check "each hicolor PNG is a PNG of its directory's size" test -z "$wrong"
[ -z "$wrong" ] || printf '%s' "$wrong" | sed 's/^/        /'
check "the scalable icon is the source SVG" \
  cmp -s "$root/usr/share/icons/hicolor/scalable/apps/continuity.svg" \
         "$source_dir/resources/icons/continuity.svg"

# --- Manual page ---------------------------------------------------------------------------------
man_page="$root/usr/share/man/man1/continuity.1.gz"
if command -v man >/dev/null && command -v groff >/dev/null; then
  check "the manual page renders without a warning" bash -c \
    'out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null)
     printf "%s" "$out"; [ -z "$out" ]' \
    _ "$man_page"
fi
check "the manual page is for version $version" bash -c \
  'zcat "$1" | grep -q "^\.TH CONTINUITY 1 .*\"Continuity $2\""' _ "$man_page" "$version"
# Every verb and option the binary offers is documented (the page may document more: verbs the
# specification names ahead of the binary).
roff=$(zcat "$man_page")
undocumented=""
verbs=$(run --help 2>/dev/null | sed -n '/^Verbs:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
for verb in $verbs; do
  grep -Eq "^\.BI? \"?$verb( |\"|$)" <<<"$roff" || undocumented+="verb $verb"$'\n'
  for option in $(run "$verb" --help 2>/dev/null | grep -Eo -- '--[a-z][a-z-]*' | sort -u); do
    grep -Fq -- "${option//-/\\-}" <<<"$roff" || undocumented+="$verb $option"$'\n'
  done
done
check "the manual page documents every verb and option of --help (${verbs//$'\n'/ })" \
  test -n "$verbs" -a -z "$undocumented"
[ -z "$undocumented" ] || printf '%s' "$undocumented" | sed 's/^/        undocumented: /'

finish
