#!/usr/bin/env bash
# bench/compare.sh [N] — policyc's HTML throughput against cmark and pandoc on the same content.
#
# 1. installs cmark and pandoc with apt-get when missing (apt-get update only if the install fails;
#    sudo only when not root);
# 2. builds policyc-bench in release (scratch path .build-bench);
# 3. runs `policyc-bench run --count N` (lint, outline, HTML, Markdown, French and English, timed apart) three
#    times, keeping the best HTML rate (as for cmark), and dumps every Markdown statement the first run
#    rendered (N policies × 2 languages);
# 4. cmark: the 2N Markdown files concatenated (untimed) into one input, converted by ONE cmark
#    process (best of 3), so process start-up does not dominate; its runs alternate with policyc's;
# 5. pandoc (-f gfm -t html): far slower, so it converts the first min(N, PANDOC_FILES=200) files,
#    concatenated, in one process; MB/s is measured on that subset (no scaling needed for a rate);
# 6. prints the two summary lines last.
#
# MB/s everywhere = megabytes (10^6 bytes) of HTML written per second of CPU-bound wall time.
# policyc's X = HTML bytes of both languages / (lint + outline fr, en + HTML write fr, en + freeing the outlines) seconds.
set -euo pipefail

N="${1:-1000}"
SEED="${SEED:-1}"
PANDOC_FILES="${PANDOC_FILES:-200}"
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    if ! $SUDO apt-get install -y "${missing[@]}" >&2; then
        $SUDO apt-get update >&2
        $SUDO apt-get install -y "${missing[@]}" >&2
    fi
fi

swift build --scratch-path .build-bench -c release --product policyc-bench >&2
BIN=.build-bench/release/policyc-bench

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

now() { date +%s%N; }
mbps() { awk -v b="$1" -v ns="$2" 'BEGIN { printf "%.1f", (b / 1e6) / (ns / 1e9) }'; }

# Best of 3 runs each, policyc and cmark taking turns (policyc, cmark, policyc, cmark, …): wall time on a
# shared machine swings between runs, and alternating keeps a slow minute from favouring either side.
X=""
best=""
for run in 1 2 3; do
    echo "== policyc-bench run --count $N --seed $SEED (run $run of 3)" >&2
    dump=(); if [ "$run" -eq 1 ]; then dump=(--dump-markdown "$WORK/md"); fi
    "$BIN" run --count "$N" --seed "$SEED" "${dump[@]}" | tee "$WORK/run.txt" >&2
    x="$(awk -F': ' '/^html MB\/s \(lint included\)/ { print $2 }' "$WORK/run.txt")"
    X="$(awk -v a="$X" -v b="$x" 'BEGIN { print (a == "" || b > a) ? b : a }')"

    if [ "$run" -eq 1 ]; then
        find "$WORK/md" -name '*.md' | sort > "$WORK/files.txt"
        xargs cat < "$WORK/files.txt" > "$WORK/all.md"
        head -n "$PANDOC_FILES" "$WORK/files.txt" | xargs cat > "$WORK/subset.md"
        echo "markdown: $(wc -l < "$WORK/files.txt") files, $(wc -c < "$WORK/all.md") bytes; pandoc subset: $(head -n "$PANDOC_FILES" "$WORK/files.txt" | wc -l) files, $(wc -c < "$WORK/subset.md") bytes" >&2
    fi
    start="$(now)"; cmark "$WORK/all.md" > "$WORK/cmark.html"; end="$(now)"
    ns=$((end - start)); if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best="$ns"; fi
    echo "cmark run $run of 3: $((ns / 1000000)) ms" >&2
done
cmark_bytes="$(wc -c < "$WORK/cmark.html")"
Y="$(mbps "$cmark_bytes" "$best")"
echo "cmark $(cmark --version | head -n 1): $cmark_bytes bytes of HTML in $((best / 1000000)) ms (best of 3)" >&2

start="$(now)"; pandoc -f gfm -t html "$WORK/subset.md" -o "$WORK/pandoc.html"; end="$(now)"
pandoc_bytes="$(wc -c < "$WORK/pandoc.html")"
Z="$(mbps "$pandoc_bytes" "$((end - start))")"
echo "$(pandoc --version | head -n 1): $pandoc_bytes bytes of HTML in $(((end - start) / 1000000)) ms" >&2

R="$(awk -v x="$X" -v y="$Y" 'BEGIN { printf "%.3f", x / y }')"
echo "html MB/s: policyc $X, cmark $Y, pandoc $Z"
echo "ratio policyc/cmark: $R"
