"""The query page ``kg serve`` shows at ``/``: one self-contained HTML file (no CDN, no external
script or style), which POSTs the query to ``/sparql`` and draws the answer as a table."""

from __future__ import annotations

import html
import json
from typing import Optional, Sequence

#: (title, query) shown in the page's example list when no query library is available
BUILTIN_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Things per class", """SELECT ?class (COUNT(DISTINCT ?thing) AS ?things)
WHERE { ?thing a ?class }
GROUP BY ?class
ORDER BY DESC(?things) ?class"""),
    ("Source documents", """PREFIX kg: <https://w3id.org/cstkg/def#>
PREFIX schema: <https://schema.org/>
SELECT ?document ?file ?graph
WHERE {
  ?document a kg:SourceDocument ; schema:identifier ?file .
  OPTIONAL { ?graph <http://www.w3.org/ns/prov#wasDerivedFrom> ?document }
}
ORDER BY ?file"""),
    ("Video games and their names", """PREFIX schema: <https://schema.org/>
SELECT ?game (GROUP_CONCAT(DISTINCT CONCAT(STR(?label), "@", LANG(?label)); separator=" | ") AS ?names)
WHERE {
  ?game a schema:VideoGame .
  { ?game schema:name ?label } UNION { ?game schema:alternateName ?label }
}
GROUP BY ?game
ORDER BY ?game"""),
    ("Everything about the video games (CONSTRUCT, Turtle)", """PREFIX schema: <https://schema.org/>
CONSTRUCT { ?game ?p ?o }
WHERE { ?game a schema:VideoGame ; ?p ?o }"""),
)

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg · SPARQL</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 1.2em 2em; color: #1d1d1f; }
h1 { font-size: 1.3em; margin: 0 0 .2em; }
.meta { color: #555; margin-bottom: 1em; }
textarea { width: 100%; box-sizing: border-box; height: 15em; font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace; padding: .5em; }
.bar { display: flex; gap: .6em; align-items: center; flex-wrap: wrap; margin: .5em 0 1em; }
button { font-size: 14px; padding: .3em 1.1em; }
#status { color: #555; }
#status.error { color: #b00020; white-space: pre-wrap; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: .25em .5em; vertical-align: top; text-align: left; }
th { background: #f2f2f2; position: sticky; top: 0; white-space: nowrap; }
td .t { color: #888; font-size: 11px; }
pre { background: #f7f7f7; padding: .7em; overflow: auto; font-size: 12px; }
a { color: #0b57d0; }
</style>
</head>
<body>
<h1>kg · SPARQL endpoint</h1>
<div class="meta">__GRAPH__ · __QUADS__ quads · the default graph is the union of the document graphs ·
answers are cut at __MAXROWS__ rows and __TIMEOUT__ s · read-only · endpoint: <code>/sparql</code>__EXPLORER__</div>
<form id="form" method="get" action="/sparql">
<label>Example: <select id="examples"><option value="">(choose one)</option></select></label>
<textarea id="query" name="query" spellcheck="false"></textarea>
<div class="bar">
<button type="submit" id="run">Run</button> <span>(Ctrl+Enter)</span>
<span>Download as:
<a id="dl-json" href="#">JSON</a> · <a id="dl-xml" href="#">XML</a> · <a id="dl-csv" href="#">CSV</a> ·
<a id="dl-tsv" href="#">TSV</a> · <a id="dl-ttl" href="#">Turtle</a> · <a id="dl-jsonld" href="#">JSON-LD</a></span>
<span id="status"></span>
</div>
</form>
<div id="result"></div>
<script type="application/json" id="data">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const q = document.getElementById("query"), sel = document.getElementById("examples");
const statusEl = document.getElementById("status"), out = document.getElementById("result");
DATA.examples.forEach((ex, i) => { const o = document.createElement("option"); o.value = i; o.textContent = ex[0]; sel.appendChild(o); });
q.value = DATA.examples.length ? DATA.examples[0][1] : "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
sel.addEventListener("change", () => { if (sel.value !== "") q.value = DATA.examples[+sel.value][1]; });
const PREFIXES = Object.entries(DATA.prefixes).sort((a, b) => b[1].length - a[1].length);
function short(iri) {
  for (const [p, ns] of PREFIXES) if (iri.startsWith(ns) && iri.length > ns.length) return p + ":" + iri.slice(ns.length);
  return "<" + iri + ">";
}
function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") { td.textContent = short(term.value); td.title = term.value; }
  else if (term.type === "literal") {
    td.textContent = term.value;
    const extra = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? "^^" + short(term.datatype) : "");
    if (extra) { const s = document.createElement("span"); s.className = "t"; s.textContent = " " + extra; td.appendChild(s); }
  } else if (term.type === "bnode") td.textContent = "_:" + term.value;
  else td.textContent = JSON.stringify(term.value);
  return td;
}
function link(fmt) { return "/sparql?" + new URLSearchParams({query: q.value, format: fmt}).toString(); }
for (const f of ["json", "xml", "csv", "tsv", "ttl", "jsonld"])
  document.getElementById("dl-" + f).addEventListener("click", e => { e.currentTarget.href = link(f); });
async function run(ev) {
  if (ev) ev.preventDefault();
  statusEl.className = ""; statusEl.textContent = "running…"; out.textContent = "";
  const t0 = performance.now();
  let resp;
  try {
    resp = await fetch("/sparql", {method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: new URLSearchParams({query: q.value})});
  } catch (err) { statusEl.className = "error"; statusEl.textContent = "no answer from the server: " + err; return; }
  const ms = Math.round(performance.now() - t0);
  const text = await resp.text();
  if (!resp.ok) { statusEl.className = "error"; statusEl.textContent = "HTTP " + resp.status + ": " + text; return; }
  const cut = resp.headers.get("KG-Truncated") ? " — cut at " + resp.headers.get("KG-Result-Limit") + " (the server's limit)" : "";
  const ctype = resp.headers.get("Content-Type") || "";
  if (ctype.startsWith("application/sparql-results+json")) {
    const res = JSON.parse(text);
    if ("boolean" in res) { statusEl.textContent = "ASK: " + res.boolean + " (" + ms + " ms)"; return; }
    const vars = res.head.vars, rows = res.results.bindings;
    statusEl.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") + cut + " (" + ms + " ms)";
    const table = document.createElement("table"), head = table.createTHead().insertRow();
    for (const v of vars) { const th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); }
    const body = table.createTBody();
    for (const b of rows) { const tr = body.insertRow(); for (const v of vars) tr.appendChild(cell(b[v])); }
    out.appendChild(table);
  } else {
    statusEl.textContent = ctype.split(";")[0] + cut + " (" + ms + " ms)";
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
  }
}
document.getElementById("form").addEventListener("submit", run);
q.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e); });
</script>
</body>
</html>
"""


def render_page(*, graph_link: bool, graph_name: str, quads: int, max_rows: int, timeout: float,
                examples: Optional[Sequence[tuple[str, str]]] = None, prefixes: Optional[dict[str, str]] = None) -> str:
    """The query page, with the example queries and prefixes embedded as JSON."""
    data = {"examples": [list(e) for e in (examples if examples is not None else BUILTIN_EXAMPLES)],
            "prefixes": prefixes or {}}
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    explorer = ' · <a href="/graph.html">graph explorer</a>' if graph_link else ""
    return (_PAGE.replace("__GRAPH__", html.escape(graph_name))
            .replace("__QUADS__", f"{quads:,}")
            .replace("__MAXROWS__", f"{max_rows:,}")
            .replace("__TIMEOUT__", f"{timeout:g}")
            .replace("__EXPLORER__", explorer)
            .replace("__DATA__", payload))
