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
machine="Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(date -u +%Y-%m-%d)."
echo
echo "$machine"

# NVIDIA: NvmlTelemetry over the fake NVML (tests/detect/fakenvml), which answers from memory, so
# this measures our side of each sample (six NVML calls per GPU and building the sample); a real
# driver adds its own ioctls. The reference is the least a per-sample nvidia-smi would cost:
# starting a process (/bin/true) and waiting for it.
fake="$build/tests/libfakenvml.so"
if [[ -f "$fake" ]]; then
    fixture=$(mktemp)
    trap 'rm -f "$fixture"' EXIT
    cat >"$fixture" <<'FIXTURE'
device name=NVIDIA GeForce RTX 4090;busid=00000000:01:00.0;pciid=0x268410de;total=25757220864;free=20000000000;util=50;memutil=10;clock=2500;maxclock=2595;power=300000;temp=60
device name=NVIDIA GeForce RTX 3060;busid=00000000:0A:00.0;pciid=0x250310de;total=12884901888;free=1;util=3;memutil=1;clock=300;maxclock=1777;power=15000;temp=40
FIXTURE
    export OGS_FAKE_NVML_FIXTURE="$fixture"
    nv=(); sp=()
    for _ in 1 2 3 4 5 6 7; do
        read -r _ _ _ n < <("$bench" --nvml "$fake")
        read -r _ _ _ s < <("$bench" --spawn /bin/true --samples 200)
        nv+=("$n"); sp+=("$s")
    done
    mn=$(printf '%s\n' "${nv[@]}" | median); ms=$(printf '%s\n' "${sp[@]}" | median)
    instr="n/a (no valgrind)"
    if command -v valgrind >/dev/null; then
        irn() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --nvml "$fake" --samples "$1" 2>&1 | awk '/Collected/ {print $4}'; }
        a=$(irn 200); b=$(irn 1200)
        instr=$(( (b - a) / 1000 / 2 ))
    fi
    echo "## NVML telemetry cost per sample per GPU (fake NVML as the driver)"
    echo
    echo "Method: \`ogs-bench-telemetry --nvml\` samples two GPUs of the fake NVML 20 000 times per run, 7 runs,"
    echo "median. The fake answers from memory, so this is our side of a sample; the real driver adds its own"
    echo "calls into the kernel. Reference: starting /bin/true and waiting for it, 200 times per run — the least"
    echo "a per-sample \`nvidia-smi\` would cost, which is why it is never spawned per sample."
    echo
    echo "| source | ns per sample per GPU | instructions per sample per GPU |"
    echo "|---|---|---|"
    echo "| NvmlTelemetry, fake NVML, 2 GPUs | $mn | $instr |"
    echo "| reference: one process start per sample | $ms | n/a |"
    echo
    echo "$machine"
fi
