"""``kg serve``: the SPARQL 1.1 Protocol endpoint, tested over real HTTP on 127.0.0.1.

One endpoint over the seed build serves most tests (in this process, with its worker
processes); the time limit is tested on an endpoint of its own with one worker, and the
command line (``python -m kg serve``) in a subprocess.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph
import pytest

from kg.serve import GRAPH_OFFERS, RESULT_OFFERS, is_loopback, is_update, make_server, negotiate
from kg.sparql_results import write_select
from kg.store import UNION, open_store

from .conftest import ROOT

MAX_ROWS = 1000
#: a cartesian product of the whole graph with itself three times: it never finishes
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?thing ?label WHERE { ?thing skos:prefLabel ?label } ORDER BY ?thing ?label"""
FIGURES = """PREFIX sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#>
SELECT ?obs ?value WHERE { ?obs sdmx-measure:obsValue ?value } ORDER BY ?obs"""
GAMES = """PREFIX schema: <https://schema.org/>
CONSTRUCT { ?game ?p ?o } WHERE { ?game a schema:VideoGame ; ?p ?o }"""


@pytest.fixture(scope="module")
def build_dir(seed_build):
    return seed_build[1]


@pytest.fixture(scope="module")
def embedded(build_dir):
    store = open_store(build_dir)

    def run(query):
        return store.query(query, **UNION)

    return run


@pytest.fixture(scope="module")
def server(build_dir):
    srv = make_server(build_dir, "127.0.0.1", 0, max_rows=MAX_ROWS, workers=2, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.close()


def request(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(server, query, accept=None, **params):
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": query, **params})
    return request(url, headers={"Accept": accept} if accept else {})


def rows_of(solutions):
    return sorted(tuple("" if t is None else str(t) for t in sol) for sol in solutions)


def parsed(body, fmt):
    return rows_of(pyoxigraph.parse_query_results(body, format=fmt))


# --- pure functions --------------------------------------------------------------------

def test_update_detection():
    assert is_update("INSERT DATA { <a:a> <a:b> <a:c> }")
    assert is_update("PREFIX ex: <http://ex.org/#>\n# a comment with SELECT\n  delete where { ?s ?p ?o }")
    assert is_update("BASE <http://ex.org/> WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert is_update("LOAD <http://ex.org/data.ttl>") and is_update("drop all") and is_update("CLEAR DEFAULT")
    assert not is_update("SELECT * WHERE { ?s ?p ?o }")
    assert not is_update("PREFIX insert: <http://ex.org/#> SELECT ?deleted WHERE { ?s insert:x ?deleted }")
    assert not is_update("# INSERT in a comment\nASK { ?s ?p ?o }")


def test_content_negotiation():
    assert negotiate(None, RESULT_OFFERS)[1] == "json"
    assert negotiate("text/csv", RESULT_OFFERS)[1] == "csv"
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS)[1] == "xml"
    assert negotiate("text/*", RESULT_OFFERS)[1] == "xml"  # text/xml is the first text/* offer
    assert negotiate("*/*", GRAPH_OFFERS)[1] == "turtle"
    assert negotiate("application/ld+json, text/turtle;q=0.8", GRAPH_OFFERS)[1] == "jsonld"
    # a browser's Accept header gets XML results and Turtle graphs
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert negotiate(browser, RESULT_OFFERS)[1] == "xml"
    assert negotiate(browser, GRAPH_OFFERS)[1] == "turtle"
    assert negotiate("image/png", RESULT_OFFERS) is None
    assert negotiate("text/csv;q=0", RESULT_OFFERS) is None


def test_loopback_detection():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")


def test_result_writers_match_pyoxigraph(embedded):
    """Our writers (needed to stop at a row limit) say what pyoxigraph's own writers say."""
    store = pyoxigraph.Store()
    ex = pyoxigraph.NamedNode("http://example.org/s")
    p = pyoxigraph.NamedNode("http://example.org/p")
    for o in (pyoxigraph.Literal("tab\there, \"quoted\"\nnew line"), pyoxigraph.Literal("黑神话", language="zh-hans"),
              pyoxigraph.Literal("7500000000000", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
              pyoxigraph.BlankNode("b0"), pyoxigraph.NamedNode("https://w3id.org/cstkg/id/work/哪吒之魔童闹海")):
        store.add(pyoxigraph.Quad(ex, p, o))
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o OPTIONAL { ?o ?p ?unbound } }"
    variables = [v.value for v in store.query(query).variables]
    rows = [tuple(sol[i] for i in range(3)) for sol in store.query(query)]
    formats = {"json": pyoxigraph.QueryResultsFormat.JSON, "xml": pyoxigraph.QueryResultsFormat.XML,
               "tsv": pyoxigraph.QueryResultsFormat.TSV}
    for key, fmt in formats.items():
        ours = parsed(write_select(key, variables, rows), fmt)
        theirs = parsed(store.query(query).serialize(format=fmt), fmt)
        assert ours == theirs == rows_of(rows), key
    # CSV has no parser in pyoxigraph: compare the text
    assert write_select("csv", variables, rows) == store.query(query).serialize(format=pyoxigraph.QueryResultsFormat.CSV)
    # and on real data
    q = LABELS
    real = list(embedded(q))
    vars_ = [v.value for v in embedded(q).variables]
    assert parsed(write_select("json", vars_, [tuple(s[i] for i in range(2)) for s in real]),
                  pyoxigraph.QueryResultsFormat.JSON) == rows_of(real)


# --- the endpoint over HTTP --------------------------------------------------------------

def test_get_json_is_the_default(server, embedded):
    status, headers, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    doc = json.loads(body)
    expected = next(iter(embedded("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value
    assert doc["results"]["bindings"][0]["n"]["value"] == expected
    assert "KG-Truncated" not in headers


def test_post_form_and_direct_body(server, embedded):
    expected = rows_of(embedded(LABELS))
    assert 0 < len(expected) < MAX_ROWS
    form = urllib.parse.urlencode({"query": LABELS}).encode()
    status, _, body = request(server.endpoint, data=form,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and parsed(body, pyoxigraph.QueryResultsFormat.JSON) == expected
    status, _, body = request(server.endpoint, data=LABELS.encode(),
                              headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                       "Accept": "application/sparql-results+xml"})
    assert status == 200 and parsed(body, pyoxigraph.QueryResultsFormat.XML) == expected


@pytest.mark.parametrize("accept,fmt", [
    ("application/sparql-results+json", pyoxigraph.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", pyoxigraph.QueryResultsFormat.XML),
    ("text/tab-separated-values", pyoxigraph.QueryResultsFormat.TSV),
])
def test_select_formats(server, embedded, accept, fmt):
    for query in (LABELS, FIGURES):
        status, headers, body = get(server, query, accept)
        assert status == 200
        assert headers["Content-Type"].split(";")[0] == accept
        assert parsed(body, fmt) == rows_of(embedded(query))


def test_select_csv(server, embedded):
    status, headers, body = get(server, FIGURES, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert table[0] == ["obs", "value"]
    assert sorted(map(tuple, table[1:])) == sorted((s[0].value, s[1].value) for s in embedded(FIGURES))


def test_format_parameter_overrides_accept(server):
    status, headers, _ = get(server, LABELS, "application/sparql-results+json", format="tsv")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    status, _, body = get(server, LABELS, format="nonsense")
    assert status == 400 and b"unknown format" in body
    status, _, body = get(server, GAMES, format="csv")
    assert status == 406


def test_ask(server):
    status, _, body = get(server, "ASK { ?s a <https://schema.org/VideoGame> }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("accept,fmt,media", [
    (None, pyoxigraph.RdfFormat.TURTLE, "text/turtle"),
    ("text/turtle", pyoxigraph.RdfFormat.TURTLE, "text/turtle"),
    ("application/ld+json", pyoxigraph.RdfFormat.JSON_LD, "application/ld+json"),
    ("application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES, "application/n-triples"),
])
def test_construct(server, embedded, accept, fmt, media):
    status, headers, body = get(server, GAMES, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    got = {q.triple for q in pyoxigraph.parse(body, format=fmt)}
    expected = set(embedded(GAMES))
    assert expected and got == expected


def test_describe_as_turtle(server):
    status, headers, body = get(server, "DESCRIBE ?g WHERE { ?g a <https://schema.org/VideoGame> }", "text/turtle")
    assert status == 200
    assert len(list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE))) > 0


def test_result_size_limit(server, embedded):
    total = int(next(iter(embedded("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)
    assert total > MAX_ROWS
    status, headers, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert headers["KG-Truncated"] == "true" and headers["KG-Result-Limit"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, headers, body = get(server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert status == 200 and headers["KG-Truncated"] == "true"
    assert len(list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES))) == MAX_ROWS


def test_updates_are_refused(server, embedded):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = json.loads(get(server, count)[2])
    update = "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }"
    answers = [
        request(server.endpoint, data=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        request(server.endpoint, data=urllib.parse.urlencode({"update": update}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"}),
        get(server, update),
        get(server, "# tidy up\nDELETE WHERE { ?s ?p ?o }"),
        request(server.endpoint + "?" + urllib.parse.urlencode({"update": "CLEAR ALL"})),
    ]
    for status, headers, body in answers:
        assert status == 403
        assert headers["Content-Type"].startswith("text/plain")
        assert b"read-only" in body
    status, headers, _ = request(server.endpoint, data=b"x", method="PUT", headers={"Content-Type": "text/turtle"})
    assert status == 405 and "GET" in headers["Allow"]
    assert json.loads(get(server, count)[2]) == before


def test_bad_requests(server):
    status, _, body = get(server, "SELEKT * WHERE { ?s ?p ?o }")
    assert status == 400 and b"syntax error" in body
    status, _, body = request(server.endpoint)
    assert status == 400 and b"missing 'query'" in body
    status, _, body = request(server.endpoint, data=b"query=x", headers={"Content-Type": "text/plain"})
    assert status == 415
    status, _, _ = get(server, LABELS, "image/png")
    assert status == 406
    status, _, _ = request(server.url + "nothing-here")
    assert status == 404
    status, _, body = request(server.endpoint, data=b"x" * (2 << 20),
                              headers={"Content-Type": "application/sparql-query"})
    assert status == 413


def test_default_and_named_graph_parameters(server, embedded):
    graphs = sorted(s[0].value for s in embedded("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
    one = graphs[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    doc = json.loads(get(server, count, **{"default-graph-uri": one})[2])
    expected = next(iter(embedded(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{one}> {{ ?s ?p ?o }} }}")))[0].value
    assert doc["results"]["bindings"][0]["n"]["value"] == expected


def test_keep_alive_connection(server):
    """Several requests on one HTTP/1.1 connection (what the load benchmark does)."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        for q in ("ASK { ?s ?p ?o }", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "SELEKT"):
            conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": q}))
            resp = conn.getresponse()
            resp.read()
            assert resp.status in (200, 400)
    finally:
        conn.close()


def test_query_page(server):
    status, headers, body = request(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode("utf-8")
    assert "<textarea" in page and "/sparql" in page
    # self-contained: no external script, style sheet, font or image
    assert not re.search(r"<(script|link|img)[^>]*\b(src|href)=", page, re.I)
    # the graph explorer is linked (and served) when the build folder has one
    has_explorer = (server.site_dir / "graph.html").is_file()
    assert ('href="/graph.html"' in page) == has_explorer
    assert request(server.url + "graph.html")[0] == (200 if has_explorer else 404)
    # a browser that follows /sparql without a query lands on the page
    status, headers, _ = request(server.endpoint, headers={"Accept": "text/html"})
    assert status in (200, 303)


def test_examples_on_the_page_run(server):
    """Every example query offered on the page answers 200."""
    page = request(server.url)[2].decode("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
                      .group(1).replace("<\\/", "</"))
    assert data["examples"]
    for title, query in data["examples"]:
        status, _, body = get(server, query, "application/sparql-results+json, text/turtle;q=0.9")
        assert status == 200, (title, body[:200])


# --- the time limit ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(build_dir, tmp_path_factory):
    """A build folder with a (stand-in) graph explorer page next to the graph."""
    d = tmp_path_factory.mktemp("site")
    shutil.copy(build_dir / "kg.nq", d / "kg.nq")
    (d / "graph.html").write_text("<!DOCTYPE html><title>explorer</title><p>graph</p>", encoding="utf-8")
    return d


def test_slow_query_is_cut_off_and_the_server_keeps_serving(site):
    srv = make_server(site, "127.0.0.1", 0, timeout=1.0, workers=1, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        (worker,) = list(srv.pool._live)
        status, _, body = get(srv, ENDLESS)
        assert status == 503 and b"cut off" in body
        # the worker that ran it is gone (killed, not left computing) ...
        assert worker.process.poll() is not None
        assert srv.pool.cut_off == 1
        # ... and, with its only worker replaced, the server answers the next query
        status, _, body = get(srv, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
        assert srv.pool.restarts == 1
        # the page links the graph explorer, which is served read-only
        assert 'href="/graph.html"' in request(srv.url)[2].decode("utf-8")
        status, headers, body = request(srv.url + "graph.html")
        assert status == 200 and b"explorer" in body and headers["Content-Type"].startswith("text/html")
        assert request(srv.url + "graph.html", data=b"x", method="PUT")[0] == 405
        # it is read when asked for: gone from the folder, gone from the page
        explorer = site / "graph.html"
        saved = explorer.read_bytes()
        explorer.unlink()
        try:
            assert "graph.html" not in request(srv.url)[2].decode("utf-8")
            assert request(srv.url + "graph.html")[0] == 404
        finally:
            explorer.write_bytes(saved)
    finally:
        srv.shutdown()
        srv.close()
    assert all(w.process.poll() is not None for w in [worker])


def test_cli_serve(site, tmp_path):
    """``kg serve`` as a user runs it: prints its URL, serves, cuts off, stops on SIGTERM."""
    log = tmp_path / "serve.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(site), "--port", "0",
                                 "--timeout", "1", "--workers", "1"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    try:
        url = None
        for _ in range(600):
            m = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", log.read_text("utf-8"))
            if m:
                url = m.group(1)
                break
            assert proc.poll() is None, log.read_text("utf-8")
            time.sleep(0.1)
        assert url, log.read_text("utf-8")
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        assert request(f"{url}?{query}")[0] == 200
        assert request(f"{url}?{urllib.parse.urlencode({'query': ENDLESS})}")[0] == 503
        assert request(f"{url}?{query}")[0] == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = log.read_text("utf-8")
    assert "kg: stopped" in text
    assert '"GET /sparql?' in text  # requests are logged without --quiet


def test_cli_serve_errors(tmp_path):
    from .conftest import run_kg

    r = run_kg("serve", "--graph", str(tmp_path), "--port", "0")
    assert r.returncode == 2 and "no graph file here" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
