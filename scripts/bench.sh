#!/usr/bin/env bash
# Builds a Release tree (build-release/, or $OGS_BENCH_BUILD_DIR) and runs every benchmark, writing
# the measured numbers into docs/BENCHMARKS.md: each benchmark owns one "## " section, which is
# replaced in place; other sections are kept. Extra arguments go to ogs-bench-detect
# (e.g. --pairs 10 for a quick run). OGS_BENCH_ONLY="chart wizard monitor" runs only those
# (names: detect telemetry tokens chart wizard monitor).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${OGS_BENCH_BUILD_DIR:-build-release}
if [[ ! -f "$build_dir/build.ninja" ]]; then
    # Tests ON only for the loopback Ollama test server and the fake NVML the benchmarks use.
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOGS_BUILD_TESTS=ON -DOGS_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build_dir" --target ollama-gpu-setup ollama-gpu-setup-gui ogs-bench-detect ogs-bench-detect-coreonly \
    ogs-bench-telemetry bench_ollama_tokens fakenvml ogs-bench-chart ogs-bench-wizard ogs-bench-firstpaint \
    ogs-bench-monitor -- -j"$(nproc)"
mkdir -p docs
report=docs/BENCHMARKS.md
status=0

# write_section FILE: replaces the section whose "## " title is the first line of stdin, or appends it.
write_section() {
    local file=$1 section title
    section=$(mktemp)
    cat >"$section"
    title=$(head -n1 "$section")
    [[ -f "$file" ]] || printf '# Benchmarks\n\nMeasured numbers; each section says which program writes it.\n' >"$file"
    awk -v title="$title" -v section="$section" '
        function emit() { while ((getline line < section) > 0) print line; close(section); done = 1 }
        $0 == title { skipping = 1; if (!done) emit(); next }
        skipping && /^## / { skipping = 0; print "" }
        !skipping { print }
        END { if (!done) { print ""; emit() } }
    ' "$file" >"$file.tmp"
    mv "$file.tmp" "$file"
    rm -f "$section"
}

only=" ${OGS_BENCH_ONLY:-detect telemetry tokens chart wizard monitor} "
wanted() { [[ $only == *" $1 "* ]]; }
# The GUI benchmarks draw offscreen unless told otherwise.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# detect --json vs vulkaninfo --summary (writes its own section)
if wanted detect; then
    "$build_dir/benchmarks/ogs-bench-detect" --write "$report" "$@" "$build_dir/app/ollama-gpu-setup" || status=$?
fi

# write_sections FILE: stdin may hold several "## " sections; each replaces its namesake (a
# section written whole by write_section would leave the old copy of the ones after its first).
write_sections() {
    local file=$1 dir part
    dir=$(mktemp -d)
    awk -v dir="$dir" '/^## / { n++ } n { print > (dir "/" sprintf("%03d", n)) }'
    for part in "$dir"/*; do
        [[ -f $part ]] && write_section "$file" <"$part"
    done
    rm -rf "$dir"
}

# telemetry cost per sample per GPU (two sections: sysfs and NVML)
if wanted telemetry && [[ -x benchmarks/telemetry/run.sh ]]; then
    if out=$(benchmarks/telemetry/run.sh "$build_dir"); then
        printf '%s\n' "$out" | write_sections "$report"
        printf '%s\n' "$out"
    else
        echo "bench.sh: benchmarks/telemetry/run.sh failed" >&2
        status=1
    fi
fi
# client-measured vs server-reported tokens/s (writes its own section)
if wanted tokens; then
    "$build_dir/benchmarks/bench_ollama_tokens" --markdown "$report" || status=$?
fi
# chart update cost at 1k vs 100k history points; the wizard's first page; the monitor's memory
# after an hour of samples (each writes its own section)
if wanted chart; then
    "$build_dir/benchmarks/ogs-bench-chart" --write "$report" || status=$?
fi
if wanted wizard; then
    "$build_dir/benchmarks/ogs-bench-wizard" --write "$report" || status=$?
fi
if wanted monitor; then
    "$build_dir/benchmarks/ogs-bench-monitor" --write "$report" || status=$?
fi
exit $status
