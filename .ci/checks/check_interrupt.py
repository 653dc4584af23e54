#!/usr/bin/env python3
"""Interruption: a build killed with SIGKILL at a random moment never leaves the output folder
partly written. The folder OUT holds many policy folders (carried over from build to build, so each
build copies them all: a long window) and one policy that is rebuilt alternately with two template
folders (the repository's, and a copy with two changed lines), so the trees before and after a
build differ. Each trial starts `policyc build --file P --out OUT --templates T` towards the other
tree, kills it after a random delay in [0, build duration], and checks that OUT is exactly the old
tree or exactly the new one (tree hashes). A complete build then follows, which must give the
expected tree and remove any `.OUT.staging-*` left beside OUT by the killed one.

  check_interrupt.py [--trials N] [--carry N]
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402


def staging_leftovers(out):
    parent, name = os.path.split(out)
    return sorted(e for e in os.listdir(parent) if e.startswith(f".{name}.staging-"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=int(os.environ.get("CI_INTERRUPT_TRIALS", "60")))
    ap.add_argument("--carry", type=int, default=60, help="policy folders carried over in OUT")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)

    work = lib.workdir("interrupt")
    templates = {"A": os.path.join(lib.ROOT, "templates"), "B": os.path.join(work, "templates-b")}
    shutil.copytree(templates["A"], templates["B"])
    for language, line in (("en", "page.contents = Contents (B)\n"), ("fr", "page.contents = Sommaire (B)\n")):
        path = os.path.join(templates["B"], language, "page.txt")
        with open(path, encoding="utf-8") as f:
            lines = [line if l.startswith("page.contents =") else l for l in f]
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)

    policy = os.path.join(work, "policy.json")
    lib.write_json(policy, lib.waive_lint_errors(lib.export(lib.shipped_ids()[0])))
    parent = os.path.join(work, "site")
    out = os.path.join(parent, "dist")
    os.makedirs(out)
    folders, source = lib.generated_builds(int(os.environ.get("CI_GENERATED", "200")), 20180420)
    for folder in folders[: args.carry]:
        shutil.copytree(folder, os.path.join(out, os.path.basename(folder)))

    def build(which):
        return subprocess.Popen([lib.POLICYC, "build", "--file", policy, "--out", out, "--templates", templates[which]],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=lib.ROOT)

    def wait_for_staging(p, limit):
        """Polls until the build's staging folder appears; seconds waited, or None."""
        t = time.monotonic()
        while time.monotonic() - t < limit and p.poll() is None:
            if staging_leftovers(out):
                return time.monotonic() - t
        return None

    hashes, durations, windows = {}, [], []
    for which in ("A", "B", "A", "B"):
        t = time.monotonic()
        p = build(which)
        seen = wait_for_staging(p, 120)
        t_staging = time.monotonic()
        _, err = p.communicate()
        durations.append(time.monotonic() - t)
        if seen is not None:
            windows.append(time.monotonic() - t_staging)
        if p.returncode != 0:
            lib.die(f"build with templates {which} exited {p.returncode}: {err.decode(errors='replace')[-800:]}")
        h = lib.tree_hash(out)
        if hashes.setdefault(which, h) != h:
            lib.die(f"two builds with templates {which} gave different trees")
    if hashes["A"] == hashes["B"]:
        lib.die("the two template folders give the same tree: the check could not tell old from new")
    duration = sorted(durations)[len(durations) // 2]
    window = sorted(windows)[len(windows) // 2] if windows else duration
    files = sum(len(f) for _, _, f in os.walk(out))
    print(f"interrupt: OUT holds {files} files ({args.carry} carried-over folders from {source}); "
          f"a build takes {duration:.2f}s, of which {window:.2f}s from the staging folder's creation to the end; tree A {hashes['A'][:12]}, tree B {hashes['B'][:12]}; seed {seed}")

    state = "B"
    outcome = {"old": 0, "new": 0}
    leftovers_seen = 0
    staged_kills = 0
    failures = []
    for trial in range(args.trials):
        target = "A" if state == "B" else "B"
        # Half the kills at a random moment of the build; half at a random moment after its staging
        # folder appears (linting over; files written, copied, swapped in, staging removed).
        p = build(target)
        if trial % 2 == 0:
            delay = rng.uniform(0, duration)
            time.sleep(delay)
        else:
            delay = rng.uniform(0, window * 1.1)
            seen = wait_for_staging(p, duration * 3)
            time.sleep(delay)
            delay += seen or 0
            staged_kills += seen is not None
        p.send_signal(signal.SIGKILL)
        p.wait()
        h = lib.tree_hash(out)
        if h == hashes[state]:
            outcome["old"] += 1
        elif h == hashes[target]:
            outcome["new"] += 1
            state = target
        else:
            listing = "absent" if h is None else f"{sum(len(f) for _, _, f in os.walk(out))} files"
            failures.append(f"trial {trial}: killed after {delay:.3f}s (exit {p.returncode}): OUT is neither tree ({listing})")
            break
        left = staging_leftovers(out)
        if left:
            leftovers_seen += 1
        # A complete build afterwards: the expected tree, and no staging folder left.
        target = rng.choice("AB")
        q = build(target)
        _, err = q.communicate()
        if q.returncode != 0:
            failures.append(f"trial {trial}: the build after the kill exited {q.returncode}: {err.decode(errors='replace')[-300:]}")
            break
        if lib.tree_hash(out) != hashes[target]:
            failures.append(f"trial {trial}: the build after the kill did not give tree {target}")
            break
        state = target
        still = staging_leftovers(out)
        if still:
            failures.append(f"trial {trial}: staging folders left after a complete build: {still} (before: {left})")
    for f in failures:
        print(f"  FAIL {f}")
    print(f"interrupt: {args.trials} SIGKILLs ({args.trials - args.trials // 2} at random in [0, {duration:.2f}s], {staged_kills} at random in the {window:.2f}s after the staging folder appeared): OUT held the old tree "
          f"{outcome['old']} times, the new tree {outcome['new']} times, a mixed or missing tree "
          f"{1 if failures else 0} times; staging folders left by {leftovers_seen} kills, all removed by the next "
          f"build: {'yes' if not any('staging' in f for f in failures) else 'no'}")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
