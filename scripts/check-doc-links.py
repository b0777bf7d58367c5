#!/usr/bin/env python3
"""Checks the relative links in README.md, CONTRIBUTING.md and docs/*.md: every linked file exists and every
#anchor names a heading of the page it points to (GitHub's anchors: lower case, punctuation dropped, spaces to
hyphens, -1, -2, ... for repeated headings). Links in code blocks and inline code are not links. Web links
(http, https, mailto) are not checked. Prints one line per broken link and exits with 1 if there is any.

    scripts/check-doc-links.py            # from anywhere in the project
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})([^`]*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def pages():
    yield ROOT / "README.md"
    yield ROOT / "CONTRIBUTING.md"
    yield from sorted((ROOT / "docs").glob("**/*.md"))


def prose_lines(path):
    """The lines outside fenced code blocks, with their numbers, inline code blanked out."""
    fence = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = FENCE.match(line)
        if m and fence is None:
            fence = m.group(1)
            continue
        if m and fence and m.group(1).startswith(fence) and not m.group(2).strip():
            fence = None
            continue
        if fence is None:
            yield number, re.sub(r"(`+)(.+?)\1", lambda m: " " * len(m.group(0)), line)


def slug(heading):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading counts by its text
    text = text.replace("`", "").strip().lower()
    return "".join(c for c in text if c.isalnum() or c in "_- ").replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        seen = {}
        out = set()
        raw_lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in prose_lines(path):
            if not HEADING.match(line):
                continue
            # inline code was blanked for link finding; read the heading from the raw text instead
            raw = raw_lines[number - 1]
            base = slug(HEADING.match(raw).group(2))
            n = seen.get(base, 0)
            out.add(base if n == 0 else f"{base}-{n}")
            seen[base] = n + 1
        cache[path] = out
    return cache[path]


def main():
    broken = 0
    for page in pages():
        for number, line in prose_lines(page):
            for target in LINK.findall(line):
                if re.match(r"^[a-z]+:", target):
                    continue
                file_part, _, anchor = target.partition("#")
                linked = (page.parent / file_part).resolve() if file_part else page
                where = f"{page.relative_to(ROOT)}:{number}"
                if not linked.exists():
                    print(f"{where}: {target}: no such file")
                    broken += 1
                elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
                    print(f"{where}: {target}: no heading with the anchor #{anchor} in "
                          f"{linked.relative_to(ROOT)}")
                    broken += 1
    if broken:
        print(f"{broken} broken link{'s' if broken != 1 else ''}")
        return 1
    print("every relative link and anchor resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
