#!/usr/bin/env bash
# Regenerates every policy into dist/ for the website build pipeline.
#
#   ./build.sh            build in release, lint every policy, render every policy into dist/
#   OUT=public ./build.sh write somewhere else
#
# Exits non-zero on any lint error or bad input; dist/ is then left exactly as it was
# (policyc writes to a staging folder and swaps it into place only when everything succeeded).
set -euo pipefail
cd "$(dirname "$0")"

out="${OUT:-dist}"

swift build -c release --product policyc
bin="$(swift build -c release --show-bin-path)/policyc"

echo "== lint"
"$bin" lint
echo "== build into $out/"
"$bin" build --out "$out"
