"""Cross-document checks as RDF: agreements, conflicts, implied levels and magnitude flags.

Entry function: :func:`add_checks`.

The resolve stage compares figures across documents (:func:`kg.resolve.observations.cross_check`
and :func:`~kg.resolve.observations.plausibility`). Each result becomes a ``kg:CrossCheck`` node in
the build's default graph (the provenance graph of a push): the build made the comparison, no
single document states it. Queries then read the outcome instead of recomputing pairs of figures
(``conflicts.rq``). Observations are never changed by a check.
"""

from __future__ import annotations

from typing import Callable, Mapping, Optional

from rdflib import URIRef

from ..model import Observation
from ..namespaces import CHECK, KG, PROV, RDF
from .evidence import stable_hash
from .iris import indicator_iri, observation_iri
from .observations import period_node, unit_iri
from .quads import TripleSet
from .terms import decimal, literal

#: kind of check in the resolve stage's results -> class
CLASSES = {
    "same-figure": KG.SameFigureCheck,
    "implied-previous-level": KG.ImpliedLevelCheck,
    "implausible-magnitude": KG.MagnitudeCheck,
}
#: status in the resolve stage's results -> kg:CheckStatus
STATUSES = {"agree": KG.Agree, "conflict": KG.Conflict, "not-stated": KG.NotStated, "flag": KG.Implausible}


def check_iri(check: Mapping) -> URIRef:
    """A check's IRI: a hash of its kind, slot and the observations it involves (never run order)."""
    return CHECK[stable_hash(check["check"], check.get("indicator"), check.get("about"), check.get("period"),
                             check.get("unit"), *_observation_keys(check))]


def _observation_keys(check: Mapping) -> list[str]:
    keys = [s["observation"] for s in check.get("statements", ())]
    keys += list(check.get("from", ()))
    if check.get("stated"):
        keys.append(check["stated"]["observation"])
    if check.get("observation"):
        keys.append(check["observation"])
    return keys


def add_checks(default: TripleSet, checks: list[Mapping], observations: Mapping[str, Observation],
               build: URIRef, entity_iri: Callable[[str], URIRef]) -> list[URIRef]:
    """Write each check of the resolve stage into ``default``; return their IRIs in order.

    ``observations`` maps observation keys to observations (for the period and subject of a
    magnitude flag, which the result does not repeat).
    """
    nodes = []
    for check in checks:
        cls = CLASSES.get(check.get("check"))
        status = STATUSES.get(check.get("status"))
        if cls is None or status is None:
            continue
        node = check_iri(check)
        nodes.append(node)
        default.add((node, RDF.type, cls))
        default.add((node, RDF.type, KG.CrossCheck))
        default.add((node, PROV.wasGeneratedBy, build))
        default.add((node, KG.checkStatus, status))
        default.add((node, KG.arithmetic, literal(check["arithmetic"])))
        flagged: Optional[Observation] = observations.get(check.get("observation", ""))
        default.add((node, KG.checkedIndicator, indicator_iri(check["indicator"])))
        default.add((node, KG.checkedUnit, unit_iri(check["unit"])))
        about = check.get("about") if cls != KG.MagnitudeCheck else (flagged.about if flagged else None)
        if about:
            default.add((node, KG.checkedSubject, entity_iri(about)))
        period = _period(default, check, flagged, observations)
        if period is not None:
            default.add((node, KG.checkedPeriod, period))
        if cls == KG.SameFigureCheck:
            for s in check["statements"]:
                default.add((node, KG.comparedObservation, observation_iri(s["observation"])))
        elif cls == KG.ImpliedLevelCheck:
            for key in check["from"]:
                default.add((node, KG.premise, observation_iri(key)))
            default.add((node, KG.impliedValue, decimal(check["implied"])))
            if check.get("stated"):
                default.add((node, KG.comparedObservation, observation_iri(check["stated"]["observation"])))
        else:
            default.add((node, KG.comparedObservation, observation_iri(check["observation"])))
    return nodes


def _period(default: TripleSet, check: Mapping, flagged: Optional[Observation],
            observations: Mapping[str, Observation]):
    """The checked period as the observations write it (a typed literal or an interval IRI)."""
    if flagged is not None:
        p = flagged.period
        return period_node(default, p.label, p.start, p.end) if p is not None else None
    label = check.get("period")
    if not label:
        return None
    for s in check.get("statements", ()):  # the statements' own period, with its bounds
        o = observations.get(s["observation"])
        if o is not None and o.period is not None and o.period.label == label:
            return period_node(default, label, o.period.start, o.period.end)
    return period_node(default, label)
