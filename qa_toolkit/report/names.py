"""File names for call and agent ids: the report's pages and the run's copies of recordings.

One function names them all (``page_name``), so the pages, the console and the runner agree
on where a call's page and recording are without a lookup.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from qa_toolkit.runner.outputs import capped_name

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


def page_name(identifier: str) -> str:
    """A file name for a call or agent id that is safe on every file system and in a URL.

    Ordinary ids are kept as they are so that the page sits next to ``<call_id>.json``;
    anything else (spaces, slashes, ``=HYPERLINK(...)``) is percent-encoded with ``_`` for
    ``%`` (and ``_`` itself encoded, so two ids never share a name), which needs no further
    URL encoding.
    """
    if _SAFE_NAME.fullmatch(identifier) and identifier not in (".", ".."):
        return identifier
    name = "_" + quote(identifier, safe="").replace("_", "%5F").replace("%", "_")
    return capped_name(name, identifier, PAGE_NAME_MAX_BYTES)


PAGE_NAME_MAX_BYTES = 150
"""File systems allow 255 bytes per name; this leaves room for ".html" and a temp suffix."""
