"""The hostile strings (≥100) the hostile-text check places in every text field of a policy.

Each entry is (name, string). Kept in code rather than a text file because many entries hold
characters a text file cannot hold one per line (NUL, CR, LF, very long strings).
"""

CONTROL_C0 = [chr(c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\x7f"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f"]


def corpus():
    s = []
    add = lambda name, value: s.append((name, value))  # noqa: E731

    # HTML: elements, attributes, breakouts.
    add("script", "<script>alert(1)</script>")
    add("script-upper", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>")
    add("img-onerror", "<img src=x onerror=alert(1)>")
    add("attr-breakout-dq", '"><img src=x onerror=alert(1)>')
    add("attr-breakout-sq", "'><img src=x onerror=alert(1)>")
    add("attr-breakout-unquoted", " onmouseover=alert(1) x=")
    add("attr-breakout-backtick", "` onmouseover=alert(1) `")
    add("svg-onload", "<svg/onload=alert(1)>")
    add("iframe", '<iframe src="javascript:alert(1)"></iframe>')
    add("a-javascript", '<a href="javascript:alert(1)">click</a>')
    add("style-tag", "<style>body{display:none}</style>")
    add("style-expression", '<div style="background:url(javascript:alert(1))">x</div>')
    add("close-tags", "</p></li></td></tr></table></section></main></body></html>")
    add("textarea-break", "</textarea><script>alert(1)</script>")
    add("title-break", "</title><script>alert(1)</script>")
    add("style-break", "</style><script>alert(1)</script>")
    add("meta-refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">')
    add("base-href", '<base href="https://evil.example/">')
    add("form", '<form action="https://evil.example"><input name=p></form>')
    add("object", '<object data="data:text/html,<script>alert(1)</script>"></object>')
    add("math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")
    add("template", "<template><img src=x onerror=alert(1)></template>")
    add("noscript", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">')
    add("html-comment", "<!-- comment --> after")
    add("html-comment-open", "<!-- never closed")
    add("html-comment-close", "--> <img src=x>")
    add("cdata", "<![CDATA[<script>alert(1)</script>]]>")
    add("doctype", "<!DOCTYPE html>")
    add("processing-instruction", "<?xml version='1.0'?>")
    add("lone-lt", "a < b > c")
    add("lt-letter", "<b")
    add("ampersand", "Tom & Jerry && co")
    add("entities", "&lt;script&gt;alert(1)&lt;/script&gt;")
    add("entity-numeric", "&#60;img src=x onerror=alert(1)&#62;")
    add("entity-hex", "&#x3C;svg onload=alert(1)&#x3E;")
    add("entity-named", "&amp; &quot; &apos; &nbsp; &copy; &NotARealEntity;")
    add("entity-no-semicolon", "&lt &gt &amp &quot")
    add("quotes", "\"double\" 'single' «guillemets» “curly”")
    add("equals-quote", 'a="b" c=\'d\'')

    # URLs in text.
    add("javascript-url", "javascript:alert(1)")
    add("javascript-mixed-case", "JaVaScRiPt:alert(1)")
    add("data-url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")
    add("vbscript", "vbscript:msgbox(1)")
    add("https-url", "https://evil.example/path?q=1&r=<2>")
    add("www", "www.evil.example")

    # Markdown.
    add("md-link", "[click me](javascript:alert(1))")
    add("md-link-https", "[bank](https://evil.example)")
    add("md-link-title", '[x](https://evil.example "title")')
    add("md-ref-link", "[x][ref]\n\n[ref]: https://evil.example")
    add("md-ref-def", "[ref]: https://evil.example")
    add("md-image", "![alt](https://evil.example/pixel.png)")
    add("md-image-js", "![x](javascript:alert(1))")
    add("md-autolink", "<https://evil.example>")
    add("md-autolink-email", "<evil@evil.example>")
    add("md-autolink-js", "<javascript:alert(1)>")
    add("md-emphasis", "*em* _em_ **strong** __strong__ ***both***")
    add("md-strike", "~~strike~~ ~single~")
    add("md-heading", "# Heading")
    add("md-heading-newline", "text\n# Heading\ntext")
    add("md-setext", "Title\n=====")
    add("md-setext-dash", "Title\n---")
    add("md-hr", "---")
    add("md-hr-stars", "***")
    add("md-list", "- item\n- item")
    add("md-list-start", "1. one")
    add("md-list-paren", "1) one")
    add("md-blockquote", "> quoted")
    add("md-code-span", "`code`")
    add("md-code-fence", "```\ncode\n```")
    add("md-code-fence-tilde", "~~~js\nalert(1)\n~~~")
    add("md-indented-code", "\n\n    indented code")
    add("md-table", "| a | b |\n| --- | --- |\n| c | d |")
    add("md-pipes", "a | b || c |")
    add("md-pipe-escaped", "a \\| b")
    add("md-html-block", "<div>\n*not emphasis*\n</div>")
    add("md-html-block-6", "\n<details><summary>x</summary>y</details>\n")
    add("md-html-inline", "text <span onclick=alert(1)>inline</span> text")
    add("md-hard-break", "line  \nbreak")
    add("md-backslash-break", "line\\\nbreak")
    add("md-task", "- [ ] task")
    add("md-footnote", "text[^1]\n\n[^1]: note")
    add("md-leading-spaces", "    four spaces first")
    add("md-plus-list", "+ plus")
    add("md-star-list", "* star")
    add("md-hash-inline", "#not-heading # and C#")
    add("md-exclaim-bracket", "!")
    add("md-brackets", "[unclosed ( ] ) [")
    add("md-entity", "&copy; &#169; &#xA9;")

    # Template syntax.
    add("mustache", "{{placeholder}}")
    add("mustache-triple", "{{{raw}}}")
    add("mustache-known", "{{controller}} {{date}} {{version}} {{n}} {{rest}} {{last}}")
    add("jinja", "{% if x %}y{% endif %} {# c #}")
    add("dollar", "${alert(1)} $(rm -rf /) %s %d %@ %n")
    add("liquid-raw", "{% raw %}{{x}}{% endraw %}")

    # Escapes, quotes, slashes.
    add("backslashes", "C:\\path\\to\\file \\\\ \\n \\t \\u0041 \\")
    add("backslash-md", "\\*not em\\* \\[x\\]")
    add("backticks", "``double`` ` single")
    add("json-escape", "\\\" \\u0000 \"}")

    # Characters.
    add("emoji", "😀 👩‍👩‍👧‍👦 🇫🇷 🏳️‍🌈")
    add("combining", "Z̴̡̧̛͓̜̗͉̼̠̫̬̞̯̣̩͓͎̮͈̝̠̞̖̝̗̟̓̽̓̉̃̑̋̈́̂̽̈́̇̕͘͜͠ͅa̶l̷g̴o̵")
    add("combining-on-space", " \u0301\u0308 ")
    add("rtl-text", "مرحبا بالعالم שלום")
    add("zero-width", "a\u200bb\u200cc\u200dd\ufeffe")
    add("line-separators", "a\u2028b\u2029c\u0085d")
    add("nbsp", "a\u00a0b\u202fc")
    add("fullwidth-lt", "＜script＞alert(1)＜/script＞")
    add("surrogate-neighbours", "\ud7ff\ue000\uffff\U0010ffff")
    add("newlines", "line one\nline two\r\nline three\rline four")
    add("tabs", "a\tb\t\tc")
    add("leading-trailing-space", "   padded   ")
    add("only-space", "   ")
    add("only-newlines", "\n\n\n")
    add("mixed-script", "Ρrivacy Ρolicy (Greek Rho)")

    # Bidirectional controls.
    add("bidi-rlo", "\u202egnp.exe")
    add("bidi-isolates", "\u2066abc\u2069 \u2067def\u2069 \u2068ghi\u2069")
    add("bidi-all", "".join(BIDI) + "text")

    # C0 controls and DEL.
    add("nul", "before\x00after")
    add("nul-only", "\x00")
    add("c0-all", "x" + "".join(CONTROL_C0) + "y")
    add("bell-backspace", "ring\x07\x08back")
    add("escape-ansi", "\x1b[31mred\x1b[0m")
    add("vertical-tab-formfeed", "a\x0bb\x0cc")
    add("del", "a\x7fb")

    # Long strings.
    add("long-100k-a", "a" * 100_000)
    add("long-100k-words", ("word " * 20_000).strip())
    add("long-100k-lt", "<" * 100_000)
    add("long-100k-star", "*_" * 50_000)
    add("long-emoji", "😀" * 25_000)
    add("long-nested-brackets", "[" * 5_000 + "x" + "]" * 5_000)
    add("long-nested-emphasis", "*" * 2_000 + "x" + "*" * 2_000)
    add("long-blockquote-nest", ">" * 5_000 + " deep")
    add("long-mixed-100k", ("<b>*x*</b> [a](b) | & \\ `c` " * 4_000)[:100_000])
    return s


def is_blank(value):
    """White space and combining marks only: a text that says nothing."""
    import unicodedata
    return all(ch.isspace() or unicodedata.category(ch).startswith("M") for ch in value)


def category(value):
    """c0: holds C0 controls other than tab/LF/CR, or DEL; bidi: holds bidirectional controls;
    blank: white space (and combining marks) only once controls are set aside; else plain. policyc may reject (exit 2) or strip
    the first two kinds, and may reject or accept blank texts: each kind one way throughout."""
    if is_blank("".join(ch for ch in value if ch not in CONTROL_C0 + BIDI)):
        return "blank"
    if any(ch in value for ch in CONTROL_C0):
        return "c0"
    if any(ch in value for ch in BIDI):
        return "bidi"
    if is_blank(value):
        return "blank"
    return "plain"
