#!/usr/bin/env bash
# Upgrades an installed workstation as a site would: the built .deb installed and used, then a newer package (this
# commit with a higher version and one more migration, built in a scratch copy) installed over it. Checks that the
# database migrates and verifies, is backed up before it migrates, and that the older package, put back, refuses
# the newer schema. Run as root after `./mvnw -DskipTests -Pinstaller package` (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

older=$(ls installer/target/griddesk_*.deb)
scratch=$(mktemp -d)
copy="$scratch/source"
cleanup() {
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq griddesk >/dev/null 2>&1 || true
  git worktree remove --force "$copy" >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT
install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --allow-downgrades "$1" >/dev/null; }

export GRIDDESK_HOME="$scratch/home" GRIDDESK_DEMO=false
install "./$older"
/opt/griddesk/bin/griddesk-cli audit-verify
/opt/griddesk/bin/griddesk-cli backup "$scratch/before-upgrade.zip"

# The newer package: the last version number one higher, and a migration the older package does not know.
git worktree add --detach "$copy" HEAD >/dev/null
version=$(sed -n 's:.*<version>\(.*\)-SNAPSHOT</version>.*:\1:p' pom.xml | head -1)
newer_version="${version%.*}.$(( ${version##*.} + 1 ))"
grep -rl --include=pom.xml "$version-SNAPSHOT" "$copy" | xargs sed -i "s/$version-SNAPSHOT/$newer_version-SNAPSHOT/"
printf 'ALTER TABLE appeal ADD COLUMN upgrade_probe VARCHAR(10);\n' \
  > "$copy/persistence/src/main/resources/db/migration/V9999__upgrade_probe.sql"
(cd "$copy" && ./mvnw -B -ntp -q -DskipTests -Pinstaller package)
install "$(ls "$copy"/installer/target/griddesk_*.deb)"

/opt/griddesk/bin/griddesk-cli --version | grep -q "$newer_version" || { echo "Версия после обновления не та" >&2; exit 1; }
/opt/griddesk/bin/griddesk-cli audit-verify
ls "$GRIDDESK_HOME"/backups/griddesk-*-v*.zip >/dev/null \
  || { echo "Перед обновлением схемы не сделана резервная копия" >&2; exit 1; }
echo "Обновление до $newer_version: база перенесена на новую схему и проверена, копия перед переносом: $(ls "$GRIDDESK_HOME"/backups)"

install "./$older"
set +e
refusal=$(/opt/griddesk/bin/griddesk-cli audit-verify 2>&1)
status=$?
set -e
if [ $status -ne 3 ] || ! grep -q "обновлена более новой версией" <<<"$refusal"; then
  echo "Старая версия не отказалась работать с новой схемой (код $status): $refusal" >&2
  exit 1
fi
echo "Старая версия на новой схеме: отказ, код 3"
