"""Stage 1c: a decoded source becomes a :class:`~kg.model.Document`.

Entry function: :func:`analyse`. It normalizes the text (:mod:`kg.normalize`),
segments sentences, splits newsletters into articles, and reads what the text
states about itself: title, publication, date. Every span it records points
into the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .model import Article, Document, Sentence, SourceFile
from .normalize import HAN_CLASS, TextView, html_title, normalize, script_of

# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "no", "vs", "etc", "e.g", "i.e",
    "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "st", "approx", "fig", "est", "gov", "dept",
}
# a sentence ends after 。！？!? (with closing quotes), or after "." that is not
# inside a number or an abbreviation and is followed by a space + capital/CJK or
# by a CJK character or the end of the line
_CJK_END = re.compile(r"[。！？!?…]+[”’」』）)】\"']*")
_DOT_END = re.compile(rf"\.[”’」』）)\"']*(?=\s+[A-Z“\"‘'(\[{HAN_CLASS}]|[{HAN_CLASS}]|\s*$)", re.M)
# a citation marker closing a flattened bullet ("… growth [3] - The next point …") ends a sentence
_CITATION_END = re.compile(r"\[\d{1,3}\](?=\s+(?:[-–•]\s+)?[A-Z])")
_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"


def _inside_title(body: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an unclosed 《…》 title (《你好！世界》 is one title, not two sentences)."""
    before = body[max(0, pos - 60):pos]
    depth = 0
    for ch in before:
        if ch in _TITLE_OPEN:
            depth += 1
        elif ch in _TITLE_CLOSE:
            depth = max(0, depth - 1)
    return depth > 0 and any(c in _TITLE_CLOSE for c in body[pos:pos + 40])


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        base, body = line.start(), line.group(0)
        cuts = {m.end() for m in _CJK_END.finditer(body) if not _inside_title(body, m.end())}
        cuts.update(m.end() for m in _CITATION_END.finditer(body))
        for m in _DOT_END.finditer(body):
            word = re.search(r"([A-Za-z.]+)\.$", body[: m.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            cuts.add(m.end())
        start = 0
        for cut in sorted(cuts) + [len(body)]:
            piece = body[start:cut]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                spans.append((base + start + lead, base + start + trail))
            start = cut
    return spans


# ---------------------------------------------------------------- metadata

_BULLET = "●■◆▲★▶►◎"
_HEADING = re.compile(rf"^[ \t]*[{_BULLET}][ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_TRAILER = re.compile(
    r"^[ \t]*[(（][ \t]*(?:文章|本文|稿件)?(?:来源|來源|出处|出處)[ \t]*[:：][ \t]*([^()（）\n]+?)[ \t]*[)）][ \t]*$"
    r"|^[ \t]*(?:来源|來源|Source)[ \t]*[:：][ \t]*([^\n]{1,60}?)[ \t]*$",
    re.M,
)
_BYLINE = re.compile(
    r"^[ \t]*([^\n·•|]{2,60}?)[ \t]*[·•|][ \t]*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)[ \t]*$",
    re.M,
)
_EDITED_BY = re.compile(r"^[ \t]*(\S[^\n]{1,40}?)(?:编|編|主办|主辦|编印|編印)[ \t]*$", re.M)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_DATE_PATTERNS = [
    re.compile(r"(?P<y>(?:19|20)\d{2})[ \t]*[-/.][ \t]*(?P<m>\d{1,2})[ \t]*[-/.][ \t]*(?P<d>\d{1,2})"
               r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2}))?"),
    re.compile(r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日"),
    re.compile(r"(?P<mn>January|February|March|April|May|June|July|August|September|October|November|December)"
               r"[ \t]+(?P<d>\d{1,2}),?[ \t]+(?P<y>(?:19|20)\d{2})"),
    re.compile(r"(?P<d>\d{1,2})[ \t]+(?P<mn>January|February|March|April|May|June|July|August|September|October|"
               r"November|December),?[ \t]+(?P<y>(?:19|20)\d{2})"),
]
_DATE_LINE_PREFIX = re.compile(r"^(?:发布时间|發佈時間|发布日期|發布日期|日期|时间|時間|Published|Date|Posted|Updated)?[ \t:：]*", re.I)
#: how many non-empty lines at the top of a document count as its header
HEADER_LINES = 12


def parse_date(text: str) -> Optional[str]:
    """ISO date (or date-time) of the first date written in ``text``; None if none is valid."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mn"].lower()]
        day, year = int(g["d"]), int(g["y"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if g.get("H"):
            iso += f"T{int(g['H']):02d}:{g['M']}:00"
        return iso
    return None


def _lines(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int, str]]:
    """Non-empty lines of ``text[start:end]`` with their (stripped) spans."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end] if end is not None else text[start:]):
        raw = m.group(0)
        stripped = raw.strip()
        if stripped:
            a = start + m.start() + (len(raw) - len(raw.lstrip()))
            out.append((a, a + len(stripped), stripped))
    return out


def _is_chrome(line: str) -> bool:
    """Navigation or page chrome rather than content (e.g. 'Workflow', 'icon', 'Search documents')."""
    if re.search(f"[{HAN_CLASS}]", line):
        return False
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) <= 3 and not re.search(r"\d", line) and len(line) <= 30


def _is_title_like(line: str) -> bool:
    return 4 <= len(line) <= 160 and not re.search(r"[。！？!?]$|[.;；,，:：]$", line) and not _is_chrome(line)


# ---------------------------------------------------------------- articles


def _article_spans(original: str) -> list[tuple[int, int, int, int, Optional[tuple[int, int]]]]:
    """(start, end, title_start, title_end, source_span) of each marked article, or []."""
    headings = list(_HEADING.finditer(original))
    trailers = list(_TRAILER.finditer(original))
    spans = []
    for i, h in enumerate(headings):
        nxt = headings[i + 1].start() if i + 1 < len(headings) else len(original)
        body_len = len(original[h.end():nxt].strip())
        trailer = next((t for t in trailers if h.end() <= t.start() < nxt), None)
        if body_len < 200 and trailer is None:
            continue  # a byline or a short note, not an article
        end = trailer.end() if trailer else len(original[:nxt].rstrip())
        src = None
        if trailer:
            g = 1 if trailer.group(1) else 2
            src = trailer.span(g)
        spans.append((h.start(), end, h.start(1), h.end(1), src))
    return spans if len(spans) >= 2 or (spans and trailers) else []


# ---------------------------------------------------------------- entry point


def analyse(source: SourceFile) -> Document:
    """Normalize, segment and describe one decoded document."""
    original = source.text
    view = normalize(original, source.media_type)
    warnings = list(source.warnings) + list(view.notes)

    # sentences, with their script read off the ORIGINAL characters
    spans = _sentence_spans(view.text)
    article_spans = _article_spans(original)

    def article_of(pos: int) -> int:
        for n, (a, b, *_rest) in enumerate(article_spans, 1):
            if a <= pos < b:
                return n
        return 0 if article_spans else 1

    doc_zh = script_of("".join(re.findall(f"[{HAN_CLASS}]", original)))
    sentences = []
    for i, (na, nb) in enumerate(spans):
        oa, ob = view.to_original(na, nb)
        sentences.append(Sentence(
            index=i, start=oa, end=ob, norm_start=na, norm_end=nb, text=view.text[na:nb],
            script=script_of(original[oa:ob], doc_zh), article=article_of(oa),
        ))
    weights = Counter()
    for s in sentences:
        weights[s.script] += s.end - s.start
    scripts = tuple(sorted(weights, key=lambda k: (-weights[k], k)))
    primary = scripts[0] if scripts else script_of(original)

    title, title_span, publisher, publisher_span, date, date_span = _metadata(source, view, article_spans)

    articles: list[Article] = []
    if article_spans:
        for n, (a, b, ta, tb, src) in enumerate(article_spans, 1):
            articles.append(Article(
                index=n, start=a, end=b, title=original[ta:tb], title_span=(ta, tb),
                source=original[src[0]:src[1]] if src else None, source_span=src, date=None,
            ))
    else:
        body = original.strip()
        a = original.find(body[:1]) if body else 0
        articles.append(Article(
            index=1, start=a, end=a + len(body), title=title, title_span=title_span,
            source=publisher, source_span=publisher_span, date=date,
        ))
    if source.media_type == "text/html" and not sentences:
        warnings.append("no visible text")
    return Document(
        source=source, analysis_text=view.text, norm_starts=tuple(view.starts), norm_ends=tuple(view.ends),
        title=title, title_span=title_span, publisher=publisher, publisher_span=publisher_span,
        date=date, date_span=date_span, scripts=scripts, primary_script=primary,
        articles=tuple(articles), sentences=tuple(sentences), warnings=tuple(warnings),
    )


def _date_only(line: str) -> bool:
    """Whether a header line is only a date, with or without a label (2025-03-18, 发布时间：2025年3月18日)."""
    rest = _DATE_LINE_PREFIX.sub("", line)
    return len(rest) <= 24 and parse_date(rest) is not None


def _metadata(source: SourceFile, view: TextView, article_spans: list) -> tuple:
    """Title, publisher and date the document states about itself, with original spans."""
    original = source.text
    head_end = article_spans[0][0] if article_spans else len(original)
    header = _lines(original, 0, head_end)[:HEADER_LINES]
    title = title_span = publisher = publisher_span = date = date_span = None

    if source.media_type == "text/html":
        t = html_title(original)
        if t:
            at = original.find(t)
            title, title_span = t, ((at, at + len(t)) if at >= 0 else None)

    byline = None
    for i, (a, b, line) in enumerate(header):
        m = _BYLINE.match(line)
        if m and not re.search(r"[。.!！?？]$", m.group(1)):
            byline = i
            publisher, publisher_span = m.group(1).strip(), (a + m.start(1), a + m.end(1))
            date, date_span = parse_date(m.group(2)), (a + m.start(2), a + m.end(2))
            break
    if title is None:
        # a first line that is only a date (2025-03-18, Date: 18 March 2025) is the dateline; the headline follows it
        skip = 1 if header and byline != 0 and _date_only(header[0][2]) else 0
        candidates = header[:byline] if byline is not None else header[skip:skip + 1]
        for a, b, line in reversed(candidates) if byline is not None else candidates:
            if _is_title_like(line) and not _date_only(line):
                title, title_span = line, (a, b)
                break
    if date is None:
        for a, b, line in header:
            if _date_only(line):  # a line that is only a date (with a label)
                rest = _DATE_LINE_PREFIX.sub("", line)
                date, date_span = parse_date(rest), (b - len(rest), b)
                break
    if publisher is None:
        for a, b, line in header:
            m = _EDITED_BY.match(line)
            if m and title_span != (a, b):
                publisher, publisher_span = m.group(1), (a + m.start(1), a + m.end(1))
                break
    if publisher is None and not article_spans:
        trailers = list(_TRAILER.finditer(original))
        if trailers:
            t = trailers[-1]
            g = 1 if t.group(1) else 2
            publisher, publisher_span = t.group(g).strip(), t.span(g)
    return title, title_span, publisher, publisher_span, date, date_span
