"""Errors a user can cause: one message each, defined in one place.

Each carries a stable ``code`` (for ``report.json`` and tests) and renders as
one line naming the file and the reason.
"""

from __future__ import annotations

#: Exit codes of the CLI (documented in README.md).
EXIT_OK = 0  #: everything asked for was built / the graph conforms
EXIT_PARTIAL = 1  #: built, but some documents were skipped (or: the graph does not conform)
EXIT_FAILED = 2  #: nothing built, usage error, or output could not be written
EXIT_INTERRUPTED = 130  #: SIGINT (Ctrl-C): 128 + 2
EXIT_TERMINATED = 143  #: SIGTERM: 128 + 15

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
    "unwritable": "cannot write the output here ({detail})",
    "no-graph": "no graph file here (kg.nq, kg.trig or kg.ttl); build one first with `kg build`",
    "graph-format": "unsupported graph format '{detail}' (expected .trig, .nq, .ttl, .nt or .jsonld)",
    "graph-unloadable": "cannot load the graph ({detail})",
    "query-unknown": "no such query in the library (`kg queries` lists them: {detail})",
    "query-param": "{detail}",
    "query-syntax": "not valid SPARQL ({detail})",
    "query-failed": "the query failed ({detail})",
    "query-engine": "unknown or unusable query engine ({detail})",
    "query-format": "unknown output format (expected one of {detail})",
    "serve-bind": "cannot listen here ({detail}); pick another --port or --host",
    "serve-worker": "cannot start the query workers ({detail})",
    "push-connect": "cannot connect ({detail}); is the triple store running at this address?",
    "push-timeout": "no answer within {timeout:g} s (see --timeout)",
    "push-http": "{method} answered HTTP {status} {reason}: {detail}",
    "push-endpoint": "not a usable Graph Store endpoint URL ({detail})",
    "push-prefix": "--graph-prefix must be an absolute IRI such as http://example.org/kg/",
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


class Interrupted(KeyboardInterrupt):
    """SIGTERM during a command, raised where the work is so that the same clean-up runs as for Ctrl-C.

    ``committed`` is set on the interrupt (this class or a plain ``KeyboardInterrupt``)
    when it arrived while the output files were being moved into place: the move
    was finished first, so the output folder holds the complete new build.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
