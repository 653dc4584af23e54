#!/usr/bin/env python3
"""Dangerous links: only https, http, mailto and tel links may reach a page. Each dangerous value
(javascript:, data:, vbscript:, file:, protocol-relative, with leading blanks, mixed case,
entity- or percent-encoded, with controls or quotes…) is put in each link field of a policy
(controller websites, web-form contact channels of the controller / DPO / rights desk / representative,
recipients' privacy notices); `policyc build --file F --out OUT` must exit 2, name the field's JSON
pointer on stderr, and write nothing (OUT not created, no staging folder left beside it).
Lint, render and export must exit 2 as well.

  check_urls.py [--accept VALUE]

--accept VALUE adds a value expected to be refused (used to show the check fails on one that is not).
"""
import argparse
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402

PAYLOADS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "JAVASCRIPT:alert(document.cookie)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "\njavascript:alert(1)",
    "\x00javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "%6Aavascript:alert(1)",
    "javascript://https://example.com/%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/",
    "//evil.example/",
    "/relative/path",
    "evil.example",
    "https:evil.example",
    "https:/evil.example",
    "about:blank",
    "blob:https://example.com/uuid",
    "intent://example#Intent;end",
    "https://example.com/\" onmouseover=\"alert(1)",
    "https://example.com/'><script>alert(1)</script>",
    "https://example.com/<script>",
    "https://example.com/ space",
    "https://example.com/\u202egnp.exe",
    "https://example.com/`x`",
    "",
    " ",
    "https://" + "a" * 3000 + ".example",
]


def url_fields(policy):
    """(pointer, setter) for every link field, adding the optional ones the policy lacks."""
    p = policy
    fields = []
    for i in range(len(p["controller"]["websites"])):
        fields.append(f"/controller/websites/{i}")
    if not p["controller"]["websites"]:
        p["controller"]["websites"].append("https://example.com/")
        fields.append("/controller/websites/0")
    if "dpo" not in p:
        p["dpo"] = {"status": "designated", "contact": [{"kind": "webForm", "value": "https://example.com/dpo"}]}
    for where, channels in (("/controller/contact", p["controller"]["contact"]),
                            ("/rights/channels", p["rights"]["channels"]),
                            ("/dpo/contact", (p.get("dpo") or {}).get("contact"))):
        if channels is None:
            continue
        forms = [i for i, c in enumerate(channels) if c["kind"] == "webForm"]
        if not forms:
            channels.append({"kind": "webForm", "value": "https://example.com/form"})
            forms = [len(channels) - 1]
        fields += [f"{where}/{i}/value" for i in forms]
    for i, r in enumerate(p["recipients"]):
        if "privacyNotice" in r:
            fields.append(f"/recipients/{i}/privacyNotice")
    if not any(f.endswith("privacyNotice") for f in fields) and p["recipients"]:
        p["recipients"][0]["privacyNotice"] = "https://example.com/privacy"
        fields.append("/recipients/0/privacyNotice")
    return fields


def set_pointer(policy, pointer, value):
    node = policy
    parts = [int(x) if x.isdigit() else x for x in pointer.strip("/").split("/")]
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accept", action="append", default=[])
    args = ap.parse_args()
    payloads = PAYLOADS + args.accept

    work = lib.workdir("urls")
    base = copy.deepcopy(lib.export(lib.shipped_ids()[0]))
    fields = url_fields(base)
    base = lib.waive_lint_errors(base)
    r = lib.policyc("build", "--file", "-", "--out", os.path.join(work, "valid"), stdin=lib.dumps(base))
    if r.returncode != 0:
        lib.die(f"the policy with its added link fields does not build (exit {r.returncode}): {r.stderr.decode()[-800:]}")

    failures = []
    runs = 0
    for field in fields:
        for n, payload in enumerate(payloads):
            policy = copy.deepcopy(base)
            set_pointer(policy, field, payload)
            path = os.path.join(work, "bad.json")
            lib.write_json(path, policy)
            parent = os.path.join(work, f"site-{runs}")
            out = os.path.join(parent, "dist")
            r = lib.policyc("build", "--file", path, "--out", out)
            runs += 1
            err = r.stderr.decode("utf-8", errors="replace")
            problems = []
            if r.returncode != 2:
                problems.append(f"build exit {r.returncode}")
            if field not in err:
                problems.append(f"message does not name {field}: {err.strip()[:160]!r}")
            if os.path.exists(parent):
                problems.append(f"wrote {os.listdir(parent)}")
            for args_ in (["lint", "--file", path], ["export", "--file", path],
                          ["render", "--file", path, "--lang", "fr", "--format", "html"]):
                if lib.policyc(*args_).returncode != 2:
                    problems.append(f"{args_[0]} did not exit 2")
            if problems:
                failures.append(f"{field} = {payload[:60]!r}: {'; '.join(problems)}")
    for f in failures[:30]:
        print(f"  FAIL {f}")
    print(f"urls: {len(payloads)} dangerous links x {len(fields)} link fields ({', '.join(fields)}) = {runs} builds, "
          f"{runs - len(failures)} refused with exit 2 naming the field and writing nothing, {len(failures)} failures")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
