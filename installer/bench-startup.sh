#!/usr/bin/env bash
# Start-up benchmark of the installed window: the time from launch to a usable login form, next to a bare JavaFX
# window (a label and a table) on the same runtime, alternating, in one run.
#   installer/bench-startup.sh [rounds] [install folder]     defaults: 10, /opt/griddesk
# Each process ends itself once its form is laid out (GRIDDESK_EXIT_WHEN_SHOWN); the first start of each, which
# creates the database and warms the disk cache, is not counted. Needs a display; starts Xvfb when there is none.
set -euo pipefail
rounds=${1:-10}
root=${2:-/opt/griddesk}

scratch=$(mktemp -d)
# Java takes the home folder from the user database, not from $HOME: both point here.
export HOME="$scratch" GRIDDESK_HOME="$scratch/.griddesk" GRIDDESK_DEMO=false GRIDDESK_EXIT_WHEN_SHOWN=true
unset GRIDDESK_DB_URL
mkdir -p "$HOME/.griddesk"
# An installed workstation that has chosen its database: the first-start dialog is not what is measured.
echo "db.mode=embedded" > "$HOME/.griddesk/griddesk.properties"
if [ -z "${DISPLAY-}" ]; then
  Xvfb :96 -screen 0 1280x800x24 >/dev/null 2>&1 &
  trap 'kill $! 2>/dev/null' EXIT
  export DISPLAY=:96
  sleep 1
fi

window() { "$root/bin/GridDesk" >/dev/null 2>&1; }
bare() {
  "$root/lib/runtime/bin/java" -Dfile.encoding=UTF-8 --enable-native-access=javafx.graphics,ALL-UNNAMED \
    -cp "$root/lib/app/*" org.griddesk.app.bench.BareWindow >/dev/null 2>&1
}
millis() {
  local start end
  start=$(date +%s%N)
  "$1"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

millis window >/dev/null
millis bare >/dev/null
window_times=() bare_times=()
for _ in $(seq "$rounds"); do
  window_times+=("$(millis window)")
  bare_times+=("$(millis bare)")
done
window_median=$(printf '%s\n' "${window_times[@]}" | median)
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
echo "Окно GridDesk до формы входа, мс: ${window_times[*]} (медиана $window_median)"
echo "Пустое окно JavaFX (надпись и таблица), мс: ${bare_times[*]} (медиана $bare_median)"
awk -v a="$window_median" -v b="$bare_median" 'BEGIN { printf "Отношение: %.2f×\n", a / b }'
rm -rf "$scratch"
