#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME first, then the usual install places, then the
# `java` on PATH. Exits 1 with a plain message when there is none. Sourced or run by ./ace and the tests.
set -u

java_major() { # $1 = path to a java binary
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

is_jdk21() { # $1 = a JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$d" ] && candidates+=("$d")
done
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi

for home in "${candidates[@]}"; do
  if is_jdk21 "$home"; then
    echo "$home"
    exit 0
  fi
done

cat >&2 <<'MSG'
ACE needs a JDK 21 or newer (a JDK, not only a JRE: it compiles itself on first use).
None was found in $JAVA_HOME, /usr/lib/jvm, /opt or on the PATH.
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or Eclipse Temurin 21/25 from adoptium.net)
  macOS:          brew install openjdk@21
then run this again, or point JAVA_HOME at it.
MSG
exit 1
