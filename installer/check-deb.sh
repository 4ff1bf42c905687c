#!/usr/bin/env bash
# Installs the built .deb as a workstation would, tries the installed commands and window on a fresh home, then
# removes the package. Run as root after `./mvnw -DskipTests -Pinstaller package` (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls installer/target/griddesk_*.deb)
echo "Пакет: $deb, $(du -h "$deb" | cut -f1)"
export DEBIAN_FRONTEND=noninteractive
# The package's dependencies come from the distribution: a machine whose package lists are old fetches them anew.
apt-get install -y -qq "./$deb" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "./$deb" >/dev/null; }
trap 'apt-get remove -y -qq griddesk >/dev/null' EXIT
echo "Установлено: $(du -sh /opt/griddesk | cut -f1) в /opt/griddesk"

# The class-data archive postinst made must be one the installed runtime accepts with the launcher's class path.
app=/opt/griddesk/lib/app
classpath=$(sed -n 's|^app.classpath=\$APPDIR|'"$app"'|p' "$app/GridDesk.cfg" | paste -sd:)
/opt/griddesk/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile="$app/griddesk.jsa" -cp "$classpath" -version \
  >/dev/null 2>&1 || { echo "Архив классов (AppCDS) установленного GridDesk не принят" >&2; exit 1; }
echo "Архив классов (AppCDS): $(du -h "$app/griddesk.jsa" | cut -f1), принят"

home=$(mktemp -d)
export GRIDDESK_HOME="$home"
/opt/griddesk/bin/griddesk-cli help | head -1
/opt/griddesk/bin/griddesk-cli --version
/opt/griddesk/bin/griddesk-cli audit-verify

# The window must come up and stay up on a display of its own.
display=:97
Xvfb "$display" -screen 0 1024x768x24 >/dev/null 2>&1 &
xvfb=$!
DISPLAY=$display /opt/griddesk/bin/GridDesk >"$home/window.log" 2>&1 &
window=$!
sleep 30
if kill -0 "$window" 2>/dev/null; then
  echo "Окно установленного GridDesk работает 30 с"
  status=0
else
  echo "Установленный GridDesk закрылся раньше 30 с:" >&2
  tail -20 "$home/window.log" >&2
  status=1
fi
kill "$window" "$xvfb" 2>/dev/null || true
wait "$window" "$xvfb" 2>/dev/null || true
exit $status
