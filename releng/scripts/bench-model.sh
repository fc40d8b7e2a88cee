#!/usr/bin/env bash
# Model benchmark: load, validate and save a generated workspace, each measurement in a fresh JVM.
#   1. ./cartograph cli sample writes a workspace with N interfaces (seeded, so every run of the
#      benchmark measures the same landscape);
#   2. ./cartograph cli bench-model (a hidden command) runs R times, each in a new JVM with the
#      product's JVM options: load (all model files), heap in use after load (after System.gc(),
#      from the MemoryMXBean), validate, save (every file); wall time, CPU time of the working
#      thread and garbage collection time of each phase.
# Usage: bench-model.sh PROJECT_ROOT [--interfaces N] [--runs R] [--seed S] [--keep]
set -euo pipefail
root=$1; shift
interfaces=100000 runs=3 seed=42 keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --interfaces) interfaces=${2:?--interfaces needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "bench model: unknown option '$1' (--interfaces N, --runs R, --seed S, --keep)" >&2; exit 2 ;;
  esac
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/cartograph-bench-model.XXXXXX")
if $keep; then echo "The workspace stays in $scratch/workspace"; else trap 'rm -rf "$scratch"' EXIT; fi
export CARTOGRAPH_HOME="$scratch/home"

started=$(date +%s%N)
"$root/cartograph" cli sample --workspace "$scratch/workspace" --interfaces "$interfaces" --seed "$seed"
echo "Generating and saving took $(( ($(date +%s%N) - started) / 1000000 )) ms (one JVM, start-up included)."

declare -A values
keys=()
for run in $(seq "$runs"); do
  while IFS='=' read -r key value; do
    [ -n "$value" ] || continue
    [ -n "${values[$key]:-}" ] || keys+=("$key")
    values[$key]="${values[$key]:-} $value"
  done < <("$root/cartograph" cli bench-model --workspace "$scratch/workspace")
done

stats() { # values... -> "min median max"
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  echo "$(head -1 <<<"$sorted") $(sed -n "$(( ($# + 1) / 2 ))p" <<<"$sorted") $(tail -1 <<<"$sorted")"
}

echo
echo "Model benchmark: $interfaces interfaces, $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg),"
echo "$(java -version 2>&1 | head -1); JVM options: $(sed -n '/^-vmargs$/,$p' "$root/product/target/products/io.cartograph.product/linux/gtk/x86_64/eclipse.ini" | tail -n +2 | tr '\n' ' ')"
printf '%-28s %10s %10s %10s\n' "" min median max
for key in "${keys[@]}"; do
  # shellcheck disable=SC2086
  read -r min median max < <(stats ${values[$key]})
  printf '%-28s %10s %10s %10s\n' "$key" "$min" "$median" "$max"
done
