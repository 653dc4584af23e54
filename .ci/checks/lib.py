"""Shared helpers for the CI checks (one check per script; this module holds what they share).

Environment:
  POLICYC        the policyc binary            (default .build/release/policyc)
  POLICYC_BENCH  the generator, policyc-bench  (default .build/release/policyc-bench)
  CI_WORK        scratch folder for the checks (default a fresh temporary folder per script)
  CI_ARTIFACTS   where screenshots go          (default ci-artifacts)
  CI_DIST        the built site to check       (default dist)
"""
import copy
import hashlib
import html.parser
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
POLICYC = os.path.abspath(os.environ.get("POLICYC", os.path.join(ROOT, ".build/release/policyc")))
BENCH = os.path.abspath(os.environ.get("POLICYC_BENCH", os.path.join(ROOT, ".build/release/policyc-bench")))
ARTIFACTS = os.path.abspath(os.environ.get("CI_ARTIFACTS", os.path.join(ROOT, "ci-artifacts")))
DIST = os.path.abspath(os.environ.get("CI_DIST", os.path.join(ROOT, "dist")))


def die(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def workdir(name):
    base = os.environ.get("CI_WORK")
    if base:
        path = os.path.join(os.path.abspath(base), name)
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        return path
    return tempfile.mkdtemp(prefix=f"policyc-{name}-")


def policyc(*args, stdin=None, cwd=None, env=None, timeout=300):
    """Runs policyc; returns CompletedProcess with bytes stdout/stderr."""
    return subprocess.run(
        [POLICYC, *args], input=stdin, capture_output=True, cwd=cwd or ROOT, env=env, timeout=timeout)


def shipped_ids():
    r = policyc("list")
    if r.returncode != 0:
        die(f"policyc list exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return [line.split("\t")[0] for line in r.stdout.decode().splitlines() if line.strip()]


def export(policy_id):
    r = policyc("export", policy_id)
    if r.returncode != 0:
        die(f"policyc export {policy_id} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return json.loads(r.stdout)


def dumps(policy):
    return json.dumps(policy, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def write_json(path, policy):
    with open(path, "wb") as f:
        f.write(dumps(policy))


def lint_errors(policy_bytes):
    """Rule ids of the error findings `policyc lint` reports for a policy (bytes of JSON)."""
    r = policyc("lint", "--file", "-", "--format", "json", stdin=policy_bytes)
    if r.returncode == 0:
        return []
    if r.returncode != 1:
        raise RuntimeError(f"policyc lint exited {r.returncode}: {r.stderr.decode(errors='replace')[:2000]}")
    report = json.loads(r.stdout)
    return sorted({f["ruleID"] for d in report["documents"] for f in d["findings"] if f["severity"] == "error"})


def waive_lint_errors(policy):
    """Adds a waiver for each lint rule the policy fails, so that `policyc build` (which lints first)
    accepts it. The checks here test rendering and writing, not the rules."""
    rules = lint_errors(dumps(policy))
    if rules:
        policy = copy.deepcopy(policy)
        known = {w["rule"] for w in policy.get("waivers", [])}
        policy["waivers"] = policy.get("waivers", []) + [
            {"rule": rule, "reason": "CI fixture: rendering check, not a lint check"} for rule in rules if rule not in known]
    return policy


# --- the generated corpus -------------------------------------------------------------------

def generate_corpus(count, seed, out):
    """Writes `count` valid policies to `out` (gen-00001.json…). Uses policyc-bench when it exists and
    works; otherwise mutates exports of the shipped policies (ids changed, lists resized). Returns
    (paths, source) where source says which was used."""
    os.makedirs(out, exist_ok=True)
    if os.access(BENCH, os.X_OK):
        # Mixed sizes when the generator offers the choice; its plain form otherwise.
        for extra in (["--size", "mixed"], []):
            r = subprocess.run([BENCH, "generate", "--count", str(count), "--seed", str(seed), *extra, "--out", out],
                               capture_output=True, timeout=600)
            paths = sorted(os.path.join(out, f) for f in os.listdir(out) if f.startswith("gen-") and f.endswith(".json"))
            if r.returncode == 0 and len(paths) >= count:
                return paths[:count], f"policyc-bench generate --seed {seed} {' '.join(extra)}".strip()
        print(f"note: policyc-bench generate did not work (exit {r.returncode}, {len(paths)} files): "
              f"{r.stderr.decode(errors='replace')[:300].strip()}; using mutated exports instead", flush=True)
    else:
        print(f"note: {os.path.relpath(BENCH, ROOT)} not found; using mutated exports of the shipped policies", flush=True)
    rng = random.Random(seed)
    bases = [export(i) for i in shipped_ids()]
    waived = {}
    paths = []
    for n in range(1, count + 1):
        base = bases[(n - 1) % len(bases)]
        policy = mutate(base, rng, n)
        key = policy["id"].split("-gen-")[0]
        # Waivers depend on the base only (the mutations touch no rule's input but list sizes).
        if key not in waived:
            waived[key] = waive_lint_errors(policy).get("waivers", [])
        policy["waivers"] = waived[key]
        path = os.path.join(out, f"gen-{n:05d}.json")
        write_json(path, policy)
        paths.append(path)
    return paths, f"mutated exports of {', '.join(shipped_ids())} (seed {seed})"


def mutate(base, rng, n):
    """A variant of a policy: new id, security measures and history resized, cookies dropped or
    duplicated, texts suffixed; references between ids stay intact."""
    p = copy.deepcopy(base)
    p["id"] = f"{base['id'][:40]}-gen-{n:05d}"
    size = rng.choice([0, 1, 2, 5, 10, 30])
    extra = [{"en": f"Security measure {i} ({n})", "fr": f"Mesure de sécurité {i} ({n})"} for i in range(size)]
    p["security"] = (p["security"] + extra) if rng.random() < 0.8 else extra[:1] or p["security"]
    cookies = p["cookies"]
    if cookies and rng.random() < 0.3:
        p["cookies"] = cookies[: rng.randrange(len(cookies) + 1)]
    elif cookies:
        more = []
        for i in range(rng.choice([0, 1, 3, 8])):
            c = copy.deepcopy(rng.choice(cookies))
            c["name"] = f"{c['name']} #{i}"
            more.append(c)
        p["cookies"] = cookies + more
    for cat in p["dataCategories"]:
        if rng.random() < 0.3:
            cat["examples"] = cat["examples"] + [{"en": f"example {i}", "fr": f"exemple {i}"} for i in range(rng.choice([1, 4]))]
    for purpose in p["purposes"]:
        if rng.random() < 0.2:
            purpose["description"] = {k: v + f" ({n})" for k, v in purpose["description"].items()}
    return p


WAIVED = []


def build_or_render(policy_path, out):
    """Builds one policy file into `out` with `policyc build --file`; returns the folder of its pages.
    When lint refuses the policy (exit 1), its failing rules are waived in a copy, which is built
    (these checks test rendering; the path is noted in WAIVED). Raises on any other exit."""
    r = policyc("build", "--file", policy_path, "--out", out)
    if r.returncode == 1:
        with open(policy_path, "rb") as f:
            policy = json.load(f)
        waived = policy_path[:-5] + ".waived.json"
        write_json(waived, waive_lint_errors(policy))
        WAIVED.append(policy_path)
        r = policyc("build", "--file", waived, "--out", out)
    if r.returncode != 0:
        raise RuntimeError(f"policyc build --file {policy_path} exited {r.returncode}: "
                           f"{r.stderr.decode(errors='replace')[-1500:]}")
    folders = [d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d))]
    if len(folders) != 1:
        raise RuntimeError(f"expected one policy folder in {out}, found {folders}")
    return os.path.join(out, folders[0])


def generated_builds(count, seed):
    """Generates `count` policies and builds each into its own folder; returns (folders, source).
    With CI_WORK set, the result is kept in CI_WORK/generated and reused by the next check that asks
    for the same count and seed."""
    base = os.environ.get("CI_WORK")
    root = os.path.join(os.path.abspath(base), "generated") if base else tempfile.mkdtemp(prefix="policyc-gen-")
    stamp = os.path.join(root, "done.json")
    if os.path.exists(stamp):
        with open(stamp) as f:
            done = json.load(f)
        if done["count"] == count and done["seed"] == seed and done["policyc"] == file_digest(POLICYC):
            return done["folders"], done["source"]
    shutil.rmtree(root, ignore_errors=True)
    paths, source = generate_corpus(count, seed, os.path.join(root, "policies"))
    folders = [build_or_render(path, os.path.join(root, "out", f"{n:05d}")) for n, path in enumerate(paths)]
    if WAIVED and not source.startswith("mutated"):
        source += f"; {len(WAIVED)} refused by lint, built with waivers"
    with open(stamp, "w") as f:
        json.dump({"count": count, "seed": seed, "policyc": file_digest(POLICYC), "source": source,
                   "folders": folders}, f)
    return folders, source


def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# --- trees -------------------------------------------------------------------------------------

def tree_listing(root):
    """Sorted (relative path, sha256) of every file under root; folders included as (path/, '')."""
    entries = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(folder, root)
        if rel != ".":
            entries.append((rel + "/", ""))
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                entries.append((os.path.relpath(path, root), hashlib.sha256(f.read()).hexdigest()))
    return sorted(entries)


def tree_hash(root):
    """One hash of a folder's file names and contents; None when it does not exist."""
    if not os.path.isdir(root):
        return None
    h = hashlib.sha256()
    for path, digest in tree_listing(root):
        h.update(f"{path}\0{digest}\n".encode())
    return h.hexdigest()


# --- HTML ------------------------------------------------------------------------------------

class ElementTree(html.parser.HTMLParser):
    """The start tags of a document, each with its sorted attribute names, in document order; and
    the values of the URL-bearing attributes."""
    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "xlink:href", "poster", "data"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.urls = []
        self.comments = 0

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, tuple(sorted(name for name, _ in attrs))))
        self.urls.extend(value for name, value in attrs if name in self.URL_ATTRIBUTES and value is not None)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self.comments += 1

    def handle_pi(self, data):
        self.elements.append(("?pi", ()))

    def unknown_decl(self, data):
        self.elements.append(("!" + data.split()[0] if data.split() else "!", ()))


def element_tree(text):
    parser = ElementTree()
    parser.feed(text)
    parser.close()
    return parser


class TextExtractor(html.parser.HTMLParser):
    """Text content of a document, optionally only inside one element, skipping some elements."""

    def __init__(self, inside=None, skip=(), skip_classes=()):
        super().__init__(convert_charrefs=True)
        self.inside = inside
        self.skip = set(skip)
        self.skip_classes = set(skip_classes)
        self.stack = []           # (tag, counts?) for open elements
        self.depth_inside = 0 if inside else 1
        self.skipping = 0
        self.parts = []

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        skipped = tag in self.skip or bool(classes & self.skip_classes)
        entered = self.inside is not None and tag == self.inside
        self.stack.append((tag, skipped, entered))
        if skipped:
            self.skipping += 1
        if entered:
            self.depth_inside += 1
        if tag in ("p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "br"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        while self.stack:
            t, skipped, entered = self.stack.pop()
            if skipped:
                self.skipping -= 1
            if entered:
                self.depth_inside -= 1
            if t == tag:
                break
        self.parts.append(" ")

    def handle_data(self, data):
        if self.depth_inside > 0 and self.skipping == 0:
            self.parts.append(data)

    def text(self):
        return " ".join("".join(self.parts).split())


def text_of(html_text, inside=None, skip=(), skip_classes=()):
    parser = TextExtractor(inside=inside, skip=skip, skip_classes=skip_classes)
    parser.feed(html_text)
    parser.close()
    return parser.text()


def first_difference(a, b, context=60):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i, a[max(0, i - context): i + context], b[max(0, i - context): i + context]
    if len(a) != len(b):
        i = min(len(a), len(b))
        return i, a[max(0, i - context): i + context], b[max(0, i - context): i + context]
    return None
