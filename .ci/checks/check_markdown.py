#!/usr/bin/env python3
"""Markdown fidelity: every fr.md / en.md, rendered by an outside CommonMark implementation, says
exactly what the HTML page of the same policy and language says.

What is compared (white space collapsed to single spaces, character references decoded):
  HTML side:     the text of <body> of fr.html / en.html, less the language switch
                 (<nav class="translations">, a list of links to the other languages' pages).
  Markdown side: the text of `cmark-gfm -e table` output (the .md files are CommonMark with GFM
                 tables, so a renderer without the table extension cannot show their tables),
                 less the language-switch paragraph (a paragraph made only of links to
                 the other languages' .md files).
The language switch is excluded because its place is inherent to each format: the HTML page has it
in the header above the title, the Markdown file after the "last updated" line. Everything else
must be equal, the table of contents included (both formats have one).

Also checked, per file:
  - plain `cmark` (no GFM tables): its text outside tables equals the text of the same HTML outside
    tables; table rows then read as `| a | b |` paragraphs, which are dropped;
  - every in-page link `#x` of the Markdown (cmark-gfm --unsafe) has a target id="x" — the .md files
    carry their anchors as raw `<a id>` HTML, which safe-mode renderers drop;
  - every link to the other language goes to the .md file, not to the .html page.

  check_markdown.py [--dist DIR] [--count N] [--seed S] [--pair HTML MD …]
"""
import argparse
import glob
import html.parser
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402

LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}\.md$")


def cmark(markdown, *args, program="cmark-gfm"):
    r = subprocess.run([program, *args], input=markdown, capture_output=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"{program} exited {r.returncode}: {r.stderr[:500]!r}")
    return r.stdout.decode("utf-8")


class LinkCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])


def drop_language_switch(rendered_markdown):
    """Removes paragraphs made only of links to language .md files: <p><a href="en.md">English</a></p>."""
    def is_switch(p):
        hrefs = re.findall(r'<a href="([^"]*)"', p)
        rest = re.sub(r"<a [^>]*>.*?</a>", "", p, flags=re.S)
        return hrefs and all(LANGUAGE_FILE.match(h) for h in hrefs) and not re.sub(r"<[^>]+>|[\s,|·/]", "", rest)
    return re.sub(r"<p>(.*?)</p>", lambda m: "" if is_switch(m.group(1)) else m.group(0), rendered_markdown, flags=re.S)


def drop_tables_html(text):
    return re.sub(r"<table\b.*?</table>", " ", text, flags=re.S)


def drop_pipe_paragraphs(rendered):
    return re.sub(r"<p>\|.*?</p>", " ", rendered, flags=re.S)


def compare(html_path, md_path):
    """Returns a list of problems (empty when the pair agrees)."""
    problems = []
    with open(html_path, encoding="utf-8") as f:
        page = f.read()
    with open(md_path, "rb") as f:
        markdown = f.read()
    html_text = lib.text_of(page, inside="body", skip_classes={"translations"})
    gfm = cmark(markdown, "-e", "table")
    md_text = lib.text_of(drop_language_switch(gfm))
    if html_text != md_text:
        i, a, b = lib.first_difference(html_text, md_text)
        problems.append(f"text differs at character {i}:\n      html: …{a}…\n      md:   …{b}…")

    # Plain CommonMark, tables aside.
    plain = cmark(markdown, program="cmark")
    body = re.search(r"<body\b.*?</body>", page, flags=re.S).group(0)
    a = lib.text_of(drop_tables_html(body), skip_classes={"translations"})
    b = lib.text_of(drop_pipe_paragraphs(drop_language_switch(plain)))
    if a != b:
        i, x, y = lib.first_difference(a, b)
        problems.append(f"plain cmark text (tables aside) differs at {i}:\n      html: …{x}…\n      md:   …{y}…")

    links = LinkCollector()
    links.feed(cmark(markdown, "-e", "table", "--unsafe"))
    internal = [h for h in links.hrefs if h.startswith("#")]
    for h in internal:
        if h[1:] not in links.ids:
            problems.append(f"in-page link {h} has no target")
    for h in links.hrefs:
        if re.match(r"^[a-z]{2,3}\.html$", h):
            problems.append(f"link to {h}: a Markdown file should link to the other language's .md")
    return problems, len(internal)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=lib.DIST)
    ap.add_argument("--count", type=int, default=int(os.environ.get("CI_GENERATED", "200")))
    ap.add_argument("--seed", type=int, default=20180420)
    ap.add_argument("--pair", nargs=2, action="append", default=[], metavar=("HTML", "MD"))
    args = ap.parse_args()

    pairs = []
    shipped = sorted(glob.glob(os.path.join(args.dist, "*")))
    if not shipped:
        lib.die(f"nothing under {args.dist} — run ./build.sh first")
    folders, source = lib.generated_builds(args.count, args.seed) if args.count else ([], "none")
    for folder in shipped + folders:
        for language in ("fr", "en"):
            pairs.append((os.path.join(folder, f"{language}.html"), os.path.join(folder, f"{language}.md")))
    pairs += [tuple(p) for p in args.pair]

    failed = 0
    links = 0
    for html_path, md_path in pairs:
        problems, n = compare(html_path, md_path)
        links += n
        if problems:
            failed += 1
            if failed <= 10:
                print(f"  {md_path}:")
                for p in problems[:5]:
                    print(f"    {p}")
    print(f"markdown: {len(pairs)} pairs ({len(shipped) * 2} shipped, {len(folders) * 2} generated from {source}"
          f"{', ' + str(len(args.pair)) + ' extra' if args.pair else ''}); "
          f"text equal in {len(pairs) - failed}, different in {failed}; {links} in-page links resolved")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
