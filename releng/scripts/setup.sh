# shellcheck shell=bash
# Machine set-up shared by ./cartograph and CI. Source it, then call:
#   cartograph_find_jdk        sets JAVA_HOME to a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*)
#   cartograph_ensure_packages installs what the build, the tests and the window need
#                              (as root on Debian), or says exactly what is missing.
CARTOGRAPH_MIN_JAVA=21

_cartograph_java_major() { # JAVA_HOME-like dir -> major version, or nothing
  local java="$1/bin/java" version
  [ -x "$java" ] && [ -x "$1/bin/javac" ] || return 1
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  [ -n "$version" ] && echo "${version%%.*}"
}

cartograph_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(_cartograph_java_major "$JAVA_HOME") || major=0
    if [ "${major:-0}" -ge "$CARTOGRAPH_MIN_JAVA" ]; then export JAVA_HOME; return 0; fi
    echo "cartograph: JAVA_HOME=$JAVA_HOME is not a JDK >= $CARTOGRAPH_MIN_JAVA; looking in /usr/lib/jvm" >&2
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -L "$candidate" ] && continue
    major=$(_cartograph_java_major "$candidate") || continue
    if [ "$major" -ge "$CARTOGRAPH_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "cartograph: no JDK >= $CARTOGRAPH_MIN_JAVA found (checked JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "  Install one (for example: apt-get install openjdk-21-jdk) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}

# command-or-library-to-check : Debian package that provides it
_CARTOGRAPH_NEEDS=(
  "cmd:curl:curl"
  "cmd:unzip:unzip"
  "cmd:Xvfb:xvfb"
  "cmd:xvfb-run:xvfb"
  "cmd:xauth:xauth"
  "cmd:import:imagemagick"
  # UI tests drag with the real pointer: on GTK 3 only XTest events start a drag and drop
  "cmd:xdotool:xdotool"
  "lib:libgtk-3.so.0:libgtk-3-0"
  "lib:libXtst.so.6:libxtst6"
  "cmd:fc-list:fontconfig"
  "font:DejaVu:fonts-dejavu-core"
  # The team server's tests run the same suite against a throwaway PostgreSQL cluster
  "pg:initdb:postgresql"
)

_cartograph_has() { # kind name
  case "$1" in
    cmd) command -v "$2" >/dev/null 2>&1 ;;
    # grep reads all input (no -q): an early exit would fail the pipe under pipefail
    lib) /sbin/ldconfig -p 2>/dev/null | grep "$2" >/dev/null ;;
    pg) compgen -G "/usr/lib/postgresql/*/bin/$2" >/dev/null ;;
    font) command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -i "$2" >/dev/null ;;
  esac
}

cartograph_ensure_packages() {
  local need kind name package missing=()
  for need in "${_CARTOGRAPH_NEEDS[@]}"; do
    IFS=: read -r kind name package <<<"$need"
    _cartograph_has "$kind" "$name" && continue
    [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "cartograph: installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/cartograph-apt.log 2>&1; then
      echo "cartograph: apt-get failed; see /tmp/cartograph-apt.log" >&2
      tail -5 /tmp/cartograph-apt.log >&2
      return 1
    fi
    return 0
  fi
  echo "cartograph: missing packages: ${missing[*]}" >&2
  echo "  Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run again." >&2
  return 1
}
