"""Errors a user can cause: one message each, defined in one place.

Each carries a stable ``code`` (for ``report.json`` and tests) and renders as
one line naming the file and the reason.
"""

from __future__ import annotations

#: Exit codes of the CLI (documented in README.md).
EXIT_OK = 0  #: everything asked for was built / the graph conforms
EXIT_PARTIAL = 1  #: built, but some documents were skipped (or: the graph does not conform)
EXIT_FAILED = 2  #: nothing built, usage error, or output could not be written

MESSAGES = {
    "missing": "no such file or folder",
    "unreadable": "cannot be read ({detail})",
    "empty": "empty file (0 bytes)",
    "blank": "contains only white space",
    "too-large": "too large ({size:,} bytes; the limit is {limit:,} bytes, see --max-bytes)",
    "binary": "looks like binary data, not text ({detail})",
    "undecodable": "not valid text in UTF-8, UTF-16, GB18030 or Big5 ({detail})",
    "unsupported": "unsupported file type '{detail}' (expected .txt, .md or .html)",
    "no-documents": "no documents found (looked for .txt, .md, .html)",
    "duplicate-file": "same content as {detail}; built once",
    "vanished": "disappeared while the build was reading it",
    "no-graph": "no graph file here (kg.nq, kg.trig or kg.ttl); build one first with `kg build`",
    "graph-format": "unsupported graph format '{detail}' (expected .trig, .nq, .ttl, .nt or .jsonld)",
    "graph-unloadable": "cannot load the graph ({detail})",
}


class KgError(Exception):
    """An error about one input or output path, shown to the user as one line."""

    def __init__(self, code: str, path: str, **details: object) -> None:
        self.code = code
        self.path = path
        self.details = details
        template = MESSAGES.get(code, "{detail}")
        try:
            self.reason = template.format(**details)
        except (KeyError, ValueError):
            self.reason = template
        super().__init__(f"{path}: {self.reason}")


class ReadError(KgError):
    """An input document that cannot be read or decoded."""


class OutputError(KgError):
    """The output folder cannot be written."""
