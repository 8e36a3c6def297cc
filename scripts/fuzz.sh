#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang++ and runs each for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET=20] [TARGET...]
# Fails on the first finding (crash, sanitizer report, leak, timeout, OOM); the reproducer is
# left in build-fuzz/findings/<target>/ (cleared when the target runs again). Corpora grow in build-fuzz/corpus/<target>/ (kept between runs).
# Needs: clang, libclang-rt-14-dev (Debian), Qt 6 dev packages.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
build=${OGS_FUZZ_BUILD_DIR:-build-fuzz}
cxx=${CXX_FUZZ:-clang++}

all=(ndjson ollamajson ollamahost ollamalog kfdproperties sysfsint dpmlevels drmfdinfo nvidiasmi
     pcitable envblock envvalue sizes version compatjson releasefeed sysfstree)
targets=("${@:-${all[@]}}")

if [[ ! -f $build/build.ninja ]]; then
    cmake -S . -B "$build" -G Ninja -DOGS_FUZZ=ON -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
ninja -C "$build" -j"${OGS_JOBS:-2}" "${targets[@]/#/fuzz_}" >/dev/null

data=tests/data
seeds=tests/fuzz/seeds
# seed DIR/FILE...: copies seed files into the target's corpus (content-named, so re-seeding is idempotent).
seed() {
    local dir=$1; shift
    local f
    for f in "$@"; do
        [[ -f $f ]] && cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)"
    done
    return 0
}
# seedprefixed DIR BYTE FILE...: the same with a selector byte in front (targets whose first byte picks a mode).
seedprefixed() {
    local dir=$1 byte=$2; shift 2
    local f
    for f in "$@"; do
        { printf "\\x$byte"; cat "$f"; } > "$dir/seed-$byte-$(sha1sum "$f" | cut -c1-16)"
    done
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t
    findings=$build/findings/$t
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    case $t in
        ndjson)        seed "$corpus" $data/ollama-api/* ;;
        ollamajson)    seed "$corpus" $data/ollama-api/*.json $data/budget/*.json ;;
        ollamalog)     seed "$corpus" $data/ollama-logs/*.log ;;
        kfdproperties) seed "$corpus" $(find $data/sysfs -name properties -path '*kfd*') ;;
        sysfsint)      seed "$corpus" $(find $data/sysfs \( -name 'mem_info_*' -o -name vendor -o -name device \
                                              -o -name gpu_busy_percent -o -name revision \) | head -40) ;;
        dpmlevels)     seed "$corpus" $(find $data/sysfs -name 'pp_dpm_*') ;;
        pcitable)      seed "$corpus" resources/data/amd-gpu-ids.csv resources/data/gc-ip-to-gfx-target.csv ;;
        compatjson)    seedprefixed "$corpus" 00 resources/data/ollama-compat.json
                       seedprefixed "$corpus" 01 resources/data/path-rules.json ;;
        sysfstree)     # every fixture tree, serialized (scripts/fuzz-pack-tree.sh), and one with a /proc
                       # holding a DRM client and Ollama's runner, and an /etc/group with the render group
                       for tree in $data/sysfs/*/; do
                           [[ -d $tree/class ]] || continue
                           scripts/fuzz-pack-tree.sh sys="$tree" > "$corpus/seed-tree-$(basename "$tree")"
                       done
                       extra=$(mktemp -d)
                       mkdir -p "$extra/proc/4242/fd" "$extra/proc/4242/fdinfo" "$extra/proc/sys/kernel" "$extra/etc"
                       echo ollama_llama_se > "$extra/proc/4242/comm"
                       printf '/usr/bin/ollama runner --model x' > "$extra/proc/4242/cmdline"
                       ln -s /dev/dri/renderD128 "$extra/proc/4242/fd/7"
                       cp $seeds/drmfdinfo/amdgpu "$extra/proc/4242/fdinfo/7"
                       echo 6.8.0-test > "$extra/proc/sys/kernel/osrelease"
                       printf 'root:x:0:\nrender:x:105:fuzz\nvideo:x:44:\n' > "$extra/etc/group"
                       scripts/fuzz-pack-tree.sh sys=$data/sysfs/rx6900xt proc="$extra/proc" etc="$extra/etc" \
                           > "$corpus/seed-tree-rx6900xt-proc"
                       rm -rf "$extra" ;;
        *)             [[ -d $seeds/$t ]] && seed "$corpus" $seeds/$t/* ;;
    esac
    start=$(date +%s)
    log=$build/findings/$t.log
    # -max_len 64 KiB: sysfs reads cap there and Ollama lines are far shorter; -rss_limit guards runaways.
    if "$build/tests/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
           -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
        execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        printf '%-14s ok    %4ss  %9s execs  corpus %s\n' "$t" "$(( $(date +%s) - start ))" "$execs" \
            "$(find "$corpus" -type f | wc -l)"
    else
        printf '%-14s FOUND (see %s)\n' "$t" "$log"
        grep -m1 -E 'ERROR: |runtime error|deadly signal' "$log" || true
        ls "$findings" || true
        status=1
    fi
done
exit $status
