"""Precision and recall of whole observations on the hand-written metric corpus.

Runs the real extraction stage (entities, quantities, periods, indicators,
subjects) on every line of ``tests/data/metrics/corpus.jsonl`` as a document of
its own (dated with the line's ``doc_date``), and compares each expected figure
with the observation whose span overlaps it:

- *figure*: value (or range) and unit right;
- *period*, *kind*, *comparison*: those fields right too (on matched figures);
- *about*: the subject's surface overlaps one of the places the expected name
  is written (on matched figures that expect a subject);
- *entity*: as *about*, or the subject names the same entity as a mention written
  at one of those places (its canonical name, else its text: 重庆 for 重庆市 once
  the extractor links them; a place written at the start of a body's name, 江西省 in
  江西省商务厅, counts as that place);
- *measure*: loose: at least one content word of the expected English measure
  appears in the observation's indicator labels or concepts.

Prints figures per script and per family; asserts nothing.

    python bench/observations_eval.py [--show-misses] [--corpus PATH]

``--show-misses`` lists each expected figure not found (MISS), each found with a wrong field (WRONG) and each
figure found that the line does not expect (EXTRA, what precision counts against), with its context.
``--corpus PATH`` evaluates another file of the same line format, e.g. the
held-out set ``tests/data/metrics/heldout.jsonl`` (written after the rules, and
never used to tune them).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.extract.entities import fold, leading_place  # noqa: E402
from kg.extract.periods import canonical_label  # noqa: E402
from kg.model import SourceFile  # noqa: E402
from kg.structure import analyse  # noqa: E402

STOP = {"of", "the", "and", "in", "a", "total", "value", "number", "to", "for", "by", "on", "from", "with", "per"}


def _interval(label):
    """The graph's one name for the interval an expected label names (None stays None)."""
    return canonical_label(label) if label else label


def document(line: dict):
    text = line["text"]
    if line.get("doc_date"):
        text = f"{line['doc_date']}\n\n{text}"  # a dated header, as a real article would carry
    data = text.encode("utf-8")
    src = SourceFile(path=line["id"], name=line["id"] + ".txt", sha256=hashlib.sha256(data).hexdigest(),
                     byte_size=len(data), encoding="utf-8", media_type="text/plain", text=text)
    return analyse(src), (len(text) - len(line["text"]))


def _identity(mention) -> str:
    """What an entity mention names, as the graph's nodes are keyed: its canonical name, else its text."""
    return fold(mention.canonical or mention.text)


def same_value(exp: dict, q) -> bool:
    if exp.get("range"):
        return q.value is None and [q.low, q.high] == exp["range"]
    return q.value == exp["value"]


def main() -> None:
    show = "--show-misses" in sys.argv
    corpus = ROOT / "tests/data/metrics/corpus.jsonl"
    if "--corpus" in sys.argv:
        corpus = Path(sys.argv[sys.argv.index("--corpus") + 1])
    lines = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    tally: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in lines:
        doc, shift = document(line)
        ext = extract(doc)
        preds = list(ext.observations)
        used = set()
        for group in (("script", line["script"]), ("family", line["family"]), ("all", "all")):
            tally[group]["gold"] += len(line["expected"])
            tally[group]["pred"] += len(preds)
        for exp in line["expected"]:
            a = line["text"].find(exp["surface"]) + shift
            b = a + len(exp["surface"])
            match = None
            for i, o in enumerate(preds):
                if i not in used and o.start < b and a < o.end and same_value(exp, o.quantity) and o.quantity.unit == exp["unit"]:
                    match = i
                    break
            groups = (("script", line["script"]), ("family", line["family"]), ("all", "all"))
            if match is None:
                if show:
                    print(f"MISS {line['id']}: {exp['surface']} {exp['value']} {exp['unit']} | {line['text']}")
                continue
            used.add(match)
            o = preds[match]
            ok = {
                "figure": True,
                # a period is compared by the interval it names (the set may write 2025-01/2025-09 for 前三季度)
                "period": (o.period.label if o.period else None) == _interval(exp["period"]),
                "kind": o.quantity.kind == exp["kind"],
                "comparison": (o.comparison_period or None) == _interval(exp.get("comparison_period")),
            }
            if exp.get("about"):
                # any place the expected name is written: in a whole article the name first written may be
                # another mention of the same holder (河南省 in 河南省商务厅 before 河南省服务进出口…)
                spans = [(m.start() + shift, m.end() + shift) for m in re.finditer(re.escape(exp["about"]), line["text"])]
                ok["about"] = bool(o.subject and any(o.subject.start < sb and sa < o.subject.end for sa, sb in spans))
                # the same entity named another way (重庆 for 重庆市, 宇峻 for 宇峻奧汀): what the graph links
                named_there = {_identity(m) for m in ext.mentions if any(m.start < sb and sa < m.end for sa, sb in spans)}
                for m in ext.mentions:  # 江西省 written inside 江西省商务厅: the place that opens the body's name
                    lead = leading_place(m.text)
                    if lead and any(m.start < sb and sa < m.start + lead[0] for sa, sb in spans):
                        named_there.add(fold(lead[1]))
                ok["entity"] = ok["about"] or bool(o.subject and _identity(o.subject) in named_there)
            words = {w for w in re.findall(r"[a-z]+", exp["measure"].lower()) if w not in STOP}
            have = " ".join([t for t, _ in o.indicator_labels] + [o.indicator]).lower()
            ok["measure"] = any(w.rstrip("s") in have for w in words) if words else True
            for g in groups:
                for k, v in ok.items():
                    tally[g][k + "_n"] += 1
                    tally[g][k] += int(v)
            if show:
                wrong = [k for k, v in ok.items() if not v]
                if wrong:
                    print(f"WRONG {line['id']} {exp['surface']}: {wrong} | got period={o.period.label if o.period else None} "
                          f"kind={o.quantity.kind} cmp={o.comparison_period} about={o.subject.surface if o.subject else None} "
                          f"ind={o.indicator} | want {exp['period']} {exp['kind']} {exp.get('comparison_period')} {exp.get('about')} {exp['measure']}")
        for g in (("script", line["script"]), ("family", line["family"]), ("all", "all")):
            tally[g]["hit"] += len(used)
        if show:  # what precision counts against: figures the extractor found that the line does not expect
            source = doc.source.text
            for i, o in enumerate(preds):
                if i not in used:
                    print(f"EXTRA {line['id']}: {source[o.start:o.end]} {o.quantity.value} {o.quantity.unit} "
                          f"{o.quantity.kind} | …{source[max(0, o.start - 30):o.start]}【{source[o.start:o.end]}】"
                          f"{source[o.end:o.end + 20]}…".replace("\n", " "))

    cols = ["precision", "recall", "period", "kind", "comparison", "about", "entity", "measure"]
    print(f"{'group':34s}" + "".join(f"{c:>11s}" for c in cols) + f"{'gold':>7s}")
    for g in sorted(tally, key=lambda k: (k[0] != "all", k[0] != "script", k)):
        t = tally[g]
        row = [t["hit"] / t["pred"] if t["pred"] else 1.0, t["hit"] / t["gold"] if t["gold"] else 1.0]
        for k in cols[2:]:
            row.append(t[k] / t[k + "_n"] if t[k + "_n"] else float("nan"))
        print(f"{g[0] + ':' + g[1]:34s}" + "".join(f"{v:11.3f}" for v in row) + f"{t['gold']:7d}")


if __name__ == "__main__":
    main()
