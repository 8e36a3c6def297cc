#!/usr/bin/env bash
# Serializes directory trees into the input format of tests/fuzz/fuzz_sysfstree.cpp, on stdout.
# Usage: scripts/fuzz-pack-tree.sh PREFIX=DIR...   e.g.  sys=tests/data/sysfs/rx6900xt proc=/tmp/proc
# Each file under DIR becomes the record  f PREFIX/RELPATH \0 CONTENT \0  (NUL bytes dropped from the
# content), each symlink  l PREFIX/RELPATH \0 TARGET \0, each FIFO  p PREFIX/RELPATH \0 \0.
# Only files detection, telemetry and the /proc scans read are kept (and each cut at 4 KiB), so a
# whole fixture tree fits libFuzzer's 64 KiB input limit.
set -euo pipefail
keep='^(uevent|vendor|device|revision|board_info|mem_info_.*|gpu_busy_percent|mem_busy_percent|pp_dpm_sclk|properties|power1_average|power1_input|temp1_input|freq1_input|name|comm|cmdline|[0-9]+|group|passwd|osrelease|version)$'
for arg in "$@"; do
    prefix=${arg%%=*}
    dir=${arg#*=}
    [[ -d $dir ]] || { echo "fuzz-pack-tree.sh: $dir is not a folder" >&2; exit 2; }
    while IFS= read -r -d '' path; do
        rel=${path#"$dir"/}
        name=${rel##*/}
        if [[ -L $path ]]; then
            printf 'l%s/%s\0%s\0' "$prefix" "$rel" "$(readlink "$path")"
        elif [[ -p $path ]]; then
            printf 'p%s/%s\0\0' "$prefix" "$rel"
        elif [[ -f $path && $name =~ $keep ]]; then
            printf 'f%s/%s\0' "$prefix" "$rel"
            head -c 4096 "$path" | tr -d '\0'
            printf '\0'
        fi
    done < <(find "$dir" -mindepth 1 \( -type f -o -type l -o -type p \) -print0 | sort -z)
done
