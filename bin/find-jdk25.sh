# Sourced by ./mvnw and ./griddesk: points JAVA_HOME at a JDK 25 or stops with a clear message.
# Order: GRIDDESK_JAVA_HOME, then JAVA_HOME, then the usual install folders.
griddesk_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
griddesk_find_jdk25() {
  for candidate in "${GRIDDESK_JAVA_HOME-}" "${JAVA_HOME-}" /usr/lib/jvm/*25* /usr/lib/jvm/* /opt/java/* /opt/jdk* \
                   "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(griddesk_java_major "$candidate")" = "25" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}
if GRIDDESK_JDK=$(griddesk_find_jdk25); then
  export JAVA_HOME="$GRIDDESK_JDK"
else
  echo "GridDesk needs a JDK 25 and found none (looked at GRIDDESK_JAVA_HOME, JAVA_HOME and /usr/lib/jvm)." >&2
  echo "Install a JDK 25 (for example Eclipse Temurin 25) and set GRIDDESK_JAVA_HOME to its folder." >&2
  exit 1
fi
