#!/usr/bin/env python3
"""Malformed input: broken policy files, each derived from a valid export by one named defect, must
make `policyc build --file BAD --out OUT` exit 2 with a message on stderr that names the place
(a JSON pointer, or file:line:col), write nothing, and leave an existing OUT byte-identical (its
tree hashed before and after). Each file is also given to `policyc build --file -` (stdin), lint,
render and export, which must exit 2 as well.

  check_malformed.py [--keep DIR] [--extra NAME=FILE …]

--keep writes the broken files to DIR (their names say what is wrong). --extra adds a file that is
expected to be rejected the same way (used to show the check fails on a file policyc accepts).
"""
import argparse
import copy
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402


def text(policy):
    return json.dumps(policy, ensure_ascii=False, indent=2, sort_keys=True)


def cases(valid):
    """(name, bytes, expected place) — the place is a JSON pointer the message must name, or
    'line' when a file:line:col position is expected, or None when any location will do."""
    src = text(valid)
    out = []

    def add(name, data, where):
        out.append((name, data if isinstance(data, bytes) else data.encode("utf-8"), where))

    def mutated(name, change, where):
        p = copy.deepcopy(valid)
        change(p)
        add(name, text(p), where)

    # Syntax.
    add("syntax-trailing-comma-object", src.rstrip()[:-1].rstrip() + ",\n}\n", "line")
    add("syntax-trailing-comma-array", src.replace('"languages": [', '"languages": ["fr", "en",] , "x": [', 1), "line")
    add("syntax-unclosed-brace", src.rstrip().rstrip("}"), "line")
    add("syntax-unclosed-string", src[: src.index('"controller"') + 8], "line")
    add("syntax-single-quotes", src.replace(f'"id": "{valid["id"]}"', f"'id': '{valid['id']}'", 1), "line")
    add("syntax-line-comment", src.replace("{\n", "{\n  // a comment\n", 1), "line")
    add("syntax-block-comment", src.replace("{\n", "{\n  /* a comment */\n", 1), "line")
    add("syntax-bom-then-garbage", b"\xef\xbb\xbfgarbage" + src.encode(), "line")
    add("syntax-garbage-after", src + "trailing garbage", "line")
    add("syntax-two-documents", src + src, "line")
    add("syntax-unquoted-key", src.replace('"id":', "id:", 1), "line")
    add("syntax-nan", src.replace('"directedAtChildren": false', '"directedAtChildren": NaN', 1), "line")
    add("syntax-bad-escape", src.replace('"version": "', '"version": "\\x41', 1), "line")
    add("syntax-raw-newline-in-string", src.replace('"version": "', '"version": "a\nb', 1), "line")
    add("empty-file", b"", None)
    add("whitespace-only", b"  \n\t\n", None)
    add("json-array-not-object", "[" + src + "]", "/")
    add("json-string-not-object", '"a policy"', "/")
    add("json-null", "null", "/")
    add("deep-nesting-arrays", "[" * 100_000 + "]" * 100_000, None)
    add("deep-nesting-in-field", src.replace('"security": [', '"security": [' + "[" * 50_000 + "]" * 50_000 + ",", 1), None)
    add("invalid-utf8", src.replace('"version": "', '"version": "\udcff', 1).encode("utf-8", "surrogateescape"), "line")
    add("invalid-utf8-overlong", src.encode().replace(b'"version": "', b'"version": "\xc0\xaf', 1), "line")
    add("utf16-encoded", src.encode("utf-16"), None)
    add("too-large-3MiB", src.replace('"version": "', '"version": "' + "x" * (3 * 1024 * 1024), 1), None)
    add("duplicate-key", src.replace('"id": ', '"id": "dup", "id": ', 1), None)

    # Types and values.
    mutated("type-id-number", lambda p: p.__setitem__("id", 42), "/id")
    mutated("type-languages-string", lambda p: p.__setitem__("languages", "fr"), "/languages")
    mutated("type-bool-as-string", lambda p: p.__setitem__("directedAtChildren", "false"), "/directedAtChildren")
    mutated("type-purposes-object", lambda p: p.__setitem__("purposes", {}), "/purposes")
    mutated("type-localized-string", lambda p: p["purposes"][0].__setitem__("description", "text"), "/purposes/0/description")
    mutated("type-period-amount-string", lambda p: p["rights"].__setitem__("responseDelay", {"amount": "15", "unit": "days"}),
            "/rights/responseDelay/amount")
    mutated("type-period-amount-float", lambda p: p["rights"].__setitem__("responseDelay", {"amount": 1.5, "unit": "days"}),
            "/rights/responseDelay/amount")
    mutated("enum-unknown-legal-basis", lambda p: p["purposes"][0].__setitem__("legalBasis", "becauseWeCan"),
            "/purposes/0/legalBasis")
    mutated("enum-unknown-cookie-category", lambda p: p["cookies"][0].__setitem__("category", "tasty"), "/cookies/0/category")
    mutated("enum-unknown-recipient-role", lambda p: p["recipients"][0].__setitem__("role", "friend"), "/recipients/0/role")
    mutated("enum-wrong-case", lambda p: p["purposes"][0].__setitem__("legalBasis", p["purposes"][0]["legalBasis"].upper()),
            "/purposes/0/legalBasis")
    mutated("country-unknown-XX", lambda p: p["controller"].__setitem__("country", "XX"), "/controller/country")
    mutated("country-lowercase", lambda p: p["controller"].__setitem__("country", "fr"), "/controller/country")
    mutated("country-alpha3", lambda p: p["controller"].__setitem__("country", "FRA"), "/controller/country")
    mutated("country-unknown-in-list", lambda p: p["recipients"][0].__setitem__("processingCountries", ["ZZ"]),
            "/recipients/0/processingCountries/0")
    mutated("localized-missing-en", lambda p: p["purposes"][0]["description"].pop("en"), "/purposes/0/description")
    mutated("localized-missing-fr", lambda p: p["security"][0].pop("fr"), "/security/0")
    mutated("localized-bad-language-key", lambda p: p["security"][0].__setitem__("FR!", "x"), "/security/0")
    mutated("date-2018-02-30", lambda p: p.__setitem__("effectiveDate", "2018-02-30"), "/effectiveDate")
    mutated("date-2018-2-3", lambda p: p.__setitem__("effectiveDate", "2018-2-3"), "/effectiveDate")
    mutated("date-2018-13-01", lambda p: p["history"][0].__setitem__("date", "2018-13-01"), "/history/0/date")
    mutated("date-2019-02-29", lambda p: p["history"][0].__setitem__("date", "2019-02-29"), "/history/0/date")
    mutated("date-with-time", lambda p: p.__setitem__("effectiveDate", "2018-04-20T00:00:00Z"), "/effectiveDate")
    mutated("duplicate-purpose-id", lambda p: p["purposes"].append(copy.deepcopy(p["purposes"][0])),
            f"/purposes/{len(valid['purposes'])}/id")
    mutated("duplicate-category-id", lambda p: p["dataCategories"].append(copy.deepcopy(p["dataCategories"][0])),
            f"/dataCategories/{len(valid['dataCategories'])}/id")
    mutated("id-with-slash", lambda p: p.__setitem__("id", "a/b"), "/id")
    mutated("id-dot-dot", lambda p: p.__setitem__("id", ".."), "/id")
    mutated("id-dot-dot-slash", lambda p: p.__setitem__("id", "../../etc"), "/id")
    mutated("id-uppercase", lambda p: p.__setitem__("id", "Carmen"), "/id")
    mutated("id-empty", lambda p: p.__setitem__("id", ""), "/id")
    mutated("id-too-long", lambda p: p.__setitem__("id", "a" * 65), "/id")
    mutated("purpose-id-with-slash", lambda p: p["purposes"][0].__setitem__("id", "x/y"), "/purposes/0/id")
    mutated("reference-unknown-purpose", lambda p: p["recipients"][0].__setitem__("purposes", ["no-such-purpose"]),
            "/recipients/0/purposes/0")
    mutated("unknown-field-root", lambda p: p.__setitem__("colour", "blue"), "/colour")
    mutated("unknown-field-nested", lambda p: p["controller"].__setitem__("legalNmae", "typo"), "/controller/legalNmae")
    mutated("missing-required-controller", lambda p: p.pop("controller"), "/controller")
    mutated("missing-required-id", lambda p: p.pop("id"), "/id")
    mutated("null-required-id", lambda p: p.__setitem__("id", None), "/id")
    mutated("null-required-rights", lambda p: p.__setitem__("rights", None), "/rights")
    mutated("null-optional-dpo", lambda p: p.__setitem__("dpo", None), "/dpo")
    mutated("null-in-array", lambda p: p["security"].append(None), f"/security/{len(valid['security'])}")
    mutated("email-invalid", lambda p: p["rights"]["channels"].append({"kind": "email", "value": "not an email"}),
            f"/rights/channels/{len(valid['rights']['channels'])}/value")
    mutated("website-ftp", lambda p: p["controller"]["websites"].append("ftp://example.com"),
            f"/controller/websites/{len(valid['controller']['websites'])}")
    return out


def run(args, stdin=None):
    r = lib.policyc(*args, stdin=stdin, timeout=120)
    return r.returncode, r.stderr.decode("utf-8", errors="replace"), r.stdout


def names_place(stderr, where, filename):
    if where is None:
        return bool(re.search(r"(:\d+(:\d+)?|\(at /|/[A-Za-z])", stderr)) or filename in stderr
    if where == "line":
        return bool(re.search(re.escape(filename) + r":\d+:\d+", stderr))
    if where == "/":
        return bool(re.search(r"(:\d+:\d+|\bat /|\(at /\)| / )", stderr)) or re.search(re.escape(filename) + r":\d+", stderr)
    return where in stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="write the broken files here")
    ap.add_argument("--extra", action="append", default=[], metavar="NAME=FILE")
    args = ap.parse_args()

    work = lib.workdir("malformed")
    ids = lib.shipped_ids()
    valid = lib.waive_lint_errors(lib.export(ids[0]))
    folder = args.keep or os.path.join(work, "inputs")
    os.makedirs(folder, exist_ok=True)
    items = cases(valid)
    for extra in args.extra:
        name, path = extra.split("=", 1)
        with open(path, "rb") as f:
            items.append((name, f.read(), None))

    # The output folder every bad build must leave as it is.
    out = os.path.join(work, "site", "dist")
    good = os.path.join(folder, "valid.json")
    lib.write_json(good, valid)
    rc, err, _ = run(["build", "--file", good, "--out", out])
    if rc != 0:
        lib.die(f"the valid policy does not build (exit {rc}): {err[-1000:]}")
    before = lib.tree_hash(os.path.dirname(out))

    failures = []
    for name, data, where in items:
        path = os.path.join(folder, f"{name}.json")
        with open(path, "wb") as f:
            f.write(data)
        problems = []
        rc, err, _ = run(["build", "--file", path, "--out", out])
        first = err.strip().splitlines()[0][:160] if err.strip() else "(no message)"
        if rc != 2:
            problems.append(f"build exit {rc}, not 2")
        if not err.strip():
            problems.append("no message on stderr")
        elif not names_place(err, where, path):
            problems.append(f"message does not name {where or 'a place'}: {first}")
        if "Fatal error" in err or "Stack dump" in err or rc < 0:
            problems.append(f"crash: {first}")
        after = lib.tree_hash(os.path.dirname(out))
        if after != before:
            problems.append("the output folder changed")
            shutil.rmtree(os.path.dirname(out))
            run(["build", "--file", good, "--out", out])
            before = lib.tree_hash(os.path.dirname(out))
        fresh = os.path.join(work, "fresh", name)
        rc2, _, _ = run(["build", "--file", path, "--out", fresh])
        if os.path.exists(fresh) or os.path.exists(os.path.dirname(fresh)) and os.listdir(os.path.dirname(fresh)):
            problems.append("a new output folder was created")
        for sub in (["build", "--file", "-", "--out", out], ["lint", "--file", path], ["export", "--file", path],
                    ["render", "--file", "-", "--lang", "en", "--format", "html"]):
            rc3, err3, _ = run(sub, stdin=data if "-" in sub else None)
            if rc3 != 2:
                problems.append(f"{' '.join(s if s != path else 'F' for s in sub)}: exit {rc3}, not 2")
        if lib.tree_hash(os.path.dirname(out)) != before:
            problems.append("the output folder changed (stdin build)")
        if problems:
            failures.append((name, problems))
            print(f"  FAIL {name}: {'; '.join(problems)}")
        else:
            print(f"  ok   {name}: {first}")
    print(f"malformed: {len(items)} inputs, {len(items) - len(failures)} exit 2 naming the place with the output "
          f"untouched, {len(failures)} failures; output tree {before[:16]}")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
