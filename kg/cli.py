"""The ``kg`` command: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import Optional, Sequence

from . import __version__
from .errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, EXIT_TERMINATED, Interrupted, KgError

#: the commands, in the order ``kg --help`` lists them
COMMANDS = ("build", "validate", "serve", "push", "graph", "query", "queries")
#: what the commands whose options are left out of a parser do (see :func:`_parser`)
HELP = {
    "serve": "serve a build as a read-only SPARQL endpoint",
    "push": "upload a build to a triple store (SPARQL 1.1 Graph Store Protocol)",
    "graph": "draw a build as an HTML page to explore in a browser (and GraphML)",
    "query": "run a SPARQL query (a library query by name, a .rq file or SPARQL text) on a build",
    "queries": "list the query library with its questions and parameters",
}

EPILOG = f"""exit codes:
  {EXIT_OK}  every document was built
  {EXIT_PARTIAL}  built, but some documents were skipped (each named on stderr with the reason)
  {EXIT_FAILED}  nothing was built, the command line was wrong, or the output could not be written
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C, SIGINT); {EXIT_TERMINATED} terminated (SIGTERM): the previous output is unchanged
"""


def _parser(command: Optional[str] = None) -> argparse.ArgumentParser:
    """The command line. Given the ``command`` being run, the options of the other commands are left
    out (their defaults come from modules that take a while to import; ``kg --help`` lists every
    command either way)."""
    from .pipeline import DEFAULT_INPUT, DEFAULT_OUTPUT
    from .read import DEFAULT_MAX_BYTES

    every = command not in COMMANDS
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
               "              skipped files with reasons; duplicated passages\n"
               "  graph.html  the graph to explore in a browser (offline, one file)\n"
               "  graph.graphml\n              the same graph as GraphML (Gephi, Cytoscape)\n\n" + EPILOG,
    )
    b.add_argument("paths", nargs="*", metavar="PATH", default=[DEFAULT_INPUT],
                   help=f"document files or folders (default: {DEFAULT_INPUT}/)")
    b.add_argument("--out", "-o", default=DEFAULT_OUTPUT, metavar="DIR",
                   help=f"output folder, created if missing (default: {DEFAULT_OUTPUT}/)")
    b.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes for analysis and extraction (default: one per CPU for 8 documents "
                        "or more, one per idle CPU for fewer documents of 20,000 characters or more, else 1; with 1, "
                        "the graph page is drawn in the same process too); the output is the same whatever N")
    b.add_argument("--cache", metavar="DIR", default=None,
                   help="folder of analysed and extracted documents reused by the next build, keyed by content and "
                        "extractor version (default: $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg)")
    b.add_argument("--no-cache", action="store_true",
                   help="analyse and extract every document again, and leave the cache as it is (the snapshots "
                        "of jieba's dictionary and the gazetteers, in the same folder, are still used; "
                        "KG_SNAPSHOTS=off turns them off)")
    b.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"skip documents larger than N bytes (default: {DEFAULT_MAX_BYTES:,})")
    b.add_argument("--quiet", "-q", action="store_true",
                   help="print only errors on stderr (no progress bar; one is drawn only when stderr is a terminal)")
    b.add_argument("--timings", action="store_true",
                   help="print the seconds each stage took on stderr (never written to the output)")

    v = sub.add_parser(
        "validate",
        help="check a build against the ontology's SHACL shapes and SPARQL checks",
        description="Validate a graph file (default: output/kg.trig) with the SHACL shapes and the "
                    "SPARQL checks in ontology/. Exit 0 conforms, 1 does not (report on stdout), 2 error.",
    )
    v.add_argument("file", nargs="?", default=f"{DEFAULT_OUTPUT}/kg.trig", metavar="FILE",
                   help=f"graph to validate: .ttl, .trig, .nq or .jsonld (default: {DEFAULT_OUTPUT}/kg.trig)")
    _add_serve_push(sub, every or command in ("serve", "push"))
    _add_graph(sub, every or command == "graph")
    _add_query(sub, every or command in ("query", "queries"))
    return p


def _command(argv: Sequence[str]) -> Optional[str]:
    """The command ``argv`` runs (its first word that is not an option), or None."""
    return next((a for a in argv if not a.startswith("-")), None)


def _add_serve_push(sub: argparse._SubParsersAction, full: bool = True) -> None:
    if not full:  # named in the list of commands only
        sub.add_parser("serve", help=HELP["serve"])
        sub.add_parser("push", help=HELP["push"])
        return
    from .pipeline import DEFAULT_OUTPUT
    from .push import DEFAULT_TIMEOUT as PUSH_TIMEOUT, PASSWORD_ENV
    from .serve import DEFAULT_HOST, DEFAULT_MAX_ROWS, DEFAULT_PORT, DEFAULT_TIMEOUT

    s = sub.add_parser(
        "serve",
        help=HELP["serve"],
        description="Serve a build over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql (GET and POST; "
                    "SELECT/ASK as JSON, XML, CSV or TSV, CONSTRUCT/DESCRIBE as Turtle, JSON-LD, N-Triples or "
                    "RDF/XML, by the Accept header or format=). The default graph is the union of the document "
                    "graphs. Updates are refused (403). A query past --timeout is cut off (503) and the server "
                    "keeps serving; answers stop after --max-rows rows (header KG-Truncated: true). "
                    "http://HOST:PORT/ is a page to type queries. Ctrl-C stops.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit codes:\n  0  stopped by Ctrl-C or SIGTERM\n  2  the graph cannot be loaded or the address cannot be bound\n",
    )
    s.add_argument("--graph", "-g", default=DEFAULT_OUTPUT, metavar="PATH",
                   help=f"a build folder or graph file (.nq, .trig, .ttl, .nt, .jsonld; default: {DEFAULT_OUTPUT}/)")
    s.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default: {DEFAULT_HOST}, this machine only; anything else is "
                        "reachable from the network, without authentication)")
    s.add_argument("--port", "-p", type=int, default=DEFAULT_PORT, metavar="N",
                   help=f"port (default: {DEFAULT_PORT}; 0 picks a free one)")
    s.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"cut off a query after this many seconds (default: {DEFAULT_TIMEOUT:g})")
    s.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, metavar="N",
                   help=f"most solutions or triples in one answer (default: {DEFAULT_MAX_ROWS:,})")
    s.add_argument("--workers", type=int, default=0, metavar="N",
                   help="query worker processes, each with its own copy of the graph (default: CPUs, at most 4)")
    s.add_argument("--quiet", "-q", action="store_true", help="do not log each request on stderr")

    u = sub.add_parser(
        "push",
        help=HELP["push"],
        description="PUT each document graph of a build to ENDPOINT?graph=IRI (replacing what an earlier push "
                    "put there), then the build's provenance to the graph .../graph/provenance, then DELETE the "
                    "document graphs of an earlier push that the build no longer has. ENDPOINT is the store's "
                    "Graph Store endpoint: Oxigraph http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data, "
                    "GraphDB http://HOST:7200/repositories/ID/rdf-graphs/service, Virtuoso "
                    "http://HOST:8890/sparql-graph-crud-auth (with --user and --auth digest).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit codes:\n  0  every graph was pushed\n  2  the build cannot be loaded, the store cannot be "
               "reached, or it refused a request\n",
    )
    u.add_argument("--endpoint", "-e", required=True, metavar="URL", help="the Graph Store endpoint URL")
    u.add_argument("--graph", "-g", default=DEFAULT_OUTPUT, metavar="PATH",
                   help=f"a build folder or graph file (default: {DEFAULT_OUTPUT}/)")
    u.add_argument("--graph-prefix", metavar="IRI",
                   help="name the pushed graphs IRI + document id (and IRI + 'provenance') instead of the build's "
                        "https://w3id.org/cstkg/id/graph/...")
    u.add_argument("--user", "-u", metavar="NAME",
                   help=f"log in as NAME; the password is read from ${PASSWORD_ENV} (or asked for on a terminal)")
    u.add_argument("--auth", choices=("basic", "digest"), default="basic",
                   help="HTTP authentication scheme for --user (default: basic; Virtuoso wants digest)")
    u.add_argument("--provenance", choices=("graph", "default"), default="graph",
                   help="where the build's provenance (its default graph) goes: 'graph' (default), the named graph "
                        ".../graph/provenance (or IRI + 'provenance'); 'default', the store's default graph, "
                        "replacing it (an exact mirror of the build, for a store of its own)")
    u.add_argument("--timeout", type=float, default=PUSH_TIMEOUT, metavar="SECONDS",
                   help=f"give up on a request after this many seconds (default: {PUSH_TIMEOUT:g})")
    u.add_argument("--quiet", "-q", action="store_true", help="print only errors on stderr")


#: objects allocated between two collections of the youngest generation during ``kg build`` (Python's
#: default, 700, makes the collector run some 300 times, 0.1-0.2 s, on the seed build; the build makes
#: few reference cycles, so collecting 30 times less often costs no memory to speak of)
GC_THRESHOLD = 20_000


#: exit code when the reader of our output went away (kg query … | head): 128 + SIGPIPE, as for any
#: command a pipe stops early
EXIT_PIPE_CLOSED = 141


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        return _main_with_settings(argv)
    except BrokenPipeError:
        # the reader closed the pipe: nothing more to say, and no traceback when Python flushes at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_PIPE_CLOSED


def _main_with_settings(argv: Optional[Sequence[str]]) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command(argv)
    if command != "build":
        return _main(argv, command)
    import gc

    from .cache import compiled_patterns

    threshold = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD, threshold[0]), *threshold[1:])
    try:
        with compiled_patterns():  # regular expressions compiled by earlier builds are not compiled again
            return _main(argv, command)
    finally:
        gc.set_threshold(*threshold)


def _main(argv: list[str], command: Optional[str]) -> int:
    parser = _parser(command)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_FAILED
    previous_sigterm = _terminate_as_interrupt()
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "push":
            return _push(args)
        if args.command == "graph":
            return _graph(args)
        if args.command == "query":
            return _query(args)
        if args.command == "queries":
            return _queries(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        what, code = ("terminated", EXIT_TERMINATED) if isinstance(exc, Interrupted) else ("interrupted", EXIT_INTERRUPTED)
        state = ("the output was already being replaced and holds the complete new build"
                 if getattr(exc, "committed", False) else "the previous output is unchanged")
        print(f"kg: {what}; {state}", file=sys.stderr)
        return code
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
    parser.print_help(sys.stderr)
    return EXIT_FAILED


def _build(args: argparse.Namespace) -> int:
    from .cache import default_dir as default_cache_dir
    from .pipeline import OVERLAPPED_GRAPH, build

    if args.max_bytes <= 0:
        print("kg: error: --max-bytes must be a positive number", file=sys.stderr)
        return EXIT_FAILED
    bar = None if args.quiet or not sys.stderr.isatty() else _ProgressBar.create()
    cache = None if args.no_cache else (args.cache or default_cache_dir())
    try:
        result = build(args.paths, args.out, max_bytes=args.max_bytes, progress=bar, jobs=args.jobs, cache=cache)
    finally:
        if bar is not None:
            bar.close()
    if args.timings:
        laps = " ".join(f"{stage}={seconds:.3f}" for stage, seconds in result.timings.items())
        wall = sum(seconds for stage, seconds in result.timings.items() if stage != OVERLAPPED_GRAPH)
        reused = f" ({result.cached} of {len(result.documents)} documents from the cache)" if cache else ""
        print(f"kg: timings (s): {laps} total={wall:.3f}{reused}", file=sys.stderr)
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


def _terminate_as_interrupt():
    """SIGTERM raises :class:`Interrupted` where the work is, so it cleans up like Ctrl-C.

    Returns the handler it replaced (None when signals cannot be set here).
    """
    def handler(signum: int, _frame: object) -> None:
        raise Interrupted(signum)

    try:
        return signal.signal(signal.SIGTERM, handler) or signal.SIG_DFL
    except ValueError:  # not the main thread: leave signals alone
        return None


class _ProgressBar:
    """The ``progress`` callback of :func:`kg.build`: one tqdm bar per stage on stderr.

    A stage's bar appears only once the stage has run for a second, so short
    builds print nothing; bars are removed when done (the summary lines stay).
    """

    LABELS = {"read": "reading", "dedup": "finding duplicates", "extract": "extracting", "resolve": "resolving",
              "rdf": "building RDF", "serialize": "serializing", "graph": "drawing the graph page", "write": "writing"}
    DELAY = 1.0  #: seconds a stage runs before its bar is drawn (short builds draw none)

    def __init__(self, tqdm: type) -> None:
        self.tqdm = tqdm
        self.stage: Optional[str] = None
        self.bar = None

    @classmethod
    def create(cls) -> Optional["_ProgressBar"]:
        try:
            from tqdm import tqdm
        except ImportError:  # pragma: no cover - a declared dependency
            return None
        return cls(tqdm)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.close()
            self.stage = stage
            label = self.LABELS.get(stage, stage)
            if total > 1:
                self.bar = self.tqdm(total=total, desc=label, unit="doc", file=sys.stderr, leave=False, delay=self.DELAY)
            else:  # one step: show how long it has been running
                self.bar = self.tqdm(total=None, desc=label, file=sys.stderr, leave=False, delay=self.DELAY,
                                     bar_format="{desc}... {elapsed}")
        if self.bar is not None and total > 1 and done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


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


def _serve(args: argparse.Namespace) -> int:
    from .serve import is_loopback, make_server

    if args.timeout <= 0 or args.max_rows <= 0 or not 0 <= args.port <= 65535:
        print("kg: error: --timeout and --max-rows must be positive and --port within 0-65535", file=sys.stderr)
        return EXIT_FAILED
    server = make_server(args.graph, args.host, args.port, timeout=args.timeout, max_rows=args.max_rows,
                         workers=args.workers, quiet=args.quiet)
    try:
        if not is_loopback(args.host):
            print(f"kg: warning: listening on {args.host}, which other machines can reach; the endpoint has no "
                  "authentication (use the default --host 127.0.0.1 to keep it on this machine)", file=sys.stderr)
        print(f"kg: serving {server.graph_path} ({server.pool.quads:,} quads, {server.pool.size} worker{'s' if server.pool.size != 1 else ''}) at "
              f"{server.endpoint} — query page {server.url} — Ctrl-C stops", file=sys.stderr, flush=True)
        server.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (raised as Interrupted by main)
        pass
    finally:
        server.close()
    print("kg: stopped", file=sys.stderr)
    return EXIT_OK


def _push(args: argparse.Namespace) -> int:
    import os

    from .push import PASSWORD_ENV, push

    password = None
    if args.user is not None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                print(f"kg: error: --user {args.user} needs the password in ${PASSWORD_ENV}", file=sys.stderr)
                return EXIT_FAILED
            import getpass

            password = getpass.getpass(f"password for {args.user}: ")
    if args.timeout <= 0:
        print("kg: error: --timeout must be positive", file=sys.stderr)
        return EXIT_FAILED
    log = None if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    result = push(args.graph, args.endpoint, graph_prefix=args.graph_prefix, user=args.user, password=password,
                  auth=args.auth, provenance=args.provenance, timeout=args.timeout, log=log)
    if not args.quiet:
        removed = f"; removed {len(result.removed)} graph{'s' if len(result.removed) != 1 else ''} of an earlier push" \
            if result.removed else ""
        print(f"kg: pushed {len(result.graphs)} graphs ({result.triples:,} triples) to {result.endpoint}{removed}",
              file=sys.stderr)
    return EXIT_OK


def _add_graph(sub: argparse._SubParsersAction, full: bool = True) -> None:
    if not full:
        sub.add_parser("graph", help=HELP["graph"])
        return
    from .pipeline import DEFAULT_OUTPUT
    from .visualize import OVERVIEW_THRESHOLD, SCRIPTS

    g = sub.add_parser(
        "graph",
        help=HELP["graph"],
        description="Render a graph file of a build (or a build folder) as one self-contained HTML page: "
                    "search in any script, filters by type and by document, focus on a node and its "
                    "neighbours, figures and evidence per node. The page works offline and fetches nothing. "
                    "GraphML of the same graph is written beside it (same name, .graphml).",
    )
    g.add_argument("file", nargs="?", default=f"{DEFAULT_OUTPUT}/kg.trig", metavar="FILE",
                   help=f"a build folder or graph file: .trig, .nq, .ttl, .nt, .jsonld (default: {DEFAULT_OUTPUT}/kg.trig)")
    g.add_argument("--out", "-o", metavar="HTML",
                   help="the page to write (default: graph.html beside FILE)")
    g.add_argument("--script", choices=SCRIPTS, default="zh-Hans",
                   help="labels shown first (the page switches; default: zh-Hans)")
    g.add_argument("--max-nodes", type=int, default=OVERVIEW_THRESHOLD, metavar="N",
                   help=f"above N nodes the page opens on the best-connected ones (default: {OVERVIEW_THRESHOLD:,})")


def _graph(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .export import write_outputs
    from .visualize import graphml, layout, load_dataset, render_html, to_networkx

    source = Path(args.file)
    out = Path(args.out) if args.out else (source if source.is_dir() else source.parent) / "graph.html"
    if out.suffix.lower() not in (".html", ".htm"):
        print(f"kg: error: {out}: the page must end in .html", file=sys.stderr)
        return EXIT_FAILED
    graph = to_networkx(load_dataset(source))
    layout(graph)
    page = render_html(graph, script=args.script, threshold=max(1, args.max_nodes))
    write_outputs({out.name: page.encode("utf-8"), out.with_suffix(".graphml").name: graphml(graph)}, out.parent)
    print(f"kg: wrote {out} and {out.with_suffix('.graphml').name} ({graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} edges)", file=sys.stderr)
    return EXIT_OK


def _add_query(sub: argparse._SubParsersAction, full: bool = True) -> None:
    if not full:
        sub.add_parser("query", help=HELP["query"])
        sub.add_parser("queries", help=HELP["queries"])
        return
    from .sparql import DEFAULT_GRAPH, ENGINES, FORMATS

    q = sub.add_parser(
        "query",
        help=HELP["query"],
        description="Run a query of the library (see `kg queries`), a query file or SPARQL text on a build. "
                    "The default graph is the union of the document graphs. Parameters fill the query's "
                    "VALUES blocks (--param NAME=VALUE, repeatable; a repeated name gives several values; "
                    "UNDEF removes the constraint). IRIs may be prefixed names of the project "
                    "(work:…, place:中国, ind:…, kg:VideoGame).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats: table (aligned, CJK characters count two columns; long cells cut with …, see "
               "--max-width), csv and tsv (SPARQL 1.1 CSV/TSV results), json (SPARQL 1.1 JSON results)\n\n"
               "exit codes:\n  0  the query ran\n  2  unknown query, bad parameter, invalid SPARQL, or the graph "
               "cannot be loaded\n",
    )
    q.add_argument("query", metavar="NAME|FILE|SPARQL", help="a library query name, a .rq file, or SPARQL text")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="set a parameter (repeatable)")
    q.add_argument("--format", "-f", choices=FORMATS, default="table", help="output format (default: table)")
    q.add_argument("--graph", "-g", default=DEFAULT_GRAPH, metavar="PATH",
                   help=f"a build folder or graph file (.nq, .trig, .jsonld, .ttl; default: {DEFAULT_GRAPH}/)")
    q.add_argument("--engine", choices=ENGINES, default="oxigraph",
                   help="SPARQL engine (default: oxigraph; rdflib gives the same rows, much more slowly)")
    q.add_argument("--max-width", type=int, default=60, metavar="N",
                   help="table format: cut cells wider than N columns (0: never; default: 60)")

    sub.add_parser(
        "queries",
        help=HELP["queries"],
        description="List the queries of the library (kg/queries/*.rq): name, the question it answers in "
                    "English and Chinese, and its parameters with their defaults.",
    )


def _query(args: argparse.Namespace) -> int:
    from .sparql import format_result, parse_param_args, query

    from .store import graph_file

    params = parse_param_args(args.param)
    result = query(args.query, graph=args.graph, params=params, engine=args.engine)
    if graph_file(args.graph).suffix.lower() in (".ttl", ".nt"):
        print(f"kg: note: {graph_file(args.graph)} has no document graphs; the library queries read them "
              "(use kg.nq, kg.trig or kg.jsonld)", file=sys.stderr)
    _write_stdout(format_result(result, args.format, max_width=max(0, args.max_width)))
    if args.format == "table" and result.boolean is None:
        print(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})", file=sys.stderr)
    return EXIT_OK


def _queries(args: argparse.Namespace) -> int:
    from .sparql import format_library

    _write_stdout(format_library())
    return EXIT_OK


def _write_stdout(text: str) -> None:
    """UTF-8 on stdout whatever the locale says (results hold Chinese text)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
