"""Stage 5: serialize the dataset and write every output file atomically.

Entry function: :func:`write_outputs`. :func:`serialize` turns a dataset into
the bytes of each export; output is canonical (sorted), so the same triples
always give byte-identical files.

Atomicity: every file is first written in full to a staging folder inside the
output folder and flushed to disk; only then are the files moved into place
with :func:`os.replace`. A build that fails or is interrupted before that point
leaves the previous output untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping

from rdflib import Dataset, Graph

from .errors import OutputError
from .namespaces import PREFIXES, bind

#: export file name -> rdflib format
RDF_FORMATS = {
    "kg.ttl": "turtle",
    "kg.trig": "trig",
    "kg.nq": "nquads",
    "kg.jsonld": "json-ld",
}


def union_graph(ds: Dataset) -> Graph:
    """All triples of every graph of ``ds`` in one graph (what ``kg.ttl`` holds)."""
    g = bind(Graph())
    for s, p, o, _ctx in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _default_graph(ds: Dataset) -> Graph:
    """The default graph (``Dataset.default_graph`` from rdflib 7.2, ``default_context`` before)."""
    return ds.default_graph if hasattr(type(ds), "default_graph") else ds.default_context


def _trig(ds: Dataset) -> str:
    """TriG with the default graph first and the named graphs sorted by IRI.

    rdflib's TriG writer orders graphs by hash, which changes between runs; each
    graph's body is rdflib's (sorted) Turtle.
    """
    prefixes: dict[str, str] = {}
    bodies: list[str] = []
    default_id = _default_graph(ds).identifier
    contexts = sorted(ds.graphs(), key=lambda g: (g.identifier != default_id, str(g.identifier)))
    for ctx in contexts:
        if len(ctx) == 0:
            continue
        g = bind(Graph())
        for t in ctx:
            g.add(t)
        text = g.serialize(format="turtle")
        lines = text.splitlines()
        body = [ln for ln in lines if not ln.startswith("@prefix")]
        for ln in lines:
            if ln.startswith("@prefix"):
                name = ln.split()[1]
                prefixes[name] = ln
        # not indented: a long literal ("""...""") spans lines and must stay byte-exact
        inner = "\n".join(body).strip("\n")
        if ctx.identifier == default_id:
            bodies.append("{\n" + inner + "\n}\n")
        else:
            bodies.append(f"{g.namespace_manager.normalizeUri(ctx.identifier)} {{\n{inner}\n}}\n")
    head = "\n".join(prefixes[k] for k in sorted(prefixes))
    return head + "\n\n" + "\n".join(bodies)


def _used_prefixes(text: str) -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items() if str(ns) in text}


def serialize(ds: Dataset) -> dict[str, bytes]:
    """Bytes of ``kg.ttl``, ``kg.trig``, ``kg.nq`` and ``kg.jsonld`` for ``ds``."""
    out: dict[str, bytes] = {}
    union = union_graph(ds)
    out["kg.ttl"] = union.serialize(format="turtle").encode("utf-8")
    out["kg.trig"] = _trig(ds).encode("utf-8")
    nq = ds.serialize(format="nquads")
    out["kg.nq"] = ("\n".join(sorted(set(line for line in nq.splitlines() if line.strip()))) + "\n").encode("utf-8")
    context = _used_prefixes(out["kg.nq"].decode("utf-8"))
    doc = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
    out["kg.jsonld"] = (json.dumps(_canonical_jsonld(doc), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    return out


def _canonical_jsonld(node: object) -> object:
    """Sort JSON-LD arrays of node objects by ``@id`` so the file does not depend on store order."""
    if isinstance(node, dict):
        return {k: _canonical_jsonld(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_canonical_jsonld(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node


def write_outputs(files: Mapping[str, bytes], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write ``files`` (name -> bytes) into ``out_dir`` atomically; return the final paths."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out))
    except OSError as exc:
        raise OutputError("unreadable", str(out), detail=f"cannot write: {exc.strerror or exc}") from None
    written: list[Path] = []
    try:
        for name, data in sorted(files.items()):
            tmp = staging / name
            tmp.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for name in sorted(files):
            final = out / name
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / name, final)
            written.append(final)
    except OSError as exc:
        raise OutputError("unreadable", str(out), detail=f"cannot write: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written
