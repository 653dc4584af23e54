#!/usr/bin/env python3
"""Determinism: the shipped policies built twice, in two processes that differ in working folder
(the repository root, then an empty temporary folder with POLICYC_TEMPLATES set), in
SWIFT_DETERMINISTIC_HASHING (unset, then 1), hash seed, locale, time zone and umask-free file
order, give byte-identical trees; so does dist/ when it exists (./build.sh's output). A few
generated policies are built twice the same way. Prints the tree hash.

  check_determinism.py [--dist DIR]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402


def environment(variant):
    env = dict(os.environ)
    env.pop("SWIFT_DETERMINISTIC_HASHING", None)
    env.pop("POLICYC_TEMPLATES", None)
    if variant == 2:
        env.update({"SWIFT_DETERMINISTIC_HASHING": "1", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8",
                    "TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "12345",
                    "POLICYC_TEMPLATES": os.path.join(lib.ROOT, "templates")})
    else:
        env.update({"LANG": "C", "LC_ALL": "C", "TZ": "America/Anchorage"})
    return env


def build(out, variant, extra):
    # Variant 2 runs from a folder of its own next to its output, so nothing is left behind in /tmp.
    cwd = lib.ROOT
    if variant == 2:
        cwd = os.path.join(os.path.dirname(out), "cwd")
        os.makedirs(cwd, exist_ok=True)
    r = lib.policyc("build", *extra, "--out", out, cwd=cwd, env=environment(variant))
    return r.returncode, r.stderr.decode("utf-8", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=lib.DIST)
    ap.add_argument("--generated", type=int, default=5)
    args = ap.parse_args()
    work = lib.workdir("determinism")

    failures = []
    trees = {}
    how = "policyc build (all shipped policies)"
    for variant in (1, 2):
        out = os.path.join(work, f"build{variant}", "dist")
        rc, err = build(out, variant, [])
        if rc == 1:
            # Lint refuses a shipped policy (./build.sh would fail too); build waived exports instead.
            how = "policyc build --file (each shipped policy's export, lint errors waived)"
            for policy_id in lib.shipped_ids():
                path = os.path.join(work, f"{policy_id}.json")
                lib.write_json(path, lib.waive_lint_errors(lib.export(policy_id)))
                rc, err = build(out, variant, ["--file", path])
                if rc != 0:
                    break
        if rc != 0:
            lib.die(f"build {variant} exited {rc}: {err[-800:]}")
        trees[variant] = lib.tree_hash(out)
    if trees[1] != trees[2]:
        a = dict(lib.tree_listing(os.path.join(work, "build1", "dist")))
        b = dict(lib.tree_listing(os.path.join(work, "build2", "dist")))
        differing = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        failures.append(f"the two builds differ: {differing[:10]}")
    compared = 2
    if os.path.isdir(args.dist) and how.startswith("policyc build (all"):
        compared += 1
        if lib.tree_hash(args.dist) != trees[1]:
            a = dict(lib.tree_listing(args.dist))
            b = dict(lib.tree_listing(os.path.join(work, "build1", "dist")))
            differing = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            failures.append(f"{args.dist} differs from a new build: {differing[:10]}")

    generated_ok = 0
    if args.generated:
        folders, _ = lib.generated_builds(int(os.environ.get("CI_GENERATED", "200")), 20180420)
        for folder in folders[: args.generated]:
            policy = os.path.join(folder, "policy.json")
            hashes = []
            for variant in (1, 2):
                out = os.path.join(work, f"gen{variant}", os.path.basename(folder))
                rc, err = build(out, variant, ["--file", policy])
                if rc != 0:
                    lib.die(f"build of {policy} exited {rc}: {err[-500:]}")
                hashes.append(lib.tree_hash(out))
            if hashes[0] != hashes[1]:
                failures.append(f"{policy}: two builds differ")
            else:
                generated_ok += 1
    for f in failures:
        print(f"  FAIL {f}")
    print(f"determinism: {how}: {compared} trees{' (two builds and dist/)' if compared == 3 else ''} "
          f"{'identical' if not failures else 'DIFFERENT'}, tree hash {trees[1]}; "
          f"{generated_ok}/{args.generated} generated policies identical across two builds")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
