"""Bounded local load on ``kg serve``: latency percentiles, errors, and the time limit under load.

Run from the repository root::

    python bench/serve_load.py                       # 1,000 requests, 8 clients, output/
    python bench/serve_load.py --requests 5000 --clients 16 --graph some/build

It starts ``kg serve`` on a free port of 127.0.0.1 (a subprocess, as a user would run it),
then:

1. **load**: ``--clients`` threads, each on its own keep-alive HTTP/1.1 connection, send
   ``--requests`` queries in all (a fixed mix of SELECT, ASK and CONSTRUCT queries, GET and
   POST, JSON/CSV/TSV/XML/Turtle) and stop. Prints requests/s and p50/p90/p99/max latency;
   any answer other than 200 is an error.
2. **time limit**: sends a query that never finishes (a three-way cartesian product of the
   graph) while the load clients keep going; prints when it was cut off (status 503 after
   about ``--timeout`` seconds), how the other requests fared meanwhile, and that the server
   answers afterwards.

Then it stops the server (SIGTERM). Figures only, no assertion; nothing leaves this machine.
"""

from __future__ import annotations

import argparse
import http.client
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

P = """PREFIX kg: <https://w3id.org/cstkg/def#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
"""
#: (method, Accept, query) — the mix each client cycles through
MIX = [
    ("GET", "application/sparql-results+json", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
    ("POST", "application/sparql-results+json",
     "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class } GROUP BY ?class ORDER BY DESC(?n)"),
    ("GET", "text/csv", P + "SELECT ?thing ?label WHERE { ?thing skos:prefLabel ?label } ORDER BY ?thing"),
    ("POST", "application/sparql-results+xml", P + "ASK { ?g a schema:VideoGame }"),
    ("GET", "text/tab-separated-values", P + """SELECT ?value ?unit ?exact WHERE {
  ?obs sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure ?unit .
  ?a oa:hasBody ?obs ; oa:hasTarget/oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact .
} ORDER BY ?value"""),
    ("POST", "text/turtle", P + "CONSTRUCT { ?g ?p ?o } WHERE { ?g a schema:VideoGame ; ?p ?o }"),
    ("GET", "application/sparql-results+json", P + """SELECT ?game (GROUP_CONCAT(DISTINCT STR(?l); separator=" | ") AS ?names)
WHERE { ?game a schema:VideoGame . { ?game schema:name ?l } UNION { ?game schema:alternateName ?l } }
GROUP BY ?game"""),
]
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _send(conn: http.client.HTTPConnection, method: str, accept: str, query: str) -> int:
    if method == "GET":
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    else:
        conn.request("POST", "/sparql", body=query.encode("utf-8"),
                     headers={"Accept": accept, "Content-Type": "application/sparql-query"})
    resp = conn.getresponse()
    resp.read()
    return resp.status


def _client(host: str, port: int, jobs: list[int], lock: threading.Lock, out: list[tuple[float, float, int]],
            offset: int) -> None:
    conn = http.client.HTTPConnection(host, port, timeout=120)
    i = offset
    while True:
        with lock:
            if not jobs:
                break
            jobs.pop()
        method, accept, query = MIX[i % len(MIX)]
        i += 1
        t0 = time.perf_counter()
        try:
            status = _send(conn, method, accept, query)
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=120)
            status = -1
        t1 = time.perf_counter()
        out.append((t0, t1, status))
    conn.close()


def _load(host: str, port: int, requests: int, clients: int) -> tuple[list[tuple[float, float, int]], float]:
    jobs = list(range(requests))
    lock = threading.Lock()
    out: list[tuple[float, float, int]] = []
    threads = [threading.Thread(target=_client, args=(host, port, jobs, lock, out, k)) for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out, time.perf_counter() - t0


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def _report(title: str, results: list[tuple[float, float, int]], wall: float) -> None:
    ms = [(t1 - t0) * 1000 for t0, t1, _ in results]
    errors = [s for _, _, s in results if s != 200]
    print(f"{title}: {len(results)} requests in {wall:.2f} s = {len(results) / wall:.0f} req/s; "
          f"errors {len(errors)}" + (f" (statuses {sorted(set(errors))})" if errors else ""))
    print(f"  latency ms: p50 {_pct(ms, 50):.1f}  p90 {_pct(ms, 90):.1f}  p99 {_pct(ms, 99):.1f}  "
          f"max {max(ms):.1f}  mean {statistics.fmean(ms):.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", default=str(ROOT / "output"), help="build folder or graph file (default: output/)")
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=0, help="kg serve --workers (default: its own)")
    ap.add_argument("--timeout", type=float, default=2.0, help="kg serve --timeout for the run (default: 2)")
    args = ap.parse_args()

    with tempfile.TemporaryFile() as err:
        cmd = [sys.executable, "-m", "kg", "serve", "--graph", args.graph, "--port", "0", "--quiet",
               "--timeout", str(args.timeout)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        t_start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        try:
            url = None
            while url is None:
                if proc.poll() is not None:
                    err.seek(0)
                    print(err.read().decode("utf-8", "replace"), file=sys.stderr)
                    return 2
                err.seek(0)
                text = err.read().decode("utf-8", "replace")
                m = re.search(r"http://([\d.]+):(\d+)/sparql", text)
                if m:
                    url = m.group(0)
                    print(text.strip())
                    host, port = m.group(1), int(m.group(2))
                time.sleep(0.05)
            print(f"started in {time.perf_counter() - t_start:.2f} s (process start, graph load, workers ready)")

            # 0. warm-up: every query once, so the figures are not about first-time costs
            conn = http.client.HTTPConnection(host, port, timeout=60)
            for method, accept, query in MIX:
                status = _send(conn, method, accept, query)
                if status != 200:
                    print(f"warm-up query answered {status}: {query[:60]!r}", file=sys.stderr)
            conn.close()

            # 1. load
            results, wall = _load(host, port, args.requests, args.clients)
            _report(f"load, {args.clients} clients", results, wall)

            # 2. a query past the time limit, while the clients keep going
            slow: dict[str, float] = {}

            def endless() -> None:
                c = http.client.HTTPConnection(host, port, timeout=120)
                t0 = time.perf_counter()
                slow["status"] = _send(c, "GET", "application/sparql-results+json", ENDLESS)
                slow["seconds"] = time.perf_counter() - t0
                c.close()

            t = threading.Thread(target=endless)
            t.start()
            results, wall = _load(host, port, args.requests, args.clients)
            t.join()
            print(f"endless query: status {slow['status']} after {slow['seconds']:.2f} s "
                  f"(--timeout {args.timeout:g}); meanwhile:")
            _report(f"load, {args.clients} clients, one worker cut off and replaced", results, wall)
            conn = http.client.HTTPConnection(host, port, timeout=60)
            t0 = time.perf_counter()
            status = _send(conn, "GET", "application/sparql-results+json", MIX[0][2])
            print(f"afterwards: status {status} in {(time.perf_counter() - t0) * 1000:.1f} ms")
            conn.close()
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = proc.wait()
        print(f"server stopped (exit {code})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
