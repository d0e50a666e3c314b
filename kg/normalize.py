"""Stage 1b: the analysis view of a document, with every character mapped back.

Entry function: :func:`normalize`. It returns a :class:`TextView`: the text the
extractors read, plus for every character of it the span of ORIGINAL text it
came from. Any span of the analysis text maps back with
:meth:`TextView.to_original`; characters the normalizer deleted (markup,
pinyin glosses, line breaks inside a word) are covered by a mapped span that
straddles them, never lost.

Rules, in order (each is a function ``_rule(text) -> edits``):

1. markup: visible text of HTML (a real parser); Markdown syntax for ``.md``;
2. pinyin glosses left by web converters: ``現(xiàn)`` -> ``現``;
3. GBK byte-shift garbles (``??梢詼p``): re-decoded where the bytes allow;
4. Markdown bold ``**`` anywhere (plain-text newsletters keep it);
5. width: NFKC folds full-width digits, letters, punctuation and spaces;
6. line ends: ``\\r\\n`` -> ``\\n``;
7. thousands separators: ``2,288`` -> ``2288``;
8. a paragraph cut in mid-sentence by a page break is joined again;
9. spaces next to CJK characters are dropped (``2025 年`` -> ``2025年``),
   runs of spaces fold to one;
10. Traditional -> Simplified (OpenCC ``t2s``), for analysis only.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from typing import Callable, Iterable, Sequence

Edit = tuple[int, int, str]  # replace text[start:end] by the string


@dataclass(frozen=True)
class TextView:
    """Normalized text and, per character, the original span it stands for."""

    original: str = field(repr=False)
    text: str
    starts: array = field(repr=False)  # array('l'): original start of text[i]
    ends: array = field(repr=False)  # array('l'): original end of text[i]
    notes: tuple[str, ...] = ()  # what the normalizer repaired or could not

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the analysis span ``text[start:end]``."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside 0:{len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


# ---------------------------------------------------------------- machinery


class _Work:
    """Mutable text + offset arrays threaded through the rules."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: array, ends: array) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def apply(self, edits: Iterable[Edit]) -> None:
        """Apply sorted, non-overlapping edits.

        A replacement as long as what it replaces maps character by character;
        any other replacement maps each new character to the whole replaced span.
        """
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        pos = 0
        changed = False
        for a, b, rep in edits:
            if a < pos:  # overlapping edit: skip it (rules never need this)
                continue
            changed = True
            pieces.append(self.text[pos:a])
            starts.extend(self.starts[pos:a])
            ends.extend(self.ends[pos:a])
            if len(rep) == b - a:
                starts.extend(self.starts[a:b])
                ends.extend(self.ends[a:b])
            elif rep:
                if b > a:
                    s, e = self.starts[a], self.ends[b - 1]
                else:  # pure insertion: anchor on the next (or previous) character
                    anchor = self.starts[a] if a < len(self.text) else (self.ends[a - 1] if a else 0)
                    s = e = anchor
                starts.extend([s] * len(rep))
                ends.extend([e] * len(rep))
            pieces.append(rep)
            pos = b
        if not changed:
            return
        pieces.append(self.text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        self.text = "".join(pieces)
        self.starts, self.ends = starts, ends


def _sub(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str) -> list[Edit]:
    edits = []
    for m in pattern.finditer(text):
        rep = repl(m) if callable(repl) else m.expand(repl)
        if rep != m.group(0):
            edits.append((m.start(), m.end(), rep))
    return edits


# ---------------------------------------------------------------- character classes

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u00b7"
_CJK = _HAN + _CJK_PUNCT
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SENTENCE_END = "。！？!?…；;：:”’」』）)】》.\"'"


# ---------------------------------------------------------------- 1. markup


class _HtmlText(HTMLParser):
    """Visible text of an HTML document with the source offset of every piece."""

    SKIP = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"}
    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "title",
        "figcaption", "dd", "dt", "main", "aside", "nav", "form",
    }

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.kept: list[tuple[int, int, str]] = []  # (start, end, replacement) for visible pieces
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP and tag != "head":
            self.skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and tag != "head" and self.skip_depth:
            self.skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self._newline()

    def _newline(self) -> None:
        pos = self._offset()
        self.kept.append((pos, pos, "\n"))

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        pos = self._offset()
        if self._in_title:
            self.title = ((self.title or "") + data).strip() or None
        self.kept.append((pos, pos + len(data), data))

    def _ref(self, text: str) -> None:
        if self.skip_depth:
            return
        pos = self._offset()
        end = self.source.find(";", pos, pos + 40)
        end = end + 1 if end != -1 else pos + len(text)
        import html

        self.kept.append((pos, end, html.unescape(self.source[pos:end])))

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)


def html_edits(source: str) -> tuple[list[Edit], str | None]:
    """Edits that turn HTML source into its visible text; also the ``<title>``."""
    parser = _HtmlText(source)
    parser.feed(source)
    parser.close()
    edits: list[Edit] = []
    pos = 0
    for a, b, rep in sorted(parser.kept, key=lambda k: (k[0], k[1])):
        if a < pos:
            continue
        if a > pos:
            edits.append((pos, a, ""))  # markup between visible pieces
        if b > a and rep != source[a:b]:
            edits.append((a, b, rep))
        elif b == a:
            edits.append((a, a, rep))
        pos = max(pos, b)
    if pos < len(source):
        edits.append((pos, len(source), ""))
    return edits, parser.title


_MD_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^```[^\n]*$", re.M), ""),  # code fences
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),  # ATX heading marks
    (re.compile(r"[ \t]+#+[ \t]*$", re.M), ""),  # closing heading marks
    (re.compile(r"^[ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),  # setext / rules
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), lambda m: m.group(1)),  # links, images
    (re.compile(r"<[A-Za-z/!][^>\n]*>"), ""),  # inline HTML
    (re.compile(r"`+"), ""),  # inline code marks
    (re.compile(r"(?<![A-Za-z0-9*_])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![A-Za-z0-9*_])"), lambda m: m.group(2)),
    (re.compile(r"(?<!\w)__(?=\S)|(?<=\S)__(?!\w)"), ""),
]


def _markdown(w: _Work) -> None:
    for pattern, repl in _MD_RULES:
        if callable(repl):
            # a replacement that keeps the inner text: delete only the marks, so inner
            # characters keep their own positions
            edits: list[Edit] = []
            for m in pattern.finditer(w.text):
                inner_a, inner_b = m.span(m.re.groups)
                if m.start() < inner_a:
                    edits.append((m.start(), inner_a, ""))
                if inner_b < m.end():
                    edits.append((inner_b, m.end(), ""))
            w.apply(edits)
        else:
            w.apply(_sub(pattern, repl, w.text))


# ---------------------------------------------------------------- 2-3. converter artifacts

_GLOSS = re.compile(rf"(?<=[{_HAN}A-Za-z?])\((?=[a-zü{_TONED}]{{1,7}}\))[a-zü]*[{_TONED}][a-zü]*\)")
#: a gloss whose opening bracket was itself garbled into "?": keep the "?" (it
#: marks the byte-shifted run that follows)
_GLOSS_DAMAGED = re.compile(rf"(?<=[{_HAN}])\?[a-zü]*[{_TONED}][a-zü]*\)")
_GARBLE = re.compile(rf"\?{{1,2}}([{_HAN}]{{1,12}}[A-Za-z])")


def _repair_garble(m: re.Match[str]) -> str:
    """Undo a one-byte shift of GBK-encoded text (what ``??`` runs are).

    The characters after the ``?`` are GBK pairs read one byte late; their last
    ASCII letter is the byte that put the reader back in step. Re-encoding and
    dropping the first byte recovers the intended characters; the character
    whose first byte was lost stays lost.
    """
    run = m.group(1)
    try:
        raw = run.encode("gbk")[1:]
        fixed = raw.decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return m.group(0)
    if not fixed or not all(re.match(rf"[{_HAN}]", c) for c in fixed):
        return m.group(0)
    return fixed


# ---------------------------------------------------------------- 5. width


@lru_cache(maxsize=65536)
def _nfkc(ch: str) -> str:
    if ch in "\u3002\u3001":  # keep 。、 (NFKC leaves them, but be explicit)
        return ch
    out = unicodedata.normalize("NFKC", ch)
    if ch in "\u2018\u2019\u201c\u201d":  # curly quotes are not width variants
        return ch
    if out == " " or ch in "\u00a0\u2007\u202f\u3000":
        return " "
    return out


def _width_edits(text: str) -> list[Edit]:
    changed = {c: _nfkc(c) for c in set(text) if ord(c) > 0x7E and _nfkc(c) != c}
    if not changed:
        return []
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(changed)) + "]")
    return [(m.start(), m.end(), changed[m.group(0)]) for m in pattern.finditer(text)]


# ---------------------------------------------------------------- 7-9. layout

_CRLF = re.compile(r"\r\n?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
# spaces between CJK and CJK or digits go; a space between CJK and a Latin word stays
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}0-9%+\-.(])|(?<=[{_CJK}0-9%)])[ \t]+(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t]{2,}")
_LINE_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.M)

#: a paragraph at least this long that ends without sentence punctuation is a
#: paragraph cut by a page break when the next one goes on in the same script
JOIN_MIN_LINE = 40


def _join_edits(text: str) -> list[Edit]:
    edits = []
    for m in _BLANK_LINES.finditer(text):
        a, b = m.start(), m.end()
        if a == 0 or b >= len(text):
            continue
        prev, nxt = text[a - 1], text[b]
        line_start = text.rfind("\n", 0, a) + 1
        if a - line_start < JOIN_MIN_LINE or prev in _SENTENCE_END:
            continue
        if re.match(rf"[{_HAN}]", prev) and re.match(rf"[{_HAN}“《「]", nxt):
            edits.append((a, b, ""))
        elif prev.isalpha() and prev.islower() and nxt.islower():
            edits.append((a, b, " "))
    return edits


# ---------------------------------------------------------------- 10. script


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """OpenCC ``s2t``: a Traditional label for a Simplified one (indicator labels)."""
    return _s2t().convert(text)


def to_simplified(text: str) -> str:
    """OpenCC ``t2s`` (the official binding)."""
    return _t2s().convert(text)


def _t2s_edits(text: str) -> list[Edit]:
    if not re.search(rf"[{_HAN}]", text):
        return []
    converted = to_simplified(text)
    if converted == text:
        return []
    if len(converted) == len(text):
        return [(0, len(text), converted)]
    # a phrase changed length somewhere: convert clause by clause so only that
    # clause maps as a block
    edits = []
    for m in re.finditer(r"[^\n。！？!?，,；;]+", text):
        c = to_simplified(m.group(0))
        if c != m.group(0):
            edits.append((m.start(), m.end(), c))
    return edits


# ---------------------------------------------------------------- entry point


def normalize(original: str, media_type: str = "text/plain") -> TextView:
    """Build the analysis view of ``original`` (see the module docstring for the rules)."""
    n = len(original)
    w = _Work(original, array("l", range(n)), array("l", range(1, n + 1)))
    if media_type == "text/html":
        edits, _title = html_edits(original)
        w.apply(edits)
    elif media_type == "text/markdown":
        _markdown(w)
    notes: list[str] = []
    w.apply(_sub(_GLOSS_DAMAGED, "?", w.text))
    glosses = _sub(_GLOSS, "", w.text)
    w.apply(glosses)
    if glosses:
        notes.append(f"{len(glosses)} pinyin gloss(es) removed from the analysis text")
    garbles = _sub(_GARBLE, _repair_garble, w.text)
    w.apply(garbles)
    if garbles:
        notes.append(f"{len(garbles)} GBK byte-shift garble(s) re-decoded (partly: the first character of each is lost)")
    left = len(re.findall(rf"(?<=[{_HAN}])\?+(?=[{_HAN}])", w.text))
    if left:
        notes.append(f"{left} garbled run(s) marked '?' could not be repaired")
    w.apply(_sub(re.compile(r"\*\*"), "", w.text))
    w.apply(_width_edits(w.text))
    w.apply(_sub(_CRLF, "\n", w.text))
    w.apply(_sub(_THOUSANDS, "", w.text))
    w.apply(_sub(_LINE_EDGE_SPACE, "", w.text))
    w.apply(_join_edits(w.text))
    w.apply(_sub(_CJK_SPACE, "", w.text))
    w.apply(_sub(_SPACES, " ", w.text))
    w.apply(_t2s_edits(w.text))
    return TextView(original=original, text=w.text, starts=w.starts, ends=w.ends, notes=tuple(notes))


def html_title(source: str) -> str | None:
    """The ``<title>`` of an HTML document, if any."""
    return html_edits(source)[1]


def script_of(text: str, neutral: str = "zh-Hans") -> str:
    """``zh-Hant``, ``zh-Hans`` or ``en`` for a piece of (original) text.

    Han text that OpenCC's t2s would change is Traditional; text with more Latin
    letters than Han characters is English. Han text that reads the same in both
    scripts (短句 like 目前 or 中国) gets ``neutral``: the caller passes the
    script of the surrounding document.
    """
    han = re.findall(rf"[{_HAN}]", text)
    latin = len(re.findall(r"[A-Za-z]", text))
    if not han or latin > 2 * len(han):
        return "en" if latin or not han else neutral
    joined = "".join(han)
    simplified = to_simplified(joined)
    differs = sum(1 for a, b in zip(joined, simplified) if a != b)
    if not differs:
        # no Traditional-only character; Simplified-only characters (们, 这) make it Simplified
        return "zh-Hans" if _s2t().convert(joined) != joined else neutral
    return "zh-Hant" if differs / len(han) >= 0.02 else "zh-Hans"


HAN_CLASS = _HAN
CJK_CLASS = _CJK
SENTENCE_END_CHARS = _SENTENCE_END


def spans_in(view: TextView, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map several analysis spans back at once."""
    return [view.to_original(a, b) for a, b in spans]
