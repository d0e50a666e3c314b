"""The ``kg`` command: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from . import __version__
from .errors import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, KgError
from .pipeline import DEFAULT_INPUT, DEFAULT_OUTPUT
from .read import DEFAULT_MAX_BYTES

EPILOG = f"""exit codes:
  {EXIT_OK}  every document was built
  {EXIT_PARTIAL}  built, but some documents were skipped (each named on stderr with the reason)
  {EXIT_FAILED}  nothing was built, the command line was wrong, or the output could not be written
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build an RDF knowledge graph from news and reports on China's services trade "
                    "and cultural exports (Simplified Chinese, Traditional Chinese, English).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EPILOG,
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="build the graph from documents",
        description="Read documents (.txt, .md, .html; folders are searched recursively, skipping hidden "
                    "files and README files), normalize them, and write the knowledge graph. Encodings "
                    "detected: UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK, Big5. "
                    "A document that cannot be read is skipped with a one-line message; the others are built. "
                    "Every output file is replaced atomically, so a failed build leaves the previous output intact.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="writes into the output folder:\n"
               "  kg.ttl      all facts (Turtle)\n"
               "  kg.trig     one named graph per document (TriG)\n"
               "  kg.nq       the same as N-Quads, one statement per line, sorted\n"
               "  kg.jsonld   the same as JSON-LD\n"
               "  report.json per document: bytes, encoding, scripts, articles, sentences, warnings;\n"
               "              skipped files with reasons; duplicated passages\n\n" + EPILOG,
    )
    b.add_argument("paths", nargs="*", metavar="PATH", default=[DEFAULT_INPUT],
                   help=f"document files or folders (default: {DEFAULT_INPUT}/)")
    b.add_argument("--out", "-o", default=DEFAULT_OUTPUT, metavar="DIR",
                   help=f"output folder, created if missing (default: {DEFAULT_OUTPUT}/)")
    b.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"skip documents larger than N bytes (default: {DEFAULT_MAX_BYTES:,})")
    b.add_argument("--quiet", "-q", action="store_true", help="print only errors on stderr")

    v = sub.add_parser(
        "validate",
        help="check a build against the ontology's SHACL shapes and SPARQL checks",
        description="Validate a graph file (default: output/kg.trig) with the SHACL shapes and the "
                    "SPARQL checks in ontology/. Exit 0 conforms, 1 does not (report on stdout), 2 error.",
    )
    v.add_argument("file", nargs="?", default=f"{DEFAULT_OUTPUT}/kg.trig", metavar="FILE",
                   help=f"graph to validate: .ttl, .trig, .nq or .jsonld (default: {DEFAULT_OUTPUT}/kg.trig)")
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_FAILED
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "validate":
            return _validate(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("kg: interrupted; the previous output is unchanged", file=sys.stderr)
        return 130
    parser.print_help(sys.stderr)
    return EXIT_FAILED


def _build(args: argparse.Namespace) -> int:
    from .pipeline import build

    if args.max_bytes <= 0:
        print("kg: error: --max-bytes must be a positive number", file=sys.stderr)
        return EXIT_FAILED
    result = build(args.paths, args.out, max_bytes=args.max_bytes)
    for p in result.problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not args.quiet:
        for n in result.notices:
            print(f"kg: note: {n}", file=sys.stderr)
        for entry in result.report["documents"]:
            arts = len(entry["articles"])
            print(
                f"  built {entry['path']}: {entry['bytes']:,} bytes, {entry['encoding']}, "
                f"{'+'.join(entry['scripts']) or '-'}, {arts} article{'s' if arts != 1 else ''}, "
                f"{entry['sentences']} sentences, {entry['entities']} entities, {entry['observations']} figures",
                file=sys.stderr,
            )
            for w in entry["warnings"]:
                print(f"    warning: {w}", file=sys.stderr)
        t = result.report["totals"]
        if result.written:
            print(
                f"kg: {t['documents_built']} built, {t['documents_skipped']} skipped, "
                f"{t['duplicate_passages']} duplicated passages; wrote {len(result.written)} files to {args.out}/",
                file=sys.stderr,
            )
    if not result.documents:
        print("kg: error: nothing was built; the output folder was not changed", file=sys.stderr)
    return result.exit_code


def _validate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .validate import format_report, validate

    path = Path(args.file)
    if not path.is_file():
        print(f"kg: error: {path}: no such file (run 'kg build' first?)", file=sys.stderr)
        return EXIT_FAILED
    try:
        report = validate(path)
    except Exception as exc:
        print(f"kg: error: {path}: cannot validate ({type(exc).__name__}: {exc})", file=sys.stderr)
        return EXIT_FAILED
    print(format_report(report))
    return EXIT_OK if report.conforms else EXIT_PARTIAL
