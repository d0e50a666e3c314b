"""Stage 2: extraction — entities, relations and figures stated in one document.

Entry function: :func:`extract`. Modules: :mod:`.entities` (names and
relations), :mod:`.quantities` and :mod:`.periods` (numbers and times as
written), :mod:`.indicators` (what a figure measures), :mod:`.metrics`
(observations).
"""

from __future__ import annotations

from ..model import Document, Extraction


def warm_up() -> None:
    """Load what extraction needs (jieba and its dictionary, gazetteers, patterns) now, not on first use.

    The build calls it before forking worker processes, so they share one copy.
    """
    from ..model import SourceFile
    from ..structure import analyse
    from .entities import prepare

    prepare()

    text = "2024年，示例市服务进出口总额达到1.5亿元，同比增长3%。In 2024, Example Games Ltd. said exports rose 3%."
    data = text.encode("utf-8")
    extract(analyse(SourceFile(path="warm-up", name="warm-up.txt", sha256="0" * 64, byte_size=len(data),
                               encoding="utf-8", media_type="text/plain", text=text)))


def extract(doc: Document) -> Extraction:
    """Entities, relations and observations of ``doc``."""
    from .entities import extract_entities
    from .metrics import extract_metrics

    mentions, relations = extract_entities(doc)
    observations, implied = extract_metrics(doc, mentions, relations)
    all_mentions = sorted(list(mentions) + list(implied), key=lambda m: (m.start, m.end, m.type))
    return Extraction(doc.doc_id, tuple(all_mentions), tuple(relations), tuple(observations))
