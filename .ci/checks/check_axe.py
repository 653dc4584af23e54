#!/usr/bin/env python3
"""A real browser: headless Chromium (Debian chromium + chromium-driver) loads each shipped page
(dist/*/fr.html, en.html, index.html), runs axe-core (the axe.min.js that PyPI's
axe-selenium-python ships) with the WCAG 2.1 A/AA tags, in the light and the dark colour scheme,
and saves full-page screenshots at 1280 px (desktop) and 390 px (mobile) wide under
ci-artifacts/screenshots/. Passes on 0 violations.

  check_axe.py [--dist DIR] [--out DIR] [PAGE.html …]

Pages given on the command line replace those of dist (used to show the check can fail).
"""
import argparse
import base64
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import lib  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": (1280, False), "mobile": (390, True)}


def axe_source():
    """axe-core's axe.min.js from a PyPI package. axe-selenium-python 2.1.6 (the last for Python 3.11)
    ships axe-core 3.1.1, which has no `wcag21a` rules and errs on that tag; axe-playwright-python
    (installed with --no-deps: only its axe.min.js is used, injected through Selenium) ships axe-core 4.x,
    preferred when present."""
    import importlib.util
    candidates = []
    for package, parts in (("axe_playwright_python", ("axe.min.js",)),
                           ("axe_selenium_python", ("node_modules", "axe-core", "axe.min.js"))):
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            candidates.append(os.path.join(os.path.dirname(spec.origin), *parts))
    for path in candidates:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return path, f.read()
    lib.die("no axe.min.js found: pip install axe-selenium-python (and axe-playwright-python --no-deps)")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                "--lang=en-US", "--allow-file-access-from-files"):
        options.add_argument(arg)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def set_viewport(driver, width, mobile, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def run_axe(driver, source, tags):
    driver.execute_script(source)
    driver.set_script_timeout(120)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify({version: axe.version, violations: r.violations,"
        " passes: r.passes.length, incomplete: r.incomplete.map(i => i.id)})))"
        ".catch(e => done(JSON.stringify({error: String(e)})));", tags)


PART_HEIGHT = 1600


def screenshot(driver, path, width, mobile, parts_dir=None):
    """A full-page PNG at `path`; with `parts_dir`, also the page cut into PART_HEIGHT-pixel slices
    (…-p01.png…), which an image viewer shows legibly where the full page would be shrunk."""
    set_viewport(driver, width, mobile)
    height = driver.execute_script(
        "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));")
    overflow = driver.execute_script("return document.documentElement.scrollWidth;")
    set_viewport(driver, width, mobile, height)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    if parts_dir:
        os.makedirs(parts_dir, exist_ok=True)
        stem = os.path.splitext(os.path.basename(path))[0]
        for n, top in enumerate(range(0, height, PART_HEIGHT), start=1):
            clip = {"x": 0, "y": top, "width": width, "height": min(PART_HEIGHT, height - top), "scale": 1}
            part = driver.execute_cdp_cmd("Page.captureScreenshot",
                                          {"format": "png", "captureBeyondViewport": True, "clip": clip})
            with open(os.path.join(parts_dir, f"{stem}-p{n:02d}.png"), "wb") as f:
                f.write(base64.b64decode(part["data"]))
    set_viewport(driver, width, mobile)
    return height, overflow


def shown(path):
    rel = os.path.relpath(path, lib.ROOT)
    return path if rel.startswith("..") else rel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dist", default=lib.DIST)
    ap.add_argument("--out", default=os.path.join(lib.ARTIFACTS, "screenshots"))
    ap.add_argument("pages", nargs="*")
    args = ap.parse_args()

    pages = [os.path.abspath(p) for p in args.pages] or sorted(
        p for p in glob.glob(os.path.join(args.dist, "*", "*.html"))
        if os.path.basename(p) in ("fr.html", "en.html", "index.html"))
    if not pages:
        lib.die(f"no pages under {args.dist}/*/ — run ./build.sh first")
    os.makedirs(args.out, exist_ok=True)
    axe_path, source = axe_source()
    tags = TAGS
    version = None

    driver = browser()
    violations = 0
    overflowing = []
    shots = 0
    try:
        for page in pages:
            name = f"{os.path.basename(os.path.dirname(page))}-{os.path.splitext(os.path.basename(page))[0]}"
            driver.get("file://" + page)
            for scheme in ("light", "dark"):
                set_scheme(driver, scheme)
                for label, (width, mobile) in WIDTHS.items():
                    set_viewport(driver, width, mobile)
                    result = json.loads(run_axe(driver, source, tags))
                    if "error" in result and "wcag21a" in result["error"] and "wcag21a" in tags:
                        # axe-core 3.x: no rule carries wcag21a; its wcag21aa rules still run.
                        tags = [t for t in TAGS if t != "wcag21a"]
                        print(f"  note: this axe-core has no wcag21a rules; running {', '.join(tags)}")
                        result = json.loads(run_axe(driver, source, tags))
                    if "error" in result:
                        lib.die(f"axe failed on {page}: {result['error']}")
                    version = result.get("version")
                    for v in result["violations"]:
                        violations += 1
                        print(f"  {name} [{scheme}, {label}]: {v['id']} ({v['impact']}): {v['help']}")
                        for node in v["nodes"][:5]:
                            print(f"      {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
                    if scheme == "light":
                        path = os.path.join(args.out, f"{name}-{label}.png")
                        height, scroll_width = screenshot(driver, path, width, mobile, os.path.join(args.out, "parts"))
                        shots += 1
                        if scroll_width > width:
                            overflowing.append(f"{name} at {width}px: page is {scroll_width}px wide")
                        print(f"  {name} [{label} {width}px]: {result['passes']} rules passed, "
                              f"{len(result['violations'])} violations; screenshot {width}x{height} "
                              f"-> {shown(path)}")
            set_scheme(driver, "light")
    finally:
        driver.quit()
    for o in overflowing:
        print(f"  horizontal overflow: {o}")
    print(f"axe: {len(pages)} pages x 2 colour schemes x 2 widths, {violations} violations "
          f"(axe-core {version}, tags {', '.join(tags)}); {shots} screenshots in {shown(args.out)}/; "
          f"{len(overflowing)} pages wider than the viewport")
    if violations or overflowing:
        sys.exit(1)


if __name__ == "__main__":
    main()
