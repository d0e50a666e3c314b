"""Evidence: the ``oa:Annotation`` behind every node and statement of the graph."""

from __future__ import annotations

import bisect
import hashlib
from operator import attrgetter

from rdflib import URIRef

from ..model import Document
from ..namespaces import ANN, DOC, OA, RDF, XSD
from .quads import TripleSet
from .terms import interned, literal

#: characters of context kept on each side of a quote (oa:prefix / oa:suffix)
QUOTE_CONTEXT = 24


def stable_hash(*parts: object) -> str:
    """16 hex digits of sha256 over the parts: the key of IRIs minted from content."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@interned
def doc_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Original span of the sentence(s) holding ``[start, end)``; the span itself if none does."""
    # a search of the sentences themselves: a list of their starts made per call cost O(sentences)
    # for every annotation of the document
    i = bisect.bisect_right(doc.sentences, start, key=attrgetter("start")) - 1
    if i < 0 or doc.sentences[i].end < start:
        return start, end
    j = i
    while j + 1 < len(doc.sentences) and doc.sentences[j].end < end:
        j += 1
    return min(doc.sentences[i].start, start), max(doc.sentences[j].end, end)


def add_evidence(g: TripleSet, body: URIRef, doc: Document, start: int, end: int,
                 motivation: URIRef = OA.identifying, *, whole_span: bool = False) -> URIRef:
    """Attach an ``oa:Annotation`` saying ``body`` is stated at ``doc.source.text[start:end]``.

    Offsets are code points of the decoded original text (start inclusive, end
    exclusive); ``oa:prefix`` and ``oa:suffix`` complete the sentence around the
    span (``whole_span=True``: 24 characters, for spans that are passages).
    Returns the annotation IRI (stable: a hash of doc, span and body).
    """
    text = doc.source.text
    key = stable_hash(doc.doc_id, start, end, body)
    ann, target, pos, quote = ANN[key], ANN[key + "-target"], ANN[key + "-pos"], ANN[key + "-quote"]
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, body))
    g.add((ann, OA.hasTarget, target))
    g.add((ann, OA.motivatedBy, motivation))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, doc_iri(doc.doc_id)))
    g.add((target, OA.hasSelector, pos))
    g.add((target, OA.hasSelector, quote))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, literal(text[start:end])))
    # prefix and suffix run to the edges of the sentence, so prefix + exact + suffix is the
    # sentence the fact was stated in (a span that is itself a passage gets a short context)
    if whole_span:
        a, b = max(0, start - QUOTE_CONTEXT), min(len(text), end + QUOTE_CONTEXT)
    else:
        a, b = sentence_bounds(doc, start, end)
    g.add((quote, OA.prefix, literal(text[a:start])))
    g.add((quote, OA.suffix, literal(text[end:b])))
    return ann
