"""Copies the extraction corpus's pages with every class and id replaced by a hash of itself.

Many sites name their elements with hashes (CSS modules, styled-components: class="css-1x9zq2k"), so an
extractor that finds the article only through names like "article-body" or "comments" fails on them; and
the names it learned from the visible pages are the ones a held-out page will not share. Scoring the
extraction of these copies (bash .ci/quality does) shows what the page's structure alone gives.

    python3 tests/hide-classes.py EXTRACTION_DIR OUT_DIR     (writes OUT_DIR/<set>/<id>/page.html)

Elements keep their classes and ids apart from each other (equal names give equal hashes), and nothing
else of the page changes: only attributes inside start tags are rewritten, never the text.
"""

import hashlib
import pathlib
import re
import sys

START_TAG = re.compile(rb"<[A-Za-z][^<>]*>")
NAME = re.compile(rb"""(\s(?:class|id)\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def hashed(name: re.Match) -> bytes:
    value = name.group(2).strip(b"\"'")
    tokens = [b"c" + hashlib.sha1(token).hexdigest()[:7].encode() for token in value.split()]
    return name.group(1) + b'"' + b" ".join(tokens) + b'"'


def hide(page: bytes) -> bytes:
    return START_TAG.sub(lambda tag: NAME.sub(hashed, tag.group(0)), page)


def main() -> None:
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    for page in sorted(source.glob("*/*/page.html")):
        target = out / page.parent.parent.name / page.parent.name / "page.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(hide(page.read_bytes()))


if __name__ == "__main__":
    main()
