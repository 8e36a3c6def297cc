#!/usr/bin/env bash
# Telemetry cost per sample per GPU, as a markdown section on stdout.
# Usage: benchmarks/telemetry/run.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR}
bench="$build/benchmarks/ogs-bench-telemetry"
cd "$(dirname "$0")/../.."
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "## telemetry cost per sample per GPU"
echo
echo "Method: \`ogs-bench-telemetry\` samples a fixture sysfs tree 20 000 times per run, 7 runs,"
echo "median of the per-run averages. Reference in the same run: the naive reader (open, read,"
echo "close every attribute file at each sample) over the same files. Instructions are user-space"
echo "instructions under \`valgrind --tool=callgrind\`, from the difference of a 1 200- and a"
echo "200-sample run (so start-up cancels out); they repeat exactly for the same binary."
echo "Target: ≤ 50 µs per GPU per sample."
echo
echo "| tree | ours (ns) | naive (ns) | ratio ours/naive | instructions per sample per GPU |"
echo "|---|---|---|---|---|"
for tree in rx6900xt strixpoint dgpu-with-apu; do
    root=tests/data/sysfs/$tree
    ours=(); naive=()
    for _ in 1 2 3 4 5 6 7; do
        read -r _ _ _ o < <("$bench" "$root" --mode ours)
        read -r _ _ _ n < <("$bench" "$root" --mode naive)
        ours+=("$o"); naive+=("$n")
    done
    mo=$(printf '%s\n' "${ours[@]}" | median); mn=$(printf '%s\n' "${naive[@]}" | median)
    ratio=$(awk -v a="$mo" -v b="$mn" 'BEGIN {printf "%.2f", a/b}')
    instr="n/a (no valgrind)"
    if command -v valgrind >/dev/null; then
        ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" "$root" --mode ours --samples "$1" 2>&1 | awk '/Collected/ {print $4}'; }
        a=$(ir 200); b=$(ir 1200)
        gpus=$("$bench" "$root" --mode ours --samples 10 | awk '{print $3}')
        instr=$(( (b - a) / 1000 / gpus ))
    fi
    echo "| $tree | $mo | $mn | $ratio | $instr |"
done
echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(date -u +%Y-%m-%d)."
