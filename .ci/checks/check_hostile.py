#!/usr/bin/env python3
"""Hostile text: each string of hostile_corpus.py (≥100) is placed in EVERY text field of a policy
(every Localized value and every free-text string; not enums, ids, dates, country codes, language
keys, JSON pointers, rule ids, nor e-mails/phones/links, which check_urls.py covers), the policy is
built with `policyc build --file`, and:

  (a) HTML: fr.html, en.html and index.html have exactly the element tree (tag names and attribute
      names, in document order, via html.parser), the same comments and the same link/src values
      as the same policy with every text field set to a plain word ("clean"), built the same way;
  (b) Markdown: fr.md and en.md, rendered by `cmark --unsafe`, `cmark-gfm -e table --unsafe` (what
      a static-site generator that allows raw HTML does) and `cmark` in its default safe mode,
      give the same element tree as the clean policy's Markdown (no raw HTML, no link, image,
      emphasis, heading, list, table cell… from the strings);
  (c) the string's text reaches the page (for strings without controls), so the field was used;
  (d) the Markdown, rendered by cmark-gfm, reads exactly as the HTML page (check_markdown's
      comparison): a `|` that splits a table cell, or `**` left unparsed, shows there.

Strings with C0 controls (NUL…, DEL) or bidirectional controls may be rejected (exit 2) or
stripped; each of those two kinds must be handled one way throughout, and the way is reported.
Other strings must be accepted. Strings too long to sit in every field at once (the 2 MiB input
limit) are placed in the fields group by group, over several builds.

  check_hostile.py [--base ID] [--limit N] [--inject-html FILE] [--inject-md FILE]

--inject-* compare a given file against the clean policy's fr.html / fr.md: used to show that the
comparison catches an injected element (see README).
"""
import argparse
import copy
import difflib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import check_markdown  # noqa: E402
import hostile_corpus  # noqa: E402
import lib  # noqa: E402

CLEAN = "Lorem ipsum"
LANGS = {"fr", "en"}
# Free-text string members (besides Localized values), by key; see Sources/PolicyModel/Schema.
TEXT_KEYS = {"legalName", "tradeNames", "legalForm", "register", "number", "name", "title", "note",
             "reason", "importer", "reference", "legalReference", "provider", "lines", "postalCode",
             "locality", "version"}
# Keys whose strings are not free text.
NOT_TEXT = {"id", "kind", "category", "legalBasis", "requirement", "role", "status", "identityCheck",
            "unit", "special", "country", "date", "effectiveDate", "certificationCheckedOn", "languages",
            "purposes", "dataCategories", "channels", "processingCountries", "field", "rule", "value",
            "websites", "privacyNotice", "recipient", "mechanism", "derogation",
            "specialCategoryCondition"}
INPUT_LIMIT = 2 * 1024 * 1024


def is_localized(v):
    return isinstance(v, dict) and v and set(v) <= LANGS | {"de", "es", "it"} and all(isinstance(x, str) for x in v.values())


def text_fields(policy):
    """JSON paths (lists of keys/indices) of every free-text string."""
    out = []

    def walk(v, path, key):
        if is_localized(v):
            out.extend(path + [k] for k in sorted(v))
        elif isinstance(v, dict):
            for k, x in v.items():
                if k not in NOT_TEXT:
                    walk(x, path + [k], k)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, path + [i], key)
        elif isinstance(v, str) and key in TEXT_KEYS:
            out.append(path)
    walk(policy, [], None)
    return out


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def set_at(policy, path, value):
    node = policy
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def augment(base):
    """Adds the optional text-bearing parts the shipped policy lacks, each kept only if policyc accepts
    it, so that every kind of text field is exercised. Returns (policy, added, refused)."""
    p = copy.deepcopy(base)
    recipient = p["recipients"][0]["id"] if p["recipients"] else None
    loc = {"fr": "texte", "en": "text"}
    candidates = [
        ("controller.legalForm", lambda q: q["controller"].__setitem__("legalForm", "SARL")),
        ("controller.registration", lambda q: q["controller"].__setitem__(
            "registration", {"register": "RCS Bayonne", "number": "123 456 789"})),
        ("controller.address", lambda q: q["controller"].__setitem__(
            "address", {"lines": ["1 rue de la Paix"], "postalCode": "64100", "locality": "Bayonne", "country": "FR"})),
        ("controller.address.postalCode+locality", lambda q: q["controller"]["address"].update(
            {"postalCode": "64100", "locality": "Bayonne"})),
        ("controller.contact post", lambda q: q["controller"]["contact"].append(
            {"kind": "post", "address": {"lines": ["BP 1"], "postalCode": "64100", "locality": "Bayonne", "country": "FR"}})),
        ("controller.representative", lambda q: q["controller"].__setitem__(
            "representative", {"name": "Rep", "contact": [{"kind": "email", "value": "rep@example.com"}]})),
        ("dpo", lambda q: q.__setitem__("dpo", {"status": "designated", "title": "DPO", "name": "Jane Doe",
                                                "contact": [{"kind": "email", "value": "dpo@example.com"}]})
         if "dpo" not in q else q["dpo"].update({"title": "DPO", "name": "Jane Doe"})),
        ("transfer", lambda q: q["transfers"].append(
            {"recipient": recipient, "country": "US", "mechanism": "standardContractualClauses",
             "importer": "Importer Inc.", "reference": "(EU) 2021/914", "copy": dict(loc)})),
        ("cookieConsent", lambda q: q.__setitem__("cookieConsent", {"mechanism": dict(loc), "refuseAsEasyAsAccept": True})),
        ("retention texts", lambda q: q["retention"][0].update(
            {"legalReference": "Code civil, art. 2224", "criteria": dict(loc), "startingEvent": dict(loc)})),
        ("purpose texts", lambda q: q["purposes"][0].update({"consequencesOfNotProviding": dict(loc)})),
        ("history", lambda q: q["history"].append({"version": "v2", "date": "2019-01-01", "summary": dict(loc)})),
        ("security", lambda q: q["security"].append(dict(loc))),
        ("missing note", lambda q: q["missing"].append({"field": "/controller/registration", "note": "n"})),
    ]
    added, refused = [], []
    for name, change in candidates:
        trial = copy.deepcopy(p)
        try:
            change(trial)
        except (KeyError, IndexError, TypeError):
            refused.append(name)
            continue
        r = lib.policyc("export", "--file", "-", stdin=lib.dumps(trial))
        if r.returncode == 0:
            p = trial
            added.append(name)
        else:
            refused.append(f"{name} ({r.stderr.decode(errors='replace').strip().splitlines()[0][:120]})")
    return p, added, refused


def fill(policy, fields, value, only=None):
    """A copy with every text field (or those in `only`) set to value, the others to CLEAN."""
    p = copy.deepcopy(policy)
    for i, path in enumerate(fields):
        set_at(p, path, value if only is None or i in only else CLEAN)
    return p


def build(policy, work, label):
    """Builds; adds waivers (reason: the same hostile text) if lint refuses. Returns (rc, folder, stderr)."""
    out = os.path.join(work, label)
    data = lib.dumps(policy)
    r = lib.policyc("build", "--file", "-", "--out", out, stdin=data)
    if r.returncode == 1:
        rules = lib.lint_errors(data)
        p = copy.deepcopy(policy)
        reason = next((w["reason"] for w in p.get("waivers", [])), CLEAN)
        p["waivers"] = p.get("waivers", []) + [{"rule": x, "reason": reason} for x in rules]
        r = lib.policyc("build", "--file", "-", "--out", out, stdin=lib.dumps(p))
    folder = os.path.join(out, policy["id"])
    return r.returncode, folder, r.stderr.decode("utf-8", errors="replace")


def render(policy, work, label):
    """Like build, through `policyc render` (no lint, no index.html): for the very long strings, whose
    policies take the linter many seconds each. Returns (rc, folder, stderr)."""
    folder = os.path.join(work, label, policy["id"])
    data = lib.dumps(policy)
    for language in ("fr", "en"):
        for fmt, ext in (("html", "html"), ("md", "md")):
            r = lib.policyc("render", "--file", "-", "--lang", language, "--format", fmt, stdin=data)
            if r.returncode != 0:
                return r.returncode, folder, r.stderr.decode("utf-8", errors="replace")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{language}.{ext}"), "wb") as f:
                f.write(r.stdout)
    return 0, folder, ""


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cmark_variants(markdown):
    out = {}
    for name, cmd in (("cmark --unsafe", ["cmark", "--unsafe"]),
                      ("cmark-gfm -e table --unsafe", ["cmark-gfm", "-e", "table", "-e", "strikethrough", "--unsafe"]),
                      ("cmark (safe)", ["cmark"])):
        r = subprocess.run(cmd, input=markdown.encode("utf-8"), capture_output=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"{name} exited {r.returncode}")
        out[name] = r.stdout.decode("utf-8", errors="replace")
    return out


def signature(html_text):
    t = lib.element_tree(html_text)
    return t.elements, sorted(set(t.urls)), t.comments


def diff_signature(a, b):
    """Where signature b (hostile) departs from a (clean), or None."""
    ea, ua, ca = a
    eb, ub, cb = b
    if ea != eb:
        def show(elements):
            return " ".join(f"<{t}{''.join(' ' + n for n in attrs)}>" for t, attrs in elements[:4]) or "nothing"
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ea, eb, autojunk=False).get_opcodes():
            if op != "equal":
                return f"element #{i1}: clean has {show(ea[i1:i2])}, hostile has {show(eb[j1:j2])}"
    new_urls = sorted(set(ub) - set(ua))
    if new_urls:
        return f"new link targets: {[u[:80] for u in new_urls[:3]]}"
    if ca != cb:
        return f"{cb} comments instead of {ca}"
    return None


class Reference:
    """The clean policy's outputs and their signatures."""

    def __init__(self, folder):
        self.html = {n: signature(read(os.path.join(folder, n))) for n in ("fr.html", "en.html", "index.html")}
        self.md = {n: {k: signature(v) for k, v in cmark_variants(read(os.path.join(folder, n))).items()}
                   for n in ("fr.md", "en.md")}
        self.text = {n: lib.text_of(read(os.path.join(folder, n))) for n in ("fr.html", "en.html")}


def check_outputs(ref, folder):
    problems = []
    for name, sig in ref.html.items():
        if name == "index.html" and not os.path.exists(os.path.join(folder, name)):
            continue  # rendered, not built
        d = diff_signature(sig, signature(read(os.path.join(folder, name))))
        if d:
            problems.append(f"{name}: {d}")
    for name, variants in ref.md.items():
        hostile = cmark_variants(read(os.path.join(folder, name)))
        for variant, sig in variants.items():
            d = diff_signature(sig, signature(hostile[variant]))
            if d:
                problems.append(f"{name} via {variant}: {d}")
    return problems


def groups(fields, value):
    """Splits field indices into groups whose policy stays under the input limit."""
    encoded = len(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    per = max(1, (INPUT_LIMIT - 200_000) // max(encoded, 1))
    indices = list(range(len(fields)))
    if per >= len(indices):
        return [set(indices)]
    # The first group is built (and so linted, which takes seconds per 100 kB): keep it small.
    first = min(per, 3)
    return [set(indices[:first])] + [set(indices[i:i + per]) for i in range(first, len(indices), per)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default=None, help="shipped policy id to start from (default: the last listed)")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N strings (for a quick run)")
    ap.add_argument("--inject-html", help="compare this file against the clean policy's fr.html")
    ap.add_argument("--inject-md", help="compare this Markdown file against the clean policy's fr.md")
    args = ap.parse_args()

    work = lib.workdir("hostile")
    base_id = args.base or lib.shipped_ids()[-1]
    base, added, refused = augment(lib.export(base_id))
    # Waivers first (their reasons are text fields too), then every text field set to CLEAN.
    clean = lib.waive_lint_errors(fill(base, text_fields(base), CLEAN))
    fields = text_fields(clean)
    clean = fill(clean, fields, CLEAN)
    print(f"base: {base_id} + {', '.join(added) or 'nothing'}; {len(fields)} text fields"
          + (f"; not accepted: {'; '.join(refused)}" if refused else ""))
    rc, clean_folder, err = build(clean, work, "clean")
    if rc != 0:
        lib.die(f"the clean policy does not build (exit {rc}): {err[-1500:]}")
    ref = Reference(clean_folder)

    if args.inject_html or args.inject_md:
        problems = []
        if args.inject_html:
            d = diff_signature(ref.html["fr.html"], signature(read(args.inject_html)))
            problems += [f"{args.inject_html}: {d}"] if d else []
        if args.inject_md:
            differences, _ = check_markdown.compare(os.path.join(clean_folder, "fr.html"), args.inject_md)
            problems += [f"{args.inject_md}: does not read as the clean fr.html: {d}" for d in differences[:1]]
            hostile = cmark_variants(read(args.inject_md))
            for variant, sig in ref.md["fr.md"].items():
                d = diff_signature(sig, signature(hostile[variant]))
                problems += [f"{args.inject_md} via {variant}: {d}"] if d else []
        for p in problems:
            print(f"  INJECTION: {p}")
        print(f"hostile (injected files): {len(problems)} injections found")
        sys.exit(1 if problems else 0)

    strings = hostile_corpus.corpus()
    if args.limit:
        strings = strings[: args.limit]
    failures = []
    treatment = {"c0": {}, "bidi": {}, "blank": {}}
    builds = 0
    accepted = 0
    blank_after_strip = []
    for n, (name, value) in enumerate(strings):
        kind = hostile_corpus.category(value)
        for g, only in enumerate(groups(fields, value)):
            policy = fill(clean, fields, value, only=None if len(only) == len(fields) else only)
            # The first group is built (lint + all files); further groups of a long string are rendered.
            rc, folder, err = (build if g == 0 else render)(policy, work, f"s{n:03d}-{g}")
            builds += 1
            label = f"{name} (fields {min(only)}–{max(only)})" if len(only) != len(fields) else name
            if rc == 2 and kind in treatment:
                treatment[kind].setdefault("rejected", []).append(name)
                if not re.search(r"/[A-Za-z]", err):
                    failures.append(f"{label}: rejected without a JSON pointer: {err.strip()[:200]}")
                if g == 0 and os.path.exists(os.path.dirname(folder)):
                    failures.append(f"{label}: rejected, but {os.path.dirname(folder)} was written")
                break
            if rc != 0:
                failures.append(f"{label}: exit {rc}: {err.strip()[-300:]}")
                break
            accepted += 1
            problems = check_outputs(ref, folder)
            if kind == "blank":
                treatment[kind].setdefault("accepted", []).append(name)
            elif kind in treatment:
                stripped = "".join(ch for ch in value if ch not in hostile_corpus.CONTROL_C0 + hostile_corpus.BIDI)
                if hostile_corpus.is_blank(stripped):
                    blank_after_strip.append(label)
                leftover = [ch for ch in set(value) if ch in (hostile_corpus.CONTROL_C0 if kind == "c0" else hostile_corpus.BIDI)]
                outputs = "".join(read(os.path.join(folder, f)) for f in ("fr.html", "en.html", "fr.md", "en.md", "index.html"))
                kept = [f"U+{ord(ch):04X}" for ch in leftover if ch in outputs]
                treatment[kind].setdefault("kept" if kept else "stripped", []).append(name)
            elif len(value) < 2000 and value.strip():
                # U+FEFF and C1 controls may be dropped; line separators read as spaces.
                needle = " ".join("".join(ch for ch in value if ch != "\ufeff" and not "\x80" <= ch <= "\x9f").split())
                page = lib.text_of(read(os.path.join(folder, "en.html")))
                if needle and needle not in page:
                    problems.append(f"en.html: the text {needle[:60]!r} does not appear as text")
            for language in ("fr", "en"):
                html_path = os.path.join(folder, f"{language}.html")
                md_path = os.path.join(folder, f"{language}.md")
                differences, _ = check_markdown.compare(html_path, md_path)
                problems += [f"{language}.md does not read as {language}.html: {d.splitlines()[0]}" for d in differences[:1]]
            for p in problems:
                failures.append(f"{label}: {p}")
    if "rejected" in treatment["blank"]:
        failures += [f"{b}: accepted, but blank once its controls are stripped, while blank texts are rejected"
                     for b in blank_after_strip]
    for f in failures[:40]:
        print(f"  FAIL {f}")
    ways = []
    for kind, seen in treatment.items():
        if not seen:
            continue
        ways.append(f"{kind}: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(seen.items())))
        if len(seen) > 1:
            failures.append(f"{kind} strings not handled one way: " + "; ".join(f"{k}: {v}" for k, v in seen.items()))
            print(f"  FAIL {failures[-1]}")
    print(f"hostile: {len(strings)} strings x {len(fields)} text fields, {builds} builds/renders, {accepted} accepted and "
          f"compared (3 HTML pages, 2 Markdown files x 3 CommonMark renderers each); controls: {'; '.join(ways)}; "
          f"{len(failures)} failures")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
