#!/usr/bin/env bash
# Refreshes translations/*.ts from the source: new tr() strings are added as unfinished,
# vanished ones are dropped, finished translations are kept. Then translate the new entries
# (Qt Linguist or by hand) until tst_translations passes; see translations/README.md.
#   scripts/update-translations.sh            all languages
#   scripts/update-translations.sh de fr      only these
# LUPDATE=/path/to/lupdate overrides the tool (Qt 6.4 or newer).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [[ -z "$lupdate" ]]; then
    echo "update-translations: lupdate not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
fi
# English, the source language, keeps only the plural forms ("%n model(s)" → "1 model",
# "2 models"): lupdate -pluralonly, Qt's documented practice.
plurals=translations/ollama-gpu-setup_en.ts
ts=()
want_plurals=0
if [[ $# -eq 0 ]]; then
    for file in translations/ollama-gpu-setup_*.ts; do
        [[ $file == "$plurals" ]] || ts+=("$file")
    done
    want_plurals=1
else
    for lang in "$@"; do
        if [[ $lang == en ]]; then
            want_plurals=1
            continue
        fi
        file="translations/ollama-gpu-setup_${lang}.ts"
        [[ -f "$file" ]] || { echo "update-translations: no $file (languages: $(ls translations | sed -n 's/^ollama-gpu-setup_\(.*\)\.ts$/\1/p' | tr '\n' ' '))" >&2; exit 1; }
        ts+=("$file")
    done
fi
# core/: the sentences core writes for people (common/coretext.h); ui/: the wizard and monitor;
# app/gui/: the GUI module's own messages. The CMake target update_translations only sees
# ogs_ui's sources and would drop the core and app/gui strings.
if [[ ${#ts[@]} -gt 0 ]]; then
    "$lupdate" -no-obsolete -locations none core ui app/gui -ts "${ts[@]}"
fi
if [[ $want_plurals -eq 1 ]]; then
    "$lupdate" -no-obsolete -locations none -pluralonly -source-language en -target-language en core ui app/gui -ts "$plurals"
fi
