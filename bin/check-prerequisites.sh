#!/usr/bin/env bash
# Tells a fresh Debian/Ubuntu machine what GridDesk lacks, in one apt-get line, before anything fails deep inside.
#   bin/check-prerequisites.sh          what the window needs (./griddesk)
#   bin/check-prerequisites.sh tests    also what the tests need (./mvnw verify)
# Elsewhere (no dpkg: Windows, macOS, other Linux families) it checks nothing.
set -uo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0

missing=()
# Shared libraries are looked up by file, not package name: the t64 renames of newer releases count as present.
has_library() { ldconfig -p 2>/dev/null | grep -q "$1"; }
has_file() { compgen -G "$1" >/dev/null; }

has_library 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
has_library 'libGL\.so\.1' || missing+=(libgl1)
has_file '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' || missing+=(fonts-dejavu-core)
if [ "${1-}" = tests ]; then
  has_file '/usr/lib/*/engines-3/gost.so' || missing+=(libengine-gost-openssl)
  has_file '/usr/lib/softhsm/libsofthsm2.so' || has_file '/usr/lib/*/softhsm/libsofthsm2.so' || missing+=(softhsm2)
  command -v pkcs11-tool >/dev/null 2>&1 || missing+=(opensc)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "GridDesk: на этой машине не хватает пакетов: ${missing[*]}." >&2
  echo "Установите их одной командой:  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
