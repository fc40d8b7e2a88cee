#!/usr/bin/env bash
# Start-up benchmark: process start to main window painted, cold and warm.
#   cold: a fresh OSGi configuration area (no bundle cache, as right after installing a build)
#   warm: the same configuration area again (what a user sees on the second start and after)
# Each start opens the sample workspace, waits for the first paint, saves a screenshot, exits.
# Usage: bench-startup.sh PROJECT_ROOT [--runs N]   (N starts of each kind, default 5)
set -euo pipefail
root=$1; shift
runs=5
[ "${1:-}" = "--runs" ] && runs=${2:?--runs needs a number}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$root" --runs "$runs"
fi
product="$root/product/target/products/io.cartograph.product/linux/gtk/x86_64"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/cartograph-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export CARTOGRAPH_HOME="$scratch/home"

pristine_configuration() { # a copy of the product's configuration without any cache
  local target=$1
  mkdir -p "$target"
  (cd "$product/configuration" && find . -maxdepth 1 -mindepth 1 \
     ! -name org.eclipse.osgi ! -name org.eclipse.core.runtime ! -name org.eclipse.e4.ui.css.swt.theme \
     ! -name '.settings' ! -name '*.log' -exec cp -r {} "$target"/ \;)
}

one_start() { # configuration-dir -> "launch_ms jvm_ms"
  local line
  line=$(CARTOGRAPH_CONFIGURATION=$1 CARTOGRAPH_INSTANCE="$scratch/instance-$RANDOM" \
         "$root/cartograph" __run --screenshot "$scratch/shot.png" 2>/dev/null | grep -m1 'window painted')
  sed -E 's/.*painted ([0-9]+) ms after JVM start, ([0-9]+) ms after launch.*/\2 \1/' <<<"$line"
}

report() { # label values...
  local label=$1; shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  printf '%-5s n=%d  min %5d ms  median %5d ms  max %5d ms   (all: %s)\n' "$label" "$#" \
    "$(head -1 <<<"$sorted")" "$(sed -n "$(( ($# + 1) / 2 ))p" <<<"$sorted")" "$(tail -1 <<<"$sorted")" "$*"
}

cold=() warm=() cold_jvm=() warm_jvm=()
for i in $(seq "$runs"); do
  pristine_configuration "$scratch/config-cold-$i"
  read -r launch jvm < <(one_start "$scratch/config-cold-$i"); cold+=("$launch"); cold_jvm+=("$jvm")
done
pristine_configuration "$scratch/config-warm"
one_start "$scratch/config-warm" >/dev/null   # fills the cache
for i in $(seq "$runs"); do
  read -r launch jvm < <(one_start "$scratch/config-warm"); warm+=("$launch"); warm_jvm+=("$jvm")
done
echo "Start-up, process start to main window painted ($(nproc) cores, $(java -version 2>&1 | head -1)):"
report cold "${cold[@]}"
report warm "${warm[@]}"
echo "Of which inside the JVM (JVM start to painted):"
report cold "${cold_jvm[@]}"
report warm "${warm_jvm[@]}"
