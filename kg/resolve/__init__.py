"""Stage 3: resolution — one node per real thing, one observation per stated figure.

Entry function: :func:`resolve`. Modules: :mod:`.entities` (mentions to
entities across scripts and documents), :mod:`.observations` (figures,
indicators and cross-document checks).
"""

from __future__ import annotations

from ..model import Document, Extraction, Resolution


def resolve(documents: list[Document], extractions: list[Extraction]) -> Resolution:
    """Resolve every document's extraction together (order: the documents' build order)."""
    from .entities import resolve_entities
    from .observations import cross_check, plausibility, resolve_observations

    mentions = [m for e in extractions for m in e.mentions]
    relation_mentions = [r for e in extractions for r in e.relations]
    entities, relations = resolve_entities(mentions, relation_mentions)
    subject_keys = {(m.doc_id, m.start, m.end): ent.key for ent in entities for m in ent.mentions}
    indicators, observations = resolve_observations(
        documents, {e.doc_id: list(e.observations) for e in extractions}, subject_keys)
    checks = cross_check(observations) + plausibility(observations)
    return Resolution(tuple(entities), tuple(relations), tuple(indicators), tuple(observations), tuple(checks))
