"""Stage 2: extraction — entities, relations and figures stated in one document.

Entry function: :func:`extract`. Modules: :mod:`.entities` (names and
relations), :mod:`.quantities` and :mod:`.periods` (numbers and times as
written), :mod:`.indicators` (what a figure measures), :mod:`.metrics`
(observations).
"""

from __future__ import annotations

from ..model import Document, Extraction


def extract(doc: Document) -> Extraction:
    """Entities, relations and observations of ``doc``."""
    from .entities import extract_entities
    from .metrics import extract_metrics

    mentions, relations = extract_entities(doc)
    observations, implied = extract_metrics(doc, mentions)
    all_mentions = sorted(list(mentions) + list(implied), key=lambda m: (m.start, m.end, m.type))
    return Extraction(doc.doc_id, tuple(all_mentions), tuple(relations), tuple(observations))
