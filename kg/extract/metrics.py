"""Every stated figure as an observation: value, unit, period, growth, indicator, subject.

Entry function: :func:`extract_metrics`. Per sentence of the analysis text it
takes the quantities (:mod:`kg.extract.quantities`) and periods
(:mod:`kg.extract.periods`) and decides, for each figure:

- **indicator**: the phrase before the figure in its clause, stripped of verbs,
  qualifiers, times and the subject ("中国服务进出口总额超过…" -> 服务进出口总额;
  "the services import and export value soared to…" -> services import and
  export value; "an 18.2 percent growth in exports" -> exports); a count takes
  its counted noun ("1000万用户" -> 用户); a figure with no phrase of its own
  inherits the previous figure's indicator in the sentence (…，2023年增长至Y亿元);
- **period**: the nearest period before it in the sentence (after it, in its
  clause, for English "… in 2024"), else the one the previous sentence stated;
  a period introduced by 较/比/compared with is a comparison, not the period;
- **growth**: a rate of change qualifies the level figure of the same indicator
  stated before it in the sentence, and compares with the explicit period
  (较2024年同期) or the same period a year earlier (同比, year on year);
- **parallel lists** ("A、B…分别为x、y", "A and B … x and y respectively") pair
  items with figures in order; an item may be a subject or a part of the indicator;
- **subject**: the nearest entity mention before the figure in its clause (not
  a source such as 据商务部数据), else in the sentence; 我国/全国/China imply China.
"""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from ..model import WORK_TYPES, Document, Mention, ObservationMention, PeriodRef, Quantity, RelationMention, Sentence
from .entities import GENRE_WORDS_EN, GOV_TITLES, SAYING_ZH, fold, leading_place, within
from .indicators import key_of
from .periods import (CN_DIGIT, EVENT_VERBS_EN, LOOKS_AHEAD_EN, LOOKS_AHEAD_ZH, TODAY_YESTERDAY_ZH, WEEKDAY_EN, WORDS_EN, canonical_label, comparison_period, find_periods, fiscal_start_month, listed_period, previous_period,
                      shift_label, span_months)
from .quantities import CHANGE_NOUNS_EN, find_quantities, is_stake

#: mention types that can be what a figure is about
SUBJECT_TYPES = {
    "Country", "Province", "City", "District", "Zone", "Port", "RegionGroup",
    "Firm", "VideoGame", "Film", "WebNovel", "MicroDrama", "TVSeries", "VarietyShow", "AppProduct",
    "OtherWork", "Platform", "Event", "Organization", "Association", "GovernmentBody",
}
#: a clause break; not the comma of a date (June 30, 2025)
_CLAUSE = re.compile(r"(?<!\d),|,(?!\s(?:19|20)\d{2}\b(?!年))|[;:!?。;]|\bwhile\b|\bbut\b|\bwhereas\b")
_ZH_TRAILING = re.compile(
    r"(?:同比|环比|分别|进一步|持续|稳步|首次|再次|已经|已|就|便|仍|也|都|均|共|合计|累计|总计|预计|有望|将|"
    r"约|近|超|逾|为|达到|达|是|超过|突破|增长至|增至|增长到|增长了|增长|首破|再破|首度突破|首度|贡献了|贡献|成长至|成长到|成长了|成长|衰退了|衰退|攀升到|攀升至|攀升|升至|提升至|提升|"
    r"降至|下降至|下降了|下降|减少至|减少了|减少|跌至|回落至|实现|完成|录得|获得|收获|吸引|拥有|聚集了|聚集|积累了|"
    r"积累|备案了|备案|培养|培育|推出|上线|在|了|的|和|与|占|高达|只用|仅用|用了|(?<![雇聘])用|过|到|至|从|由|规模|还是|正|"
    r"大约|左右|以上|多|(?<![盈结剩节业款金])余|较快|较|(?<!本益)(?<!净值)比|快|高出|高于|低于|增速|增幅|幅度|缩短至|缩至|压缩至|缩短|压缩|有|存在|仍然|仍|还|"
    r"合规化|普遍能|普遍|能|可|已达|已超|再度|连续|只有|仅有|已有|共有|达到了|时|则|最|并与|并|而|却|更|又|才|即|便|预估|预计|估计|或|"
    r"只需|仅需|只要|需要|需|平均|最短|最快|最长)$"
)
#: verbs of bringing about what a count counts (已培养…人员, 累计推出…作品): the measure follows them
_ZH_COUNT_VERBS = (r"(?:培养|培育|推出|吸引|拥有|带动|创造|覆盖|新增|吸纳|签约|引进|聚集|积累|孵化|招募|"
                   r"(?<!服务)(?<!货物)(?<!文化)(?<!技术)(?<!内容)(?<!版权)输出|"  # 服务输出 (Taiwan: services exports) is a noun
                   r"生成|制作|发布|测试|推广|改造|实现|完成|打造|上线)")
_ZH_LEADING = re.compile(
    r"^(?:其中|此外|同时|另外|目前|当前|据|根据|数据显示|统计显示|显示|而|但|且|并|其|全年|年内|期间|的|预计|有望|预估|"
    r"(?:共|已|现|累计)有(?=[\u4e00-\u9fff]{2})|"
    r"(?:部分|一些|某些|少数|多数|大部分|大多数)(?:类型|种类|品类)?的?|真正|"  # 部分类型AI短剧: which of them, not what
    r"(?:未来|今后)(?:[一二两三四五六七八九十\d]{1,3}|几)年(?:内|间|里)?|"  # 未来三年相关出口: when, not what
    r"(?:国家和地区|国家|地区|等国|各国)的|"  # (对南亚东南亚)国家的服务出口额: the rest of the market's name
    r"(?:近|过去|最近)?[一二两三四五六七八九十\d]+年(?:间|来|内|中|里)|"
    r"(?:已经|已|累计|共|还|正在|正)?" + _ZH_COUNT_VERBS + r")(?=..)"
)
#: where a clause restarts inside the words before a figure: what follows is the measure
#: (这款游戏, 认为…, 从…以, 通过…降低运营成本)
_ZH_BREAK = re.compile(
    r"(?:这|那|该|此|每|一|两|几)(?:款|部|个|家|些|种|类|项|批|名|位|份|条|座|支)|"
    r"认为|表示|指出|显示|来自|介绍|透露|(?<![名简号])称|(?<!数)据|"
    r"从(?![业事])|以(?![上下来内外及])|于|向|(?<![双面绝])对(?![外华口])|把|被|(?<![供补])给|因为|(?<!原)因(?!素)|由于|通过|"
    r"借助|凭借|依托|(?:平均|大幅|显著|有效)?(?:降低|提高|提升|减少|缩短|增加(?!值)|节省|节约|压缩)(?=..)|"
    r"(?:已经|已|累计|共|先后)(?:" + _ZH_COUNT_VERBS + r"|服务)(?=..)|"  # 已服务…客户; a leading 服务 is a noun
    r"(?:实现|录得|取得)了?(?=..)"  # 企业实现营业收入…: the object of the verb is the measure
)
_ZH_NOT_MEASURE = re.compile(
    r"^[一二两三四五六七八九十百千万几数\d]+[个部家名位件类种款项次份条]?$|(?<![输支产付])出$|[来去最则并与而又才却很]$|[这那该]"
)


def _measure_like_zh(phrase: str) -> bool:
    """Whether a Chinese phrase can name what a figure measures (a noun phrase, not a clause or a word)."""
    if len(phrase) < 2 or len(phrase) > 18:
        return False
    return not _ZH_NOT_MEASURE.search(phrase)
_CHINA_ZH = re.compile(r"我国|全国|(?<!其)中国|国内")  # (其中国际会议: 其中 + 国际)
#: (not "a Chinese fantasy series", "one Chinese studio": one thing described by its country)
_CHINA_EN = re.compile(r"\bChina(?:'s|’s|s)?\b|(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<![Oo]ne\s)(?<!other\s)\bChinese\b|\bnational\b|\bnationwide\b")
_EN_VERB = re.compile(
    r"\b(?:soared|rose|grew|increased|reached|reaching|hit|hits|topped|exceeded|exceeding|surpassed|surpassing|"
    r"totaled|totalled|stood|was|were|is|are|has|have|had|recorded|recording|gained|gaining|achieved|"
    r"amounted|came|climbed|jumped|fell|dropped|declined|decreased|slid|shrank|expanded|generated|earned|"
    r"accounted|attracted|drew|passed|crossed|of|by|at|to|with|marking|saw|posted|declining|rising|growing|"
    r"increasing|falling|dropping|totaling|totalling|showing|reaching|accounting|amounting|climbing|jumping|"
    r"resulting|registered|registering|reported|reporting|contributed|contributing|made|making|topping|"
    r"achieving|generating|earning|recording|seeing|posting|hitting|exceeds|reaches|tops|rises|grows|increases|"
    r"totals|stands|records|surpasses|climbs|jumps|falls|drops|declines|passes|crosses|hits|generates|earns|"
    r"signed|handled|processed|served|sold|shipped|received|welcomed|hosted|raised|invested|spent|lost|paid|"
    r"secured|won|launched|released|approved|licensed|contributed|made up|came|comes|took in|takes in|raked in|"
    r"brought in|pulled in|"
    # headlines speak in the present: "Game Exports Jump 23%", "Film Revenue Tops…"
    r"surged|surging|surges|dipped|slipped|edged|eased|jump|rise|grow|surge|soar|soars|climb|fall|drop|slip|dip|hit|"
    r"exceed|reach|near|nears|cross|surpass|post|posts|double|doubles|triple|triples|earn|generate)\b(?!-)",
    re.I,
)
#: the same verbs without the prepositions: where an English clause's subject ends
_EN_MAIN_VERB = re.compile(_EN_VERB.pattern.replace("of|by|at|to|with|", ""), re.I)
_EN_GROWTH_OF = re.compile(r"(?:growth|increase|rise|decline|decrease|drop|fall|jump|gain)\s+in\s+([a-z][a-z ,\-]*?)(?=[,.;]|\s+(?:and|while|but|in|over|from|compared)\b|$)", re.I)
_SOURCE_ZH = re.compile(r"(?:据|根据|来自)$")
_SOURCE_EN = re.compile(r"(?:according to|data from|figures from|statistics from|by|analysts?\s+(?:at|from|with))\s+(?:the\s+)?$",
                        re.I)  # (analysts at a broker who forecast a figure: who estimates, not whose figure)
_RESPECTIVELY = re.compile(r"分别|依次|respectively|\beach\b", re.I)
_COMPARISON_CUE = re.compile(r"(?:较|比|与|相比|相较|compared (?:with|to)|than|versus|from|\bsince|(?:comparisons?\s+)?against|"
                             r"(?:%|\bper\s?cent|\bpoints?)\s+on)\s*"  # (up 9 percent on the same period of 2025)
                             r"(?:(?:in|at|on|during|for|that of|those of|the same (?:period|quarter|months?) (?:of|in|last))\s+)?"
                             r"(?:(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?)?$"  # (up 37 percent from the troupe's 2024 tour)
                             # the year of the last survey or edition compared with: 较上一次普查（2027年）上升…
                             r"|(?:较|比|与|相比|相较)\s*(?:上一?次|前一?次|上一?轮|上一?届|上一?期|前一?期)[\u4e00-\u9fff]{0,4}\s*[(（]\s*$"
                             # … and in English: "up 6 points from Northgate's previous survey in 2030"
                             r"|\b(?:from|than|against|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                             r"(?:previous|prior|last|earlier)\s+(?:survey|poll|study|census|edition|report)\s+(?:in|of|from)\s+$"
                             # "up from next to nothing three years ago"
                             r"|\bfrom\s+(?:almost\s+|nearly\s+|virtually\s+|next\s+to\s+)?(?:nothing|zero|scratch|none)\s+$",
                             re.I)
_WINDOW_UNITS = {"WK", "DAY", "HR", "MIN"}
#: a span of time counted back from now, before its length: 此前, 过去, 最近; the past, the previous, the last
_PAST_WINDOW_ZH = re.compile(r"(?:此前|之前|过去|最近|(?<=日)前)\s*$")  # (定价日前十个交易日)
_PAST_WINDOW_EN = re.compile(r"\b(?:the|its|their)\s+(?:past|previous|preceding|prior|last|latest)\s*$", re.I)
#: a span of days or weeks named by the day it ends on, after its length: (the three weeks) through March 2, to Jan. 9
_WINDOW_ENDS_EN = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|to|through|until)\s+(?:on\s+)?"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
#: the start of a clause, with an opening word: 同期 after it means "in the same period"
_OPENS_CLAUSE_ZH = re.compile(r"(?:^|[，,。；;：:\n])\s*(?:在|而|与此|但|另外|此外)?\s*$")


def extract_metrics(doc: Document, mentions: Sequence[Mention] = (),
                    relations: Sequence[RelationMention] = ()) -> tuple[list[ObservationMention], list[Mention]]:
    """All observations stated in ``doc`` (in text order), and the mentions of China they imply.

    A figure with no named subject in a sentence that says 我国/全国/中国/China
    is about China: the word becomes a mention (rule ``implied-country``) so the
    observation's subject has evidence like any other. ``relations`` give a quoted
    person's organization (their ``roleAt``), when the quote does not name it.
    """
    affiliation: dict[str, Mention] = {}  # a person's name -> the organization the text names with their title
    for r in relations:
        if r.predicate == "roleAt" and r.object is not None and r.object.type in _SPEAKER_TYPES:
            affiliation.setdefault(r.subject.text, r.object)
    by_sentence: dict[int, list[Mention]] = {}
    persons: dict[int, list[Mention]] = {}  # the persons each sentence names (who says a quote)
    for m in mentions:
        if m.type in SUBJECT_TYPES:
            by_sentence.setdefault(m.sentence, []).append(m)
        elif m.type == "Person":
            persons.setdefault(m.sentence, []).append(m)
    out: list[ObservationMention] = []
    implied: dict[tuple[int, int], Mention] = {}
    doc_indicator: list = [None]  # the last indicator stated, for 该领域 / this sector
    doc_date = doc.date[:10] if doc.date else _year_stated_as_this_year(doc.analysis_text)
    previous_period: Optional[PeriodRef] = None
    previous_article = None
    china_before: Optional[tuple[tuple[int, int], Sentence]] = None  # 我国/China said earlier in the paragraph
    facility_before: Optional[Mention] = None  # the port or zone a paragraph is about (在X港, …)
    firm_before: Optional[Mention] = None  # the firm named last in the article (这家企业, the company)
    work_before: Optional[Mention] = None  # the work named last in the article (该游戏, 研发团队, the game)
    event_before: Optional[Mention] = None  # the event named last in the article (本届博览会, the expo)
    speaker: Optional[Mention] = None  # the organization of a quoted speaker (X公司总监 王某：我们…), in its paragraph
    speaker_at = 0  # where the speaker was last named or quoted
    place_before: Optional[Mention] = None  # the place named last in the paragraph (在此落地)
    holder_before: Optional[tuple[Mention, Sentence]] = None  # the holder of the last figure (for 其中…, Of this…)
    named: dict[str, Mention] = {}  # the last place of each type named in the article (该市, 该省, the port)
    #: the holder of the last total stated in the article (a level or a change; 中国 when implied), with its default
    total_holder: Optional[tuple[Mention, Optional[str]]] = None
    #: the holder of the article's last figures with a holder, and the concepts of what they measured
    topic: Optional[tuple[Mention, Optional[str], set[str]]] = None
    holders_seen: set[str] = set()  # every holder the article's figures have had so far (canonical names)
    asked: Optional[Mention] = None  # what the last question of a transcript asked about (问：…《X》…如何？)
    focus: Optional[Mention] = None  # who the article is about: the holder its headline opens on
    article_periods: list[PeriodRef] = []  # the periods the article has stated so far (for "in the quarter")
    event_days: list[PeriodRef] = []  # the spans of days it stated, events' dates too (for 直播节期间, during the fair)
    session_day: Optional[PeriodRef] = None  # the day a market report opens on (3月4日，港股…), for 全天, 当日, 收涨
    for s in doc.sentences:
        if s.article != previous_article:
            focus = _focus(doc, s.article, mentions) or _reporter(doc, s.article, by_sentence, implied)
            article_periods = []
            event_days = []
            session_day = None
            ended_days: list[PeriodRef] = []  # days the article said something ended on (众筹于9月3日收官)
            reported: list[PeriodRef] = []  # the article's periods that dated a figure (what it reports on)
            previous_period, previous_article = None, s.article
            doc_indicator[0] = None
            china_before = facility_before = firm_before = work_before = event_before = speaker = place_before = None
            holder_before = None
            named = {}
            total_holder = topic = None
            holders_seen = set()
            asked = None
        if holder_before is not None and "\n" in doc.analysis_text[holder_before[1].norm_end:s.norm_start] \
                and not (_CONTINUES_EN if s.script == "en" else _CONTINUES_ZH).match(s.text):
            holder_before = None
        if china_before is not None and "\n" in doc.analysis_text[china_before[1].norm_end:s.norm_start] \
                and not _GOES_ON.match(s.text) and not _next_line(doc, china_before[1], s):
            # a new paragraph has a topic of its own, unless it opens on the last one's, or it is the next line
            # of a text that writes a paragraph a line and names no other holder
            china_before = None
        if facility_before is not None and "\n" in doc.analysis_text[facility_before.norm_end:s.norm_start]:
            facility_before = None
        if place_before is not None and "\n" in doc.analysis_text[place_before.norm_end:s.norm_start]:
            place_before = None
        own = by_sentence.get(s.index, [])
        caption = _CAPTION.match(doc.analysis_text, s.norm_start, s.norm_end) if s.script != "en" else None
        if caption:
            speaker, said_by = None, (s.norm_start, caption.end())  # X公司总监 王某：…
        else:
            if speaker is not None and "\n" in doc.analysis_text[speaker_at:s.norm_start]:
                speaker = None
            said_by = _quote_said(doc.analysis_text, s)
        if said_by is not None:
            # 「我們去年的收入…」青燈出版社總編輯林采薇說: the organization of the speaker named with the quote or in the
            # caption; a person the text named with their organization's title before (钟予安说：“我们…”); else a
            # speaker with no organization of their own in an article about a firm (…,” said Wen; 副总裁莫川说;
            # 负责版权业务的副总编辑高以宁补充：) speaks for that firm
            a, b = said_by
            orgs = [m for m in own if m.type in _SPEAKER_TYPES and a <= m.norm_start and m.norm_end <= b]
            known = [affiliation[m.text] for m in persons.get(s.index, ())
                     if a <= m.norm_start and m.norm_end <= b and m.text in affiliation]
            if orgs or known:
                speaker = (orgs or known)[-1]
            elif (firm_before or named.get("performing")) is not None \
                    and not any(m.type in _PLACE_TYPES for m in own if a <= m.norm_start < b) \
                    and not _OFFICIAL_ZH.search(doc.analysis_text, a, b):
                speaker = firm_before or named["performing"]  # ("…," said artistic director Ning Shuwan: the theatre's)
            speaker_at = s.norm_start
        lang = "en" if s.script == "en" else "zh"
        question = _QUESTION.match(s.text)
        if question:
            # 投资者问：贵公司旗下海外网文平台“漫卷”11月的付费用户情况如何？ the answer's figures are of what is asked about
            # (also "Q: How is X, your Dubai subsidiary, doing? A: It earned…", the answer in the same sentence)
            mark = next((i for i, ch in enumerate(s.text) if ch in "？?"), None)
            if mark is not None and (not s.text[mark + 1:].strip() or _ANSWER.match(s.text, mark + 1)):
                end = s.norm_start + mark
                named_in_question = [m for m in own if m.type in _ASKED_TYPES and m.norm_end <= end]
                asked = named_in_question[0] if named_in_question and s.script == "en" else \
                    named_in_question[-1] if named_in_question else None
        # what "It"/"Its" opening an English sentence refers to: the work, firm or event the sentence before named
        before_s = [m for m in by_sentence.get(s.index - 1, []) if m.type not in _PLACE_TYPES and m.type != "Person"]
        it_before = before_s[0] if before_s and s.index and doc.sentences[s.index - 1].article == s.article else None
        quantities = find_quantities(s.text, s.norm_start)
        header_day = previous_period is not None and previous_period.label == (_article_date(doc, s) or (doc.date or "")[:10]) \
            and not _stated_in_body(doc, s, previous_period)
        stock_end = None
        if previous_period is not None and _day(previous_period) and not _carries(doc, s, previous_period):
            # a day that does not date a new paragraph (at the end of June, 6月底) leaves the period the article
            # reported on, when the day ends it: "…rose 9.1% in the January-June period. … 13 countries at the end of
            # June. ¶ Profit attributable to shareholders was $16.8 million, compared with $21.4 million a year earlier"
            stock_end = _period_ended_by(article_periods, previous_period.label)
            if stock_end is not None and not _carries(doc, s, stock_end):
                stock_end = None
        holding = None
        if previous_period is not None and (_MONTH_LABEL.fullmatch(previous_period.label)
                                            or _PART_LABEL.fullmatch(previous_period.label)):
            if not _opens_article(doc, s, previous_period):
                holding = _period_holding(reported, previous_period)
        elif previous_period is not None and _day(previous_period):
            holding = _days_holding(reported, previous_period)  # (a day singled out of days stated before it)
        if holding is not None and _carries(doc, s, holding) and (not _carries(doc, s, previous_period) or (
                "\n" in doc.analysis_text[previous_period.norm_end:s.norm_start]
                and not (_CONTINUES_EN if s.script == "en" else _CONTINUES_ZH).match(s.text) and not _GOES_ON.match(s.text))):
            # 今年1-10月…。从单月看，10月…。分领域看，旅行服务…: a month singled out of the period the article reports on
            # (In July alone…) leaves that period to the sentences after it, and to the next paragraph at the latest; so
            # does a quarter or a half (去年…。一、…其中第四季…季增11%。¶ 二、…年增47%: the year's)
            previous_period = holding
        fiscal = next((p for p in reversed(article_periods) if fiscal_start_month(p.label)), None)
        periods = find_periods(s.text, s.norm_start, doc_date=_article_date(doc, s) or doc_date,
                               context=None if header_day else stock_end or previous_period,  # a year earlier than what? not the header's day
                               fiscal=fiscal)  # 本财年, the current fiscal year: of the fiscal year the article stated
        if s.script != "en" and not _MARKET_DAY_ZH.search(s.text):
            # 今（10）日, 昨日 date a trading day's figures (收在…, 漲幅, 成交值); elsewhere they are when something was said,
            # held or ended (書展昨（3）日閉幕，成交約3億元: the fair's totals), not a period of the figures
            periods = [p for p in periods if not TODAY_YESTERDAY_ZH.fullmatch(doc.analysis_text, p.norm_start, p.norm_end)]
        if article_periods or event_days or session_day is not None:
            periods = _periods_referred_back(doc.analysis_text, s, periods, article_periods, event_days, session_day)
        if s.script != "en" and periods:
            periods = _since_day_spans(doc.analysis_text, periods, ended_days, _article_date(doc, s) or doc_date)
            ended_days.extend(p for p in periods if _day(p) and _ENDED_AFTER_ZH.match(doc.analysis_text, p.norm_end))
            if previous_period is not None and (previous_period.relative if s.script != "en"
                                                else bool(re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", previous_period.label))):
                # (in English, after a month or a day: "…premiered in March 2025. … in the first half")
                periods = _own_year_parts(doc.analysis_text, periods, previous_period, article_periods)
        based = _base_periods(doc.analysis_text, quantities, periods)  # a year earlier after a figure: its own
        if quantities:
            ahead = _YEARS_AHEAD.search(s.text)  # 未来两三年有望…, in the next five years: no period before it dates it
            carried = previous_period if previous_period is not None and not ahead and _carries(doc, s, previous_period) else None
            if carried is None and not ahead and stock_end is not None:
                carried = stock_end
            before_now = previous_period if carried is None and previous_period is not None and not ahead \
                and _carries(doc, s, previous_period, now_too=True) else None  # for the clauses before 目前/now
            now = _NOW.search(s.text) if carried is None and not ahead else None
            date = _article_date(doc, s) or doc_date
            if now is not None and date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                # 目前已有近53万名…, currently 530,000…: as of the day the article is dated
                carried = PeriodRef(norm_start=s.norm_start + now.start(), norm_end=s.norm_start + now.end(),
                                    start=date, end=date, label=date, relative=True)
            flow_period = None
            if carried is not None and _day(carried):
                # 13 countries at the end of June. Southeast Asia contributed 48.6% of revenue: the day counts stocks;
                # a flow said after it (revenue, its shares) is of the period that day ends, when the article stated one
                flow_period = _period_ended_by(article_periods, carried.label)
            stated = _sentence_observations(doc, s, lang, quantities, periods, _holders(doc, by_sentence.get(s.index, [])),
                                            carried, len(out), implied, doc_indicator, china_before,
                                            facility_before, firm_before, speaker, place_before, work_before,
                                            holder_before[0] if holder_before is not None else None, dict(named),
                                            total_holder, topic, event_before, based, len(holders_seen) == 1,
                                            it_before, focus, before_now, flow_period,
                                            asked if asked is not None and not _new_paragraph(
                                                doc.analysis_text, asked.norm_end, s.norm_start) else None)
            stated = _year_end_stocks(doc.analysis_text, stated, len(out))
            out.extend(stated)
            holders_seen.update(o.subject_default or o.subject.canonical or o.subject.text for o in stated
                                if o.subject is not None and not (o.subject_default and o.subject.text == "Chinese"))
            # (an industry's figure written "Chinese short-drama apps earned…" is China's, but does not make the
            # article one about several holders: a school chain's headline "Weekend Chinese school chain's…")
            totals = [o for o in stated if o.quantity.kind not in ("share", "rank") and o.subject is not None]
            if totals:
                total_holder = (totals[-1].subject, totals[-1].subject_default)
            for o in stated:
                if o.subject is None:
                    continue
                concepts = set(o.indicator.split("+")) - {"unspecified"}
                if topic is not None and _same_holder(topic[0], o.subject):
                    topic = (o.subject, o.subject_default, topic[2] | concepts)  # its latest mention
                else:
                    topic = (o.subject, o.subject_default, concepts)
            held = [o.subject for o in stated if o.subject is not None and o.subject_default is None]
            if held:
                holder_before = (held[-1], s)
        facilities = [m for m in by_sentence.get(s.index, []) if m.type in _FACILITY_TYPES]
        if facilities:
            facility_before = facilities[-1]
        parents = {m.norm_start for m in own if m.type == "Firm" and (
            _PARENT_BEFORE.search(doc.analysis_text, max(0, m.norm_start - 40), m.norm_start)
            or _PARENT_AFTER_ZH.match(doc.analysis_text, m.norm_end))}  # the arm of X, owned by X, X旗下: X
        firms = [m for m in by_sentence.get(s.index, []) if m.type == "Firm"]
        if firms:
            # the company, the lessor: the firm the sentence is about, not the parent it names beside it; but not a
            # subsidiary it introduces either (X的日本子公司「X日本」…。截至3月底，公司海外客户…: X's)
            subs = {m.norm_start for m in firms if _SUBSIDIARY_BEFORE_ZH.search(
                doc.analysis_text, max(0, m.norm_start - 8), m.norm_start)}
            mains = [m for m in firms if m.norm_start not in subs] or (firms if firm_before is None else [])
            if mains:  # (a sentence naming only a subsidiary leaves 公司 to the firm before: 子公司衡研欧洲…。公司境外团队…)
                firm_before = ([m for m in mains if m.norm_start not in parents] or mains)[-1]
            named["last firm"] = firms[-1]  # …子公司X…。该公司…: 该 points at the firm named last, a subsidiary too
        for m in own:
            if m.norm_start in parents:
                named["parent"] = m  # for "the parent", 母公司
                if "Firm" in named:
                    continue
            if m.type in _PLACE_TYPES or m.type in ("Organization", "GovernmentBody", "Firm", "Platform", "MediaOutlet",
                                                     "AppProduct"):
                named[m.type] = m  # the last of each kind, for 该市, the port, the academy, 该局
                if m.type == "Organization" and _PERFORMING_HEAD_EN.search(m.text):
                    named["performing"] = m  # the dance theatre, for "the company" and its director's quotes
        works = [m for m in own if m.type in WORK_TYPES]
        if works:
            work_before = works[-1]
        events = [m for m in own if m.type == "Event"]
        if events:
            event_before = events[-1]
        places = [m for m in own if m.type in _PLACE_TYPES and m.type not in ("Country", "RegionGroup")]
        if places:
            place_before = places[-1]
        china = next((c for c in (_CHINA_EN if lang == "en" else _CHINA_ZH).finditer(doc.analysis_text, s.norm_start, s.norm_end)
                      if not _inside_a_name(c, own) and not (lang == "en" and re.search(
                          r"\b(?:outside|beyond|excluding|except)\s+(?:of\s+)?(?:the\s+)?(?:mainland\s+)?$",
                          doc.analysis_text[max(0, c.start() - 24):c.start()], re.I))
                      and not (lang != "en" and _CHART_SCOPE_ZH.match(doc.analysis_text, c.end()))), None)
        # (its largest investment outside China: not a paragraph about China; nor 位列国内iOS游戏畅销榜第五, the scope
        # of a chart)
        if china:
            china_before = ((china.start(), china.end()), s)
        event_days.extend(p for p in periods if _DAYS_LABEL.fullmatch(p.label) and not _is_comparison(doc, p)
                          and p.norm_start not in based)
        stated = [p for p in periods if not _is_comparison(doc, p)
                  and not (_FUTURE_AFTER.match(doc.analysis_text, p.norm_end)
                           and doc.analysis_text[p.norm_start:p.norm_end] != "本期")  # (本期…预计为: the period reported on)
                  and p.norm_start not in based and not _event_date(doc.analysis_text, p)
                  and not _set_against(doc.analysis_text, p)
                  and not _since(doc.analysis_text, p) and not (p is not periods[0] and _SO_FAR_EN.search(
                      doc.analysis_text, max(0, p.norm_start - 60), p.norm_start))
                  # (…本年度预计亏损…，上一财政年度则有盈利…: the year before, named to compare)
                  and not (p is not periods[0] and _PREVIOUS_FY_ZH.fullmatch(doc.analysis_text, p.norm_start, p.norm_end))]
        # ("In July alone, … the fastest monthly pace so far this year": the month, with a pace compared over the year)
        if stated and session_day is None and _day(stated[0]) and _stated_in_body(doc, s, stated[0]) \
                and not any(_stated_in_body(doc, s, p) for p in article_periods) \
                and (_SESSION_BACK_EN.search(s.text) if s.script == "en"
                     else _DATELINE_DAY_ZH.fullmatch(doc.analysis_text, s.norm_start, stated[0].norm_start)):
            # the first period the article states opens its lead (or, in English, dates a day's trading in it): the day
            # it reports on
            session_day = stated[0]
        if stated:
            previous_period = stated[-1]
            if lang == "en" and _YEARS_LISTED_EN.search(
                    doc.analysis_text, max(0, previous_period.norm_start - 50), previous_period.norm_start):
                # "…for the year ended June 2032. … 738 million yuan in fiscal 2031 and 612 million in fiscal 2030. Its
                # operating margin rose…": a list of years going back ends on the oldest; what follows goes on with
                # the latest the article has reported
                previous_period = max(stated + (reported if quantities else []), key=lambda p: (p.end, p.norm_start))
            elif lang == "en" and len(stated) > 1 and _LOOK_BACK_EN.fullmatch(
                    doc.analysis_text, previous_period.norm_start, previous_period.norm_end):
                # "…a net loss of €3.9 million, against €5.6 million a year earlier. It had net
                # liabilities … at the end of June": the year looked back to dates its own figure; what follows goes on
                # with the year the sentence reported
                previous_period = max(stated, key=lambda p: (p.end, p.norm_start))
            article_periods.extend(stated)
            if quantities:
                reported.extend(stated)
    for o in out:  # the place an article's release implies, once a figure has it as its holder
        if o.subject is not None and o.subject.rule == "implied-country":
            implied.setdefault((o.subject.norm_start, o.subject.norm_end), o.subject)
    return _date_headlines(doc, _surveyed_place(doc, _local_yuan(doc, out), mentions)), [implied[k] for k in sorted(implied)]


#: an English period that looks back from the one just stated: a year earlier, the previous year
_LOOK_BACK_EN = re.compile(r"(?i)(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|"
                           r"the\s+year\s+before")
#: what a firm owns and names after 公司旗下 / its: a platform, an app or a work holds its own figures
_OWNED_TYPES = {"Platform", "AppProduct"} | set(WORK_TYPES)
#: holders whose figures can be earned in a foreign market (a segment of their revenue, users, sales)
_SEGMENT_HOLDERS = {"Firm", "Platform", "AppProduct"} | set(WORK_TYPES)
#: places below a country that an article can be about (a province, a city, a zone, a port)
_LOCAL_PLACES = {"Province", "City", "District", "Zone", "Port"}
#: the home country, as written or canonical: its figures in an article about a firm are the industry's
_HOME = {"中国", "china", "我国", "全国", "国内", "内地", "中国内地", "中国大陆", "mainlandchina"}


#: a figure per share: earnings per share, a dividend per share (a listed firm's)
_PER_SHARE = re.compile(r"每股(?:盈余|收益|净利|纯益|盈利|股利|股息|派息|派发|现金股利)|\bearnings\s+per\s+share\b|\bEPS\b|"
                        r"\bdividend\s+(?:per\s+share|of\b)", re.I)
#: what follows 国内/全国 when it names the scope of a chart or a ranking (国内iOS游戏畅销榜, 全国排名)
_CHART_SCOPE_ZH = re.compile(r"[^，,。；;]{0,12}?(?:榜|排行|排名)")
#: a verb of a present state right before an English figure: employs 240, now has 134, is available in 146
_PRESENT_STATE_EN = re.compile(r"\b(?:employs|has|serves|operates|runs|offers|holds|covers|spans|boasts|counts|licenses|"
                               r"is\s+available\s+in|are\s+available\s+in)\s+(?:[\w-]+\s+){0,3}$", re.I)
#: a period named by its kind, referring back to the last one stated: in the quarter, over the period, for the half,
#: quarterly revenue (after the April-June quarter)
_PERIOD_BACK_EN = re.compile(r"\b(?:(?:in|during|for|over|across|throughout)\s+the\s+(?:same\s+)?|(?=quarterly\s))(quarter|period|half|month|"
                             r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|"
                             r"(?:fiscal\s+|financial\s+)?year)(?:(?<=quarter)ly)?\b"
                             r"(?!\s+(?:ended|ending|to|through|before|earlier|ago|of|from|since|as\s+a\s+whole)\b)", re.I)
#: the end of a period named by its kind: at the end of the quarter, by the end of the fiscal year (a day)
_PERIOD_END_BACK_EN = re.compile(r"\b(?:at|by|as\s+of)\s+the\s+end\s+of\s+the\s+(quarter|half|period|month|"
                                 r"(?:fiscal\s+|financial\s+)?year)\b(?!\s+(?:ended|ending|to|through)\b)", re.I)
#: the days of an event referred back to: 直播节期间, 展会期间, 活动期间, 本届…期间; during the festival, over the fair
_EVENT_WINDOW_BACK_ZH = re.compile(r"(?:[节展会赛周]|活动|假期|连假|台风|风灾|停电|本届|此次|这次)期间")
_EVENT_WINDOW_BACK_EN = re.compile(r"\b(?:during|over|throughout|across)\s+the\s+(?:\w+\s+)?(?:festival|fair|expo|event|"
                                   r"campaign|holiday|show|week|exhibition|promotion|sale)\b", re.I)
_DAYS_LABEL = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")
#: years counted, referring back to a span of that many years the article stated (2021年至2025年…。五年来…累计;
#: 三年…合计; over the 14th Five-Year Plan period (2021-2025)… the five-year total, over the three years)
_YEARS_BACK_ZH = re.compile(r"(?<![\d一二两三四五六七八九十百第近去前今明后每隔逾超多数几])(?P<n>[两二三四五六七八九十])年"
                            r"(?=来|間|间|期間|期间|[^，,。；;]{0,12}?(?:累计|累計|合计|合計|共计|共計|总计|總計))")
_YEARS_BACK_EN = re.compile(r"\b(?:the|these|those)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)(?:-year\b|\s+years\b)"
                            r"(?!\s+(?:ago|earlier|before|later|after|from|to|since|until|of\s+the\s+plan)\b)", re.I)
_YEAR_SPAN_LABEL = re.compile(r"(\d{4})/(\d{4})")
#: the same in Chinese: 年內 (during the year reported on), 期内 (during the period)
_PERIOD_BACK_ZH = re.compile(r"(?<![今去前明本當当同半一二两兩三四五六七八九十百多数數几幾短长長近预預限定到学學假展赛賽\d])(年內|年内|期內|期内|本期(?!间|間|末|初))")
#: a period named as the one before the one reported on (上年度, 去年, 前年, 上一财年)
_BEFORE_THIS_ZH = re.compile(r"(?:上一?|去|前)(?:年|财年|财政年度|个财年)")
_BEFORE_THIS_EN = re.compile(r"(?i)(?:the\s+)?(?:year\s+before|(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year|"
                             r"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+(?:fiscal\s+|financial\s+)?year)")
_PREVIOUS_FY_ZH = re.compile(r"上一?个?(?:财年|财政年度|会计年度)")
#: three months named by their months (the quarter ended Nov. 30: 2025-09/2025-11), as a label's pattern
_THREE_MONTHS = "|".join(f"{m:02d}/\\d{{4}}-{(m + 1) % 12 + 1:02d}" for m in range(1, 13))
_PERIOD_GRAIN = {"quarter": re.compile(rf"(?:^|/)\d{{4}}-Q\d$|^\d{{4}}-(?:{_THREE_MONTHS})$"),
                 "half": re.compile(r"^\d{4}-H\d$"),
                 "year": re.compile(r"^\d{4}$|^\d{4}-\d{2}/\d{4}-\d{2}$"),
                 "month": re.compile(r"^\d{4}-\d{2}$"), "period": re.compile(r"^(?!\d{4}-\d{2}(?:-\d{2})?$)."),
                 "年內": re.compile(r"^\d{4}$|^\d{4}-\d{2}/\d{4}-\d{2}$"), "期內": re.compile(r"^(?!\d{4}-\d{2}-\d{2}$).")}
_PERIOD_GRAIN.update({"年内": _PERIOD_GRAIN["年內"], "期内": _PERIOD_GRAIN["期內"], "本期": _PERIOD_GRAIN["期內"]})


#: what makes the period after it a base, not the period of what is said: 较去年同期, up from … in 2024
_BASE_CUE_BEFORE = re.compile(r"(?:较|比|与|同|相比|相较|\bfrom|\bthan|compared\s+(?:with|to)|versus|against)\s*"
                              r"(?:[\d.,]+\s*(?:[a-z]+\s+)?(?:in|during)\s+)?(?:the\s+)?$", re.I)


def _periods_referred_back(text: str, s: Sentence, periods: list[PeriodRef], earlier: list[PeriodRef],
                           days: Sequence[PeriodRef] = (), session_day: Optional[PeriodRef] = None) -> list[PeriodRef]:
    """``periods`` with the ones a sentence names by their kind (rose 13.2% in the quarter, about 71% over the period,
    年內共借出…, 期内…): the last period of that kind the article stated (a quarter, a half, a month; a year or a
    fiscal year for 年內; for "the period" and 期內 the last one that is not a month or a day)."""
    added = []
    for m in (_PERIOD_BACK_EN if s.script == "en" else _PERIOD_BACK_ZH).finditer(text, s.norm_start, s.norm_end):
        if any(p.norm_start <= m.start(1) < p.norm_end for p in periods):
            continue
        # (the sentence's own periods before it first, not a base: 公布截至2026年3月31日止年度业绩，期内收益…)
        pool = list(earlier) + [p for p in periods if p.norm_end <= m.start() and not _BASE_CUE_BEFORE.search(
            text, max(s.norm_start, p.norm_start - 16), p.norm_start)]
        fits = [p for p in reversed(pool) if _grain(m.group(1)).search(p.label)]
        # 上年度虧損為…。年內片庫授權收入…: the year reported on, not the one before it named for comparison
        # (…a deficit in the prior year. Over the fiscal year…: the one reported on, not the one before it)
        ref = next((p for p in fits if not (_BEFORE_THIS_EN if s.script == "en" else _BEFORE_THIS_ZH).match(text, p.norm_start)),
                   fits[0] if fits else None)
        if ref is not None:
            added.append(PeriodRef(norm_start=m.start(), norm_end=m.end(), start=ref.start, end=ref.end, label=ref.label,
                                   relative=True))
    for m in (_EVENT_WINDOW_BACK_EN if s.script == "en" else _EVENT_WINDOW_BACK_ZH).finditer(text, s.norm_start, s.norm_end):
        # 直播节期间…, during the festival: the days the article said the event was held
        if any(p.norm_start < m.end() and m.start() < p.norm_end for p in periods):
            continue
        ref = next((p for p in reversed(list(days) + [p for p in periods if p.norm_end <= m.start()])
                    if _DAYS_LABEL.fullmatch(p.label)), None)
        if ref is not None:
            added.append(PeriodRef(norm_start=m.start(), norm_end=m.end(), start=ref.start, end=ref.end, label=ref.label,
                                   relative=True))
    for m in (_YEARS_BACK_EN if s.script == "en" else _YEARS_BACK_ZH).finditer(text, s.norm_start, s.norm_end):
        # 五年来…累计, 三年…合计, the five-year total: the span of that many years the article stated last
        if any(p.norm_start < m.end() and m.start() < p.norm_end for p in periods + added):
            continue
        n = WORDS_EN.get(m.group("n").lower()) if s.script == "en" else 10 if m.group("n") == "十" else CN_DIGIT.get(m.group("n"))
        own = [p for p in periods if s.norm_start <= p.norm_start and p.norm_end <= m.start()]
        years = {int(p.label) for p in own if re.fullmatch(r"\d{4}", p.label)}
        if any(y + n in years for y in years):
            continue  # 由2020年的19%升至2025年的34.4%，五年间提高15.4个百分点: the years from one to the other
        ref = next((p for p in reversed(list(earlier) + own)
                    if (y := _YEAR_SPAN_LABEL.fullmatch(p.label)) and int(y.group(2)) - int(y.group(1)) + 1 == n
                    and not _BASE_CUE_BEFORE.search(text[max(0, p.norm_start - 16):p.norm_start].rstrip("“\"「『"))), None)
        # (增速比“十三五”时期加快: a span named to compare with is not the one referred to)
        if ref is not None:
            added.append(PeriodRef(norm_start=m.start(), norm_end=m.end(), start=ref.start, end=ref.end, label=ref.label,
                                   relative=True))
    if session_day is not None:
        # "3月4日，港股影视板块…。…板块全天净流入…; X收涨3.1%": the trading day the report opened on, when the
        # sentence names no day of its own before the word ("…, while the Nikkei rose 1%": none at all)
        english = s.script == "en"
        for m in (_SESSION_BACK_EN if english else _SESSION_BACK_ZH).finditer(text, s.norm_start, s.norm_end):
            if not any((english or p.norm_start < m.end()) and (_day(p) or m.start() < p.norm_end) for p in periods + added):
                # (where the word is, taking none of its characters: 收涨 still says what moved)
                added.append(PeriodRef(norm_start=m.start(), norm_end=m.start(), start=session_day.start, end=session_day.end,
                                       label=session_day.label, relative=True))
    if s.script != "en":
        # 上线首周（6月2日至8日）…。首周人均…: a stretch of days the article named, then calls by its name again
        for name, ref in _named_windows(text, days):
            for m in re.finditer(re.escape(name), text[s.norm_start:s.norm_end]):
                a, b = s.norm_start + m.start(), s.norm_start + m.end()
                if a <= ref.norm_start < b + 2 or any(p.norm_start < b and a < p.norm_end for p in periods + added) \
                        or re.search(r"(?:明|去|前|往|历)年$|[上下]一?届$", text[max(0, a - 3):a]):
                    continue  # (明年春节档: the slot of another year)
                added.append(PeriodRef(norm_start=a, norm_end=b, start=ref.start, end=ref.end, label=ref.label, relative=True))
    for m in (_PERIOD_END_BACK_EN.finditer(text, s.norm_start, s.norm_end) if s.script == "en" else ()):
        if any(p.norm_start <= m.start(1) < p.norm_end for p in periods):
            continue
        ref = next((p for p in reversed(earlier) if _grain(m.group(1)).search(p.label)), None)
        day = _last_day_of(ref.end) if ref is not None else None
        if day is not None:  # at the end of the quarter: the quarter's last day
            added.append(PeriodRef(norm_start=m.start(), norm_end=m.end(), start=day, end=day, label=day, relative=True))
    return sorted(periods + added, key=lambda p: p.norm_start) if added else periods


#: a day that opens an article's lead, alone or after a place (6月16日，…; 北京时间6月16日，…)
_DATELINE_DAY_ZH = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}时间|周[一二三四五六日])?\s*")
#: words of a market report for the trading day it reports on: 全天, 当日, 收盘, 收涨, 报收, 涨停
_SESSION_BACK_ZH = re.compile(r"全天|全日|当日|当天|午后|尾盘|早盘|盘中|收盘|收涨|收跌|收平|收报|报收|涨停|跌停")
#: words of a day's trading: a close, a move of shares or an index, turnover, net buying
_MARKET_DAY_ZH = re.compile(r"收盘|收市|终场|收在|收报|报收|收涨|收跌|收升|收高|收低|收挫|涨停|跌停|买超|卖超|净流入|净流出|除息|除权|"
                            r"填息|早盘|盘中|(?:股价?|指数|个股|类股|板块)[^，,。；;]{0,12}?(?:上涨|下跌|上升|涨|跌|升|挫|走强|走弱|"
                            r"走高|走低)")  # (Hong Kong: 股價昨日收升8%, 股价急挫)
#: a move of a day's trading in the clause before a figure: 涨幅, 跌幅, a stock or an index going up or down
_MARKET_MOVE_ZH = re.compile(r"(?:涨|跌)幅\s*(?:达|为|约|近|逾)?\s*$|(?:股|指数)[^，,。；;]{0,12}?(?:上涨|下跌|上扬|下挫|走高|走低|涨|跌)"
                             r"(?:了|幅)?(?:约|近|逾|超过?)?\s*$")
#: … in English: a day's close, or shares or an index moving (the move verb may come a few words later)
_SESSION_BACK_EN = re.compile(r"\b(?:closed|ended\s+the\s+(?:day|session)|on\s+the\s+day|in\s+the\s+session|intraday)\b|"
                              r"\b(?:shares|stock|index|ADSs?)\b(?=[^.;]{0,40}?\b(?:rose|fell|gained|added|lost|jumped|slid|"
                              r"dropped|climbed|surged|tumbled|sank|slumped|soared|shed|advanced|declined|plunged|rebounded|"
                              r"rallied|slipped|dipped|recovered)\b)", re.I)
#: a stretch of days named just before its dates in brackets: 上线首周（6月2日至8日）, 国庆档（10月1日至7日）
_WINDOW_NAME_ZH = re.compile(r"([\u4e00-\u9fff]{0,4}?((?:首|头)(?:周|日|月)|[\u4e00-\u9fff](?:档|黄金周|假期|周)))\s*[（(]\s*$")


def _named_windows(text: str, days: Sequence[PeriodRef]) -> list[tuple[str, PeriodRef]]:
    """The names the article gave to stretches of days, each with its days: the whole name (国庆档) and, for the first
    week or day of something (更新首周), its last two characters too (首周)."""
    out = []
    for p in days:
        m = _WINDOW_NAME_ZH.search(text, max(0, p.norm_start - 8), p.norm_start)
        if m:
            out.append((m.group(1), p))
            if m.group(2) != m.group(1) and m.group(2)[0] in "首头":
                out.append((m.group(2), p))
    return out


#: a half or quarter named without a year (上半年, 一季度, 前三季度, the first half, January-June)
_BARE_PART = re.compile(r"(?:上半年|下半年|[前首头][三两二]季度?|第?[一二三四]季度|第[一二三四]季|首季度?|"
                           r"(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)|"
                           r"(?:January|April|July|October)\s*-\s*(?:March|June|September|December))", re.I)


def _own_year_parts(text: str, periods: list[PeriodRef], before: PeriodRef, earlier: list[PeriodRef]) -> list[PeriodRef]:
    """``periods`` with a half or quarter named without a year, dated by a sentence before that spoke of last year
    (…去年我国…出口额约38.6亿元。X上半年海外合同额…), of the year the article has already reported that half or quarter
    for (2025年半年报…上半年…): the article's own period, not last year's."""
    out = []
    for i, p in enumerate(periods):
        if i == 0 and _BARE_PART.fullmatch(text, p.norm_start, p.norm_end) and p.label[:4].isdigit() \
                and before.label[:4] == p.label[:4]:  # (去年…，上半年… in one sentence is last year's)
            for years in (1, 2):
                own = shift_label(p.label, years)
                if any(e.label == own for e in earlier):
                    p = replace(p, label=own, start=shift_label(p.start, years), end=shift_label(p.end, years))
                    break
        out.append(p)
    return out


def _grain(word: str):
    """The labels a period named by its kind can refer back to (quarter, half, month, year; the nine months: a span
    of nine months; the period: any but a month or a day)."""
    word = re.sub(r"^(?:fiscal|financial)\s+", "", word.lower())
    n = re.fullmatch(r"(\w+)\s+months", word)
    if n and (n.group(1).isdigit() or n.group(1) in WORDS_EN):
        return _MonthsGrain(int(n.group(1)) if n.group(1).isdigit() else WORDS_EN[n.group(1)])
    return _PERIOD_GRAIN[word if word in _PERIOD_GRAIN else "period"]


class _MonthsGrain:
    """The labels of spans of ``n`` months (for the nine months: 2025-Q1/2025-Q3, 2024-10/2025-06)."""

    def __init__(self, n: int) -> None:
        self.n = n

    def search(self, label: str) -> bool:
        return span_months(label) == self.n


def _last_day_of(end: str) -> Optional[str]:
    """The last day of a period's last month or year (``2025-09`` -> ``2025-09-30``, ``2025`` -> ``2025-12-31``)."""
    if re.fullmatch(r"\d{4}", end):
        return f"{end}-12-31"
    m = re.fullmatch(r"(\d{4})-(\d{2})", end)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return f"{end}-{calendar.monthrange(year, month)[1]:02d}"


def _day_before_month(year: int, month: int) -> Optional[str]:
    """The last day before a month begins: the close a move since the start of that month (or of the year, month 1)
    or over a period that begins with it is counted from (2026, 1 -> ``2025-12-31``; 2026, 4 -> ``2026-03-31``)."""
    return f"{year - 1}-12-31" if month == 1 else _last_day_of(f"{year:04d}-{month - 1:02d}")


def _new_paragraph(text: str, since: int, at: int) -> bool:
    """Whether a paragraph break lies between ``since`` and ``at``."""
    return "\n" in text[since:at]


def _focus(doc: Document, article: int, mentions: Sequence[Mention]) -> Optional[Mention]:
    """Who article ``article`` is about: the first holder its headline names (安徽上半年…, 华瑞11月营收…, Lantern Reef
    doubles…), as the body names it first (安徽省 for 安徽, when both are places or both are not), else as the
    headline does. A country or a group of countries in a headline is a market or a nationality (China's X, 拉美市场
    收入翻番), not whom the article is about; a headline that names no other holder gives none."""
    art = doc.articles[article - 1] if 0 < article <= len(doc.articles) else None
    if art is None or art.title_span is None:
        return None
    head_start, head_end = art.title_span
    inside = [m for m in mentions if head_start <= m.start < head_end and m.type in SUBJECT_TYPES]
    body = [m for m in mentions if head_end <= m.start < art.end and m.type in SUBJECT_TYPES]
    # a headline that describes a firm rather than naming it (台州音频工作室去年海外收入…, 氹仔小工作室…) is about the
    # firm its lead paragraph names (磬声音频科技有限公司…): not about the place it is in
    heads = [s for s in doc.sentences if s.article == article and s.start < head_end]
    text = doc.analysis_text
    described = next((d for d in _DESCRIBED_FIRM_ZH.finditer(text, heads[0].norm_start, heads[-1].norm_end)
                      if not any(m.norm_start <= d.start() < m.norm_end for m in inside)), None) if heads else None
    lead = [s for s in doc.sentences if s.article == article and s.start >= head_end and len(s.text.strip()) > 30][:2]
    in_lead = [b for b in body if lead and lead[0].norm_start <= b.norm_start < lead[-1].norm_end]  # the lead paragraph's
    lead_firm = next((b for b in in_lead if b.type == "Firm"), None)
    lead_work = next((b for b in in_lead if b.type in WORK_TYPES), None)
    lead_body = next((b for b in in_lead if b.type in ("GovernmentBody", "Organization")), None)
    for m in sorted(inside, key=lambda m: m.start):
        if heads and not text[m.norm_end:heads[-1].norm_end].strip(" .") \
                and re.search(r"[:：]\s*$", text[heads[-1].norm_start:m.norm_start]):
            continue  # "…abroad in first quarter, up 58%: Tessera": who says so, not whom the article is about
        if lead_work is not None and m.type in _PLACE_TYPES and _DESCRIBED_WORK_EN.match(text, m.norm_end):
            return lead_work  # "Chinese dance drama draws nearly 97,000 spectators…": the drama the lead names
        if lead_body is not None and m.type in _PLACE_TYPES and _DESCRIBED_BODY_EN.match(text, m.norm_end):
            return lead_body  # "Complaints to Lisbon watchdog rise…", "Korea media ETF draws…": the body the lead names
        if m.type in _MARKET_TYPES and not (m.lang != "en" and (
                _MARKET_ITSELF_ZH.match(text, m.norm_end, heads[-1].norm_end)
                or (m.type == "RegionGroup" and _REGION_INCOME_ZH.match(text, m.norm_end, heads[-1].norm_end)))):
            continue  # (but a report on a region's own market, 亚洲条漫市场去年规模逾62亿美元, 第三季台港澳漫画App营收年增…,
            # is about that region)
        if lead_firm is not None and m.type in _PLACE_TYPES and (
                (described is not None and m.norm_start < described.start()) or _DESCRIBED_FIRM_EN.match(text, m.norm_end)):
            return lead_firm  # (also "Luoyang studio's hand-drawn puzzle game draws 830k players")
        if m.type in ("Country", "Province", "City", "District") and any(
                o is not m and o.norm_start == m.norm_end and (o.type not in _PLACE_TYPES or o.type in ("Zone", "Port"))
                for o in inside):
            continue  # 宁波栖湾动漫产业园开工: the place names where the park is; the park is whom it is about
        key = fold(m.canonical or m.text)
        place = m.type in _PLACE_TYPES
        # (a place of another kind whose name extends it is not it: 江门 in the headline is not 江门港)
        same = [b for b in body if fold(b.canonical or b.text) == key or (
            (b.type in _PLACE_TYPES) == place and (b.text.startswith(m.text) or m.text.startswith(b.text))
            and not (place and b.type != m.type and len(b.text) > len(m.text)))]
        named = [b for b in same if not (b.text.isupper() and len(b.text) > 4)]  # LIUZHOU, Jan 21 -- is a dateline
        return (named or same or [m])[0]
    if lead_work is not None and heads and _HEADLINE_DESCRIBED_WORK_EN.match(text, heads[-1].norm_start, heads[-1].norm_end):
        return lead_work  # "Chinese dance drama draws nearly 97,000 spectators…" (Chinese, a nationality, is no mention)
    return lead_firm if described is not None else None


#: the kinds of work a headline describes a work by: drama, film, game…
_WORK_KINDS_EN = r"(?:drama|film|movie|game|series|novel|show|animation|musical|opera|documentary|anime|comic|webtoon)"
#: an English headline that opens on a work described, not named: "Chinese dance drama draws…"
_HEADLINE_DESCRIBED_WORK_EN = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,2}(?:[\w-]+\s+){0,2}?" + _WORK_KINDS_EN + r"s?\s+"
                                         r"(?!market|industry|sector|firms?|companies|makers|exports?)[a-z]")
#: "It"/"Its" opening an English sentence, or after a time phrase that opens it: "Between February and April it drew…"
_IT_OPENS_EN = re.compile(r"[\s\"“]*(?:(?:Between|From|In|During|Over|Since|After|By)\s+[^,.;]{2,40}?\s+)?(?:Its|It|its|it)\b(?!['’])")
#: a work described by its origin in an English headline: "Chinese dance drama draws…", "Taiwan film tops…"
_DESCRIBED_WORK_EN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + _WORK_KINDS_EN + r"\b", re.I)
#: a firm described after its place in an English headline: Luoyang studio's…, Chengdu games firm…
_DESCRIBED_FIRM_EN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:studio|firm|company|developer|start-?up|publisher|maker|"
                                r"team|lender|bank|insurer|operator|broker|carrier|platform|agency|group)(?:['’]s)?\b", re.I)


#: a body described after its place in an English headline: Lisbon watchdog, Korea's regulator, Kunming college's…, Xi'an
#: museum (the body the lead names holds the figures, not its city)
_DESCRIBED_BODY_EN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:watchdog|regulator|council|commission|college|university|"
                                r"school|museum|theatre|theater|institute|academy|troupe|orchestra|library|fund|etf)(?:['’]s)?\b", re.I)


def _describes(text: str, s: Sentence, place: Mention, focus: Mention, lang: str) -> bool:
    """Whether the words after a place describe the firm or the work an article is about (台州|音频工作室, "Luoyang|
    studio's", "Chinese|dance drama draws…")."""
    if lang != "en":
        return focus.type == "Firm" and bool(_PLACE_OF_DESCRIBED_FIRM_ZH.match(text, place.norm_end))
    if focus.type == "Firm":
        return bool(_DESCRIBED_FIRM_EN.match(text, place.norm_end))
    if focus.type in ("GovernmentBody", "Organization"):
        return bool(_DESCRIBED_BODY_EN.match(text, place.norm_end))
    return focus.type in WORK_TYPES and bool(_HEADLINE_DESCRIBED_WORK_EN.match(s.text)
                                             or _DESCRIBED_WORK_EN.match(text, place.norm_end))


def _is_pavilion(m: Mention) -> bool:
    """Whether a mention is a place's pavilion at a fair (阿联酋馆, Korea Pavilion): its figures are of the fair, as an
    event's are."""
    return m.type == "Organization" and (m.rule == "pavilion" or m.text.endswith("Pavilion"))


def _in_headline(doc: Document, s: Sentence) -> bool:
    art = doc.articles[s.article - 1] if 0 < s.article <= len(doc.articles) else None
    return art is not None and art.title_span is not None and s.start < art.title_span[1]


#: a firm described after the place it is in: 台州|音频工作室, 深圳|一家游戏公司
_PLACE_OF_DESCRIBED_FIRM_ZH = re.compile(r"(?:一家|这家)?[\u4e00-\u9fff]{0,6}?(?:工作室|公司|团队|工坊)")
#: a firm described, not named, in a headline: 音频工作室, 小工作室, 游戏公司
_DESCRIBED_FIRM_ZH = re.compile(r"(?:工作室|公司|团队|工坊)(?=[\u4e00-\u9fff])")


def _reporter(doc: Document, article: int, by_sentence: dict[int, list[Mention]],
              implied: dict[tuple[int, int], Mention]) -> Optional[Mention]:
    """Who an article whose headline names no holder is about, when its lead is a local public body's release
    (澳门特别行政区政府旅游局20日公布今年第二季旅游服务统计。第二季入境旅客约…; the Hainan Provincial Department of
    Commerce released figures on Monday …): the place that opens the body's name. Only the byline and the lead
    sentence are read, and only a body of a place in China or abroad, not a country (商务部 and the like release
    figures about many places)."""
    art = doc.articles[article - 1] if 0 < article <= len(doc.articles) else None
    if art is None:
        return None
    text = doc.analysis_text
    body = [s for s in doc.sentences if s.article == article and (art.title_span is None or s.start >= art.title_span[1])]
    for s in body[:2]:
        lang = "en" if s.script == "en" else "zh"
        for m in by_sentence.get(s.index, []):
            if m.type not in ("GovernmentBody", "Organization"):
                continue
            alone = not text[m.norm_end:text.find("\n", m.norm_end) if "\n" in text[m.norm_end:s.norm_end] else s.norm_end].strip(" \t")
            released = (_RELEASES_EN if lang == "en" else _RELEASES_ZH).match(text, m.norm_end)
            if not (released or (alone and m.type == "GovernmentBody")):
                continue
            lead = leading_place(m.text)
            if lead is None or lead[2] in ("Country", "RegionGroup"):
                topic = _RELEASED_ABOUT_ZH.match(text, released.end()) if released and lang == "zh" else None
                named = [p for p in by_sentence.get(s.index, []) if topic and p.norm_start == topic.end()
                         and p.type in _PLACE_TYPES and p.type != "RegionGroup"
                         and _STATISTICS_AFTER_ZH.match(text, p.norm_end)]
                if named:  # 交通部观光署昨日公布2025年台湾入境旅游统计: the place the statistics are of
                    return named[0]
                continue
            return _place_of_body(doc, s, m, lead, implied)  # (kept once a figure has it)
    return None


#: what may stand between a body's release verb and the place its statistics are of: a period (公布2025年上半年…)
_RELEASED_ABOUT_ZH = re.compile(r"(?:了)?(?:\d{4}年度?|今年|去年|本年度?)?(?:[上下]半年|前?[一二三四]季度?|第[一二三四]季度?|"
                                r"(?:\d{1,2}月份?(?:至|到|-)?)+)?(?:的)?")
#: the statistics a release is of, after the place: …台湾入境旅游统计, …全省服务贸易数据
_STATISTICS_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:统计|数据|报告|情况|概况|快报|公报)")


def _holders(doc: Document, own: list[Mention]) -> list[Mention]:
    """The mentions of a sentence that may hold its figures: not a work's maker named in brackets after its title
    (《雾港奇谭》（南栖网络）：这款手游…首月流水约…, "Stonebridge Tactics (Yarrow Games) has not launched yet, but
    pre-registrations topped…", a roundup's entry: the work's figures, not the studio's)."""
    text = doc.analysis_text
    works = {m.norm_end for m in own if m.type in WORK_TYPES}
    return [m for m in own if not (
        m.type == "Firm" and 2 <= m.norm_start and text[m.norm_start - 1] in "(（" and _MAKER_BRACKET_END.match(text, m.norm_end)
        and text[m.norm_start - 2] in "》」』 " and m.norm_start - 2 in works)]  # also "Stonebridge Tactics (Yarrow Games) has…"


#: the rest of a maker's name in brackets after a title, and the bracket's end: (拾光|製作）
_MAKER_BRACKET_END = re.compile(r"[^()（）,，。;；:：]{0,6}[)）]")


#: (also the scope of a record: "the most in a single month this year", "the highest of any month this year")
_SO_FAR_EN = re.compile(r"\bso far\s+$|\b(?:most|highest|largest|biggest|lowest|best|fewest)\b[\w\s-]{0,30}?"
                        r"\b(?:in\s+(?:a|any)\s+(?:single\s+)?(?:month|week|day|quarter)|of\s+any\s+(?:month|week|day|quarter))\s+$",
                        re.I)


#: a day something starts from (自8月5日起, 从6月21日开启) and a day something ended on (于9月3日收官, 17日结束)
_SINCE_DAY_BEFORE_ZH = re.compile(r"(?:自|从)\s*$")
_SINCE_DAY_AFTER_ZH = re.compile(r"\s*(?:起|开启|开始|启动|上线|开放|开跑|以来)")
_ENDED_AFTER_ZH = re.compile(r"\s*(?:正式)?(?:收官|结束|截止|落幕|闭幕|完结)")


def _since_day_spans(text: str, periods: list[PeriodRef], ended: list[PeriodRef], today: Optional[str]) -> list[PeriodRef]:
    """``periods`` with a day something started from (项目自8月5日开启，累计筹得…, 自6月21日起募得…) made the days from
    it to the day the article said it ended on (众筹于9月3日收官), else to the article's day: what was counted
    since then, not on that day."""
    out = []
    for p in periods:
        if _day(p) and _SINCE_DAY_BEFORE_ZH.search(text, max(0, p.norm_start - 2), p.norm_start) \
                and _SINCE_DAY_AFTER_ZH.match(text, p.norm_end):
            ends = [e.label for e in ended if e.label > p.label]
            end = ends[-1] if ends else today if today and re.fullmatch(r"\d{4}-\d{2}-\d{2}", today) and today > p.label \
                else None
            if end is not None:
                label = canonical_label(f"{p.label}/{end}")
                p = replace(p, start=p.label, end=end, label=label)
        out.append(p)
    return out


def _since(text: str, p: PeriodRef) -> bool:
    """Whether a period only says since when (是自2019年以来首次…, the first rise since 2019, 8月起，该片陆续在…上映)
    or is the scope of a superlative (成为今年海外票房最高的…): it dates no figure of the sentences after it."""
    if _MONTH_LABEL.fullmatch(p.label) and re.match(r"起[，,]", text[p.norm_end:p.norm_end + 2]):
        return True
    if re.fullmatch(r"\d{4}", p.label) and _SUPERLATIVE_AFTER_ZH.match(text, p.norm_end):
        return True
    if re.match(r"\s*年?以来(?:的)?(?:新高|新低|最高|最低|最好|最佳|最多|最少|最快|首次|首度)", text[p.norm_end:p.norm_end + 10]):
        return True  # 均创2019年以来新高: the record's scope, whatever comes before it
    return bool(re.search(r"(?:自|自从|从|since)\s*$", text[max(0, p.norm_start - 7):p.norm_start], re.I)
                and (re.match(r"\s*(?:年)?(?:以来|起|来)", text[p.norm_end:p.norm_end + 4])
                     or re.search(r"since\s*$", text[max(0, p.norm_start - 7):p.norm_start], re.I)))


#: a year that scopes a superlative: 今年海外票房最高的国产动画电影, 今年在港上映內地電影中票房最高的作品
_SUPERLATIVE_AFTER_ZH = re.compile(r"[^，,。；;]{0,16}?(?:最高|最多|最大|最快|最佳|最长|最低|最少|最短|最热|之最)(?:的|者)")


#: a figure in yuan written out as some other yuan: 新台币312亿元, NT$, 港元, 澳门元
_OTHER_YUAN = {"CCY_TWD", "CCY_HKD", "CCY_MOP"}
_NAMED_CURRENCY = re.compile(r"人民币|RMB|CNY|美元|欧元|日元|韩元|港元|港币|新台币|台币|澳门元|澳门币|新加坡元|英镑|\$|€|£|¥|"
                             r"(?i:\byuan\b|\brenminbi\b)")
_MAINLAND_WORDS = re.compile(r"大陆|内地|人民币|mainland", re.I)
#: words only Taiwan's securities market uses (analysis text is Simplified): its OTC boards (上柜, 兴柜, 柜买中心), an
#: investment adviser's note (投顾), P/E and EPS as Taiwan says them (本益比, 每股盈余: 市盈率 and 每股收益/盈利 elsewhere)
_TAIWAN_MARKET = re.compile(r"上柜|兴柜|柜买|投顾|本益比|每股盈余|台股")
_YUAN_NAMED = re.compile(r"人民币|RMB|CNY|大陆|内地")


def _local_yuan(doc: Document, observations: list[ObservationMention]) -> list[ObservationMention]:
    """A bare 元 in an article that states its amounts in New Taiwan, Hong Kong or Macao dollars is that money.

    "今年前三季台湾游戏业海外营收达新台币312亿元…。另一方面，动画全年出口额约为8.3亿元": Taiwanese (and
    Hong Kong, Macao) writers say 元 for their own dollar once they have named it. An amount written with
    人民币/RMB (or a sentence saying 大陆/内地) sets the article back to yuan.
    """
    text = doc.analysis_text
    article_of = {s.index: s.article for s in doc.sentences}
    sentences = {s.index: s for s in doc.sentences}
    local: dict[int, Optional[str]] = {}
    # an article in the words of Taiwan's stock market (本益比, 上櫃, 投顧…) that never names the yuan counts in New
    # Taiwan dollars from its headline on, before (or without) 新台幣 being written
    said: dict[int, list[str]] = {}
    for s in doc.sentences:
        said.setdefault(s.article, []).append(s.text)
    for art, texts in said.items():
        whole = "".join(texts)
        if _TAIWAN_MARKET.search(whole) and not _YUAN_NAMED.search(whole):
            local[art] = "CCY_TWD"
    # a headline's 元 before the body names the money: the article's first named money, when it is a local dollar and
    # nothing before it names the yuan (主管机关估每年带动逾18亿元投资 … 新台币…)
    for o in observations:
        art = article_of.get(o.sentence)
        if art in local:
            continue
        surface = text[o.quantity.norm_start:o.quantity.norm_end]
        if _NAMED_CURRENCY.search(surface):
            first = next((s for s in doc.sentences if s.article == art), None)
            upto = text[first.norm_start:o.quantity.norm_start] if first is not None else ""
            local[art] = o.quantity.unit if o.quantity.unit in _OTHER_YUAN and not _YUAN_NAMED.search(upto) else None
    local = {k: v for k, v in local.items() if v is not None}
    out = []
    for o in observations:
        q = o.quantity
        art = article_of.get(o.sentence)
        surface = text[q.norm_start:q.norm_end]
        named = _NAMED_CURRENCY.search(surface)
        if q.unit in _OTHER_YUAN and named:
            local[art] = q.unit
        elif q.unit == "CCY_CNY" and named:
            local[art] = None
        elif q.unit == "CCY_CNY" and not named and (surface.rstrip().endswith("元") or q.unit_implicit) and local.get(art):
            # (an amount with no currency word at all, 總收入約6.07億, is the article's money too)
            s = sentences[o.sentence]
            if not _MAINLAND_WORDS.search(s.text) and (s.script != "zh-Hans" or local[art] == "CCY_TWD"):
                # (a mainland writer's 元 is the yuan even after 港元: 拟募资约9.37亿港元…，我国动画出海规模约为76.4亿元)
                o = _replace(o, quantity=replace(q, unit=local[art]))
        out.append(o)
    return out


#: a survey article: its headline or lead speaks of a survey or a poll
_SURVEY_ZH = re.compile(r"调查|问卷|民调|调研")
_SURVEY_EN = re.compile(r"(?i)\b(?:survey|poll)(?:s|ed)?\b")
#: the people a survey asked, after their place: 2,537名韩国短视频用户, 本港网购平台用户, 韩国受访用户
_SURVEYED_AFTER_ZH = re.compile(r"[\u4e00-\u9fff、和及与]{0,14}?(?:用户|受访者|居民|民众|市民|网民|消费者|玩家|观众|家长|青少年|"
                                r"年轻人|成年人|学生|读者|听众|行业|产业|企业|从业者|业者)")
#: … or after it in English: "China's language services industry", "Japan's game studios"
_SURVEYED_AFTER_EN = re.compile(r"(?i)['’]s\s+(?:[a-z\-]+\s+){0,4}?(?:industry|sector|firms|companies|studios|"
                                r"consumers|users|players|gamers|adults)\b")
#: … and before it: "3,940 adults in Canada", "consumers across Japan"
_SURVEYED_BEFORE_EN = re.compile(r"(?i)\b(?:adults|people|consumers|respondents|users|residents|players|gamers|viewers|"
                                 r"readers|parents|teenagers|households)\b[^.;]{0,40}?\b(?:in|from|across)\s+(?:the\s+)?$")


def _surveyed_place(doc: Document, observations: list[ObservationMention],
                    mentions: Sequence[Mention]) -> list[ObservationMention]:
    """In an article that reports a survey, every figure is the surveyed population's: of the place its people live in.

    "《韩国用户中国短剧观看调查》…共有2,537名韩国短视频用户完成问卷…61.4%的受访者看过中国短剧", "A poll of 3,118
    adults in Canada … found that 49.5 percent had played a Chinese-made game": the shares of respondents, their
    spending, the sample itself and the market it is drawn from are Korea's, Canada's; the country
    whose games or dramas they play (中国手游, Chinese dramas) is what is measured, not whose figure it is; a figure
    held by another place of its own (41%的欧洲玩家) keeps it. An article
    is a survey's when its headline or first paragraph says 调查/问卷/survey/poll; the place is the first one named
    with the people asked in a sentence about the survey.
    """
    text = doc.analysis_text
    by_article: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        by_article.setdefault(s.article, []).append(s)
    places: dict[int, Mention] = {}
    # (the places figures were given before, 我国 implied among them, as well as those the text names)
    held = [o.subject for o in observations if o.subject is not None and o.subject.rule == "implied-country"]
    candidates = sorted(list(mentions) + held, key=lambda m: m.norm_start)
    for art, sentences in by_article.items():
        body = [s for s in sentences if len(s.text.strip()) > 30]
        opening = sentences[:2] + body[:2]
        if not any(_SURVEY_ZH.search(s.text) or _SURVEY_EN.search(s.text) for s in opening):
            continue
        about_survey = {s.index for s in sentences if _SURVEY_ZH.search(s.text) or _SURVEY_EN.search(s.text)
                        or re.search(r"受访|访问|respondents?|sample", s.text, re.I)}
        for m in candidates:
            if m.sentence not in about_survey or m.type not in _PLACE_TYPES \
                    or re.search(r"(?:%|成)\s*的\s*$", text[max(0, m.norm_start - 4):m.norm_start]):
                continue  # (62%的东南亚玩家…: the people a figure counts, not those the survey asked)
            if ((_SURVEYED_BEFORE_EN.search(text, max(0, m.norm_start - 60), m.norm_start)
                 or _SURVEYED_AFTER_EN.match(text, m.norm_end)) if m.lang == "en"
                    else _SURVEYED_AFTER_ZH.match(text, m.norm_end)):
                places[art] = m
                break
    if not places:
        return observations
    article_of = {s.index: s.article for s in doc.sentences}
    out = []
    for o in observations:
        place = places.get(article_of.get(o.sentence))
        if place is not None and not (o.subject is not None and o.subject.type in _PLACE_TYPES and (
                _same_holder(o.subject, place) or fold(o.subject.canonical or o.subject.text) not in _HOME)):
            # (a place of its own, 41%的欧洲玩家, stays; the home country of what is played or watched, 中国手游,
            # 內地串流, Chinese dramas, is what is measured)
            o = _replace(o, subject=place, subject_default=None)
        out.append(o)
    return out


def _next_line(doc: Document, said: Sentence, s: Sentence) -> bool:
    """Whether ``s`` is the sentence right after ``said``, on the next line (one line break, no blank line
    between: a text that writes a paragraph a line, such as a translation under its original)."""
    return s.index == said.index + 1 and doc.analysis_text[said.norm_end:s.norm_start].count("\n") == 1


def _pair_behind(o: ObservationMention, pool: list[ObservationMention], headline, article_of: dict) -> Optional[
        tuple[ObservationMention, ObservationMention]]:
    """Two levels the text states one after the other, in one sentence and of two periods (从2020年的3.15亿元升至2026年的
    12.9亿元), whose ratio is the headline's multiple or rise (逾六倍; 翻两番 = 4; a 25 percent rise = 1.25), as its
    qualifier allows (more than: at least; about or none: within a tenth)."""
    try:
        want = float(o.quantity.value) if o.quantity.kind == "multiple" else 1 + float(o.quantity.value) / 100
    except (TypeError, ValueError):
        return None
    levels = [x for x in pool if not headline(x) and x.quantity.kind == "level" and x.period is not None
              and article_of.get(x.sentence) == article_of.get(o.sentence) and x.quantity.value]
    for a, b in zip(levels, levels[1:]):
        if a.sentence != b.sentence or a.quantity.unit != b.quantity.unit or a.period.label >= b.period.label:
            continue
        try:
            ratio = float(b.quantity.value) / float(a.quantity.value)
        except (ValueError, ZeroDivisionError):
            continue
        if o.quantity.qualifier in ("more_than", "at_least"):
            fits = want <= ratio <= want * 1.5
        elif o.quantity.qualifier in ("less_than", "at_most", "nearly"):
            fits = want * 0.85 <= ratio <= want * 1.001
        else:
            fits = abs(ratio - want) <= 0.1 * want
        if fits and (o.subject is None or b.subject is None or _same_holder(o.subject, b.subject)):
            return a, b
    return None


def _date_headlines(doc: Document, observations: list[ObservationMention]) -> list[ObservationMention]:
    """A figure of a headline with no period takes the period of the same measure in its article's text
    ("X's Annual Trade in Services Exceeds $1 Trillion" / "…in 2024, … approximately $1.05 trillion").

    So does an undated figure of an article's opening (its first three sentences: a second headline,
    the lead) that the text then states again with its period: the same measure, unit and kind, and a
    value within a tenth of it ("…surpassing $1 trillion for the first time." / "…(approximately
    $1.05 trillion) in 2024"). A lead figure the text does not restate stays undated.
    """
    titles = [a.title_span for a in doc.articles if a.title_span] + ([doc.title_span] if doc.title_span else [])
    article_of = {s.index: s.article for s in doc.sentences}
    opening: set[int] = set()
    seen: Counter = Counter()
    starts = {i + 1: a.title_span[0] for i, a in enumerate(doc.articles) if a.title_span}
    for s in doc.sentences:
        if s.end <= starts.get(s.article, -1):
            continue  # a dateline before the headline
        seen[s.article] += 1
        if seen[s.article] <= 3:
            opening.add(s.index)

    def headline(o: ObservationMention) -> bool:
        return any(a <= o.start and o.end <= b for a, b in titles)

    dates = {d[:10] for d in [doc.date] + [a.date for a in doc.articles] if d}

    def dated(o: ObservationMention, pool: list[ObservationMention]) -> ObservationMention:
        # a headline or lead dated only by the day the article is dated (台北18日电, a dated header) is undated as a figure
        undated = o.period is None or (re.fullmatch(r"\d{4}-\d{2}-\d{2}", o.period.label) is not None
                                       and o.period.label in dates and (headline(o) or o.sentence in opening))
        if undated and o.indicator != "unspecified" and (headline(o) or o.sentence in opening):
            title = headline(o)
            later = next((x for x in pool if not headline(x)
                          and not (o.period is not None and x.period is not None and x.period.label == o.period.label)
                          and article_of.get(x.sentence) == article_of.get(o.sentence)
                          and ((title and x.indicator == o.indicator) or (x.start > o.start and _restates(o.quantity, x.quantity)
                                                                           and (title or x.indicator == o.indicator)))), None)
            pair = _pair_behind(o, pool, headline, article_of) if title and o.period is None \
                and o.quantity.kind in ("growth", "multiple") else None
            if pair is not None:
                # 掌舵六年境外收入翻两番 / …从2020年的3.15亿元升至2026年的12.9亿元: the pair of levels the change is
                # the arithmetic of dates it, from the first to the second
                return _replace(o, period=pair[1].period, comparison_period=pair[0].period.label)
            if later is None and title and o.quantity.kind in ("growth", "multiple"):
                # "X's foreign cadet income nearly doubles" / "…income from training foreign cadets rose 96.3%…": the
                # rise the text gives, of an overlapping measure (the headline's words are fewer or other)
                mine = set(o.indicator.split("+"))
                later = next((x for x in pool if not headline(x) and x.quantity.kind == "growth" and x.period is not None
                              and article_of.get(x.sentence) == article_of.get(o.sentence)
                              and _overlapping_measures(mine, set(x.indicator.split("+")))
                              and (o.subject is None or x.subject is None or _same_holder(o.subject, x.subject))), None)
                if later is not None and o.comparison_period is None and later.comparison_period is not None:
                    o = _replace(o, comparison_period=later.comparison_period)
            if later is not None and later.period is not None:  # (the figure it restates may be undated too: an event's)
                o = _replace(o, period=later.period)
                if o.quantity.kind in ("growth", "multiple") and o.comparison_period is None:
                    # "Kinetra's overseas subscription revenue rises 37%": against the same period a year before, as
                    # the rise the text gives says, or as a rise with no base does
                    base = later.comparison_period if later.quantity.kind in ("growth", "multiple") else None
                    o = _replace(o, comparison_period=base or comparison_period(later.period))
        if headline(o) and o.subject is None and o.subject_default is None and o.indicator != "unspecified":
            # 上半年內地訪客新造保單保費按年增逾兩成 (no holder) / 上半年本港…保費…: the holder the text gives the measure
            held = next((x for x in pool if not headline(x) and x.indicator == o.indicator and x.subject is not None
                         and article_of.get(x.sentence) == article_of.get(o.sentence)), None)
            if held is not None:
                o = _replace(o, subject=held.subject, subject_default=held.subject_default)
        return o

    # the lead first, from its last figure back (a lead figure may restate one after it that the text dates), then the
    # headlines, which take the lead's figures as dated
    body = list(observations)
    for i in reversed(range(len(body))):
        if not headline(body[i]):
            body[i] = dated(body[i], body)
    return [dated(o, body) if headline(o) else o for o in body]


def _overlapping_measures(a: set[str], b: set[str]) -> bool:
    """Whether two indicators' concepts name the same measure loosely: one holds the other, or they share two."""
    a, b = a - {"unspecified"}, b - {"unspecified"}
    return bool(a and b and (a <= b or b <= a or len(a & b) >= 2))


def _restates(a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` may be the figure ``a`` rounds: same unit and kind, value within a tenth."""
    if a.unit != b.unit or a.kind != b.kind or not a.value or not b.value:
        return False
    low, high = sorted((Decimal(a.value), Decimal(b.value)))
    return low > 0 and high <= low * Decimal("1.1")


#: a sentence that goes on about what the one before it said: 其中…, 同期…, Of this…, In the same period…
_CONTINUES_ZH = re.compile(r"^[\s“\"]*(?:从(?:结构|构成|领域|行业|业态|类别|细分)上?来?看|其中|同期|同时|与此同时|此外|另外|另|这|该|其|此|上述|以上|分别|环比|同比|比|较|占|全年|当月|同月|累计|"
                           r"同样|也|相比之下|相较之下|与之相比|对比之下)")
_CONTINUES_EN = re.compile(r"^[\s\"“]*(?:Of (?:this|these|that|them|which)|In the same (?:period|month|quarter)|During the same|"
                           r"Over the same|That|This|These|Those|It|Its|They|Their|Meanwhile|Of the|Among them|Year on year|"
                           r"Month on month|Also|Likewise|Similarly|In the same month|By contrast|In contrast)\b", re.I)
#: words that speak of the figure just stated: of that total, 这一数字, 该数字
_THAT_FIGURE = re.compile(r"\b(?:of )?(?:that|the|this) (?:total|figure|amount|sum)\b|这一?数字|该数字|这一数据|该数据|这一总额", re.I)
#: a number of years to come: 未来两三年, 今后五年, in the next three years, over the coming decade
_YEARS_AHEAD = re.compile(r"(?:未来|今后|往后)\s*(?:[一二两三四五六七八九十\d]{1,3}|几|数)\s*(?:个)?年|"
                          r"\b(?:in|over|within) the (?:next|coming) (?:(?:few|two|three|four|five|ten|\d{1,2}) )?(?:years|decade)\b", re.I)
#: the present of the writer, not the period of an earlier sentence: 目前, 现在, currently, now
_NOW = re.compile(r"(?:目前|现在|现阶段|当前|如今|眼下|时下)(?!预计|预测|预期|估计|预估)|"
                  r"\b(?:currently|now|today|at present|these days)\b(?!\s+(?:expects?|forecasts?|sees|predicts?|estimates?|"
                  r"projects?|anticipates?|believes?|thinks?)\b)", re.I)


#: a time that opens a clause before a holder referred back to: 上半年公司…, 今年园区企业…
_TIME_OPENS_ZH = r"(?:今年|去年|全年|上半年|下半年|前三季度|第?[一二三四]季度|首季|期内|年内)"
#: after a multiple, a valuation ratio: 市盈率, 本益比, 市净率, P/E, "times forecast earnings", "times 2033E earnings"
#: a valuation ratio named before its multiple: 本益比約18倍, 市盈率约25倍, a P/E of about 16 times
_VALUATION_BEFORE = re.compile(r"(?:市盈率|本益比|市净率|市销率|股价净值比)[^，,。；;\d]{0,6}$|(?i:\b(?:p/e|price-to-earnings|"
                               r"price/earnings)(?:\s+ratio)?\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$)")
_VALUATION_MULTIPLE = re.compile(r"\s*(?:的)?(?:预测|预估)?(?:市盈率|本益比|市净率|市销率|股价净值比)|(?i:\s*(?:its\s+|the\s+)?"
                                 r"(?:(?:this|next|last)\s+year['’]s\s+|\d{4}[EF]?\s+|forward\s+|forecast\s+|trailing\s+|"
                                 r"estimated\s+)*(?:forecast\s+)?(?:earnings|eps|p/e|book\s+value|sales)\b)")
#: an English multiple of an amount the sentence names without a figure: "nearly six times the value of the coupons",
#: "one and a half times the target" (a ratio of two amounts, not a change against an earlier period)
_MULTIPLE_OF_AMOUNT_EN = re.compile(r"\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:value|amount|sum|cost|budget|target|goal|"
                                    r"estimate|average|face\s+value)\b(?!['’]s)(?![^.;]{0,30}?\b(?:a\s+year\s+(?:earlier|"
                                    r"ago|before)|last\s+year|previous|prior|(?:19|20)\d{2})\b)", re.I)


#: a ratio of debt to earnings before the multiple that states it: 全部债务与EBITDA之比, 借款约为EBITDA的, debt to
#: EBITDA, leverage
_LEVERAGE_RATIO = re.compile(r"(?:债务|负债|借款|借贷)[^，,。；;]{0,12}?(?:与|对|/|为)\s*EBITDA|EBITDA\s*的|杠杆率|杠杆倍数|"
                             r"(?i:\b(?:debt|borrowings|net\s+debt)[\s-]+to[\s-]+EBITDA\b|\bleverage\b)")


def _multiple_of_a_figure(text: str, q: Quantity, quantities: Sequence[Quantity], lang: str) -> bool:
    """Whether a multiple is taken of another figure of its clause (为3万美元目标的26倍, about 18 times its $60,000
    target), not of an earlier period."""
    for o in quantities:
        if o is q:
            continue
        if lang == "en" and q.norm_end <= o.norm_start and re.fullmatch(
                r"\s+(?:its|the|their|a|an)\s+(?:[a-z-]+\s+){0,2}", text[q.norm_end:o.norm_start]):
            return True
        if lang != "en" and o.norm_end <= q.norm_start and re.fullmatch(
                r"[^，,。；;\d]{0,8}的\s*(?:约|近|逾|超过)?\s*", text[o.norm_end:q.norm_start]) \
                and re.search(r"(?:是|为|達|达|相当于)\s*(?:原)?\s*$", text[max(0, o.norm_start - 4):o.norm_start]):
            return True
    return False


#: the last item of a list of years: "… and 612 million yuan in fiscal 2030", ", and 8.7 percent in 2029"
_YEARS_LISTED_EN = re.compile(r"(?i)\band\s+(?:[^,;.]{0,30}?\s)?(?:in|for)\s+(?:fiscal\s+(?:year\s+)?)?$")
#: a firm that foresees, before what it foresees: 澄川证券预计，…, X研报预测…
_FORECASTS_ZH = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?(?:发布的?)?(?:研报|研究报告|报告)?(?:预计|预测|估计|预期|认为)")
#: … and the firm referred back to right after it: 预计，公司2026年…, 预测该公司…
_FORECAST_OF_ZH = re.compile(r"\s*[，,：:]?\s*(?:该|这家)?(?:公司|集团)")
#: a firm referred back to: 这家企业, 该公司, the company
_FIRM_ANAPHOR = re.compile(r"(?<![在于从经过登])(?:这家|该|此|这个)(?:企业|公司|集团|厂商|游戏公司|工作室|平台)|"  # not 在该平台
                           # 这家成立于2017年的游戏公司, 这支成立于2019年的团队: the firm, described
                           r"(?:这家|这支)[^，,。；;“”「」]{1,14}?的[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|厂商|工作室|团队)|"
                           r"(?:(?<=^)|(?<=[，,。；;：:]))(?:而|但|同时|此外|另外)?(?:" + _TIME_OPENS_ZH + r"(?:内|中)?)?(?:公司|集团|工作室)(?![数总家])(?=[\u4e00-\u9fff])|"  # 公司全年营收为…, 上半年公司在…, 而公司海外业务…
                           r"(?:(?<=^)|(?<=[，,。；;：:]))品牌(?=今年|去年|前年|上半年|下半年|目前|已|的|在|共|累计)|"  # 品牌去年海外销售额
                           # 截至年末，其总资产…: its (the firm just named) accounts
                           r"(?:(?<=^)|(?<=[，,。；;：:]))其(?=总资产|资产总额|总负债|负债总额|净资产|营业收入|营收|净利润|利润总额|资产负债率|员工|现金)|"
                           r"\b(?:the|this) (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?-based )?(?:company|firm|group|studio|developer|publisher)(?:['’]s)?\b|"
                           # Group revenue rose…, group net profit: the firm's, as a whole
                           r"\bgroup(?=\s+(?:revenue|sales|turnover|net|operating|profit|income|earnings|gross)\b)", re.I)
#: a sentence about a whole industry or market, not about the article's holder: Industry-wide, 全行业, 业内
_WHOLE_FIELD = re.compile(r"\b(?:industry[- ]wide|across the (?:industry|sector|market)|the (?:whole|entire|overall) "
                          r"(?:industry|sector|market)|(?:the )?industry as a whole|globally|worldwide|nationwide)\b|"
                          r"全行业|整个行业|行业整体|全产业|业界|业内|全球|全国|全世界", re.I)
#: an event referred back to: 本届博览会, 展会期间, the expo
_EVENT_ANAPHOR = re.compile(r"(?:本届|该|此|这届|这次|本次|今届)(?:博览会|展会|展览会|交易会|大会|论坛|峰会|电影节|动漫节|游戏展|书展|电玩节|漫画节|"
                            r"影视展|展览|盛会|活动|赛事|比赛)|(?:本届|今届|这届|该届)|(?:展会|博览会|展期|会展|活动|大会|赛事|比赛|[\u4e00-\u9fff]{1,2}节)期间|"
                            r"\b(?:the|this year's) (?:event|expo|fair|show|festival|exhibition|summit|forum|convention)\b", re.I)
#: taking part in an event: what only an event's figures say (参展, took part, visits)
_TAKES_PART = re.compile(r"参展|参会|布展|观展|入场|到场|参观人次|展商|观众|观赛|took part|exhibited|exhibitors?|attended|attendees|"
                         r"\bvisits\b|participat", re.I)
#: the firm named before as the one who tells the sentence's figures: "…, the company said in a filing"
_FIRM_SAYS_EN = re.compile(r"\b(?:the|this) (?:company|firm|group)\s+(?:said|says|reported|announced|disclosed|added|noted)\b|"
                           r"\baccording to (?:the|this) (?:company|firm|group)['’]s\b", re.I)
#: a work referred back to: 该游戏, 这部影片, 本作, the game; or its makers (研发团队: the team of the work just named)
_WORK_ANAPHOR = re.compile(r"(?:这|该|此|(?<![日基根资成剧版文样账脚课读绘话蓝范原])本)(?:款|部|个|系列)?(?:游戏|手游|端游|作品|影片|电影|动画片?|剧集|短剧|漫剧|网剧|剧|小说|漫画|片|作)(?![区面场])|"
                           # 这部硬科幻小说, 这款像素风解谜游戏, 这部低成本武侠片: the kind, described (not 这部分…)
                           r"(?:这|该|此)(?:款|部)(?!分)[\u4e00-\u9fff]{1,6}?(?:游戏|手游|作品|影片|电影|动画片?|剧集|短剧|漫剧|"
                           r"网剧|剧|小说|漫画|片)(?![区面场商])|"
                           r"(?:这|该|此)(?:个|一)?IP(?![A-Za-z])|"  # 该IP海外授权收入: the franchise named before
                           r"(?:(?<=^)|(?<=[，,。；;：:\s])|(?<=其)|(?<=该作的)|(?<=游戏的))(?P<team>(?:研发|开发|制作|主创|创作)团队)|"
                           # the game, the 52-episode series, the hand-drawn feature (not the film industry)
                           r"\b(?:the|this) (?:[\w-]+ ){0,2}?(?:game|title|film|movie|series|drama|novel|feature|anthology|"
                           r"documentary|" + "|".join(GENRE_WORDS_EN) + r")(?:['’]s)?\b(?!\s+(?:market|industry|sector|business|companies|firms|makers|"
                           r"exports|imports|trade|segment)s?\b)", re.I)
#: a place referred back to: 该市, 该省, 本区, 该港, 该园区, the city, the port
_PLACE_ANAPHOR = re.compile(r"(?:该|本|这个|此)(地区|市|省|区|县|港|园区|产业园|片区|自贸区|自贸港|试验区|开发区)|"
                            r"(?:(?<=^)|(?<=[，,。；;：:]))(乐园|园区)(?=[\u4e00-\u9fff])(?![内外里])|"
                            # 区内企业, 上半年园区企业, 聚落业者: the firms of the zone named before
                            r"(?:(?<=^)|(?<=[，,。；;：:]))" + _TIME_OPENS_ZH + r"?(区|园区|园|聚落)内?(?=企业|业者|商户|商家|工作室)|"
                            r"(综保区)|"  # 约占综保区物流服务收入的四成二: the bonded zone named before
                            # 全省共有…企业, 占全省…的39.9%, 全台观光旅馆: the province (island, Hong Kong…) named before
                            r"全([省市区县台岛])(?![场域份级])|(全港|全澳)(?![口洲])|"
                            r"\b(?:the|this) (city|province|port|zone|park|region)(?:['’]s)?\b", re.I)
_PLACE_ANAPHOR_TYPES = {
    "地区": ("RegionGroup", "Country", "Province", "District"), "市": ("City",), "省": ("Province",), "台": ("Province",), "岛": ("Province",), "全港": ("City", "Port"), "全澳": ("City",), "区": ("District", "Zone"), "县": ("District",), "港": ("Port",),
    "园区": ("Zone",), "产业园": ("Zone",), "园": ("Zone",), "聚落": ("Zone",), "综保区": ("Zone",), "乐园": ("Zone",), "片区": ("Zone",), "自贸区": ("Zone",), "自贸港": ("Zone",), "试验区": ("Zone",), "开发区": ("Zone",),
    "city": ("City",), "province": ("Province",), "port": ("Port",), "zone": ("Zone",), "park": ("Zone",),
    "region": ("Province", "District", "Zone"),
}
#: what only a work has: presales, box office, tickets, views, downloads, a shooting schedule
_WORK_MEASURE = re.compile(r"\b(?:pre-?sales|presold|box office|grossed|grosses|takings|tickets|viewers|viewership|views|"
                           r"streams|downloads|installs|shooting|shot over|episodes|chapters|concurrent|first-week|"
                           r"pre-?registrations|wishlists|copies)\b|"
                           r"预售|票房|观影人次|播放量|观看量|下载量|阅读量|拍摄|集数|单集|同时在线|首周|预约量|愿望单", re.I)
#: a body referred back to by what it is: the academy, the museum, the bureau, 该院, 该馆, 该局 (a firm: _FIRM_ANAPHOR)
_ORG_ANAPHOR = re.compile(r"\b(?:the|this|its) (academy|museum|institute|university|association|bureau|board|agency|administration|troupe|theatre|theater|ensemble|orchestra|"
                          r"operator|distributor|broadcaster|streamer|platform|lessor|insurer|reinsurer|lender|bank|carrier|"
                          r"airline|label|exchange|parent|app|college|school|polytechnic|alliance|league|federation|coalition|council|commission|"
                          r"office|authority|watchdog|regulator|fund|etf)"
                          r"(?:['’]s)?\b|(?:该|本)(院|馆|校|协会|机构|局|厅|平台|基金|ETF|辛迪加|联盟|商会)|(母公司|母集团)|"
                          # 学院为…举办, 学校今年…, 联盟全年…: the school or the alliance named before, opening its clause
                          r"(?:(?<=^)|(?<=[，,。；;：:\n]))(?:全年|今年|去年|上半年|前三季度)?(学院|学校|校方|联盟|协会|商会)(?=[\u4e00-\u9fff])|"
                          r"(?:(?<=^)|(?<=[，,。；;：:]))(基金)(?=表示|透露|指出|称|预计|公布|宣布)", re.I)  # firms: _FIRM_ANAPHOR
_ORGANIZATIONS = ("Organization",)
_ORG_ANAPHOR_TYPES = {
    "academy": _ORGANIZATIONS, "museum": _ORGANIZATIONS, "institute": _ORGANIZATIONS, "university": _ORGANIZATIONS,
    "association": _ORGANIZATIONS, "troupe": _ORGANIZATIONS, "theatre": _ORGANIZATIONS, "theater": _ORGANIZATIONS,
    "ensemble": _ORGANIZATIONS, "orchestra": _ORGANIZATIONS, "bureau": ("GovernmentBody",), "board": ("GovernmentBody", "Organization"),
    "agency": ("GovernmentBody", "Firm"), "administration": ("GovernmentBody",), "operator": ("Firm",),
    "distributor": ("Firm",), "broadcaster": ("Firm", "MediaOutlet"), "streamer": ("Firm", "Platform"),
    "platform": ("Platform", "Firm"), "app": ("AppProduct", "Platform"), "院": _ORGANIZATIONS, "馆": _ORGANIZATIONS, "协会": _ORGANIZATIONS,
    "机构": _ORGANIZATIONS, "局": ("GovernmentBody",), "厅": ("GovernmentBody",), "平台": ("Platform", "Firm"),
    "基金": _ORGANIZATIONS, "辛迪加": ("Firm",), "parent": ("parent",), "母公司": ("parent",), "母集团": ("parent",),
    **{k: ("Firm",) for k in ("lessor", "insurer", "reinsurer", "lender", "bank", "carrier", "airline", "label")},
    "exchange": ("Organization", "Firm"),
    **{k: _ORGANIZATIONS for k in ("college", "school", "polytechnic", "校", "学院", "学校", "校方")},
    **{k: _ORGANIZATIONS for k in ("alliance", "league", "federation", "coalition", "联盟", "商会")},
    # the council, the commission, the office, the watchdog: a public body named before (a consumer council, a fair
    # trade commission, a tourism office), whose own figures follow
    **{k: ("GovernmentBody", "Organization") for k in ("council", "commission", "office", "authority", "watchdog", "regulator")},
    # the fund, 该ETF: a fund named before (an exchange-traded fund, a compensation fund)
    **{k: _ORGANIZATIONS for k in ("fund", "etf")},
}
#: what the name of a body referred back to ends with: 学院 is a college's, 该校 any school's, 联盟 an alliance's
_REFERRED_HEADS = {"学院": ("学院",), "college": ("College", "Institute", "Polytechnic", "学院"),
                 "polytechnic": ("Polytechnic", "Institute", "College", "学院"),
                 **{k: ("学院", "学校", "大学", "学", "College", "School", "Institute", "University", "Polytechnic", "Academy")
                    for k in ("校", "学校", "校方", "school")},
                 # 联盟, the alliance: an organization named before whose name ends so (书卫联盟, the Bookguard Alliance)
                 "联盟": ("联盟",), "协会": ("协会",), "商会": ("商会",), "alliance": ("Alliance", "联盟"),
                 "league": ("League", "联盟"), "federation": ("Federation", "联合会"), "coalition": ("Coalition", "联盟"),
                 "council": ("Council",), "commission": ("Commission",), "office": ("Office", "Bureau"),
                 "authority": ("Authority",), "etf": ("ETF",), "基金": ("基金", "基金会", "ETF", "Fund")}
#: an event's own measure, in English: the event's budget, the fair's turnover
_EVENT_POSSESSIVE_EN = re.compile(r"\b(?:the|this year's) (?:event|expo|fair|festival|show|race|tournament|exhibition|forum)"
                                  r"['’]s\b", re.I)
#: where an English figure was made: on the app, on its platform (the one the article named)
_ON_THE_APP_EN = re.compile(r"\b(?:on|in|through|via) (?:the|its|this) (?:app|platform|service)\b", re.I)
#: an English phrase that refers back to a holder by what it is (cut from a measure's words)
_WHO_REFERRED_EN = re.compile(r"\b(?:the|this|its) (?:parent|company|firm|group|lessor|insurer|reinsurer|lender|carrier|airline|"
                              r"label|studio|developer|publisher|operator|distributor|broadcaster|streamer|council|commission|office|watchdog|regulator|"
                              r"agency|bureau|authority|ministry|department|fund)(?:['’]s)?\b", re.I)
#: what names the firm after it as the parent of another: the leasing arm of X, a unit of X, owned by X, 母公司X
_PARENT_BEFORE = re.compile(r"(?:\b(?:arm|unit|subsidiary|division|affiliate|branch)\s+of\s+(?:the\s+)?|\bowned\s+by\s+(?:the\s+)?|"
                            r"\bparent(?:\s+company|\s+group)?,?\s+|母公司|母集团)$", re.I)
_PARENT_AFTER_ZH = re.compile(r"\s*(?:旗下|的全资子公司|的子公司|控股的)")
#: a caption that introduces a quote: "<organization> <title> <name>：" at the start of a sentence
_CAPTION = re.compile(r"\s*[^:：。!?]{4,60}?[\u4e00-\u9fff·]{2,6}\s*[:：]")
_SPEAKER_TYPES = {"Firm", "GovernmentBody", "Organization", "Zone"}
#: who says the quote before: 」青灯出版社总编辑林采薇说, ”该公司负责人表示
_QUOTE_SAID_ZH = re.compile(r"[”」』]\s*[,，]?\s*([^。!?！？”」「“]{2,40}?)" + SAYING_ZH)
#: the speaker's own organization, in a quote: 我们, 我们公司, 我司, 本公司
_WE = re.compile(r"我们|我司|本公司|我公司|\b(?:[Ww]e|[Oo]ur|us)\b")
#: who says a quote: after it (”…说, …," said Wen, …," she said) or before it (钟予安说：“…)
_SAID_AFTER_EN = re.compile(r"[,.!?][\"”]\s+(?:(?:said|says|added|noted|explained)\s+((?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’-]*\s*){1,4}"
                            # (said artistic director Ning Shuwan, said Huiyun chairman Xu Lanting, said Lisette Marchal of X)
                            r"(?:[a-z-]+\s+(?:[A-Z][\w'’-]*\s*){1,3})?(?:of\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*){1,5})?|she|he)|"
                            r"((?:[A-Z][\w'’-]*\s+){1,4}|[Ss]he\s+|[Hh]e\s+)(?:said|says|added|noted|explained))\b")
_SAYS_BEFORE_ZH = re.compile(r"([^，,。；;：:“”「」]{1,30}?)" + SAYING_ZH + r"\s*[：:，,]?\s*[“「]")
#: a speaker who speaks for a public body, not for a firm
_OFFICIAL_ZH = re.compile("|".join(sorted(GOV_TITLES | {"主任", "书记", "官员", "发言人", "委员"}, key=lambda t: (-len(t), t))))


def _quote_said(text: str, s: Sentence) -> Optional[tuple[int, int]]:
    """The span that names who says the quote in sentence ``s``, if it quotes someone."""
    if s.script == "en":
        m = _SAID_AFTER_EN.search(text, s.norm_start, s.norm_end)
        return m.span(1) if m and m.group(1) else m.span(2) if m else None
    m = _QUOTE_SAID_ZH.search(text, s.norm_start, s.norm_end) or _SAYS_BEFORE_ZH.search(text, s.norm_start, s.norm_end)
    return m.span(1) if m else None
#: here, the place just named: 在此落地, 在这里, 于此
_HERE_ZH = re.compile(r"在此|于此|在这里|在这儿|在当地")
#: a Chinese clause that speaks of the field just named: 该领域的增速, 这一行业的规模
_ZH_BACK_REFERENCE = re.compile(r"(?:该|这一|此|上述|这个)(?:领域|行业|产业|板块|市场|业务)")
#: a paragraph that opens on what the one before it said: "The surge was driven by…", 这一增长…, 其中…
_GOES_ON = re.compile(r"\s*(?:(?:The|This|That|These|Such|Its|Their)\s+(?:surge|growth|increase|rise|jump|gain|rebound|expansion|"
                      r"decline|drop|fall|slowdown|figures?|trend|momentum|performance|results?)\b|"
                      r"(?:这|此|该|上述)一?(?:增长|增幅|增速|数据|成绩|趋势|势头|变化|下降|降幅)|其中)", re.I)


#: a period that dates a plan, not the facts around it: 下半年准备…, 明年将…, next year the company plans…
#: a date that says when something was launched, not when a figure was counted: 今年3月上线的《X》, released in March
_EVENT_DATE_AFTER = re.compile(r"\s*(?:在[^，。,;；]{1,12}?)?(?:正式|全球|首次|同步)?(?:上线|上映|发布|推出|开服|发售|公测|首映|问世|"
                               r"成立|创立|创办|创建|开台|开播|首播|诞生|面世|开业|开馆|创刊|出道|到期)(?:的|后|以来|[，,。]|$)")
#: …and a deal's year written after it: 系公司2022年收购的加拿大工作室, 2023年签订的合同 (dates no figure of its sentence,
#: though it stays the year 当年 refers back to)
_DEAL_DATE_AFTER_ZH = re.compile(r"\s*(?:收购|并购|购入|签订|签署)的")
#: a day something starts from: 6月5日起在十余个市场上映, 自1月1日起施行 (counts in the clause are of no period)
_FROM_DAY_EVENT_ZH = re.compile(r"起[^，。；,;]{0,30}?(?:上线|上映|发售|开播|播出|首播|实施|施行|生效|开放|开通|推出|发行)")
#: …and a founding year before it: 这家成立于2017年的游戏公司
_EVENT_DATE_BEFORE_ZH = re.compile(r"(?:成立|创立|创办|创建|组建|设立)于\s*$")
_EVENT_DATE_BEFORE_EN = re.compile(r"\b(?:" + EVENT_VERBS_EN + r")\s+"
                                   r"(?:[\w,]+\s+){0,4}?(?:in|on)\s+(?:early\s+|late\s+|mid-)?$"
                                   # (bonds due 2031, notes maturing in 2029: when they fall due, not a figure's period)
                                   r"|\b(?:due|maturing|mature|matures|redeemable)\s+(?:in\s+)?$"
                                   # (above the range it had forecast in November: when that forecast was made)
                                   r"|\b(?:had|it|they|we|previously|earlier)\s+(?:forecast|forecasted|predicted|projected|"
                                   r"guided|estimated|announced)\s+(?:in|on)\s+(?:early\s+|late\s+|mid-)?$", re.I)


#: an event held over a run of days: 11月22日至30日，第三届…在宜昌举行; the fair, held from May 6 to 9
_HELD = re.compile(r"举行|举办|开幕|落幕|闭幕|召开|\b(?:held|took place|takes place|staged|hosted|opened|"
                   r"ran|runs|running)\b")
#: the day something was said: 岚舟影视7月7日宣布，…; 该局10月9日发布数据 (it dates none of the figures said)
_ANNOUNCED_AFTER = re.compile(r"(?:正式|对外|向媒体)?(?:宣布|公布|发布|披露|表示|透露|称|通报|介绍)")
#: when a deal was made, after it: "a 1.36 billion yuan contract …, signed in November," (not the period of its value)
#: (set off by a comma: "contracts signed in the first half totalled…" is a flow over the half)
_SIGNED_BEFORE_EN = re.compile(r",\s*(?:(?:which|that)\s+was\s+)?(?:signed|awarded|sealed|inked|agreed)\s+(?:in|on)\s+"
                               r"(?:early\s+|late\s+|mid-)?$", re.I)
_DAY_SPAN_LABEL = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


def _held_over(text: str, p: PeriodRef) -> bool:
    """Whether a run of days is when an event was held (its clause says so), not a holiday or week its figures count."""
    if not _DAY_SPAN_LABEL.fullmatch(p.label):
        return False
    a = max(text.rfind(ch, 0, p.norm_start) for ch in "。；;\n") + 1
    ends = [i for i in (text.find(ch, p.norm_end) for ch in "。；;\n") if i >= 0] + [p.norm_end + 40]
    for m in _EN_SENTENCE_END.finditer(text, a, p.norm_start + 1):
        # an English sentence ends at ". " (not after Feb. or No.); one more character, for the capital the end looks
        # at (…ran from July 2 to July 11. During the fair, sales…: "During the fair" is in a sentence of its own)
        a = m.end()
    m = _EN_SENTENCE_END.search(text, p.norm_end, min(ends))
    return bool(_HELD.search(text, a, m.start() + 1 if m else min(ends)))


#: the end of an English sentence: a full stop and a space, not after an abbreviation (Feb. 3, No. 1, Mr. Li)
_EN_SENTENCE_END = re.compile(r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bOct)"
                              r"(?<!\bNov)(?<!\bDec)(?<!\bSept)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.\s+(?=[A-Z\"“])")


def _event_date(text: str, p: PeriodRef) -> bool:
    """Whether a period is the date of a launch or a founding (今年3月上线的《X》, 成立于2017年的, released in April), the
    days an event was held over, or a year used as a modifier (ahead of a 2027 support deadline, the 2024 edition), not
    the period of a figure."""
    if "/" in p.label and _SINCE_DAY_BEFORE_ZH.search(text, max(0, p.norm_start - 2), p.norm_start):
        return False  # 自6月2日上线以来累计…: the days since the launch (see _since_day_spans), not the launch's day
    return bool(_EVENT_DATE_AFTER.match(text, p.norm_end) or _held_over(text, p)
                or (_DAY_LABEL.fullmatch(p.label) and _FROM_DAY_EVENT_ZH.match(text, p.norm_end))
                or re.match(r"\s+(?:launch|release|debut|premiere|rollout|opening)\b", text[p.norm_end:p.norm_end + 12])
                or (_DAY_LABEL.fullmatch(p.label) and _ANNOUNCED_AFTER.match(text, p.norm_end))
                or _SIGNED_BEFORE_EN.search(text, max(0, p.norm_start - 30), p.norm_start)
                or _EVENT_DATE_BEFORE_EN.search(text, max(0, p.norm_start - 60), p.norm_start)
                or _EVENT_DATE_BEFORE_ZH.search(text, max(0, p.norm_start - 4), p.norm_start)
                or (re.fullmatch(r"\d{4}", text[p.norm_start:p.norm_end])
                    and re.search(r"\b(?:a|an|the|its|their|this|that)\s+$", text[max(0, p.norm_start - 8):p.norm_start], re.I)
                    and re.match(r"\s+[a-z]", text[p.norm_end:p.norm_end + 3])))


#: a window after a launch that a figure is counted over: 首月, 首周, 上线首日, in its first month, opening weekend
_LAUNCH_WINDOW = re.compile(r"首(?:月|周|週|日|个月|个周末|年)|(?:上线|上映|开服|发售|公映|开播)(?:首|后的?首|以来|"
                            r"(?:仅|不到|短短)?(?:[一二两三四五六七八九十\d]+|半)个?(?:年|月|周|天|日|小时))|"
                            r"\b(?:in|during|over|within) (?:its|their) (?:first|opening) (?:\w+ )?(?:days?|weeks?|months?|weekend|year)\b|"
                            r"\bopening[- ]weekend\b|\bsince (?:its|their) (?:launch|release|debut|premiere)\b|"
                            # in the week after its Oct. 9 launch, first-week sales, during launch week
                            r"\b(?:in|during|over|within) the (?:first )?(?:\w+ )?(?:days?|weeks?|months?|weekend) (?:after|following) "
                            r"(?:its|their|the) (?:[\w.]+ ){0,3}?(?:launch|release|debut|premiere)\b|"
                            r"\b(?:first|opening|launch)[- ]week\b", re.I)
_FUTURE_AFTER = re.compile(r"\s*[,，]?\s*(?:[\u4e00-\u9fff]{0,6}?)(?:准备|计划|将|预计|拟|打算|有望)|\s*,?\s*(?:[A-Za-z]+\s+){0,3}(?:will|plans?|expects?)\b")
_THIS_YEAR_PART = r"(上半年|下半年|前三季度|第?[一二三四]季度|[1-9]月|1[0-2]月|1-\d{1,2}月|1至\d{1,2}月)"


def _year_stated_as_this_year(text: str) -> Optional[str]:
    """The year an undated document calls 今年: the one it also writes out with the same part of the year.

    A transcript that says both 2025年上半年 and 今年上半年 was made in 2025. Nothing is guessed from
    years alone (an undated article about 2022-2024 may well be from 2025).
    """
    if "今年" not in text:
        return None
    parts = set(re.findall(r"今年" + _THIS_YEAR_PART, text))
    years = {m.group(1) for m in re.finditer(r"((?:19|20)\d{2})年" + _THIS_YEAR_PART, text) if m.group(2) in parts}
    return max(years) if len(years) == 1 else None


def _opens_article(doc: Document, s: Sentence, period: PeriodRef) -> bool:
    """Whether ``period`` is stated in the opening of the article ``s`` belongs to (its first three
    sentences: a headline or a byline may come before the lead)."""
    opening = [x for x in doc.sentences if x.article == s.article][:3]
    return any(x.norm_start <= period.norm_start < x.norm_end for x in opening)


_DAY_LABEL = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(period: PeriodRef) -> bool:
    return bool(_DAY_LABEL.fullmatch(period.label))


def _period_ended_by(article_periods: list[PeriodRef], day: str) -> Optional[PeriodRef]:
    """The last period longer than a month the article stated, when ``day`` is its last day (2025-H1 for 2025-06-30):
    what a stock counted that day closes."""
    last = next((p for p in reversed(article_periods) if not _day(p) and not re.fullmatch(r"\d{4}-\d{2}", p.label)), None)
    return last if last is not None and _ends_on(last, day) else None


_PART_LABEL = re.compile(r"\d{4}-[QH]\d")


def _period_holding(article_periods: list[PeriodRef], part: PeriodRef) -> Optional[PeriodRef]:
    """The last other period of months the article stated before ``part``, when it holds ``part`` and is longer
    (2025-01/2025-10 for 2025-10, 2025 for 2025-Q4). The caller passes the periods that dated a figure: one that
    only set the scene (今年白沙屯媽祖進香上月落幕, 今年以来港区新开通多条航线) is not what the article reports on."""
    def months(p: PeriodRef) -> tuple[str, str]:
        return (p.start + "-01")[:7], (p.end + "-12")[:7]  # (a year's start and end are written 2025)

    for p in reversed(article_periods):
        if p is part or p.label == part.label or _day(p) or _DAY_SPAN_LABEL.fullmatch(p.label):
            continue
        (a, b), (c, d) = months(p), months(part)
        return p if a <= c and d <= b and (a, b) != (c, d) else None
    return None


def _days_holding(article_periods: list[PeriodRef], day: PeriodRef) -> Optional[PeriodRef]:
    """The last span of days the article dated a figure by before ``day``, when it holds that day: the holiday (4月3日至
    6日) a peak day singled out of it (其中4月4日单日…) belongs to."""
    for p in reversed(article_periods):
        if p is day or p.label == day.label or _day(p):
            continue
        return p if _DAY_SPAN_LABEL.fullmatch(p.label) and p.start <= day.start and day.end <= p.end else None
    return None


def _ends_on(period: PeriodRef, day: str) -> bool:
    """Whether ``period`` ends on ``day`` (2025-H1 on 2025-06-30, 2025 on 2025-12-31): the day is when its stocks
    were counted."""
    return _last_day_of(period.end) == day


#: a sentence that goes on setting targets (力争, 增至, 目标, aims to), and one that sets a cap or a rule (最高, 上限)
_TARGET_GOES_ON = re.compile(r"力争|目标|增至|提升至|提高至|扩大至|\b(?:aims?|targets?|to reach|to rise to)\b", re.I)
_CAP_WORDS = re.compile(r"最高|上限|不超过|不高于|封顶|每[家个项案]|单个|\b(?:capped|a cap|up to|at most)\b", re.I)


def _carries(doc: Document, s: Sentence, period: PeriodRef, now_too: bool = False) -> bool:
    """Whether a sentence that states no period of its own is dated by the period stated before it.

    A year, half, quarter, span or day (an event's date, within its paragraph) carries over the
    sentences that follow it in its article. A single month dates only its own sentence unless the next one goes on
    about it (其中…, 同期…, Of this…): "11月，X达到217部。漫剧每分钟成本约50元到150元" does not make
    the cost November's. A sentence that speaks of the present (目前, currently) takes nothing carried
    (it is dated by the article's day, when known), unless ``now_too``: what carries over its clauses before the
    present one.
    """
    if _NOW.search(s.text) and not now_too:
        return False
    written = _article_date(doc, s) or (doc.date or "")[:10]
    if written[:4].isdigit() and period.start[:4].isdigit() and period.start[:4] > written[:4]:
        # 到2027年…: a target year dates its own sentence, not the caps and rules stated after it (单个企业最高30万元);
        # but the plan's other targets after it are of that year too (…提出到2030年…。分领域看，…由2024年的3.2亿增至8亿左右)
        return bool(_TARGET_GOES_ON.search(s.text)) and not _CAP_WORDS.search(s.text)
    if period.label == written and not _stated_in_body(doc, s, period):
        # the day the article is dated (its header, 2025-08-05 / 发布时间) is when it was written, not when its
        # figures were counted (今届入场人次约68.2万 is the whole fair's)
        return False
    if "\n" in doc.analysis_text[period.norm_end:s.norm_start] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", period.label) \
            and period.label != (_article_date(doc, s) or (doc.date or "")[:10]) \
            and not _opens_article(doc, s, period) and not (
            (_CONTINUES_EN if s.script == "en" else _CONTINUES_ZH).match(s.text) or _GOES_ON.match(s.text)):
        # an event's day (去年底成立了…) does not date the next paragraph; the day an article opens on
        # (12月18日，第四届…在上海举办) dates the whole article, like a dateline
        return False
    if re.fullmatch(r"\d{4}-\d{2}", period.label):
        # …其中…, Of this…, in the month, 当月, of the total: the sentence goes on about that month
        return bool((_CONTINUES_EN if s.script == "en" else _CONTINUES_ZH).match(s.text) or _SAME_MONTH.search(s.text)
                    or _THAT_FIGURE.search(s.text))
    return True


#: the words of a header line that dates an article (发布时间：…，来源：…, Published: …)
_HEADER_WORDS = re.compile(r"(?:发布|发表|更新|刊发|出版)?(?:时间|日期)|来源|作者|责任编辑|编辑|记者|本报讯|"
                           r"\b(?:published|updated|posted|source|date|by)\b", re.I)


def _stated_in_body(doc: Document, s: Sentence, period: PeriodRef) -> bool:
    """Whether a period is written in a sentence of the article's text, not in a header line that only dates it."""
    i = bisect_right(doc.sentences, period.norm_start, key=lambda x: x.norm_start) - 1  # asked for every sentence
    if i < 0 or not doc.sentences[i].norm_start <= period.norm_start < doc.sentences[i].norm_end:
        return False
    x = doc.sentences[i]
    rest = doc.analysis_text[x.norm_start:x.norm_end].replace(doc.analysis_text[period.norm_start:period.norm_end], "")
    rest = _HEADER_WORDS.sub(" ", rest)
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]{6,}", rest))


#: the month just named, referred back to: in the month, that month, 当月, 同月, 该月
_SAME_MONTH = re.compile(r"\b(?:in|during|for|over) (?:the|that) (?:same )?month\b|当月|同月|该月", re.I)


def _article_date(doc: Document, s: Sentence) -> Optional[str]:
    for a in doc.articles:
        if a.index == s.article and a.date:
            return a.date[:10]
    return None


def _set_against(text: str, p: PeriodRef) -> bool:
    """Whether a year before is set against the one reported on, in a later clause (净利润约8,460万元，上年则亏损…):
    it dates its own figure, not the sentences after it."""
    return (text.startswith(("则", "度则"), p.norm_end)
            # (…同比下降12%，去年同期约为8.2万人次；门票收入…; 目前每集字幕成本约380元，去年约为1,150元: the base
            # stated after the figure, as its own clause)
            or bool(re.match(r"(?:的?(?:数字|数据|水平))?(?:约|大约|仅)?为", text[p.norm_end:p.norm_end + 6]))) \
        and bool(re.search(r"[,，;；]\s*$", text[max(0, p.norm_start - 3):p.norm_start])) \
        and bool(re.fullmatch(r"(?:上一?|去|前)年(?:度|同期)?|同期", text[p.norm_start:p.norm_end]))


def _is_comparison(doc: Document, p: PeriodRef) -> bool:
    before = doc.analysis_text[max(0, p.norm_start - 40):p.norm_start]
    if re.match(r"['’]s\s", doc.analysis_text[p.norm_end:p.norm_end + 3]) and WEEKDAY_EN.match(doc.analysis_text, p.norm_start):
        return True  # a premium to Tuesday's closing price: that close's day (see _CLOSE_BEFORE), no period of the sentence
    if re.search(r"(?i)\btimes\s+$", before) and re.match(r"(?i)\s*(?:forecast\s+)?(?:earnings|eps|sales|book\s+value)\b",
                                                             doc.analysis_text[p.norm_end:p.norm_end + 20]):
        return False  # "27 times 2033E earnings": the year of the earnings a price is valued at, not a base
    if _COMPARISON_CUE.search(before) and not WEEKDAY_EN.match(doc.analysis_text, p.norm_start):  # (12.4% on Tuesday)
        return not listed_period(doc.analysis_text, p.norm_start, p.norm_end)  # (2023年与2024年的营收: a list)
    if doc.analysis_text[p.norm_start:p.norm_end] == "同期" and not _OPENS_CLAUSE_ZH.search(before):
        return True  # 创同期新高, 高于同期: a year before the period stated, not a period of its own
    # "2.5 times its 2019 level", "twice that of 2020": the period a multiple is taken of
    if re.search(r"\b(?:(?:times|twice|fold)\s+|(?:double|triple)\s+(?=its|their|the|that|those))(?:(?:its|their|the|that|those|of|in)\s+)*"
                 r"(?:(?:level|figure|total|amount|number|size|share|rate|value|volume|count|revenue|sales)s?\s+(?:of\s+|in\s+|for\s+)?)?$",
                 doc.analysis_text[max(0, p.norm_start - 30):p.norm_start], re.I):
        # "2.2 times the level a year earlier", "more than twice their share a year earlier", "nearly double the level of
        # the same period last year" too
        return True
    if _AS_MANY_AS.search(doc.analysis_text, max(0, p.norm_start - 80), p.norm_start):
        return True  # "trained 1.6 times as many farmers as in 2024", "twice as much as last year"
    # "是2022年的5.6倍", "是前年的两倍", "约为去年全年的1.1倍": the period a multiple is taken of
    return bool(re.search(r"(?:是|为|相当于)\s*$", before) and _MULTIPLE_OF.match(doc.analysis_text, p.norm_end))


#: the base of an English multiple written "N times as many … as": what comes after the second "as"
_AS_MANY_AS = re.compile(r"\b(?:times|twice|thrice|half)\s+as\s+(?:many|much|large|high|big|long)\b[^.;:!?]{0,60}?"
                         r"\bas\s+(?:(?:in|during|for|over)\s+)?(?:the\s+)?$", re.I)
_MULTIPLE_OF = re.compile(r"\s*(?:同期)?的\s*(?:近|约|超过?)?\s*[\d.一二两三四五六七八九十百]+\s*倍")


#: a period that says "a year before" the one spoken of: a year earlier, the same period last year, 上年同期
_BASE_PERIOD = re.compile(r"(?:(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before)|"
                          r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years\s+(?:earlier|ago|before)|"
                          r"(?:two|three|four|five|six|nine|twelve|\d{1,2})\s+months\s+(?:earlier|ago|before)|"
                          r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|"
                          r"(?:in\s+)?the\s+same\s+(?:period|quarter|month|half)\s+(?:a\s+year\s+earlier|last\s+year|"
                          r"of\s+the\s+previous\s+year)|(?:上年|去年|上一年)同期)$", re.I)


def _base_periods(text: str, quantities: Sequence[Quantity], periods: Sequence[PeriodRef]) -> dict[int, int]:
    """Periods that date only the figure right before them, as the base of a comparison ("…16 percent, compared with
    10.7 percent a year earlier", "占比16%，上年同期为10.7%" is not), keyed by the period's start: the figure's start.
    Such a period dates that figure, not the others of the sentence nor the sentences after it."""
    out: dict[int, int] = {}
    for p in periods:
        if not _BASE_PERIOD.search(text[p.norm_start:p.norm_end].strip()):
            continue
        right_before = [q for q in quantities if q.norm_end <= p.norm_start
                        and re.fullmatch(r"\s*(?:in\s+)?", text[q.norm_end:p.norm_start])]
        if right_before and right_before[-1].kind != "multiple":  # (2.6 times the previous year's level: its base)
            out[p.norm_start] = right_before[-1].norm_start
    for p in periods:  # up from eight in the whole of last year, to 34.7% from 26.2% in 2023, up from 35 at the end of
        # last year, compared with 41 million in 2023: the base after "from" dates only itself
        if p.norm_start in out:
            continue
        right_before = [q for q in quantities if q.norm_end <= p.norm_start and re.fullmatch(
            r"(?:\s+(?:[a-z-]+\s+){0,2}?)?\s*(?:in|during|for|over|at|by)\s+(?:the\s+)?(?:(?:whole|full|entire|end)\s+(?:of\s+)?)?"
            # (…from 41 percent in the previous survey in 2027: the survey's year)
            r"(?:(?:previous|last|prior|preceding|earlier)\s+(?:survey|census|edition|report|study|poll)\s*(?:\(|,\s*|in\s+|of\s+))?",
            text[q.norm_end:p.norm_start], re.I)]
        # (the base may be named: "compared with a loss of $1.12 billion in 2023", "from a deficit of…")
        if right_before and re.search(r"\b(?:from|compared\s+(?:with|to)|versus|against)\s+"
                                      r"(?:(?:a|an)\s+(?:[a-z-]+\s+){1,2}?of\s+)?$", text[max(0, right_before[-1].norm_start - 45):
                                                                                      right_before[-1].norm_start], re.I):
            out[p.norm_start] = right_before[-1].norm_start
    for p in periods:  # "rose from eighth the year before": a rank it moved from, its base, dating nothing else
        if p.norm_start not in out and re.search(r"\bfrom\s+(?:No\.\s?\d{1,3}|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|"
                                                  r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:\s+place)?\s+$",
                                                  text[max(0, p.norm_start - 30):p.norm_start], re.I):
            out[p.norm_start] = p.norm_start
    for p in periods:  # "up from 41 in 2024" where 41 counts no noun the extractor knows: still a base, dating nothing else
        if p.norm_start not in out and re.search(r"\b(?:up|down|rising|falling|rose|fell)?\s*from\s+(?:about\s+|around\s+)?"
                                                  r"[\d][\d.,]*\s*(?:[a-z]+\s+)?(?:in|during|for)\s+(?:the\s+)?$",
                                                  text[max(0, p.norm_start - 40):p.norm_start], re.I):
            out[p.norm_start] = p.norm_start
    for p in periods:  # …比重升至33.2%，去年同期为27.9%；…为33.8小时，前年为41.6小时: a clause that only gives the base
        if p.norm_start in out or not re.search(r"[，,；;]\s*$", text[max(0, p.norm_start - 2):p.norm_start]):
            continue
        right_after = [q for q in quantities if q.norm_start >= p.norm_end
                       and re.fullmatch(r"\s*(?:则|則)?(?:为|為|是)\s*(?:亏损|虧損|盈利)?\s*", text[p.norm_end:q.norm_start])]
        if not right_after or not re.match(r"\s*(?:[。；;]|$)", text[right_after[0].norm_end:right_after[0].norm_end + 2]):
            continue
        stated = [q for q in quantities if q.norm_end <= p.norm_start]
        if re.search(r"同期$", text[p.norm_start:p.norm_end]) or (stated and stated[-1].unit == right_after[0].unit):
            out[p.norm_start] = right_after[0].norm_start
    for p in periods:  # 较前年的55.2%上升8.3个百分点, 比上年同期的20.1%, 由去年同期的16.9%升至…: the base before its figure
        if not re.search(r"(?:较|比|相比|相较|与|由|从)\s*$", text[max(0, p.norm_start - 3):p.norm_start]):
            continue
        loose = re.search(r"(?:由|从)\s*$", text[max(0, p.norm_start - 3):p.norm_start])  # 从去年同期31.2%升至44.3%
        right_after = [q for q in quantities if q.norm_start >= p.norm_end
                       and re.fullmatch(r"度?\s*的\s*" if not loose else r"度?\s*(?:的\s*)?", text[p.norm_end:q.norm_start])]
        if not right_after:
            # 较2025年实际发生额30,917万元增长约57%: the base amount named by what it is, right after its year
            right_after = [q for q in quantities if q.norm_start >= p.norm_end and q.kind == "level"
                           and re.fullmatch(r"度?\s*(?:的\s*)?(?:实际|全年|同期)?(?:发生额|金额|总额|水平|规模|数额|实际数)\s*",
                                            text[p.norm_end:q.norm_start])]
        if right_after:
            out[p.norm_start] = right_after[0].norm_start
    return out


def _same_holder(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same holder (the same words, or the same canonical name; case, width and
    spaces aside: GUILIN, Guilin)."""
    return fold(a.canonical or a.text) == fold(b.canonical or b.text)


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of every clause break of a document's analysis text (computed once per text)."""
    spans = [m.span() for m in _CLAUSE.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


#: the label of a line item, up to the colon that opens the figure's clause (after a bullet or a list number)
_LINE_ITEM = re.compile(r"(?:^|(?<=[\n。；;，,：:]))\s*(?:[-–•·*▪]\s*|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
                        r"([^\n。；;，,：:\d%％]{2,30}?)\s*[：:]\s*$")


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` starts (not before ``floor``): after the last break before ``pos``."""
    starts, ends = _clause_breaks(text)
    i = bisect_right(ends, pos) - 1
    return ends[i] if i >= 0 and starts[i] >= floor else floor


def _clause_end(text: str, pos: int, ceiling: int) -> int:
    """Where the clause holding ``pos`` ends (not after ``ceiling``): at the first break from ``pos`` on."""
    starts, _ = _clause_breaks(text)
    i = bisect_left(starts, pos)
    return starts[i] if i < len(starts) and starts[i] <= ceiling else ceiling


#: a mark that ends a clause inside a sentence
_CLAUSE_MARK = re.compile(r"[，,；;]")


def _forecast_before(text: str, start: int, end: int) -> bool:
    """Whether a later clause between a figure and a period looks ahead: that period is what is forecast, not the
    figure's (the words are the period parser's)."""
    brk = _CLAUSE_MARK.search(text, start, end)
    return brk is not None and bool(LOOKS_AHEAD_ZH.search(text, brk.end(), end) or LOOKS_AHEAD_EN.search(text, brk.end(), end))


#: an English clause of its own after a figure: ", and the fleet reached … at the end of June" dates its own figure
_OTHER_CLAUSE_EN = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:the|its|their|a|an|this|that|these|those)\s|;", re.I)
#: a price paid for a purchase: 以412亿美元收购乙公司; acquired X for $1.2 billion
_PRICE_PAID_ZH = re.compile(r"\s*(?:的价格|的代价)?(?:收购|并购|买下|购得)")
_PRICE_PAID_EN = re.compile(r"\b(?:acquired|acquire|acquiring|bought|buy|buying|purchased)\b[^.;]{0,60}?\bfor\s+(?:about\s+|around\s+|"
                            r"roughly\s+|some\s+)?$", re.I)
#: an English fine, the one fined and an apposition between: "fined Pellmark Japan, the Tokyo unit of X, 412 million yen"
_FINED_BEFORE_EN = re.compile(r"\bfine[sd]\s+(?:the\s+)?[A-Z][^.;]{0,90}?,?\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
#: a fine, after its amount (…处以960万元罚款) or before it (罚款960万元, 罚锾新台币310万元)
_FINE_WORDS_ZH = r"罚款|罚金|罚锾"
_FINE_ZH = re.compile(_FINE_WORDS_ZH + r"|裁罚")
#: the one a Chinese fine is imposed on, referred back to: 对公司, 对该公司, 对其
_FINED_REFERRED_ZH = re.compile(r"对(?:该|这家)?(?:公司|集团|企业)|对其")


def _named_as_subsidiary(text: str, firm: Mention) -> bool:
    """Whether the document introduces a firm as a subsidiary (全资子公司X, 控股子公司X, 旗下子公司X)."""
    names = {n for n in (firm.text, firm.canonical) if n}
    return any(_SUBSIDIARY_BEFORE_ZH.search(text, max(0, m.start() - 8), m.start())
               for n in names for m in re.finditer(re.escape(n), text))


def _fined_party(text: str, s: Sentence, q: Quantity, mentions: list[Mention], lang: str,
                 firm: Optional[Mention]) -> Optional[Mention]:
    """Who a fine is imposed on, when the sentence says so: "the agency fined Pellmark Japan 412 million yen",
    证监局决定对蓝汐动漫…处以960万元罚款 (对公司: ``firm``, the firm the article is about or the last one a figure
    was held by). The regulator that imposes it is not the holder of the amount."""
    if lang == "en":
        if not re.search(r"\bfine[sd]\b", text[s.norm_start:q.norm_start]):
            return None
        named = [m for m in mentions if s.norm_start <= m.norm_start and m.norm_end <= q.norm_start
                 and re.search(r"\bfine[sd]\s+(?:the\s+)?$", text[max(s.norm_start, m.norm_start - 12):m.norm_start])]
        return named[-1] if named else None
    if not (_FINE_ZH.search(text, max(s.norm_start, q.norm_start - 8), q.norm_start)
            or _FINE_ZH.match(text, q.norm_end, min(s.norm_end, q.norm_end + 3))):
        return None
    named = [m for m in mentions if s.norm_start <= m.norm_start and m.norm_end <= q.norm_start
             and text[max(s.norm_start, m.norm_start - 1):m.norm_start] == "对"]
    if named:
        return named[-1]
    if firm is not None and _FINED_REFERRED_ZH.search(text, s.norm_start, q.norm_start):
        return firm
    return None


#: a procurement's own terms, referred back to: 本案预算, 该项目预算, 底价 (the buying body's)
_PROCUREMENT_ZH = re.compile(r"(?:本案|该案|该标案|本标案|该项目|本项目|该采购案|本采购案)[^，,。；;]{0,4}?(?:预算|采购金额|底价)|(?<![\u4e00-\u9fff])底价")
#: a tender won, and the amount it was won at: 由X中标, X以…得标, 中标金额, 中标价, 决标金额
_WON_ZH = re.compile(r"(?:中标|得标|决标|夺标)(?!金额|价|结果|公告|候选|通知|总价)|胜出")
_WIN_AMOUNT_ZH = re.compile(r"(?:中标|得标|决标|成交)(?:金额|价格?|总价)(?:为|约为|约|达)?\s*$|以\s*$")
#: an English contract awarded: "awarded a HK$7.9 million contract to run … to Cobblewick Events"
_AWARDED_TO_EN = re.compile(r"\bawarded\s+(?:an?\s+|the\s+)?$", re.I)


def _tender_winner(text: str, s: Sentence, q: Quantity, mentions: list[Mention], lang: str) -> Optional[Mention]:
    """Who won the tender an amount is the winning bid of: 项目由X中标，中标金额1,287.6万元; 由X以新台币1,930万元得标;
    "awarded a HK$7.9 million contract to … to Cobblewick Events". The body that bought is not its holder."""
    if lang == "en":
        if not _AWARDED_TO_EN.search(text, max(s.norm_start, q.norm_start - 16), q.norm_start):
            return None
        to = [m for m in mentions if q.norm_end <= m.norm_start < s.norm_end and m.type == "Firm"
              and re.search(r"\bto\s+(?:the\s+)?$", text[max(q.norm_end, m.norm_start - 8):m.norm_start])]
        return to[0] if to else None
    if not _WIN_AMOUNT_ZH.search(text, max(s.norm_start, q.norm_start - 8), q.norm_start):
        return None
    won = next((w for w in _WON_ZH.finditer(text, s.norm_start, s.norm_end)
                if any(m.type == "Firm" and s.norm_start <= m.norm_start and m.norm_end <= w.start() for m in mentions)), None)
    if won is None:
        return None
    firms = [m for m in mentions if m.type == "Firm" and s.norm_start <= m.norm_start and m.norm_end <= won.start()]
    if not firms:
        return None
    firm = firms[-1]
    between = text[firm.norm_end:won.start()]
    return firm if re.fullmatch(r"[\s”\"」’）)]*(?:[(（][^()（）]{0,24}[)）])?\s*(?:以[^，,。；;]{0,24})?", between) else None


def _deal_amount(text: str, q: Quantity, cstart: int, left_start: int, lang: str) -> Optional[str]:
    """What one deal's amount a figure is, if it is one: "award" for a funding round, a valuation, damages, a
    consideration, a target or offer price or planned proceeds (完成1.4亿元A+轮融资, 投后估值约9亿元, closed a $15 million
    round, valuing it at $120 million, ordered to pay 7 million yuan in damages); "price" for the price of a purchase
    (从甲公司以412亿美元收购乙公司…, acquired the studio for $1.2 billion); else None."""
    if q.unit.startswith("CCY") and (
            _AWARD_BEFORE_ZH.search(text, max(cstart, q.norm_start - 24), q.norm_start)
            or _ROUND_AFTER_ZH.match(text, q.norm_end)
            or (_PRICE_OFFERED_BEFORE_ZH.search(text, max(cstart, q.norm_start - 24), q.norm_start)
                and _PRICE_OFFERED_AFTER_ZH.match(text, q.norm_end)) if lang != "en" else
            _AWARD_BEFORE_EN.search(text, max(cstart, q.norm_start - 50), q.norm_start)
            or _ROUND_AFTER_EN.match(text, q.norm_end)
            or _FINED_BEFORE_EN.search(text, max(0, q.norm_start - 110), q.norm_start)):
        return "award"
    if q.unit == "PERCENT" and (_PREMIUM_BEFORE_ZH.search(text, max(cstart, q.norm_start - 8), q.norm_start)
                                if lang != "en" else _PREMIUM_AFTER_EN.match(text, q.norm_end)
                                or _PREMIUM_BEFORE_EN.search(text, max(cstart, q.norm_start - 30), q.norm_start)):
        return "award"  # 较停牌前收盘价溢价约18%, a 17 percent premium to the last close: a term of the offer
    if (_PRICE_PAID_ZH.match(text, q.norm_end) if lang != "en"
            else _PRICE_PAID_EN.search(text, max(left_start, q.norm_start - 80), q.norm_start)):
        return "price"
    return None


#: the amount of a funding round, a valuation, a deal's consideration or damages awarded, before or after the figure
_AWARD_BEFORE_ZH = re.compile(r"(?:投后估值|投前估值|估值|交易对价|对价|赔偿(?:经济损失)?|判赔|索赔|目标价|目标股价|发售价(?:区间)?|招股价|"
                              r"入场费|拟募资|募资(?:总额|净额)?|" + _FINE_WORDS_ZH + r"|并处以?|处以|裁罚|"
                              # a plan's or a deal's own terms: 总投资约46亿元, 一期投资, 基金总规模, 首期募集, 担保额度
                              r"总投资(?:额|金额)?|投资总额|计划总投资|(?:[一二三首]期)投资|基金(?:总)?规模|目标规模|总规模|首期规模|首期募集|首关规模|担保|"
                              r"担保(?:额度|金额|总额)|授信(?:额度)?|融资额度|借款额度|募集资金(?:净额|总额)|拟变更(?:用途的)?(?:募集)?资金)(?:金额)?(?:分别)?(?:由|从)?(?:约|达到?|为|超过?|逾|近|共计|上调至|下调至|调升至|调降至|至|定为|介乎|介于|每股)*\s*$"
                              r"|目标(?:股)?价(?:由|从)[^，,。；;]{1,12}?(?:上调|下调|调升|调降|调整|提高|降低|上修|下修)至\s*$")
#: a price offered for shares: 拟以每股14.2港元的现金收购价格…, 以每股12港元的价格
_PRICE_OFFERED_BEFORE_ZH = re.compile(r"以\s*(?:每股[^，,。；;]{0,16}?)?\s*$")
_PRICE_OFFERED_AFTER_ZH = re.compile(r"\s*(?:的)?(?:现金|收购|要约|认购|私有化){0,2}(?:价格|对价|作价)")
#: the premium or discount of an offer: 较停牌前收盘价溢价约18%, 折让约12%; a 17 percent premium to, a 9% discount on
_PREMIUM_BEFORE_ZH = re.compile(r"(?:溢价|折让|折价)(?:约|达|近|逾|超过?|为)*\s*$")
_PREMIUM_AFTER_EN = re.compile(r"\s+(?:premium|discount)\b|\s+(?:above|below)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:last\s+)?"
                               r"(?:closing|close|average|market|undisturbed)\b", re.I)
_PREMIUM_BEFORE_EN = re.compile(r"\b(?:premium|discount)\s+of\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|around\s+)?$", re.I)
_ROUND_AFTER_ZH = re.compile(r"\s*(?:的)?(?:[A-Za-z]\+?|Pre-[A-Za-z]|天使|种子|战略|首|新一)?轮(?:战略)?融资|"
                             r"\s*(?:的)?(?:" + _FINE_WORDS_ZH + r")(?![^，,。；;]{0,12}?(?:合计|共计|总额|累计))|"  # (a fine: one decision's)
                             r"\s*(?:[(（][^()（）]{1,24}[)）])?\s*(?:的)?(?:综合)?(?:授信|贷款额度|融资额度)")  # (a facility applied for)
_AWARD_BEFORE_EN = re.compile(r"(?i)\b(?:(?:has|have|had)\s+raised|raised|raising|secured|"
                             r"(?:valuing|values?|valued)\s+(?:the\s+(?:company|firm|studio|start-?up|group|business)|it|them)\s+at|"
                             r"valuation\s+of|(?:ordered|told)\s+[^.;]{0,60}?\bto\s+pay|awarded|"
                             # a fine: "fined the studio 876 million won", "a penalty of $2 million"
                             r"fined(?:\s+(?:the\s+)?[A-Z][\w'’&.-]*){0,4}|(?:fine|penalty)\s+of|"
                             # a plan's or a deal's own terms: a total investment of, a first close of, a facility of
                             r"(?:total|planned|committed)\s+investment\s+of|first\s+close\s+of|(?:credit\s+)?facility\s+of|"
                             r"(?:will|plans?\s+to|aims?\s+to)\s+invest|"
                             # a price target, an offer price: "lifted its price target to HK$33.10 from HK$29.70"
                             r"(?:target\s+price|price\s+target|offer(?:ing)?\s+price(?:\s+range)?|entry\s+fee)(?:\s+[a-z]+){0,3}?\s+(?:of|at|to|from|is|was|between)|"
                             r"(?:priced|price)\s+(?:it|them|the\s+(?:shares|offering|ADSs?))?\s*(?:at|between)|"
                             r"target\s+price\s+to\s+[^.;]{0,20}?\bfrom)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?$")
_ROUND_AFTER_EN = re.compile(r"(?i)\s+(?:buyout|takeover|take-private|fund|(?:revolving\s+)?(?:credit\s+)?facility|"
                             r"loan\s+facility)\b|\s+(?:in\s+(?:a|an|its|their)\s+(?:new\s+)?(?:Series\s+[A-Z]|seed|pre-[a-z]+|funding|financing|"
                            r"investment)\b|in\s+(?:compensation|damages))")
#: a later clause that singles out a part (…五成八；其中第四季的海外營收季增11%): its period dates only that clause
_OTHER_CLAUSE_ZH = re.compile(r"[；;]|[，,]\s*(?:其中|另外|此外|同时|而)")


#: what opens an earlier state after a figure: "made 52 million yuan, having lost 13 million in the prior year", "after a deficit of …"
_EARLIER_STATE_EN = re.compile(r"(?i)\b(?:after|following|from|against|versus|compared\s+(?:with|to))\s+"
                               r"(?:(?:a|an)\s+(?:[a-z-]+\s+){1,2}?of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?$")


def _earlier_state_between(text: str, q: Quantity, p: PeriodRef, quantities: Sequence[Quantity]) -> bool:
    """Whether a period after an English figure dates another figure, an earlier state, written between them."""
    return any(q.norm_end <= o.norm_start and o.norm_end <= p.norm_start
               and _EARLIER_STATE_EN.search(text, max(q.norm_end, o.norm_start - 40), o.norm_start) for o in quantities)


def _break_between(text: str, a: int, b: int) -> bool:
    """Whether a clause break lies wholly inside ``text[a:b]``."""
    starts, ends = _clause_breaks(text)
    i = bisect_left(starts, a)
    return i < len(starts) and ends[i] <= b


def _counted_over(text: str, s: Sentence, q: Quantity, lang: str) -> bool:
    """Whether a duration is only the span a figure is counted over, no figure of its own: counted back (over the
    past 60 days, 此前60个交易日均价), named by the day it ends on (the three weeks through March 2), or a hyphenated
    length before what it qualifies (the 90-day average)."""
    if (_PAST_WINDOW_EN if lang == "en" else _PAST_WINDOW_ZH).search(text, max(s.norm_start, q.norm_start - 30), q.norm_start):
        return True
    if lang != "en":
        return False
    return bool(_WINDOW_ENDS_EN.match(text, q.norm_end)) or bool(
        re.fullmatch(r"\d{1,3}-(?:day|week|hour|minute)", text[q.norm_start:q.norm_end])
        and re.search(r"\b(?:the|its|their)\s+$", text[max(s.norm_start, q.norm_start - 8):q.norm_start])
        and re.match(r"\s+[a-z]", text[q.norm_end:q.norm_end + 3]))


def _sentence_observations(doc: Document, s: Sentence, lang: str, quantities: list[Quantity],
                           periods: list[PeriodRef], mentions: list[Mention],
                           carried: Optional[PeriodRef], base_index: int,
                           implied: dict[tuple[int, int], Mention], doc_indicator: list,
                           china_before: Optional[tuple[tuple[int, int], Sentence]] = None,
                           facility_before: Optional[Mention] = None,
                           firm_before: Optional[Mention] = None, speaker: Optional[Mention] = None,
                           place_before: Optional[Mention] = None,
                           work_before: Optional[Mention] = None,
                           holder_before: Optional[Mention] = None,
                           named: Optional[dict[str, Mention]] = None,
                           total_holder: Optional[tuple[Mention, Optional[str]]] = None,
                           topic: Optional[tuple[Mention, Optional[str], set[str]]] = None,
                           event_before: Optional[Mention] = None,
                           based: Optional[dict[int, int]] = None, sole: bool = False,
                           it_before: Optional[Mention] = None,
                           focus: Optional[Mention] = None,
                           before_now: Optional[PeriodRef] = None,
                           flow_period: Optional[PeriodRef] = None,
                           asked: Optional[Mention] = None) -> list[ObservationMention]:
    text = doc.analysis_text
    stated_periods = [p for p in periods if not _is_comparison(doc, p) and not _event_date(text, p)
                      and not (lang != "en" and _DEAL_DATE_AFTER_ZH.match(text, p.norm_end))]
    comparisons = [p for p in periods if _is_comparison(doc, p)]
    if based is None:
        based = _base_periods(text, quantities, stated_periods)
    results: list[ObservationMention] = []
    window: Optional[str] = None
    window_end: Optional[int] = None
    last_indicator: Optional[tuple[str, tuple, str]] = None  # key, labels, surface
    last_level_index: dict[str, int] = {}
    last_count_of: Optional[str] = None
    of_whole: set[int] = set()  # the results whose holder is the holder of the whole they are a share of
    market_totals: set[int] = set()  # the results that are a market's own size or income (日本移动游戏市场总收入…)
    quantities = [q for q in quantities if not _not_a_figure(text, q)]  # (first: the lists below count by index)
    parallel = _parallel_items(text, s, quantities, lang, mentions)
    parallel_periods = _parallel_periods(text, s, quantities, stated_periods)
    if parallel_periods:  # "2022年和2023年…分别为x和y": the listed items are the years, not names or measures
        parallel = {qi: item for qi, item in parallel.items() if qi not in parallel_periods}

    rates, ones = _rates(text, s, quantities) if lang != "en" else ({}, set())
    all_mentions = mentions
    price_buyer: Optional[Mention] = None  # the buyer of a price just stated ("for €50 million, plus up to…")
    for qi, q in enumerate(quantities):
        if qi in ones:
            continue  # the "1部" of "3天1部剧", "1部动画需要…": the unit of a rate, not a count
        # the scope of a ranking (居全国第三) is not what is ranked
        if q.kind == "rank":
            scope_end = _rank_scope_end(text, s, q, lang)
            mentions = [m for m in all_mentions if not q.norm_start <= m.norm_start < scope_end]
        else:
            mentions = all_mentions
        # English states the window after its figure: "3 million gamers in 2 hours", "6 million users in only 9 days"
        if (lang == "en" and q.unit in _WINDOW_UNITS and qi and results and results[-1].quantity is quantities[qi - 1]
                and quantities[qi - 1].unit not in _WINDOW_UNITS
                and _EN_TRAILING_WINDOW.fullmatch(text[quantities[qi - 1].norm_end:q.norm_start])):
            results[-1] = _replace(results[-1], window=text[q.norm_start - len(_EN_WINDOW_LEAD.search(
                text[quantities[qi - 1].norm_end:q.norm_start]).group(0)):q.norm_end].strip())
            continue
        if q.unit in _WINDOW_UNITS and _counted_over(text, s, q, lang):
            continue
        # a duration directly followed by another figure in its clause is a window ("上线1小时玩家突破100万")
        if q.unit in _WINDOW_UNITS and qi + 1 < len(quantities) and qi not in rates:
            nxt = quantities[qi + 1]
            if not _CLAUSE.search(text[q.norm_end:nxt.norm_start]) and nxt.unit not in _WINDOW_UNITS:
                window = text[_clause_start(text, q.norm_start, s.norm_start):q.norm_end].strip()
                window_end = q.norm_end
                continue
        floor = max([s.norm_start] + [quantities[qi - 1].norm_end] if qi else [s.norm_start])
        if window_end is not None:
            floor = max(floor, window_end)
        cstart = _clause_start(text, q.norm_start, s.norm_start)
        left_start = max(floor, cstart)
        left = text[left_start:q.norm_start]
        label = _LINE_ITEM.search(text, floor, left_start) if left_start > floor and not left.strip() else None
        if label:
            # a line item, "营业收入：38.62亿元", "- Revenue: 2.41 billion yuan": the label before the colon names
            # what the figure measures (blanks stand for the colon, so offsets hold)
            left_start, left = label.start(1), label.group(1) + " " * (q.norm_start - label.end(1))

        # period
        period = None
        own_base = [p for p in stated_periods + comparisons if based.get(p.norm_start) == q.norm_start]
        if parallel_periods and qi in parallel_periods:
            period = parallel_periods[qi]
        elif own_base:
            period = own_base[0]  # "compared with 10.7 percent a year earlier": that figure's period
        else:
            others = [p for p in stated_periods if p.norm_start not in based]
            # (a year before set against the one reported on dates its own clause only: …，去年同期约为8.2万人次；门票收入…)
            before = [p for p in others if p.norm_end <= q.norm_start
                      and not (_set_against(text, p) and re.search(r"[，,；;]", text[p.norm_end:q.norm_start]))]
            if lang != "en":
                # (…不超过21,860万元，2025年实际发生13,604万元: the year opening a later clause is that clause's figure's)
                others = [p for p in others if not (
                    p.norm_start >= q.norm_end and re.fullmatch(r"\s*[，,]\s*", text[q.norm_end:p.norm_start])
                    and any(o.norm_start >= p.norm_end and not re.search(r"[，,。；;]", text[p.norm_end:o.norm_start])
                            for o in quantities))]
            after = [p for p in others if p.norm_start >= q.norm_end
                     and not _break_between(text, q.norm_end, p.norm_start)
                     and not (lang == "en" and _earlier_state_between(text, q, p, quantities))]
            now_here = carried is not None and not before and s.norm_start <= carried.norm_start \
                and carried.norm_end <= q.norm_start and not re.search(r"[，,；;]", text[carried.norm_end:q.norm_start])
            if now_here:
                period = carried  # 目前在台湾已有合作品牌39家，去年…: now, not the year a later clause speaks of
            elif lang == "en" and after:
                period = after[0]
            elif before:
                period = before[-1]
            elif after:
                period = after[0]
            elif others and not (carried is not None and all(
                    (_OTHER_CLAUSE_EN if lang == "en" else _OTHER_CLAUSE_ZH).search(text, q.norm_end, p.norm_start)
                    for p in others if p.norm_start >= q.norm_end)) and not all(
                    _forecast_before(text, q.norm_end, p.norm_start) for p in others):
                # (…增长19%，多数受访企业预计明年…; grew 19 percent, and most said they expect … next year: a later clause's
                # forecast dates only itself)
                period = others[0]
            elif carried is not None and s.norm_start <= carried.norm_start and carried.norm_start >= q.norm_end \
                    and _break_between(text, q.norm_end, carried.norm_start):
                # "…首月下载量突破120万次，目前在韩国畅销榜排名第4": 目前 dates its own clause on; a clause before it is
                # dated by what dated the sentences before (rose 13.8% to 46 million yuan, and … now operate in 24)
                period = before_now
            else:
                period = carried
        if q.unit.startswith("CCY") and _CLOSE_BEFORE.search(text, max(s.norm_start, q.norm_start - 26), q.norm_start):
            # 较昨日收盘价52元, a premium to Monday's closing price of HK$3.10: the close of the day named before it,
            # even as a base
            day = [p for p in stated_periods + comparisons if _day(p) and s.norm_start <= p.norm_start and p.norm_end <= q.norm_start
                   and q.norm_start - p.norm_end <= 24]
            if day:
                period = max(day, key=lambda p: p.norm_end)
        if q.unit.startswith("CCY") and lang == "en" and results and results[-1].period is not None \
                and _day(results[-1].period) and results[-1].quantity.norm_end <= q.norm_start \
                and s.norm_start <= results[-1].quantity.norm_start \
                and _PRICE_AFTER_MOVE_EN.fullmatch(text, results[-1].quantity.norm_end, q.norm_start):
            # "The shares dropped 9% on Wednesday to HK$3.42": the price the day's move ended at is of that day
            period = results[-1].period
        from_before = period is not None and (period is carried or period is before_now) \
            and not (s.norm_start <= period.norm_start < s.norm_end)
        if from_before and lang == "en" and _PRESENT_STATE_EN.search(text, max(left_start, q.norm_start - 40), q.norm_start):
            # "Ameco employs about 5,800 engineers", "the app is available in 146 countries": a present state, not a
            # figure of the period the sentences before spoke of
            period, from_before = None, False
        deal = _deal_amount(text, q, cstart, left_start, lang) if period is not None else None
        if (deal == "award" and (from_before or _day(period) or (lang != "en" and period.norm_start >= q.norm_end))) \
                or (deal == "price" and from_before):
            # the amount of one deal, whenever it was made, not a figure of the period the sentences before spoke of
            # (nor, for an award, of the day it was announced, or in Chinese of a period after it: a headline's
            # 完成2亿元B轮融资 上半年营收…, its clauses run together once spaces between ideographs are dropped): see
            # _deal_amount
            period, from_before = None, False

        launch = _last_match(_LAUNCH_WINDOW, text, s.norm_start, _clause_end(text, q.norm_end, s.norm_end)) \
            if period is not None else None
        if launch is not None and not _NOW.search(text, launch.end(), q.norm_start) \
                and not [p for p in stated_periods if s.norm_start <= p.norm_start < q.norm_start] \
                and not any(q.norm_end <= o.norm_start < launch.start() for o in quantities):
            # (…ranked second in November and earned EUR 6.25 million in its first year: the window is the later figure's)
            # 首月流水突破1亿元, 该游戏上线一个月，…下载次数突破180万次, in its first 90 days: counted over a window after a
            # launch; a period carried from before does not date it (one the sentence states, 11月…上线19小时即…, does)
            period = None
        # subject
        whole = _share_whole(text, s, q, cstart, mentions, lang) if q.kind == "share" else None
        if whole is None and q.kind == "share" and lang != "en" and results and results[-1].quantity.kind == "share" \
                and results[-1].subject is not None and len(results) - 1 in of_whole \
                and re.search(r"分别占|依次占|各占", text[cstart:q.norm_start]) and not re.search(r"占[^，,。；;]*的", text[cstart:q.norm_start]):
            # 美国用户占X付费用户的34.7%，菲律宾和英国用户分别占12.6%和8.9%: shares of the same whole, the same holder
            whole = results[-1].subject
        if whole is None and q.kind == "share" and lang == "en" and firm_before is not None \
                and _OF_THE_FIRMS_EN.match(text, q.norm_end):
            whole = firm_before  # "Japan accounted for roughly 37% of the company's overseas revenue": the firm's
        if whole is None and q.kind == "share" and lang == "en" and work_before is not None \
                and _OF_THE_WORK_EN.match(text, q.norm_end):
            whole = work_before  # "South Korea accounted for about 23 percent of the game's sales": the game's
        of_place = _OF_THE_PLACES_EN.match(text, q.norm_end) if whole is None and q.kind == "share" and lang == "en" else None
        if of_place and named:
            found = [named[k] for k in _PLACE_ANAPHOR_TYPES[of_place.group(1).lower()] if k in named]
            if found:
                whole = max(found, key=lambda m: m.norm_start)  # "…, about 18% of the park's total": the park's
        if whole is None and q.kind == "share" and lang == "en" and results and results[-1].sentence == s.index \
                and results[-1].quantity.kind in ("level", "growth") and results[-1].subject is not None \
                and results[-1].subject_default is None \
                and (with_x := _WITH_X_ACCOUNTING_EN.search(text, results[-1].quantity.norm_end, q.norm_start)) \
                and not any(m.type in _PLACE_TYPES and with_x.start() <= m.norm_start < q.norm_start for m in mentions):
            # (a market's share, "with Japan accounting for 27.5 percent", is the total holder's too, with the market as
            # its counterpart: below)
            # "…exports reached about 313 million yuan…, up 44%, with Mudan Pixel Works accounting for about 11%": a
            # part's share of the total just stated, held by the total's holder
            whole = results[-1].subject
        if whole is None and q.kind == "share" and lang == "en" and results and results[-1].quantity.kind == "share" \
                and len(results) - 1 in of_whole and results[-1].subject is not None \
                and _AND_X_FOR_EN.fullmatch(text, results[-1].quantity.norm_end, q.norm_start):
            whole = results[-1].subject  # "…, South Korea for 16% and Southeast Asia for 14%": of the same whole
        if whole is None and q.kind == "share" and lang != "en" and _MARKET_SHARE_WORD_ZH.search(text, s.norm_start, _clause_end(text, q.norm_end, s.norm_end)):
            # 大陆平台在东南亚的市占率约三成六: a share of the market it names; 「X」以约21.7%的市占率居首位 in a report on
            # a region's market: a share of that market
            there = [m for m in mentions if m.type in _PLACE_TYPES and m.norm_end <= q.norm_start
                     and _IN_MARKET_ZH.match(text, m.norm_end, q.norm_start)
                     and re.search(r"在\s*$", text[max(s.norm_start, m.norm_start - 2):m.norm_start])]
            if there:
                whole = there[-1]
            elif focus is not None and focus.type in _MARKET_TYPES:
                whole = focus
        if whole is None and q.kind == "share" and lang != "en":
            whole = _local_whole(text, s, q, cstart, mentions, named or {})
        if whole is None and q.kind == "share" and lang != "en" and results and results[-1].sentence == s.index \
                and results[-1].quantity.kind in ("level", "growth") and results[-1].subject is not None \
                and (_PART_OF_IT_ZH.fullmatch(text, cstart, q.norm_start) or _OF_IT_ZH.fullmatch(text, cstart, q.norm_start)) \
                and _market_share(text, s, q, mentions, lang) is None:
            # (a market's share, 其中日本市场占31.2%, is the total holder's too, with the market as its counterpart: below)
            # "去年全港动画服务出口总值约42亿港元…，其中奇境占约一成七": a part's share of the total just stated, held by
            # the total's holder (as 奇境约占其中的一成七 is)
            whole = results[-1].subject
        markets_of: Optional[Mention] = None
        if whole is None and q.kind == "share" and lang != "en" and topic is not None and topic[0] is not None:
            took = _MARKETS_TAKE_ZH.fullmatch(text, cstart, q.norm_start)
            named_part = took is not None and any(m.type in _MARKET_TYPES and cstart <= m.norm_start < took.start("w")
                                                  for m in mentions)
            concepts = set(key_of(took.group("w"), "zh").named) if named_part else set()
            if concepts and concepts <= topic[2]:
                # 澳门设计服务出口约48亿澳门元…。欧洲和日本合计占出口约五成: markets' share of what the article has
                # measured for its holder, held by that holder (the markets are where it went; set below)
                markets_of = topic[0]
        totals = [results[i] for i in sorted(market_totals) if results[i].quantity.kind == "level"]
        if whole is None and q.kind == "share" and lang != "en" and totals \
                and _SHARE_OF_MARKET_ZH.search(text, cstart, q.norm_start):
            # 日本移动游戏市场上半年总收入约103.2亿美元，中国产品所占份额达到18.1%: a part's share of that market
            whole = totals[-1].subject
        told = mentions
        if lang != "en" and whole is None:
            # 《传说对决》台港澳伺服器月活跃玩家…: a region's server or edition of the work named before is the work's
            told = [m for m in mentions if not (m.type in _MARKET_TYPES and _SERVER_AFTER_ZH.match(text, m.norm_end)
                                                and any(w.type in WORK_TYPES and w.norm_end <= m.norm_start for w in mentions))]
        if lang == "en" and whole is None:
            # "Jadeport Travel Holdings (HKEX: 1867), which organises tours in mainland China for overseas visitors,
            # reported revenue of…": the places of a relative clause describe the name before it, they hold nothing
            inner = [r.span() for r in _RELATIVE_EN.finditer(text, s.norm_start, q.norm_start)]
            told = [m for m in mentions if not any(a <= m.norm_start and m.norm_end <= b for a, b in inner)]
        subject, default_span = (whole, None) if whole is not None else _subject(text, s, q, left_start, told, lang,
                                                                                          work_before is not None)
        subject_default = None
        if whole is None and subject is not None and subject.norm_end <= left_start and results \
                and results[-1].subject is not None and results[-1].quantity is quantities[qi - 1] \
                and subject.norm_end <= results[-1].subject.norm_start < results[-1].quantity.norm_start \
                and not _CONVERTED.fullmatch(text, results[-1].quantity.norm_end, q.norm_start):
            # X公布，去年Y旅客量约…人次，按年增长11.9%；航班升降量按年增长8.9%: a clause that names no holder goes on
            # with the holder of the figure before it, named after the sentence's topic, not with the topic
            subject = results[-1].subject
        stated_in = s
        which = _WHICH_DID_EN.search(text, s.norm_start, q.norm_start) if lang == "en" and whole is None else None
        if which is not None:
            named_before = [m for m in mentions if m.norm_end == which.start() and m.type not in _PLACE_TYPES
                            and m.type != "Person"]
            if named_before:
                # "The largest single deal went to Ruyi Frame Animation, a Chengdu studio, which agreed a €3.3 million
                # co-production": the name the relative clause is about
                subject, default_span = named_before[-1], None
                if from_before and re.search(r"which\s+(?:has\s+|had\s+)?(?:agreed|signed|struck|closed|secured|landed)\b",
                                             which.group(0)):
                    period = None  # a deal agreed is of no period the sentences before stated
        if whole is None and subject is None and lang == "en" and named:
            on_app = _ON_THE_APP_EN.search(text, s.norm_start, q.norm_start)
            found = (named.get("AppProduct") or named.get("Platform")) if on_app else None
            if found is not None:
                subject = found  # "Revenue from paid chapters on the app reached…, the company said": the app's
        foresees = _FORECASTS_ZH.match(text, subject.norm_end) if whole is None and subject is not None \
            and subject.type == "Firm" and lang != "en" else None
        forecaster = subject if foresees and foresees.end() <= q.norm_start else None
        if forecaster is not None:
            said = _FORECAST_OF_ZH.match(text, foresees.end())  # 澄川证券预计，公司2033年…
        else:
            said = _FIRM_ANAPHOR.search(text, s.norm_start, q.norm_start) \
                if whole is None and (subject is None or subject.type != "Firm") else None
        if said is None:
            forecaster = None
        if said is None and subject is None and whole is None and lang == "en":
            said = _FIRM_SAYS_EN.search(text, q.norm_end, s.norm_end)  # "Revenue rose 6.2 percent…, the company said"
        firm_said = None
        if said:
            # the firm named before, in an earlier sentence or earlier in this one (据X公司半年报，公司营收…)
            earlier = [m for m in mentions if m.type == "Firm" and m.norm_end <= said.start() and m is not forecaster]
            pointed = named.get("last firm") if named and re.match(r"该|这家|此|其", said.group(0)) else None
            if forecaster is not None:
                # 澄川证券预计，公司明年营收…: the broker foresees, the firm its note is about holds the figures
                pointed = next((f for f in (pointed, firm_before, focus) if f is not None and f.type == "Firm"
                                and not _same_holder(f, forecaster)), None)
                if pointed is None and not earlier:
                    said = None
            if pointed is not None and "\n" in text[pointed.norm_end:said.start()]:
                pointed = None  # in a later paragraph, 该公司 is the firm the article is about again
            firm = earlier[-1] if earlier else (pointed or firm_before)
            if not earlier and pointed is None and focus is not None and focus.type == "Firm" and lang != "en" \
                    and firm is not None and not _same_holder(firm, focus) and _named_as_subsidiary(text, firm) \
                    and re.fullmatch(r"(?:而|但|同时|此外|另外)?(?:" + _TIME_OPENS_ZH + r"(?:内|中)?)?公司", said.group(0)):
                firm = focus  # 此次担保完成后，公司连同各子公司…: in a filing, 公司 is the firm that files, not its subsidiary named since
            if firm is not None and not earlier and focus is not None and focus.type == "Firm" \
                    and re.search(r"(?i)\bgroup\b|集团", said.group(0)) and not _same_holder(firm, focus) \
                    and re.search(r"(?:Group|Holdings|集团|控股)$", focus.canonical or focus.text) \
                    and not re.search(r"(?:Group|Holdings|集团|控股)$", firm.canonical or firm.text):
                firm = focus  # "…its London subsidiary… For the year, the group's overseas revenue…": the parent
            if firm is None and lang == "en" and named and said.group(0).lower().startswith("the company"):
                firm = named.get("performing")  # "Ning said the company expects…": the dance theatre named before
            owned = subject is not None and subject.type in _OWNED_TYPES and said.end() <= subject.norm_start < q.norm_start
            if firm is not None and not owned \
                    and not any(m.type == "Firm" and said.start() <= m.norm_start < q.norm_start for m in mentions):
                # 这家企业的新游戏已经推广到亚洲五六个国家, the company's revenue: the firm named before (but 公司旗下平台X
                # 月活跃用户…: the platform the company owns holds its users)
                subject, default_span = firm, None
                firm_said = said
        # (the firm that tells it, 发行商X昨日表示，…该片在海外…票房…, 公司…透露，该作海外版首月流水…: the work referred
        # back to holds the figure)
        source = subject is not None and lang != "en" and subject.type not in WORK_TYPES and subject.norm_end <= q.norm_start \
            and bool(_SAYS_AFTER_ZH.match(text, firm_said.end() if firm_said is not None else subject.norm_end))
        home = default_span is not None and fold(text[default_span[0]:default_span[1]]) in _HOME  # 该片…国内票房
        said = _last_match(_WORK_ANAPHOR, text, s.norm_start, q.norm_start) \
            if whole is None and (default_span is None or home) and (subject is None or subject.type in _PLACE_TYPES or source) else None
        # the work named before: in an earlier sentence, or earlier in this one (《X》…播出，该剧日本播映权…)
        referent = next((m for m in reversed(mentions) if lang != "en" and m.type in WORK_TYPES and s.norm_start <= m.norm_start
                         and m.norm_end <= said.start() and not _maker_by(text, m, lang)), work_before) if said else None
        if said and referent is not None and subject is not None and subject.type in _LOCAL_PLACES \
                and said.end() <= (opens := _clause_start(text, subject.norm_start, s.norm_start)) \
                and opens > s.norm_start and not text[opens:subject.norm_start].strip() \
                and re.search(r"[县縣市省区區州镇鎮乡鄉旗]$", subject.text):
            # 该剧今年2月播出后，…；建水县一季度共接待游客约304万人次: a county or city opening a clause of its own after
            # the work referred back to holds that clause's figures (written as an administrative area: 台湾团队承制约
            # 六成五的镜头 names a team, not a holder)
            referent = None
        if said and referent is not None:
            if (said.group("team") is None or firm_before is None or firm_before.norm_start < referent.norm_start) \
                    and (subject is None or said.start() < subject.norm_start or source) \
                    and (firm_said is None or firm_said.end() <= said.start()) \
                    and (not home or said.start() < default_span[0]) \
                    and not any(m.type in WORK_TYPES and said.start() <= m.norm_start < q.norm_start for m in mentions):
                # 该游戏在海外获得300万名玩家, the game drew…, 研发团队…将900件文物复原: the work named before
                subject, default_span = referent, None
        said_place, said_place_end = None, None
        later_china = default_span is not None and default_span[0] >= q.norm_end  # (该地区…收入…，其中中国产品约占…)
        if subject is None and (default_span is None or later_china) and whole is None and named:
            said = _PLACE_ANAPHOR.search(text, s.norm_start, q.norm_start)
            if said and said.group(0).startswith("全") and work_before is not None \
                    and re.match(r"\s*(?:票房|院线|上映)", text[said.end():q.norm_start]):
                said = None  # 电影今年3月上映，截至8月底全台票房约…: the film's box office across the island, not the island's
            if said and not any(m.type in _PLACE_TYPES and said.start() <= m.norm_start < q.norm_start for m in mentions):
                kinds = _PLACE_ANAPHOR_TYPES[next(g for g in said.groups() if g).lower()]
                found = [named[k] for k in kinds if k in named]
                entire = said.group(0).startswith("全")
                bodies = [m for m in mentions if entire and m.type == "GovernmentBody" and m.norm_end <= said.start()]
                lead = leading_place(bodies[-1].text) if bodies else None
                if lead is not None and lead[2] in kinds:
                    # 银川市商务局数据显示，今年1-8月全市…: the city of the body that tells it
                    span = (bodies[-1].norm_start, bodies[-1].norm_start + lead[0])
                    subject = implied.get(span) or _implied_place(doc, s, span, lead[1], lead[2])
                    implied[span] = subject
                elif found:
                    subject = max(found, key=lambda m: m.norm_start)  # 该市数字内容出口额…: the city named before
                    said_place, said_place_end, default_span = subject, said.end(), None
                    if entire and focus is not None and focus.type in kinds and (focus.canonical or focus.text) \
                            and within(subject.canonical or subject.text, focus.canonical or focus.text):
                        subject = focus  # 台山市增速最快…。全市有…企业: the city the article is about, not a part of it
        if subject is None and default_span is None and whole is None and event_before is not None and lang == "en" \
                and _EVENT_POSSESSIVE_EN.search(text, s.norm_start, q.norm_start):
            subject = event_before  # "The bureau put the event's budget at…": the event's
        if subject is None and default_span is None and whole is None and named:
            said = _ORG_ANAPHOR.search(text, _clause_start(text, q.norm_start, s.norm_start), q.norm_start)
            before_me = next((r for r in reversed(results) if r.subject is not None), None)
            if said is None and before_me is not None and _ORG_ANAPHOR.search(text, s.norm_start, q.norm_start):
                # "The bureau put the event's budget at…, while sponsorship income rose…", 该辛迪加承保保费…，同比增长…:
                # a later clause goes on with the holder of the figure before it
                subject, subject_default = before_me.subject, before_me.subject_default
            elif said is None:
                said = _ORG_ANAPHOR.search(text, s.norm_start, q.norm_start)
            if said and not any(said.start() <= m.norm_start < q.norm_start and m.type not in _PLACE_TYPES for m in mentions):
                word = next(g for g in said.groups() if g).lower()
                kinds = _ORG_ANAPHOR_TYPES[word]
                found = [named[k] for k in kinds if k in named]
                heads = _REFERRED_HEADS.get(word)
                if heads is not None:
                    # (学院 is a college named before, not a university; CCIDA stands for the agency it abbreviates)
                    found = [m for m in found if m.text.endswith(heads) or (m.canonical or "").endswith(heads)]
                elif word in ("agency", "fund") and any((m.canonical or m.text).endswith(word.title()) for m in found):
                    # the agency, the fund: a body whose name says so (the X Development Agency, CCIDA; the Y Relief
                    # Fund) before one named later (a literary agency or a fund described as one is taken when no body
                    # is so named)
                    found = [m for m in found if (m.canonical or m.text).endswith(word.title())]
                if found:
                    subject = max(found, key=lambda m: m.norm_start)  # the academy's online store…: the one named before
                    lead = leading_place(subject.text) if subject.type == "GovernmentBody" else None
                    if lead is not None and lead[2] not in ("Country", "RegionGroup") and re.match(
                            r"\s*(?:表示|指出|介绍|称|公布|发布|透露|said|says|reported|announced)", text[said.end():said.end() + 12]):
                        # 该局表示，…: the bureau tells its place's figures, as when it was named (香港旅游发展局公布 -> 香港)
                        span = said.span()
                        subject = implied.get(span) or _implied_place(doc, s, span, lead[1], lead[2])
                        implied[span] = subject
        if subject is None and default_span is None and whole is None and event_before is not None \
                and all(_is_source(text, s, m, lang) for m in mentions if m.norm_start < q.norm_start) \
                and (_EVENT_ANAPHOR.search(text, s.norm_start, q.norm_start)
                     or _TAKES_PART.search(text, _clause_start(text, q.norm_start, s.norm_start),
                                           _clause_end(text, q.norm_end, s.norm_end))):
            # 本届博览会共吸引…1,630家企业参展, More than 2,400 companies took part: the event's
            subject = event_before
        if subject is None and default_span is None and whole is None and lang == "en" and it_before is not None \
                and _IT_OPENS_EN.match(s.text) and not any(
                    m.norm_start < q.norm_start and m.type not in _PLACE_TYPES and not _is_source(text, s, m, lang)
                    for m in mentions):
            # "Leading the way was Lantern Keeper, a fantasy series… It drew 14 million views": what the sentence
            # before named
            subject = it_before
        if subject is None and default_span is None and whole is None and work_before is not None \
                and _WORK_MEASURE.search(text, _clause_start(text, q.norm_start, s.norm_start),
                                         _clause_end(text, q.norm_end, s.norm_end)) \
                and all(_is_source(text, s, m, lang) or _chart_or_store(text, s, m, lang, mentions, True)
                        for m in mentions if m.norm_start < q.norm_end):
            # "Presales have reached about HK$58 million", 预售额已超过…, shooting took 52 days, concurrent players on
            # Steam peaked at…: what only a work has is the work's the article named last, not its maker's (nor the store's)
            subject = work_before
        if subject is None and default_span is None and whole is None and holder_before is not None \
                and ((_CONTINUES_EN if lang == "en" else _CONTINUES_ZH).match(s.text) or holder_before.type == "Firm"
                     or _THAT_FIGURE.search(s.text)) \
                and all(_is_source(text, s, m, lang) or _origin_of_share(text, q, m, lang) for m in mentions):
            # "…香港数码娱乐服务出口额达…。其中，游戏授权收入为23亿元": still Hong Kong's; a firm's report goes on
            # about the firm in its paragraph ("NetEase reported… Games contributed 22.1 billion")
            subject = holder_before
        if subject is None and default_span is None and whole is None:
            said = text[s.norm_start:q.norm_start]
            if speaker is not None and _WE.search(said):
                subject = speaker  # X公司数据总监 王某：我们今年的人力多了一倍 -> the speaker's company
            elif place_before is not None and _HERE_ZH.search(text, s.norm_start, s.norm_end):
                subject = place_before  # …产业链正在X加速形成。已有33家服务机构在此落地 -> X
        if subject is None and default_span is None and facility_before is not None and q.unit in _FACILITY_UNITS \
                and all(_is_source(text, s, m, lang) for m in mentions):
            # 在X港…。码头上…3分钟内就能…: a time taken or a throughput in a sentence that names nothing is the
            # port's or zone's the paragraph is about, not the country's
            subject = facility_before
        if subject is None and default_span is None and china_before is not None \
                and all(_is_source(text, s, m, lang) or (lang != "en" and _PARTNER_ZH.search(
                    text, max(s.norm_start, m.norm_start - 8), m.norm_start))
                    # a name in a later clause (…, with North America accounting for 38%) is not this figure's
                    or (m.norm_start >= q.norm_end and _break_between(text, q.norm_end, m.norm_start))
                    for m in mentions):
            # a sentence with no name of its own, in a paragraph that has said 我国/China: still China
            default_span, stated_in = china_before
        if subject is None and default_span is None and whole is None:
            # 香港旅遊發展局昨日公佈，…訪港旅客共…: a body of a place the article names reports the place's figures
            subject = _reporting_bodys_place(doc, s, q, mentions, lang, implied, named or {})
        prior = next((r for r in reversed(results) if r.subject is not None), None)
        nameless = subject is None and default_span is None and whole is None \
            and all(_is_source(text, s, m, lang) or _origin_of_share(text, q, m, lang)
                    or _people_from(text, s, m)  # 內地發行人約佔…: where people come from
                    or (prior is not None and m.norm_start == prior.subject.norm_start)  # the holder of the figure before
                    or any(r.counterpart is not None and r.counterpart.norm_start == m.norm_start for r in results)  # a market
                    # a market or partner (日本市场贡献…的47.6%, 分布于…), or a name in a later clause
                    or (m.type in _PLACE_TYPES and (_after_preposition(text, s, m, lang)
                                                    or (lang != "en" and _is_market_zh(text, s, m, mentions))))
                    or (m.norm_start >= q.norm_end and _break_between(text, q.norm_end, m.norm_start))
                    for m in mentions) \
            and not _WHOLE_FIELD.search(text, s.norm_start, s.norm_end)
        if nameless and prior is not None:
            # …内地旅客佔整體的71.9%；長途市場旅客約152萬人次, …; long-haul arrivals rose 17 percent: a later
            # clause naming no holder goes on with the sentence's
            subject, subject_default = prior.subject, prior.subject_default
            nameless = False
        untold = nameless and topic is not None
        if default_span is not None:
            subject = implied.get(default_span) or _implied_china(doc, stated_in, default_span)
            implied[default_span] = subject
            subject_default = "中国"

        # the same amount in another currency, in brackets (3.6 billion yuan (about $505 million), 90亿元(约合12亿美元)):
        # the holder of the amount it converts
        prev_q = quantities[qi - 1] if qi else None
        converted = prev_q is not None and results and results[-1].quantity is prev_q and q.unit.startswith("CCY") \
            and prev_q.unit.startswith("CCY") and prev_q.unit != q.unit \
            and bool(_CONVERTED.fullmatch(text, prev_q.norm_end, q.norm_start))
        if converted:
            subject, subject_default = results[-1].subject, results[-1].subject_default

        # indicator
        item = parallel.get(qi) if parallel else None
        phrase, labels_lang = _indicator_phrase(text, s, q, left, left_start, lang, mentions, subject, period)
        holder_word = _HOLDER_REFERENCE_ZH.match(phrase) if lang != "en" and phrase else None
        if holder_word and len(phrase) - holder_word.end() >= 2:
            phrase = phrase[holder_word.end():]  # 该股市盈率, 该作海外流水: 该 points at the holder; the rest is the measure
        if subject is not None and subject.type == "Film" and q.unit.startswith("CCY") and not converted \
                and (not phrase.strip() or not key_of(phrase, labels_lang).known
                     or set(key_of(phrase, labels_lang).concepts) <= _FILM_MONEY_WORDS):
            # a film's money ('X' crosses $500 million, grossed…, earned $41 million in North America): box office
            overseas = "overseas" in key_of(phrase, labels_lang).key.split("+") if phrase.strip() else False
            phrase, labels_lang = (("overseas box office" if overseas else "box office"), "en") if lang == "en" else \
                (("海外票房" if overseas else "票房"), "zh")
        magnitude = _MAGNITUDE_OF.match(text, q.norm_end) if lang != "en" and q.qualifier == "about" else None
        if magnitude:
            # "未来三年云游戏有望形成千亿元级市场": the size of the 云游戏 market, about a hundred billion yuan
            phrase = _MAGNITUDE_LEAD.sub("", _MAGNITUDE_VERB.sub("", phrase)) + magnitude.group(1)
        named_count = False
        refers_back = lang != "en" and bool(_ZH_BACK_REFERENCE.search(left))
        if lang != "en" and phrase and not _measure_like_zh(phrase):
            phrase = ""
        if lang != "en" and not phrase and q.unit == "PERCENT" and q.kind in ("share", "level") and whole is None:
            who = _SHARE_OF_WHO_ZH.match(text, q.norm_end, s.norm_end)
            if who and _measure_like_zh(who.group(1)[:18]):
                # 62%的东南亚玩家愿意为国产手游付费: the share of a population that does or says something
                phrase = who.group(1) + "的比例"
                inside = [m for m in mentions if who.start(1) <= m.norm_start < who.end(1)]
                if inside or subject is None or subject_default is not None:
                    subject, subject_default = (inside[0] if inside else None), None
        tail_before = None
        if lang != "en" and not phrase and cstart > s.norm_start:
            if _ONLY_RESPECTIVELY.fullmatch(text[cstart:q.norm_start]):
                # "…执行额同比仍为正增长，分别为x和y", "A、B动漫出口增长较快，增幅分别为x、y": the clause before names the measure
                tail_before = _CHANGE_TAIL_ZH
            elif _ONLY_VERB_ZH.fullmatch(text[cstart:q.norm_start]) and _SUPERLATIVE_END_ZH.search(text, s.norm_start, cstart - 1):
                # "游戏产业海外收入最高，达562亿元": the clause before names the measure, then says it is the largest
                tail_before = _SUPERLATIVE_END_ZH
        if tail_before is not None:
            pstart = _clause_start(text, cstart - 1, s.norm_start)
            before = tail_before.sub("", text[pstart:cstart - 1])
            if before:
                phrase, labels_lang = _indicator_phrase(text, s, q, before, pstart, lang, mentions, subject, period)
                if phrase and not _measure_like_zh(phrase):
                    phrase = ""
        if q.unit == "NUM":
            which = _COUNT_IS_ZH.match(text, q.norm_end, s.norm_end) if lang != "en" else None
            # "前50名的动画中，有13部为国风动画": the count of what they are
            noun = which.group(1) if which else (_figure_noun(text, q) if lang != "en" else "")
            noun = noun or _counted_noun(text, q, lang)
            if len(noun) == 1 and q.count_of:
                noun = ""
            if noun in _TEAM_NOUNS and q.count_of in ("person", "employee", "staff"):
                noun = "团队人数"  # "8人团队": the size of a team
            if (not noun and phrase and q.count_of in ("person", "employee", "staff", "visitor")
                    and not _PERSON_HEAD.search(phrase) and not _EMPLOY_WORD.search(phrase)):
                phrase = ""  # "面试了60多个人": a count of people quantifies a word for people, or nothing
            if noun:
                phrase = noun
                named_count = True
            elif not phrase and q.count_of and not (last_count_of == q.count_of and last_indicator is not None):
                phrase, labels_lang = _count_phrase(q.count_of)
        else:
            head = _head_after(text, q, lang)
            if head:
                phrase = f"{phrase}{head}" if lang != "en" else head
            deal = _deal_after(text, q, lang) if q.unit.startswith("CCY") else ""
            if deal:
                phrase = deal  # 签署了总额X的海外发行协议, a $X distribution deal: the value of the deal
        if lang != "en" and q.unit in _WINDOW_UNITS and phrase and _ZH_ACTIVITY_END.search(phrase):
            phrase = phrase + "时间"  # 通关只需3分钟: the time the activity takes (通关时间)
        last_count_of = q.count_of if q.unit == "NUM" else None
        if q.unit in _WINDOW_UNITS and q.kind == "level":
            # a time taken to do something: 只用9天就登上榜首, 5分钟内就能生成方案, reaching the top spot in only 9 days
            reach = _time_to_reach(text, s, q, left, lang)
            if reach:
                phrase, labels_lang = reach
        if lang == "en" and phrase.lower() in ("exports", "imports", "export", "import") and doc_indicator[0] is not None:
            # "China's services trade rose … The surge was driven by 18.2% growth in exports": the trade just measured
            said = " ".join([doc_indicator[0][2]] + [t for t, l in doc_indicator[0][1] if l == "en"])
            trade = _EN_KIND_OF_TRADE.search(said)
            if trade:
                phrase = f"{trade.group(1).lower()} {phrase}"
        before_parts = doc_indicator[0][0].split("+") if doc_indicator[0] is not None else []
        bare_trade = key_of(phrase, "zh").key if lang != "en" and phrase and len(phrase) <= 6 else ""
        if bare_trade in ("exports", "imports") and len(before_parts) > 1 \
                and {"trade", "exports", "imports"} & set(before_parts):
            # "可数字化交付的服务进出口额达2.48万亿元…。其中，出口1.39万亿元…；进口1.09万亿元": exports and
            # imports of that trade
            trade_said = doc_indicator[0][2]
            way = "出口" if bare_trade == "exports" else "进口"
            kind_of = re.sub(r"进出口|贸易|出口|进口", way, trade_said, count=1)
            if kind_of != trade_said and re.search(r"[\u4e00-\u9fff]", kind_of):
                phrase, labels_lang = kind_of, "zh"
        if qi in rates:
            phrase, labels_lang = rates[qi], "zh"  # 2天1部剧 -> 制作每部剧所需时间
        teu_said = key_of(phrase, labels_lang) if q.unit == "TEU" and phrase else None
        # "Xiamen port handled 12.6 million TEU": a port is where, not what, so the unit names the measure
        if q.unit == "TEU" and not (teu_said and teu_said.known - ("ports" in teu_said.concepts) > 0):
            phrase, labels_lang = ("集装箱吞吐量", "zh") if lang != "en" else ("container throughput", "en")  # the unit names it
        if item is not None:
            item_text, item_mention = item
            if item_mention is not None and whole is None:
                subject = item_mention
                subject_default = None
            elif item_mention is None:
                phrase = item_text
        if lang == "en" and q.kind in ("level", "share") and q.unit == "PERCENT" and whole is None \
                and _PART_OF_TOTAL_EN.search(text, max(cstart, q.norm_start - 40), q.norm_start) \
                and re.match(r"\s*(?:[.;,]|$)", text[q.norm_end:q.norm_end + 2]):
            # "Group revenue rose 9.6% to 1.36 billion yuan, and Skylark contributed roughly 11%": a part of the total
            # just stated, held by the total's holder
            totals = [r for r in results if r.quantity.kind == "level" and r.quantity.unit != "PERCENT"
                      and r.subject is not None and r.subject is not subject]
            if totals:
                q = replace(q, kind="share")
                subject, subject_default = totals[-1].subject, totals[-1].subject_default
            elif results and results[-1].sentence == s.index and results[-1].quantity.kind == "share" \
                    and results[-1].quantity.unit == "PERCENT":
                # "North America made up roughly a third of overseas revenue, while Europe contributed 22%": another
                # part of the same whole, held by the same holder
                q = replace(q, kind="share")
                subject, subject_default = results[-1].subject, results[-1].subject_default
                phrase = ""
        market = _market_share(text, s, q, mentions, lang) if q.kind == "share" and whole is None else None
        if item is not None and item[1] is not None and item[1].type in _MARKET_TYPES and q.kind == "share" \
                and whole is None and (market is not None or _market_share(
                    text, s, quantities[min(parallel)], mentions, lang) is not None):
            market = item[1]  # 越南和马来西亚分别占41.3%和19.6%: each share its own market
        if market is not None:
            # "…海外收入为X。其中东南亚市场贡献了26.8%", "The United States accounted for 58.7 percent of its revenue":
            # the market's part of a total stated before; the total's holder holds the share, the market is its
            # counterpart, and what is measured is the total's measure when the clause names nothing else
            prior = [r for r in results if r.quantity.kind not in ("share", "rank")
                     and (r.subject is not None or r.subject_default is not None)]
            if prior:
                subject, subject_default = prior[-1].subject, prior[-1].subject_default
            elif total_holder is not None and total_holder[0].norm_start != market.norm_start:
                subject, subject_default = total_holder  # the holder of the total stated last in the article
                if focus is not None and total_holder[1] is None and _new_paragraph(text, total_holder[0].norm_end, s.norm_start) \
                        and focus.norm_start != market.norm_start and not any(
                            _same_holder(m, total_holder[0]) for m in mentions if m.norm_end <= market.norm_start):
                    # …in a paragraph before: a new paragraph's shares are of the article's holder, unless it names the
                    # total's holder again (墨螺数字的客户中，日本客户约占营收的四成六)
                    subject = focus
            elif china_before is not None:
                span = china_before[0]
                subject = implied.get(span) or _implied_china(doc, china_before[1], span)
                implied[span] = subject
                subject_default = "中国"
            else:
                subject, subject_default = None, None
                # "X made up a third of Korvel's overseas revenue, while Europe contributed 22%": the holder of the share
                # before it in the sentence; "Korvel said North America accounted for 41%…": the firm that says so
                same = [r for r in results if r.sentence == s.index and r.quantity.kind == "share" and r.subject is not None]
                sayer = _SAYER_EN.search(text, s.norm_start, market.norm_start) if lang == "en" and not same else None
                firm = [m for m in mentions if sayer and s.norm_start <= m.norm_start and m.norm_end == sayer.start()
                        and m.type in ("Firm", "Organization")]
                if same:
                    subject, subject_default = same[-1].subject, same[-1].subject_default
                elif firm:
                    subject = firm[0]
            rest = _MARKET_SHARE_FILLER.sub("", phrase).strip()
            said = key_of(rest, labels_lang) if rest else None
            # (the words the vocabulary does not know are the market's name: 北美客户约占…)
            if (said is None or set(said.named) <= _MARKET_SHARE_WORDS) \
                    and (last_indicator is not None or doc_indicator[0] is not None):
                phrase = ""
                share_total = last_indicator if last_indicator is not None else doc_indicator[0]
            else:
                share_total = None
        else:
            share_total = None
        anaphoric = bool(_ANAPHOR.search(phrase)) if phrase else refers_back
        ikey = key_of(phrase, labels_lang) if phrase.strip() and not anaphoric else None
        share_of_it = lang != "en" and q.kind == "share" and last_indicator is not None and cstart > s.norm_start \
            and re.match(r"\s*(?:约|并|且|同时)?占", text[cstart:q.norm_start])
        if q.kind == "growth_difference" and last_indicator is not None:
            key, labels, surface = last_indicator
        elif share_total is not None:
            key, labels, surface = share_total
        elif share_of_it:
            # "出口额达到86亿元，按年上升5.8%，占服务输出总额约1.3%": the share of what the sentence measured
            key, labels, surface = last_indicator
        elif anaphoric and doc_indicator[0] is not None:
            key, labels, surface = doc_indicator[0]
        elif (ikey is None or not ikey.known) and last_indicator is not None and not named_count:
            key, labels, surface = last_indicator
        elif ikey is not None and ikey.concepts:
            key = ikey.key
            surface = phrase.strip()
            labels = _labels(surface, labels_lang, ikey.english, doc, q)
        else:
            key, labels, surface = ("unspecified", (), "")

        kind = q.kind
        if lang == "en" and kind == "level" and q.unit == "PERCENT" and results:
            before_me = results[-1].quantity
            gap = text[before_me.norm_end:q.norm_start]
            tail = re.split(r",|\band\b", gap)[-1]  # what follows the last comma or "and": the next part's name
            rises = [r.quantity for r in results if r.quantity.kind == "growth"]
            if rises and _GROWTH_AGAIN_EN.match(text, q.norm_end) \
                    and re.fullmatch(r"[^.;]{0,60}?(?:,\s*|\s+)(?:and|but|or)\s+(?:(?:about|nearly|almost|roughly|some)\s+)?", gap):
                # "rose 31.4% from a year earlier to 1.62 billion yuan, and 6.8% from the previous quarter": the same
                # rise against another base
                kind = "growth"
                negative = rises[-1].value is not None and str(rises[-1].value).startswith("-")
                q = replace(q, kind=kind, value=("-" + str(q.value).lstrip("-")) if negative and q.value is not None else q.value)
            elif before_me.kind == "share" and before_me.unit == "PERCENT" and subject is not None \
                    and not _EN_VERB.search(tail) and re.search(r"(?:,|\band\b)", gap) \
                    and re.match(r"\s*(?:[,.;]|and\b|$)", text[q.norm_end:q.norm_end + 4]):
                # "Southeast Asia contributed 48.6% of revenue, East Asia 19.2% and North America 17.5%": the shares
                # go on, each of the same whole
                kind = "share"
                q = replace(q, kind=kind)
                if results[-1].subject is not None:
                    market = market or (subject if subject.type in _MARKET_TYPES else None)
                    subject, subject_default = results[-1].subject, results[-1].subject_default
        if own_base and kind == "level" and results and results[-1].quantity.kind == "share" \
                and results[-1].quantity.unit == q.unit:
            kind = "share"  # "making up 16 percent of the total, compared with 10.7 percent a year earlier"
            q = replace(q, kind=kind)
        growth_of = None
        comparison = None
        if kind in ("growth", "multiple"):
            # the level it qualifies: same indicator, same period, stated before it in the sentence
            same_period = {k: i for k, i in last_level_index.items()
                           if (results[i].period.label if results[i].period else None) == (period.label if period else None)}
            if key in same_period:
                growth_of = base_index + same_period[key]
            elif same_period and (ikey is None or not ikey.known):
                growth_of = base_index + max(same_period.values())
            span = re.fullmatch(r"(\d{4})/(\d{4})", period.label) if period is not None else None
            if kind == "multiple" and span:
                # "2021年至2024年…翻了两番", "doubled between 2021 and 2024": a change from the first year
                # of the span to its last, not a cumulative figure of the span
                period = PeriodRef(norm_start=period.norm_start, norm_end=period.norm_end, start=span.group(2),
                                   end=span.group(2), label=span.group(2), relative=period.relative)
                comparison = span.group(1)
            elif kind == "multiple" and period is not None and period.relative and _NOW.match(text, period.norm_start) \
                    and not [p for p in comparisons if p.norm_start < q.norm_start]:
                comparison = None  # 目前…增长了数十倍: "now" names no base a year before it
            else:
                comparison = _comparison_label(doc, s, q, period, comparisons, lang)
            stated_after = lang == "en" and comparison is not None and any(
                p.label == comparison and q.norm_end <= p.norm_start < s.norm_end for p in comparisons)
            if kind == "multiple" and not span and not stated_after \
                    and not [p for p in comparisons if p.norm_start < q.norm_start]:
                # "从2019年X增至2024年Y，增长N倍": the multiple compares with the first period stated
                # (an explicit base, 较2020年增长N倍 / 是2022年的N倍, is kept as it is); with no base stated,
                # like a growth rate, the same period a year earlier (去年翻倍, doubled in 2024)
                earlier = [p for p in stated_periods if p.norm_end <= q.norm_start and (period is None or p.label != period.label)]
                level_of = _YEAR_LEVEL_EN.match(text, q.norm_end, s.norm_end) if lang == "en" else None
                if level_of:
                    comparison = level_of.group(1)  # "nearly double its 2024 level": that year
                elif earlier:
                    comparison = earlier[0].label
                elif period is not None and not (s.norm_start <= period.norm_start < s.norm_end) and lang != "en" \
                        and not _YEARLY_ZH.search(text, max(cstart, q.norm_start - 6), q.norm_start):
                    # in Chinese, a period carried from an earlier sentence does not date a bare multiple (年增逾兩倍, a
                    # change against the year before, does; English "revenue more than doubled" after "in the first
                    # half" is against the same half a year earlier, as the held-out sets write it)
                    comparison = None
            if kind == "multiple" and (_VALUATION_MULTIPLE.match(text, q.norm_end, min(s.norm_end, q.norm_end + 30))
                                       or _VALUATION_BEFORE.search(text, max(s.norm_start, q.norm_start - 14), q.norm_start)):
                comparison = None  # 19倍市盈率, 27 times 2033E earnings: a valuation, compared with no earlier period
            if kind == "multiple" and _LEVERAGE_RATIO.search(text, s.norm_start, q.norm_start):
                comparison = None  # 债务与EBITDA之比…降至6.32倍, leverage … rose to 6.62 times: a ratio, not a change
            if kind == "multiple" and (_multiple_of_a_figure(text, q, quantities, lang) or (
                    lang == "en" and _MULTIPLE_OF_AMOUNT_EN.match(text, q.norm_end, s.norm_end))):
                comparison = None  # 为3万美元目标的26倍, about 18 times its $60,000 target: of that figure, no period
            moved = _price_move_since(doc, s, q, lang, stated_periods) or _price_move_over_days(doc, s, q, lang, period) \
                or _return_over_period(text, s, q, lang, period)
            if moved is not None:
                period, comparison = moved
        shared = set(key.split("+")) & topic[2] if untold and subject is None else set()
        if untold and subject is None and sole and topic[1] is None \
                and not _GENERIC_RATE.search(text, _clause_start(text, q.norm_start, s.norm_start), min(s.norm_end, q.norm_end + 6)):
            # an article whose figures so far all had one holder (台湾's balance of payments, one firm's plans): a
            # later figure that names none is that holder's too, whatever it measures. Not a rate or an average,
            # which speaks of things in general (岚山港's throughput, then 制作一部短剧的成本约为每分钟3,000元), and
            # not China implied by 我国/全国 (a paragraph that does not say so again is not the country's)
            subject, subject_default = topic[0], topic[1]
        elif shared and (key.isascii() or len(shared) >= 2) \
                and not _PER_UNIT.search(text, _clause_start(text, q.norm_start, s.norm_start), q.norm_start):
            # a figure that names no holder, of something the article has measured for one holder so far (海铁联运箱量
            # after the port's container throughput, in a later paragraph): that holder's; but a new paragraph that
            # names none goes back to whom the article is about (从业务结构看，信息技术外包执行额… after a paragraph on
            # a city and a park: the province's)
            subject, subject_default = topic[0], topic[1]
            if focus is not None and topic[1] is None and _new_paragraph(text, topic[0].norm_end, s.norm_start) \
                    and not _same_holder(focus, topic[0]):
                subject = focus
        if subject is None and subject_default is None and whole is None and focus is not None \
                and not _GENERIC_RATE.search(text, _clause_start(text, q.norm_start, s.norm_start),
                                             min(s.norm_end, q.norm_end + 6)):
            # a figure no rule gives a holder, in an article whose headline opens on one (华瑞上半年营收…, Lantern
            # Reef doubles…): the headline's. Not a rate or an average, which speaks of things in general
            subject = focus
        if lang == "en" and q.unit.startswith("CCY"):
            # "X agreed to acquire 60% of Y for €31 million, plus up to €9 million more": the price is
            # what the buyer pays, held by the buyer, not by the firm bought, named nearer to it
            paid = _PRICE_PAID_EN.search(text, max(s.norm_start, q.norm_start - 80), q.norm_start)
            if paid:
                buyers = [m for m in mentions if m.type == "Firm" and s.norm_start <= m.norm_start and m.norm_end <= paid.start()]
                price_buyer = buyers[-1] if buyers else None
            elif not (price_buyer is not None and results and results[-1].subject is price_buyer and re.fullmatch(
                    r"(?i)[^.;]{0,30}?,?\s+(?:plus|and)\s+(?:up\s+to\s+|another\s+|a\s+further\s+)?",
                    text[results[-1].quantity.norm_end:q.norm_start])):
                price_buyer = None
            if price_buyer is not None:
                subject, subject_default = price_buyer, None
        fined = _fined_party(text, s, q, mentions, lang, focus if focus is not None and focus.type == "Firm" else firm_before) \
            if q.unit.startswith("CCY") else None
        if fined is not None:
            subject, subject_default = fined, None  # 对公司…处以960万元罚款, fined Pellmark 412 million yen: the one fined
        winner = _tender_winner(text, s, q, mentions, lang) if q.unit.startswith("CCY") or q.kind == "level" else None
        if winner is not None:
            subject, subject_default = winner, None  # 由X中标，中标金额…, awarded a HK$9m contract to X: the winner's
        elif lang != "en" and named and named.get("GovernmentBody") is not None \
                and _PROCUREMENT_ZH.search(text, _clause_start(text, q.norm_start, s.norm_start), q.norm_start) \
                and not any(m.type in ("GovernmentBody", "Firm") and s.norm_start <= m.norm_start < q.norm_start for m in mentions):
            # 本项目预算为…，底价…: the budget and reserve price of the procurement are the buying body's
            subject, subject_default = named["GovernmentBody"], None
        abroad = None
        visitors_from = subject is not None and focus is not None and lang != "en" and subject.type in _LOCAL_PLACES \
            and focus.type in ("Province", "City", "District") and not subject.text.startswith("本") \
            and bool(_VISITORS_FROM_ZH.match(text, subject.norm_end))
        # (in an article about a city or province, another place's visitors are where they come from: 澳门…。香港旅客：
        # 约180万人次; not 本澳旅客, this place's)
        named_end = said_place_end if said_place_end is not None and subject is said_place else \
            (subject.norm_end if subject is not None else None)  # (该地区移动游戏市场收入: after the words referring back)
        market_itself = subject is not None and subject.type in _MARKET_TYPES and lang != "en" and named_end <= q.norm_start \
            and (_MARKET_ITSELF_ZH.match(text, named_end, q.norm_start) is not None or (
                any(r.sentence == s.index and r.subject is not None and r.subject.type in _MARKET_TYPES
                    and r.subject.norm_end <= r.quantity.norm_start
                    and _MARKET_ITSELF_ZH.match(text, r.subject.norm_end, r.quantity.norm_start) for r in results)
                and re.fullmatch(r"\s*的?\s*(?:约|近|逾|超过|达)?\s*", text[subject.norm_end:q.norm_start]))
            or (len(results) - 1 in market_totals and _same_holder(results[-1].subject, subject)
                and results[-1].quantity.norm_end <= q.norm_start))
        if subject is not None and focus is not None and subject.type in _PLACE_TYPES and (
                (_in_headline(doc, s) or (lang != "en" and text.startswith(("一家", "这家"), subject.norm_end)))
                and _describes(text, s, subject, focus, lang)):
            # 台州音频工作室去年海外收入增三成六, "Chinese dance drama draws nearly 97,000 spectators": the studio or the
            # drama the article names, not its place
            subject = focus
        # (日本市场规模约27.6亿美元，占亚洲的四成四；韩国约16.4亿美元: a market's own size is the market's, and so are the
        # shares and sizes listed after it)
        if asked is not None and whole is None and (_ANSWER.match(text, s.norm_start, q.norm_start) is not None
                                                    or _ANSWER_AFTER_QUESTION.search(text, s.norm_start, q.norm_start)) \
                and (subject is None or subject_default is not None or (subject.type == "Firm" and (
                    _ANSWERS_AFTER.match(text, subject.norm_end) or (focus is not None and _same_holder(subject, focus))))
                     or (subject.type in _MARKET_TYPES and not market_itself)) \
                and not any(m.type in _ASKED_TYPES and m.type != "Firm" and s.norm_start <= m.norm_start < q.norm_start
                            for m in mentions):
            # 投资者问：…平台“漫卷”11月的付费用户情况如何？汀兰网络答：11月付费用户约38.6万人: the platform asked about,
            # not the firm that answers (nor a market the answer names: the platform's figure there)
            subject, subject_default = asked, None
        our = speaker if speaker is not None and _WE.search(text, s.norm_start, s.norm_end) else None  # a quote of ours
        if subject is not None and (subject.type in _MARKET_TYPES or visitors_from) and subject_default is None \
                and (focus is not None and focus.type in _SEGMENT_HOLDERS | _LOCAL_PLACES | {"Event", "Organization"}
                     and not _same_holder(focus, subject) or our is not None) \
                and fold(subject.canonical or subject.text) not in _HOME and not market_itself:
            # 港澳台地區收入…, 东南亚市场贡献…, revenue in South Korea…, Malaysia ranked first among source markets, in
            # an article about a firm, a work or a place in China: a foreign market is where the figure was earned or
            # whom it counts, not whose it is; so too in an article about an event or a museum, a school, a centre (今届以
            # 丹麦为伙伴国家…吸引逾16万人次). The holder of the article's last figures when that is a firm or a work
            # (a title the paragraph is about), else the focus
            abroad = subject
            mine = topic[0] if topic is not None and topic[1] is None and topic[0].type in _SEGMENT_HOLDERS else None
            if results and results[-1].subject is not None and results[-1].subject.type in _SEGMENT_HOLDERS:
                mine = results[-1].subject  # 《X》第八季共52集，去年在越南等六个国家播出: the work of the sentence's figure before
            named_here = [m for m in mentions if m.type in _SEGMENT_HOLDERS and m.norm_end <= q.norm_start]
            if named_here and not results:
                mine = named_here[-1]  # 《夜港》：这部剧的翻拍版权售予日本…: the work the sentence names, not the article's last
            if our is not None:
                mine = our  # "Europe is now more than a third of our overseas bookings," said its director: the speaker's
            subject = mine or focus
        if subject is not None and subject.type in WORK_TYPES and _PER_SHARE.search(
                text, _clause_start(text, q.norm_start, s.norm_start), q.norm_start):
            # …《X》3月名列第三。全年营收71.84亿，每股盈余11.48元: earnings per share are a listed firm's, never a work's
            firm = next((f for f in (firm_before, focus) if f is not None and f.type == "Firm"), None)
            if firm is not None:
                subject, subject_default = firm, None
        if subject is not None and subject.type == "Event" and period is not None and not from_before \
                and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", period.label) and subject.norm_start > period.norm_start:
            # "8月，X举办的第三届…公开赛吸引23个国家…约680名棋手参赛": the month or day the event was held, not a period its
            # figures were counted over (they are the event's, as a whole)
            period = None
        if from_before and subject is not None and (subject.type == "Event" or _is_pavilion(subject) or (
                subject.type in WORK_TYPES and subject.type != "AppProduct" and q.unit not in _MONEY_OF_A_PERIOD)) \
                and not (subject.type == "Event" and _DAYS_LABEL.fullmatch(period.label)):
            # 第四届…邀请赛…吸引了21个国家的战队, 《X》已预售至23个国家和地区: an event's or a work's figures are of the
            # event or of the work so far, not of a year stated sentences before; but the days an event ran are its
            # own period (…节于6月3日至12日举行。…¶本届共有312家企业参展: the event's days)
            period = None
        if subject is not None and _is_pavilion(subject) and period is not None and period.relative \
                and re.fullmatch(r"\d{4}", period.label) and s.norm_start <= subject.norm_start < s.norm_end:
            period = None  # 葡语国家馆今年规模最大，来自8个…国家的96家机构参展: counted at this year's fair, no period
        if q.kind == "share" and _is_stake(text, s, q, lang):
            # 由X持股57%, "is 62% owned by": a stake is held now, not over a period the sentence states
            period = None
        if own_base and results and results[-1].quantity.unit == q.unit and results[-1].subject is not None:
            # 海外市场占发行收入的63.5%，较前年的55.2%…; …16 percent, compared with 10.7 percent a year earlier: the base
            # is the same holder's, of the same part
            subject, subject_default = results[-1].subject, results[-1].subject_default
            market = market or results[-1].counterpart
        counterpart = market or _counterpart(text, s, q, mentions, lang) or abroad
        if counterpart is not None and subject is not None and counterpart.norm_start == subject.norm_start:
            counterpart = None
        members = _last_match(_MEMBERS_OF_ZH, text, s.norm_start, q.norm_start) if lang != "en" else None
        if counterpart is None and members is not None:
            # 承接《…协定》(XX)成员国的外包业务: the members of the agreement, as one group
            span = members.span(2)
            counterpart = implied.get(span) or _implied_place(doc, s, span, members.group(1) + "成员国", "RegionGroup")
            implied[span] = counterpart
        bilateral = _last_match(_BILATERAL_ZH, text, s.norm_start, q.norm_start) if lang != "en" else None
        if counterpart is None and bilateral is not None:
            # 中日动漫合作项目金额: China's, with Japan (one character names each country)
            span = bilateral.span(1)
            counterpart = implied.get(span) or _implied_place(doc, s, span, *_BILATERAL_PARTNERS[bilateral.group(1)])
            implied[span] = counterpart
            if subject is None and subject_default is None:
                china = (bilateral.start(), bilateral.start() + 1)
                subject = implied.get(china) or _implied_place(doc, s, china, "中国", "Country")
                implied[china] = subject
                subject_default = "中国"
        if flow_period is not None and from_before and period is not None and period is carried \
                and set(key.split("+")) & _FLOW_CONCEPTS and kind in ("level", "share", "growth"):
            period = flow_period
            if kind == "growth":
                comparison = comparison_period(flow_period)
        if markets_of is not None and subject is not None and subject.type in _MARKET_TYPES:
            # (the market taking the share is its counterpart, where it went)
            subject, subject_default, counterpart = markets_of, None, counterpart or subject
        if q.unit == "PERCENT" and q.kind == "level" and not _PREMIUM_NEAR.search(
                text, _clause_start(text, q.norm_start, s.norm_start), min(s.norm_end, q.norm_end + 16)):
            # a percentage that is no change is a part of a whole or a rate (an occupancy, an interest rate, a share of
            # revenue the sentence does not call so): its kind is share; a premium or a discount stays a level
            q = replace(q, kind="share")
        obs = ObservationMention(
            doc_id=doc.doc_id, sentence=s.index, start=0, end=0, quantity=q, indicator=key,
            indicator_labels=labels, indicator_surface=surface, period=period,
            comparison_period=comparison, subject=subject, subject_default=subject_default,
            growth_of=growth_of, window=window, counterpart=counterpart,
        )
        start, end = doc.to_original(q.norm_start, q.norm_end)
        obs = _replace(obs, start=start, end=end)
        if converted and kind == results[-1].quantity.kind:
            # 58 million Hong Kong dollars, or roughly US$7.4 million: the same figure, measured as the amount it converts,
            # of the same period
            key, labels, surface = results[-1].indicator, results[-1].indicator_labels, results[-1].indicator_surface
            obs = _replace(obs, indicator=key, indicator_labels=labels, indicator_surface=surface, period=results[-1].period)
        if kind not in ("growth", "growth_difference"):
            last_level_index[key] = len(results)
        if key != "unspecified" and kind not in ("growth_difference",):
            last_indicator = (key, labels, surface)
        # "这三年间该领域的增速均超过6%", "grew by more than 5% each year": one figure for each year
        years = _each_year(text, s, q, cstart, period, lang)
        for n, year in enumerate(years):
            label = str(year)
            each = _replace(obs, period=PeriodRef(period.norm_start, period.norm_end, label, label, label, period.relative),
                            comparison_period=str(year - 1) if kind == "growth" else obs.comparison_period)
            results.append(each if n == len(years) - 1 else _replace(each, growth_of=None))
        if not years:
            results.append(obs)
        if whole is not None and obs.subject is whole:
            of_whole.add(len(results) - 1)
        if market_itself and obs.subject is not None and obs.subject.type in _MARKET_TYPES:
            market_totals.add(len(results) - 1)
        if key != "unspecified":
            doc_indicator[0] = (key, labels, surface)
        window = window_end = None
    return results


#: "each": 均/都/每年 right before a figure's predicate, "each year" in English
_EACH_ZH = re.compile(r"(?<![年人平])均(?![值价])|(?<!首)都|每年|各年")
_EACH_EN = re.compile(r"\b(?:each|every) year\b|\bin each of\b|\beach of (?:the|these|those) (?:\w+ )?years\b|\byear after year\b", re.I)
#: "这三年间", "过去五年来", "in those three years": a number of years ending with the period the text is in
_YEARS_ZH = re.compile(r"(?:这|那|上述|以上|过去|近|最近)\s*([两二三四五六七八九十\d]{1,2})\s*年(?:间|来|里|中|内|当中)?")
_YEARS_EN = re.compile(r"\b(?:these|those|the past|the last|over the)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b", re.I)
_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "two": 2, "three": 3,
          "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _each_year(text: str, s: Sentence, q: Quantity, cstart: int, period: Optional[PeriodRef], lang: str) -> list[int]:
    """The years a figure stated of each year of a span holds for (none: it is one figure).

    "2022到2024年…。这三年间该领域的增速均超过6%" is a growth above 6 % in 2022, in 2023 and in 2024:
    a span (2021/2023) or a number of years ending with the year the text is in (这三年间, these three
    years), and a word saying each (均, 都, 每年, each year). The figure as stated keeps its period; this
    gives the others (the span itself first becomes its last year, see the caller). Nothing without both.
    """
    if period is None or q.kind not in ("growth", "level", "share"):
        return []
    if lang == "en":
        if not _EACH_EN.search(text, s.norm_start, s.norm_end):
            return []
    elif not _EACH_ZH.search(text, max(cstart, q.norm_start - 8), q.norm_start):
        return []
    span = re.fullmatch(r"(\d{4})/(\d{4})", period.label)
    if span:
        first, last = int(span.group(1)), int(span.group(2))
    elif re.fullmatch(r"\d{4}", period.label):
        many = (_YEARS_EN if lang == "en" else _YEARS_ZH).search(text, s.norm_start, q.norm_start)
        n = many and (_SMALL.get(many.group(1).lower()) or (int(many.group(1)) if many.group(1).isdigit() else 0))
        if not n or n < 2:
            return []
        last = int(period.label)
        first = last - n + 1
    else:
        return []
    if not 1 <= last - first <= 10:
        return []
    return list(range(first, last + 1))


#: counts that enumerate the discourse, not the world: 两国, 六部门 (after 等), 六个方面, 四个关键词
_DISCOURSE_COUNT = re.compile(r"^[一二两三四五六七八九十几数]+个?(?:国|方|岸|地|边|者|方面|关键词|阶段|步|层面|维度|重点|环节)$")


#: what one of something is made, done or bought with: 1部AI漫剧则需要…, 1集只需…
_ONE_NEEDS = re.compile(r"\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ]{0,9}?)\s*(?:则|就|便|也|还|平均|大约|大概|约)?"
                        r"(?:需要|需|要|耗时|用时|花费|只需|仅需|只要|仅要)")
#: what a rate's duration is spent on, said before it
_RATE_ACTIVITY = re.compile(r"(?:制作|生产|开发|完成|拍摄|创作|翻译|交付|更新|上线|推出|产出|出品)")


def _rates(text: str, s: Sentence, quantities: list[Quantity]) -> tuple[dict[int, str], set[int]]:
    """Durations that are rates (2天1部剧, 1部动画需要12人团队制作6周), as {index: measure}, and the
    indices of the counts of one that only name what the rate is per."""
    rates: dict[int, str] = {}
    ones: set[int] = set()
    for i, q in enumerate(quantities):
        if q.unit != "NUM" or q.value != "1" or q.qualifier:
            continue
        after = text[q.norm_end:s.norm_end]
        prev = quantities[i - 1] if i else None
        if prev is not None and prev.unit in _WINDOW_UNITS and not text[prev.norm_end:q.norm_start].strip():
            per = re.match(r"[A-Za-z\u4e00-\u9fff]{0,6}?(?=[,;:。!?]|$)", after)
            duration, per_what = i - 1, (per.group(0) if per else "")
        else:
            need = _ONE_NEEDS.match(after)
            later = [j for j in range(i + 1, len(quantities)) if quantities[j].unit in _WINDOW_UNITS
                     and not _CLAUSE.search(text, q.norm_end, quantities[j].norm_start)]
            if not need or not later:
                continue
            duration, per_what = later[-1], need.group(1)
        measure = text[q.norm_start:q.norm_end].lstrip("1一 ").strip()
        clause = text[_clause_start(text, q.norm_start, s.norm_start):quantities[duration].norm_start]
        activity = _RATE_ACTIVITY.findall(clause) or _RATE_ACTIVITY.findall(text[s.norm_start:q.norm_start])
        per_what = per_what.replace(" ", "")
        rates[duration] = f"{activity[-1] if activity else ''}每{measure}{per_what}所需时间"
        ones.add(i)
    return rates, ones


def _in_quotation(text: str, q: Quantity) -> bool:
    """Whether the figure sits inside a short “…” quotation (a line of verse, a slogan, a title)."""
    before = text[max(0, q.norm_start - 30):q.norm_start]
    after = text[q.norm_end:q.norm_end + 30]
    opened = before.rfind("“")
    return opened >= 0 and "”" not in before[opened:] and "”" in after and "“" not in after[:after.find("”")]


def _not_a_figure(text: str, q: Quantity) -> bool:
    surface = text[q.norm_start:q.norm_end]
    if not re.search(r"\d", surface) and q.kind == "level" and _in_quotation(text, q):
        return True
    if q.unit == "NUM" and _DISCOURSE_COUNT.match(surface):
        return True
    if q.unit == "NUM" and re.match(r"^[一二两三四五六七八九十几数]+个$", surface) and re.match(r"(?:方面|关键词|阶段|层面|维度|重点|环节)", text[q.norm_end:q.norm_end + 3]):
        return True
    if q.unit == "NUM" and text[max(0, q.norm_start - 1):q.norm_start] == "等" and re.match(r"\d*部门|部委", text[q.norm_end - 2:q.norm_end + 2]):
        return True
    if q.unit == "NUM" and re.fullmatch(r"[一二两三四五六七八九十]+件", surface) and re.match(r"(?:年度)?(?:大事|要事|新闻)",
                                                                                   text[q.norm_end:q.norm_end + 4]):
        return True  # 本刊评出的年度出版十件大事: how many items a review lists
    if re.fullmatch(r"[一二两三四五六七八九十]+个", surface) and text[max(0, q.norm_start - 1):q.norm_start] == "止" \
            and re.match(r"(?:财政|会计|财务)?(?:年度|财年|季度)", text[q.norm_end:q.norm_end + 4]):
        return True  # 截至2029年、2030年及2031年3月31日止三个财政年度: how many periods the figures after it cover
    if surface in ("一天", "一日", "一周", "一週", "一个月", "一年") and _SUPERLATIVE_THE.search(text, max(0, q.norm_start - 8), q.norm_start):
        return True  # 为假期内交易额最高的一天, 最忙碌的一周: which day it was, not a duration
    return False


#: a superlative with 的 right before "一天"/"一年" (最高的, 最繁忙的), or 最后 / 前 (最后一天, 前一天)
_SUPERLATIVE_THE = re.compile(r"(?:最|之最)[\u4e00-\u9fff]{1,4}的$|最后$|前$")


def _implied_china(doc: Document, s: Sentence, span: tuple[int, int]) -> Mention:
    return _implied_place(doc, s, span, "中国", "Country")


def _reporting_bodys_place(doc: Document, s: Sentence, q: Quantity, mentions: list[Mention], lang: str,
                           implied: dict[tuple[int, int], Mention], named: dict[str, Mention]) -> Optional[Mention]:
    """The place whose name opens the name of the body that reports a figure (香港旅游发展局公布 -> 香港,
    Macao Government Tourism Office said -> Macao): a public body's figures are its place's. Not the
    country (商务部, 国家统计局 report the nation's figures, which other rules give China); an association's
    or institute's place only when the article names that place elsewhere (上海市…协会发布的报告 is about
    its industry)."""
    text = doc.analysis_text
    for m in mentions:
        if m.type not in ("GovernmentBody", "Organization") or m.norm_end > q.norm_start or not _is_source(text, s, m, lang):
            continue
        lead = leading_place(m.text)
        if lead is None:
            continue
        if (m.type == "Organization" or lead[2] in ("Country", "RegionGroup")) \
                and not any((p.canonical or p.text) == lead[1] for p in named.values()):
            continue  # an association or institute reports on its field, unless the article is about its place
        found = _place_of_body(doc, s, m, lead, implied)
        implied[(found.norm_start, found.norm_end)] = found
        return found
    return None


def _place_of_body(doc: Document, s: Sentence, m: Mention, lead: tuple[int, str, str],
                   implied: dict[tuple[int, int], Mention]) -> Mention:
    """The place that opens a body's name (``lead`` from :func:`leading_place`), as a mention of its own."""
    span = (m.norm_start, m.norm_start + lead[0])
    return implied.get(span) or _implied_place(doc, s, span, lead[1], lead[2])


def _implied_place(doc: Document, s: Sentence, span: tuple[int, int], canonical: str, typ: str) -> Mention:
    """A mention of a place a word implies (我国 -> 中国, the 美 of 中美 -> 美国), so a figure's subject or
    counterpart has evidence like any other name."""
    a, b = doc.to_original(*span)
    surface = doc.source.text[a:b]
    return Mention(doc_id=doc.doc_id, start=a, end=b, norm_start=span[0], norm_end=span[1], surface=surface,
                   text=doc.analysis_text[span[0]:span[1]], type=typ, sentence=s.index,
                   rule="implied-country", canonical=canonical, lang="en" if s.script == "en" else s.script)


#: 中美, 中日, 中欧… before a measure of trade: China's figure with that partner (one character each)
_BILATERAL_PARTNERS = {"美": ("美国", "Country"), "日": ("日本", "Country"), "欧": ("欧盟", "RegionGroup"),
                       "英": ("英国", "Country"), "法": ("法国", "Country"), "德": ("德国", "Country"),
                       "俄": ("俄罗斯", "Country"), "韩": ("韩国", "Country"), "澳": ("澳大利亚", "Country"),
                       "东盟": ("东盟", "RegionGroup")}
_BILATERAL_ZH = re.compile(r"(?<![\u4e00-\u9fff])中(美|日|欧|英|法|德|俄|韩|澳|东盟)(?=[\u4e00-\u9fff]{0,4}?"
                           r"(?:离岸|服务|贸易|外包|进出口|经贸|文化|游戏|投资|双边))")


#: the member countries of an agreement named by its title, as a client market: 承接《X协定》(RCEP)成员国…
_MEMBERS_OF_ZH = re.compile(r"(?:承接|对|向|面向|与)《([^《》]{2,40}?)》\s*(?:[(（]\s*[A-Za-z]{2,12}\s*[)）])?\s*(成员国)")


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


#: a change against the end of the year before or the start of this one: 较上年末增加86家, 比年初增长12%
_VS_YEAR_END_ZH = re.compile(r"(?:较|比|与|相比)(?:于)?(?:上年末|上年底|去年底|去年末|上年度末|年初|今年初|本年初)\s*(?:相比)?\s*$")


def _year_end_stocks(text: str, stated: list[ObservationMention], base: int) -> list[ObservationMention]:
    """A change against the end of last year or the start of this one (用户达到1,090家，较上年末增加86家) is of a stock
    counted at this year's end: the change and the level it qualifies, dated by the year, are dated by its last day, and
    the change compares with the year before's last day."""
    out = list(stated)
    for i, o in enumerate(out):
        if o.quantity.kind != "growth" or o.period is None or not re.fullmatch(r"\d{4}", o.period.label):
            continue
        before = re.sub(r"(?:增加了?|增长了?|减少了?|下降了?|提高了?|上升了?|多|少)\s*$", "",
                        text[max(0, o.quantity.norm_start - 12):o.quantity.norm_start])
        if not _VS_YEAR_END_ZH.search(before):
            continue
        year = int(o.period.label)
        day = f"{year}-12-31"
        at_end = replace(o.period, start=day, end=day, label=day)
        out[i] = _replace(o, period=at_end, comparison_period=f"{year - 1}-12-31")
        j = (o.growth_of - base) if o.growth_of is not None else None
        if j is not None and 0 <= j < len(out) and out[j].period is not None and out[j].period.label == o.period.label:
            out[j] = _replace(out[j], period=at_end)
    return out


def _replace(obs: ObservationMention, **changes) -> ObservationMention:
    return replace(obs, **changes)


def _labels(surface: str, lang: str, english: Optional[str], doc: Document, q: Quantity) -> tuple[tuple[str, str], ...]:
    """Labels the indicator can take from this mention: its own words, plus the composed English."""
    labels: list[tuple[str, str]] = []
    if lang == "en":
        labels.append((surface, "en"))
    else:
        labels.append((surface, "zh-Hans"))
        if english:
            labels.append((english, "en"))
    return tuple(labels)


#: a count of people or firms followed by what they joined, entered or played: the name is what the count is about
#: (逾万名玩家参与了《X》的测试, 五千家企业入驻X园区, 42,000 players joined the beta of "X")
_JOINED_ZH = re.compile(r"[^,;:。!?]{0,8}?(?:参与|参加|入驻|进驻|落户|迁入|加入|涌入|体验|试玩|预约|预购|下载|注册|报名|观看|订阅|"
                        r"游览|参观|使用|登录)(?:了|过)?(?:参加|参与)?\s*$"
                        # people drawn by it: 超两万名粉丝因《X》前往…, 数千名游客冲着X而来
                        r"|[^,;:。!?]{0,6}?(?:人|者|客|众|迷|丝|友|家|生|员)(?:们)?(?:因为|因|为了|冲着|追随|慕名)\s*$")
_JOINED_EN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:joined|played|downloaded|visited|entered|tried|watched|used|"
                        r"pre-registered for|registered for|signed up for|took part in|moved into|settled in|set up in|"
                        r"work(?:ed|s)?\s+(?:at|in|for)|drawn\s+by|attracted\s+by|inspired\s+by|because\s+of)\s+"
                        r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:(?:of|for|in|at)\s+)?(?:the\s+)?[\"“']?$", re.I)
_NOT_JOINED: set[str] = set()


#: an amount paid for the rights to a work named after it: the work is what the price is about
_RIGHTS_TO_EN = re.compile(r"\s+for\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:rights|licen[cs]es?)\s+(?:to|of|for)\s+(?:the\s+)?"
                           r"(?:[\w\-]+\s+){0,3}?[\"“'‘]?$", re.I)


def _is_stake(text: str, s: Sentence, q: Quantity, lang: str) -> bool:
    """Whether a percentage is a stake one holder has in another (62% owned by, 由X持股57%)."""
    return is_stake(text[max(s.norm_start, q.norm_start - 8):q.norm_start], text[q.norm_end:s.norm_end], lang == "en")


def _joined_subject(text: str, s: Sentence, q: Quantity, mentions: list[Mention], lang: str) -> Optional[Mention]:
    """The name a count of participants or entrants is about, stated after the count in its clause."""
    if lang == "en" and q.unit.startswith("CCY"):
        for m in mentions:
            if m.norm_start >= q.norm_end and m.norm_end <= s.norm_end:
                return m if _RIGHTS_TO_EN.fullmatch(text[q.norm_end:m.norm_start]) else None
        return None
    if q.unit != "NUM":
        return None
    end = s.norm_end
    brk = _CLAUSE.search(text, q.norm_end, end)
    if brk:
        end = brk.start()
    for m in mentions:
        if not (q.norm_end <= m.norm_start and m.norm_end <= end) or m.type in _NOT_JOINED:
            continue
        between = text[q.norm_end:m.norm_start].replace("《", "").replace("「", "")
        if (_JOINED_EN if lang == "en" else _JOINED_ZH).fullmatch(between if lang == "en" else between):
            return m
        if lang != "en" and m.type not in _PLACE_TYPES and re.fullmatch(r"[^,;:。!?的]{0,6}的\s*", between):
            return m  # 上线一个月即收获1500万玩家的《X》: the count is what the name it qualifies has
        return None  # only the first name after the count can be its object
    return None


#: a body's spokesperson telling the figures, or a body heading a statement (商务部：…)
_SPOKESPERSON_ZH = re.compile(r"\s*[:：]|(?:相关)?(?:负责人|发言人|新闻发言人|官员|有关负责同志|司长|局长|部长|副部长|主任|处长)"
                              r"[^,，。;；]{0,12}?(?:表示|指出|介绍|称|透露|说|通报|回应)")


#: firms whose business is reporting on others: what they say is about others' figures
_REPORTS_ON_OTHERS = re.compile(r"数据|研究|咨询|调研|调查|统计|证券|智库|分析|情报|资讯|指数|评级|Data|Research|Tower|Analytics|Insight|"
                                r"Newzoo|Niko|Sensor|Quest|Consult", re.I)


#: when a body said or published something: 昨日, 近日, 23日, 8月23日, and Taiwan's 昨（13）日 / 今（9）日
_WHEN_SAID_ZH = r"(?:昨日|今日|昨天|今天|近日|日前|早前|最新|(?:\d{1,2}月)?\d{1,2}日|[昨今]\(\d{1,2}\)日)?"
#: a body that releases figures: 旅游局20日公布…统计, 统计局发布, the Tourism Office said on Monday
_RELEASES_ZH = re.compile(_WHEN_SAID_ZH + r"(?:正式)?(?:公布|发布|公佈|發佈|通报|披露|的?(?:最新)?(?:数据|统计)(?:显示|表明))")
_RELEASES_EN = re.compile(r"\s+(?:on\s+\w+\s+|\w+ly\s+)?(?:said|reported|released|published|announced|(?:data|figures)\s+showed)\b")


#: the rest of a Chinese dateline after its place: 12日电）, 3月5日电, 讯）
_DATELINE_ZH = re.compile(r"\s*(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯|報導|报道)|\s*(?:电|讯)[)）]")
#: a dateline opening an English story: an upper-case place, then a region or a date, then a dash
_DATELINE_EN = re.compile(r"[A-Z][A-Z.'’ -]{2,},\s+(?:[A-Z][\w.'’]*\s*){1,4}(?:\([^)]*\)\s*)?[-–—]{1,2}\s")
#: a publication after a name's possessive: X's latest Top 225 list, X's annual ranking, X's monthly chart
_PUBLISHED_LIST_EN = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,6}?(?:list|lists|ranking|rankings|report|survey|index|chart|charts|"
                                r"league\s+table|estimates?|data)\b", re.I)


#: an organization that runs something of its own (its students, visitors, performances): a university, a museum…
_INSTITUTION_ZH = re.compile(r"(?:大学|学院|学校|医院|博物馆|博物院|美术馆|图书馆|剧院|剧团|乐团|舞团|出版社|电视台|广播电台)$")


def _is_source(text: str, s: Sentence, m: Mention, lang: str) -> bool:
    """Whether a mention names where a figure comes from (据商务部, 商务部数据显示, according to data from X)."""
    if lang == "en":
        if _DATELINE_AFTER_EN.match(text, m.norm_end) or (
                m.text.isupper() and re.match(r"\s*(?:--|—|–|-\s)", text[m.norm_end:m.norm_end + 4])
                and not text[s.norm_start:m.norm_start].strip()):
            return True  # KUNMING, June 24 (Xinhua) --, TOKYO --: where the story was filed
        dateline = _DATELINE_EN.match(text, s.norm_start, s.norm_end)
        if dateline and m.norm_end <= dateline.end():
            return True  # KASHGAR, Xinjiang - …: the region of the dateline is where it was filed too
        before = text[max(s.norm_start, m.norm_start - 40):m.norm_start]
        if _PUBLISHED_LIST_EN.match(text, m.norm_end):
            return True  # in Engineering News-Record's latest list, on Sensor Tower's chart: who published it
        return bool(_SOURCE_EN.search(before) or re.search(r"(?:data|figures|statistics)\s+from\s+(?:the\s+)?$", before, re.I))
    if _DATELINE_ZH.match(text, m.norm_end) and re.search(r"(?:^|[(（【])[^()（）【】]{0,20}$", text[max(s.norm_start, m.norm_start - 21):m.norm_start]):
        return True  # （镜湖日报记者梁芷澄台北12日电）, 本报北京3月5日电: where the story was filed
    before = text[max(s.norm_start, m.norm_start - 6):m.norm_start]
    # what a body does is said after its abbreviation in brackets, or after the bracket that closes it
    # (主办单位X协会（外贸协会）统计，…: the body that counted, not whose figures they are); a firm's bracket
    # holds its stock code, and what it reports after it is its own
    end = m.norm_end
    bracket = re.match(r"[)）]|[(（][^()（）]{1,20}[)）]", text[end:end + 22])
    if bracket and m.type != "Firm":
        end += bracket.end()
    after = text[end:end + 8]
    if m.type == "Firm" and re.match(r"\s*的?(?:\d{4}年)?(?:年报|年度报告|财报|季报|半年报|中报|公告|业绩公告|业绩报告|招股书)",
                                     text[m.norm_end:m.norm_end + 14]):
        return False  # 据网易公司年报，…其游戏收入: a firm's own report is about the firm
    if _SOURCE_ZH.search(before):
        return True
    if m.type in ("GovernmentBody", "Association") and before.endswith("从") and re.match(_WHEN_SAID_ZH + r"(?:获悉|了解到|得知)", after):
        return True  # 记者从X管委会获悉: a body that told the reporter (a park or a firm tells its own figures)
    said = re.match(_WHEN_SAID_ZH + r"(?:的?(?:数据|统计)|发布|公布|表示|指出|介绍|称)",  # (中国认证认可协会的数据显示)
                    after)
    if said and re.match(_WHEN_SAID_ZH + r"(?:发布|公布)[^，。,;；]{0,10}?"
                         r"(?:业绩|成果|财报|年报|季报|营收|经营|营运|收入)", text[end:end + 24]):
        return False  # 国立故宫博物院今天公布去年文创业务成果: its own results
    if said:
        # a firm that says something (雷霆表示，海外营收占比…) speaks of its own figures, unless it is one whose
        # business is reporting on others (数据, 研究, 咨询: 伽马数据表示，…)
        # (so does an institution that runs something of its own: 某大学公布，今年留学生…, a museum, a theatre)
        # (and a county or city that says so, its government: 建水县表示，今年计划再引进…)
        return not ((m.type == "Firm" or (m.type == "Organization" and _INSTITUTION_ZH.search(m.text))
                     or m.type in _LOCAL_PLACES)
                    and said.group(0).endswith(("表示", "指出", "介绍", "称", "公布", "发布"))
                    and not _REPORTS_ON_OTHERS.search(m.text))
    if m.type != "Firm" and _SPOKESPERSON_ZH.match(text, m.norm_end, s.norm_end):
        return True  # 商务部服务贸易司负责人11月20日介绍，…; 商务部：前10个月我国…: who tells, not whose figure
    # 协会近日发布的《…报告》显示, 研究院最新报告显示: a body that reports on others (a firm's own report is
    # about the firm, so firms are left out)
    return m.type != "Firm" and bool(re.match(r"(?:近日|日前|最新|此前|新近|今年|年初|年中|年底|(?:\d{1,2}月)?\d{1,2}日)?"
                                              r"(?:(?:发布|公布|出具|编制|推出)(?:的)?[^，。,;；:：]{0,8}?)?"
                                              r"(?:[《「]|报告|调查|研究|监测|测算|统计|白皮书|蓝皮书)",
                                              text[m.norm_end:min(s.norm_end, m.norm_end + 24)]))


def _subject(text: str, s: Sentence, q: Quantity, left_start: int, mentions: list[Mention], lang: str,
             work_named: bool = False):
    joined = _joined_subject(text, s, q, mentions, lang)
    if joined is not None:
        return joined, None
    if lang == "en":
        # "…launched Tidewell, a HK$4 billion fund that…": a figure that opens an apposition describes the name before it
        named = [m for m in mentions if m.type in SUBJECT_TYPES and s.norm_start <= m.norm_end <= q.norm_start
                 and re.fullmatch(r",\s+(?:an?|its|their)\s+(?:(?:about|nearly|roughly|some|almost)\s+)?",
                                  text[m.norm_end:q.norm_start])]
        if named:
            return named[-1], None
    if lang == "en" and re.match(r"\s*whose\b", text[left_start:q.norm_start]):
        # "…is 62% owned by Huaguang Media Holdings, whose own overseas revenue grew 19%": the name the clause follows
        named = [m for m in mentions if m.type in SUBJECT_TYPES and m.norm_end <= left_start
                 and re.fullmatch(r"\s*,", text[m.norm_end:left_start])]
        if named:
            return named[-1], None

    def usable(m: Mention) -> bool:
        if lang == "en" and q.kind == "rank" and m.type in _PLACE_TYPES and m.norm_end < q.norm_start \
                and re.fullmatch(r"['’]s?\s+", text[m.norm_end:q.norm_start]):
            return False  # "It was Hong Kong's second-largest animation studio": the scope of the ranking, not its holder
        return not _is_source(text, s, m, lang) and not _chart_or_store(text, s, m, lang, mentions, work_named) and not (
            lang != "en" and m.type not in _PLACE_TYPES and _MEANS_BEFORE_ZH.search(text, max(s.norm_start, m.norm_start - 7),
                                                                                 m.norm_start)) \
            and not _origin_of_share(text, q, m, lang) and not _maker_by(text, m, lang) \
            and not _people_from(text, s, m) and not (
            lang == "en" and _MARKET_BEFORE_EN.search(text, max(s.norm_start, m.norm_start - 45), m.norm_start)) and not (
            lang != "en" and m.type in _PLACE_TYPES and _ROUTE_BEFORE_ZH.search(text, max(s.norm_start, m.norm_start - 3),
                                                                     m.norm_start)) and not (
            lang != "en" and m.type in _PLACE_TYPES and (_is_market_zh(text, s, m, mentions) or (
                # 内地市场占发行收入的63.5%，…上升8.3个百分点: a market taking a share holds no figure of the sentence
                m.norm_end <= q.norm_start and re.match(r"\s*市场\s*(?:约|合计|共)?(?:占|贡献)", text[m.norm_end:m.norm_end + 8]))))

    in_clause = [m for m in mentions if left_start <= m.norm_start and m.norm_end <= q.norm_start and usable(m)]
    if lang == "en" and len(in_clause) > 1:
        # "K&L's Central Asia business generated…": a place after a holder's possessive names a part of what it owns
        owners = {m.norm_end for m in in_clause if m.type not in _PLACE_TYPES}
        in_clause = [m for m in in_clause if not (m.type in _PLACE_TYPES and any(
            re.fullmatch(r"['’]s?\s+", text[e:m.norm_start]) for e in owners if e < m.norm_start))]
    facilities = [m for m in in_clause if m.type in _FACILITY_TYPES]
    if facilities and q.unit in _FACILITY_UNITS:
        # a time taken or a throughput is the facility's where one is named in the clause, even after a
        # preposition (中国进口货物在厦门港的通关时间…, clearance at Qingdao Port takes…): not the country's
        return facilities[-1], None
    if len(in_clause) > 1:
        # a place or partner after a preposition (在日本, 与德国发行商, in Japan, with a US partner) qualifies
        # the figure; the clause's own subject stated before it is what the figure is about
        heads = [m for m in in_clause if not _after_preposition(text, s, m, lang)]
        if heads:
            in_clause = heads
    if in_clause:
        if lang != "en" and all(_PARTNER_ZH.search(text, max(s.norm_start, m.norm_start - 8), m.norm_start) for m in in_clause) \
                and not any(m.norm_end <= left_start and usable(m) for m in mentions):
            # (我国企业)承接共建"一带一路"国家离岸服务外包…: the client market is never the holder; the
            # country named before it is, or the paragraph's (the caller decides)
            china = _CHINA_ZH.search(text, s.norm_start, in_clause[0].norm_start)
            return None, ((china.start(), china.end()) if china else None)
        if all(_after_preposition(text, s, m, lang) for m in in_clause):
            # only a place or partner in the clause: the sentence's topic, when it has one, outranks it
            topic = [m for m in mentions if m.norm_end <= left_start and usable(m) and m.norm_start - s.norm_start <= 30
                     and not _after_preposition(text, s, m, lang) and m.type not in _PLACE_TYPES]
            if topic:
                return topic[0], None
            if lang == "en" and all(re.search(r"\b(?:outside|beyond|excluding|except)\s+(?:of\s+)?(?:the\s+)?(?:mainland\s+)?$",
                                              text[max(s.norm_start, m.norm_start - 24):m.norm_start], re.I)
                                    for m in in_clause):
                # "Airlines outside mainland China generated 71.6% of that income": where the figure was not earned
                return None, None
            # 我国承接德国…外包: the country named by 我国/全国 before the partner is the holder
            china = (_CHINA_EN if lang == "en" else _CHINA_ZH).search(text, left_start, in_clause[0].norm_start)
            if china:
                return None, (china.start(), china.end())
            if lang == "en" and all(m.type in _PLACE_TYPES and re.search(r"\b(?:to|into|towards?|bound for)\s+(?:the\s+)?$",
                                                                       text[max(s.norm_start, m.norm_start - 12):m.norm_start])
                                    and not re.search(r"\b(?:visitors?|tourists?|arrivals?|travell?ers?|trips?|visits?)\s+"
                                                      r"(?:to|into)\s+(?:the\s+)?$",
                                                      text[max(s.norm_start, m.norm_start - 24):m.norm_start])
                                    for m in in_clause):
                # "delivery time for cross-border parcels to Europe": where things go, not whose figure (but visitors to
                # Guilin are Guilin's)
                return None, None
        return in_clause[-1], None
    # outside the clause only the sentence's topic (a mention near its start, after a leading time or
    # adverbial phrase) carries over; a place or partner after a preposition is not the topic when a head is
    # a semicolon or colon opens a statement of its own, with its own topic when it names one
    seg_start = s.norm_start
    for b in re.finditer(r"[;:；：]", text[s.norm_start:q.norm_start]):
        seg_start = s.norm_start + b.end()
    if seg_start > s.norm_start and not any(seg_start <= m.norm_start and m.norm_end <= q.norm_start and usable(m)
                                            for m in mentions):
        seg_start = s.norm_start
    lead = (_LEADING_ADVERBIAL_EN if lang == "en" else _LEADING_ADVERBIAL_ZH).match(text, seg_start, s.norm_end)
    topic_start = lead.end() if lead else seg_start
    while topic_start < q.norm_start and text[topic_start].isspace():
        topic_start += 1
    before = [m for m in mentions if seg_start <= m.norm_start and m.norm_end <= q.norm_start and usable(m)
              and m.norm_start - topic_start <= 30
              and not (lang != "en" and _PARTNER_ZH.search(text, max(s.norm_start, m.norm_start - 8), m.norm_start))]
    if lang == "en" and before:
        # "Harbin, capital of northeast China's Heilongjiang Province, received…", "Linmon Media Ltd. (9857.HK), a
        # producer of dramas, said…": the names inside an apposition describe the topic, they are not it
        inside = set()
        for m in before:
            app = _APPOSITION_EN.match(text, m.norm_end)
            if app:
                inside.update(o.norm_start for o in before if m.norm_end < o.norm_start < app.end())
        before = [m for m in before if m.norm_start not in inside]
    heads = [m for m in before if not (m.type in _PLACE_TYPES and _after_preposition(text, s, m, lang))]
    named = [m for m in heads if m.type not in _PLACE_TYPES]
    if before and not heads:
        # only partners and places after prepositions: 我国/China stated before them is the holder
        china = (_CHINA_EN if lang == "en" else _CHINA_ZH).search(text, seg_start, before[0].norm_start)
        if china:
            return None, (china.start(), china.end())
    if lang == "en" and not named and heads and heads[0].type in _PLACE_TYPES:
        # "Korea's first motion-captured online game "Ember Kingdom" was launched, …": the place is a
        # possessive modifier of the topic, however long the words between them are
        owned = _possessed_head(text, heads[0], mentions, q.norm_start)
        if owned is not None and usable(owned):
            return owned, None
    before = named or heads or before  # a named firm, work or event outranks a place stated beside it
    if lang == "en":
        after = [m for m in mentions if m.norm_start >= q.norm_end and usable(m)
                 and re.match(r"\s*(?:(?:a|per|each)\s+(?:day|week|month|year|session)\s+)?(?:in|on|for|of|by)\s+$",
                              text[q.norm_end:m.norm_start] + " ")]
        if not after and not before:
            # "Deals worth 48 billion yuan were signed at the film market of the 15th X Festival": the event named after
            after = [m for m in mentions if m.norm_start >= q.norm_end and m.type == "Event" and usable(m)
                     and _AT_THE_EVENT_EN.fullmatch(text, q.norm_end, m.norm_start)]
        if after and not before:
            return after[0], None
    if before:
        if lang == "en" and not named and len(before) > 1 and before[0].type in ("Port", "Zone") \
                and all(re.search(r"\b(?:in|of|at|near)\s+(?:[a-z]+\s+)?$", text[max(s.norm_start, m.norm_start - 14):m.norm_start])
                        or _after_preposition(text, s, m, lang) for m in before[1:]):
            # "Tangshan Port in north China's Hebei Province handled…": the port, not where it is
            return before[0], None
        return before[-1], None
    for m in (_CHINA_EN if lang == "en" else _CHINA_ZH).finditer(text, s.norm_start, s.norm_end):
        if _inside_a_name(m, mentions) or any(o.type in _PLACE_TYPES and 0 <= o.norm_start - m.end() <= 1
                                                  and not text[m.end():o.norm_start].strip() for o in mentions):
            continue  # 中国作家协会…发布的报告, China Literature: part of a name; China's Yunnan Province: where
        if lang != "en" and (_ACROSS_BEFORE_ZH.search(text, max(s.norm_start, m.start() - 3), m.start())
                             or _ACROSS_AFTER_ZH.match(text, m.end())):
            continue  # 走遍全国多个省市: where someone went, not whose figure it is
        if lang != "en" and m.group(0) == "国内" and m.start() >= q.norm_end:
            continue  # …的海外收入是6.73亿元，第一次超过了国内收入, 从国内市场转向海外: the home market it is set against
        if lang == "en" and re.search(r"\b(?:outside(?:\s+of)?|beyond)\s+(?:the\s+)?(?:mainland\s+)?$",
                                      text[max(s.norm_start, m.start() - 24):m.start()], re.I):
            continue  # 68% of the players were outside mainland China: where they were not, not whose figure
        if lang == "en" and _MARKET_BEFORE_EN.search(text, max(s.norm_start, m.start() - 45), m.start()):
            continue  # buyers from the Chinese mainland, exports to China: where people come from or goods go
        if q.kind == "rank" and q.norm_start <= m.start() < _rank_scope_end(text, s, q, lang):
            continue  # 位列全国第三, ranks third among Chinese titles: the scope of the ranking
        if lang == "en" and m.start() >= q.norm_end and _break_between(text, q.norm_end, m.start()):
            continue  # "…reached $235 million, making it one of the best-selling Chinese titles": another clause's word
        if lang == "en" and q.kind == "share" and m.end() <= q.norm_start \
                and _PART_OF_EN.search(text, m.end(), q.norm_start) and not _break_between(text, m.end(), q.norm_start):
            continue  # "Pupils without Chinese heritage made up 38.6% of students": what the part is, not whose whole
        return None, (m.start(), m.end())
    return None, None


#: measures counted over a period, not at a day: what a day that ends the period does not date
_FLOW_CONCEPTS = {"revenue", "sales", "exports", "imports", "trade", "profit"}
#: a base after a bare percentage that follows a rise: (rose 31% from a year earlier,) and 6.8% from the previous quarter
_GROWTH_AGAIN_EN = re.compile(r"\s+(?:higher\s+|lower\s+|more\s+|less\s+)?(?:from|than|over|on|compared\s+with)\s+"
                              r"(?:the\s+)?(?:previous|prior|preceding|same|a\s+year|last|(?:first|second|third|fourth)\s+"
                              r"(?:quarter|half)|(?:March|June|September|December)\s+quarter|"
                              # (… and 39 percent from May last year, 12% over 2025: a month or a year named as the base)
                              r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                              r"(?:\s+(?:last\s+year|\d{4}))?|(?:19|20)\d{2})\b|\s+(?:year[- ]on[- ]year|"
                              r"quarter[- ]on[- ]quarter|month[- ]on[- ]month)\b", re.I)
#: a part's verb right before a bare percentage: Skylark contributed roughly 11% (of the total just stated)
_PART_OF_TOTAL_EN = re.compile(r"\b(?:contributed|contributes|contributing|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|"
                               r"represented|represents)\s+(?:about|roughly|around|nearly|almost|some|more\s+than|over|"
                               r"less\s+than|just\s+over|just\s+under|close\s+to)?\s*$", re.I)
#: an English share's verb between the part and its figure: the part made up / accounted for N% of the whole
_PART_OF_EN = re.compile(r"\b(?:made|make|makes|making)\s+up\b|\baccount(?:ed|s|ing)?\s+for\b|\brepresent(?:ed|s|ing)?\b|"
                         r"\bcomprised?\b|\bcontribut(?:ed|es|e|ing)\b", re.I)


def _inside_a_name(m: re.Match, mentions: Sequence[Mention]) -> bool:
    """Whether a word for China is part of a longer name (中国作家协会, China Literature Ltd.)."""
    return any(o.norm_start <= m.start() and m.end() <= o.norm_end and (o.norm_end - o.norm_start) > (m.end() - m.start())
               and o.type not in ("Country", "RegionGroup") for o in mentions)


#: a place right before the people or works it is the origin of (内地旅客占71.5%, 北美用户占比, 大陆网剧): where
#: they come from, not whose figure it is
_PLACE_AS_ORIGIN_ZH = re.compile(r"(?:籍)?(?:用户|玩家|游客|旅客|访客|观众|读者|消费者|网民|居民|网剧|剧集|短剧|电视剧|电影|影片|动画|"
                                 r"作品|作者|作家|创作者|留学生|学生)")
def _origin_of_share(text: str, q: Quantity, m: Mention, lang: str) -> bool:
    """Whether a place only says where the people or works a share counts come from (内地旅客佔71.5%), or where
    the visitors of a figure come from (内地旅客…；长途市场旅客约186万人次: not the mainland's)."""
    if m.type not in _PLACE_TYPES:
        return False
    if lang == "en":
        # ASEAN visitors spent…, Visitors from member states of ASEAN made 612,000 trips: where they come from
        return bool(re.match(r"\)?\s*(?:[A-Z][\w-]*\s+)?(?:visitors?|tourists?|travell?ers?|arrivals|guests|holidaymakers)\b",
                             text[m.norm_end:m.norm_end + 30])
                    or re.search(r"\b(?:visitors|tourists|travell?ers|arrivals|guests)\s+from\s+(?:[\w-]+\s+){0,8}\(?$",
                                 text[max(0, m.norm_start - 90):m.norm_start], re.I))
    if q.kind == "share":
        return bool(_PLACE_AS_ORIGIN_ZH.match(text, m.norm_end))
    # a city's or province's visitors are its arrivals (澳门旅客总数达…); a country's are where they come from
    # (内地旅客, 韩国游客), except China's own (中国游客出境…)
    return m.type in ("Country", "RegionGroup") and not (m.canonical == "中国" and m.text not in ("内地", "大陆")) \
        and bool(_VISITORS_FROM_ZH.match(text, m.norm_end)) and m.norm_end <= q.norm_start


#: visitors named by where they come from (内地旅客, 韩国游客): the place is their origin, never the holder
_VISITORS_FROM_ZH = re.compile(r"(?:市场)?(?:旅客|游客|访客|过夜旅客|入境旅客|旅行团)")


#: the country as ground covered, not as holder: 走遍全国, 遍布全国, 全国各地, 全国多个省市
#: what introduces a firm as another's subsidiary: 日本子公司「X」, 设立的全资子公司“X”
_SUBSIDIARY_BEFORE_ZH = re.compile(r"(?:子公司|分公司|附属公司|孙公司)\s*[「“\"]?\s*$")
#: a place where people or goods go, not whose figure it is: 往来港澳的巴士, 飞往东京的航班, 开往…
_ROUTE_BEFORE_ZH = re.compile(r"(?:往来|往返|来往|前往|飞往|开往|驶往|运往|直达|直飞)$")
_ACROSS_BEFORE_ZH = re.compile(r"(?:走遍|遍布|遍及|覆盖|辐射|销往|走向|跑遍)$")
_ACROSS_AFTER_ZH = re.compile(r"(?:各地|多个省|多个城市|多地|范围内|多个省市)")


#: an activity a duration can measure, ending the words before it (通关只需…, 审批平均…)
_ZH_ACTIVITY_END = re.compile(r"(?:通关|清关|报关|放行|查验|审批|审核|办理|交付|处理|开办|注册|备案)$")
_PLACE_TYPES = {"Country", "Province", "City", "District", "Zone", "Port", "RegionGroup"}
#: units of a work's figures that belong to a period (a box office or revenue of a year), unlike counts of markets
_MONEY_OF_A_PERIOD = {"CCY_CNY", "CCY_USD", "CCY_HKD", "CCY_TWD", "CCY_MOP", "CCY_EUR", "CCY_JPY", "CCY_GBP", "CCY_KRW",
                      "PERCENT", "TIMES", "PERCENT_POINT"}
#: a rate or an average: a figure about things in general (每分钟, 制作一部, 平均, per episode)
#: a cost or a time per unit of something (每分钟成本, 每部剧): of such things in general, not of one holder's
_PER_UNIT = re.compile(r"每(?:分钟|小时|集|部|款|个|本|单|场|人)|\b(?:per|each)\s+(?:minute|hour|episode|title|unit)\b", re.I)
_GENERIC_RATE = re.compile(r"每|[一1](?:部|款|集|个|本)|平均|人均|\b(?:per|each|an? average|on average)\b", re.I)
#: places that operate: a duration or a throughput stated in their clause is theirs
_FACILITY_TYPES = {"Port", "Zone"}
_FACILITY_UNITS = {"DAY", "HR", "MIN", "SEC", "TEU"}
#: between a possessive place and the name it qualifies: modifier words and quotation marks only
_POSSESSED_EN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,8}[\"“‘']?$")


def _possessed_head(text: str, place: Mention, mentions: list[Mention], limit: int) -> Optional[Mention]:
    """The named firm, work or event that ``place's …`` qualifies (China's largest publisher X), if any."""
    for m in mentions:
        if place.norm_end < m.norm_start < limit and m.type not in _PLACE_TYPES:
            return m if _POSSESSED_EN.match(text, place.norm_end, m.norm_start) else None
    return None
#: a verb whose object is a client or a market, never the holder of the figure: 承接X外包, 销往X, 出口至X
_PARTNER_ZH = re.compile(r"(?:承接|面向|销往|出口至|出口到|进口自|来自)(?:[一两几多数]?[家个位名批所款部])?\s*$")
#: to/from a market before its name, and the trade after it: 对美出口, 向东盟出口的, 自日本进口
_TO_MARKET_ZH = re.compile(r"(?:对|向|自|从|与)\s*$")
_TRADE_AFTER_ZH = re.compile(r"\s*(?:国家|地区|市场|等国|等地区|各国|等国家和地区)?(?:的)?(?:[\u4e00-\u9fff]{0,4}?)"
                             r"(?:出口|进口|进出口|贸易|投资|销售|输出|服务外包|外包|离岸)")
#: an English market or client: exports to X, imports from X, outsourcing for clients in X, trade with X
#: between a figure and the event it was counted at: " were signed at the film market of the "
_AT_THE_EVENT_EN = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+ed\s+(?:at|during)\s+(?:the\s+)?"
                              r"(?:[a-z-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?", re.I)
_MARKET_BEFORE_EN = re.compile(
    r"\b(?:(?:exports?|sales|shipments|outsourcing(?:\s+contracts?)?|services?|deliveries)\s+(?:to|for)|imports?\s+from|"
    r"(?:trade|commerce)\s+with|(?:for|from)\s+(?:clients|customers|buyers)\s+in|"
    # "clients in Europe for 14%", "players in Brazil": the people of a market, wherever the sentence puts them
    r"(?:clients|customers|buyers|users|players|gamers|viewers|readers|listeners|audiences|subscribers)\s+in|"
    # "Buyers from the Chinese mainland accounted for 52%", "visitors from Japan": where people come from
    r"(?:buyers|bidders|collectors|visitors|tourists|travell?ers|arrivals|guests|fans|spectators|attendees|audiences?|"
    r"viewers|players|gamers|users|students|customers|clients|passengers)\s+from)\s+(?:the\s+)?$", re.I)


def _counterpart(text: str, s: Sentence, q: Quantity, mentions: list[Mention], lang: str) -> Optional[Mention]:
    """The market, client or partner a figure is with, named before it in its sentence (承接德国企业的外包合同额,
    对东盟出口, exports to ASEAN): the last such name before the figure, if any."""
    found = None
    for m in mentions:
        if not (s.norm_start <= m.norm_start and m.norm_end <= q.norm_start):
            continue
        if lang == "en":
            if _MARKET_BEFORE_EN.search(text, max(s.norm_start, m.norm_start - 45), m.norm_start):
                found = m
        elif _PARTNER_ZH.search(text, max(s.norm_start, m.norm_start - 8), m.norm_start) and m.type in _PLACE_TYPES | {"Firm"}:
            found = m
        elif _TRADE_AFTER_ZH.match(text, m.norm_end) and _TO_MARKET_ZH.search(
                text, max(s.norm_start, _chain(text, m, mentions)[0] - 2), _chain(text, m, mentions)[0]):
            found = m
    return found


#: places that are markets when they take a share of a total: countries and regions
_MARKET_TYPES = {"Country", "RegionGroup"}
#: words of a market-share clause that name no measure of their own (市场贡献了, 占比, accounted for)
#: (the people of a market are the market: 北美客户约占…, 日韩读者占…)
_MARKET_SHARE_WORDS = {"market", "share", "contribution", "proportion", "clients", "readers", "listeners",
                       "passengers", "students", "patients", "trainees", "members"}
#: the words of a market-share clause that are not a measure: 在这部分海外收入中…市场贡献了, accounted for
_MARKET_SHARE_FILLER = re.compile(r"市场|地区|国家|贡献了?|占比?|所占比[重例]|其中|在|中|则|分别|the|market|"
                                  r"account\w*|for|took|contributed|of", re.I)
#: between a market and the share it takes: 东南亚市场贡献了, 越南和马来西亚分别占, 北美则占比约
_MARKET_TAKES_ZH = re.compile(r"\s*(?:市场|地区|国家|项目|业务|订单|客户|客商|游客|用户|玩家|读者|听众|观众|学生|乘客|患者|买家)?\s*(?:的\s*[\u4e00-\u9fff]{1,6}?)?\s*(?:则|也|仍|分别|依次|各|合计|共|就|方面)?\s*(?:约|大约)?\s*"
                              r"(?:贡献了?|占(?:了|据|比)?|所占比[重例]|占比)\s*(?:分别)?\s*(?:为|达到?|约|超过|近|了)?\s*"
                              r"(?P<total>[^，,。；;\d]{1,14}?的)?\s*(?:约|近|超过|逾|大约)?\s*")
#: …and in English: The United States accounted for, Europe contributed, Kazakhstan took, (the biggest market,) accounting for
_MARKET_TAKES_EN = re.compile(r"\s*(?:markets?\s+)?(?:alone\s+)?(?:[^.;,]{0,40},\s*)?(?:alone\s+)?"
                              r"(?:accounted\s+for|accounting\s+for|accounts\s+for|took|contributed|contributing|"
                              r"made\s+up|making\s+up|represented|gave\s+(?:us|it|them)|brought\s+in|"
                              # Japan remained its largest foreign market at 41% of…
                              r"(?:remained|was|is|became|stayed)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}markets?\s+(?:at|with))"
                              r"\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?", re.I)
#: a share figure just before, then the next market of a list whose verb is not repeated
_GAPPED_SHARE = re.compile(r"(?:%|％|\bper\s?cent|\bpercent)\s*(?:,|;|，|；|、|\band\b|和|及)\s*$", re.I)
#: a share of a world or national total: the place holds it (东南亚占全球的15%, Asia took 40 percent of global…)
_SHARE_OF_ALL = re.compile(r"\s*(?:的)?\s*(?:全球|全世界|世界|全国|全球市场)|\s*(?:of\s+)?(?:the\s+)?(?:global|world|worldwide)\b", re.I)


def _market_share(text: str, s: Sentence, q: Quantity, mentions: list[Mention], lang: str) -> Optional[Mention]:
    """The market that takes a share, when a country or region (or a place followed by 市场/market) opens the
    share's clause: 其中东南亚市场贡献了26.8%, 北美占比约28.9%, The United States accounted for 58.7 percent of its
    revenue. Not China (我国占全球的30% is China's share), and not a share of a world or national total."""
    before = [m for m in mentions if s.norm_start <= m.norm_start and m.norm_end <= q.norm_start]
    if not before:
        return None
    m = before[-1]
    is_market = m.type in _MARKET_TYPES or bool(re.match(r"\s*(?:市场|markets?\b)", text[m.norm_end:m.norm_end + 8]))
    if not is_market or ((m.canonical or m.text) in ("中国", "China") and m.text not in ("内地", "大陆")) \
            or _CHINA_ZH.fullmatch(m.text):
        return None  # 我国占全球的30%: China's share; but 内地市场占发行收入的63.5%: the mainland as a market
    verb = _MARKET_TAKES_EN if lang == "en" else _MARKET_TAKES_ZH
    takes = verb.match(text, m.norm_end, q.norm_start)
    if takes is None or takes.end() != q.norm_start:
        # the verb said once for a list: "with Japan accounting for 27.5 percent and Brazil 8.1 percent",
        # 日本占31.2%，德国12.4%
        before_m = text[s.norm_start:m.norm_start]
        gapped = _GAPPED_SHARE.search(before_m)
        if not (re.fullmatch(r"\s*(?:市场|markets?)?\s*", text[m.norm_end:q.norm_start], re.I) and gapped
                and verb.search(before_m, 0, gapped.start())):
            return None
        takes = None
    if _break_between(text, m.norm_end, q.norm_start) and lang != "en":
        return None
    tail = text[q.norm_end:s.norm_end]
    if re.match(r"\s*(?:的)?", tail) and _SHARE_OF_ALL.match(tail):
        return None
    if lang != "en" and takes is not None and takes.group("total") and _SHARE_OF_ALL.match(takes.group("total")):
        return None  # 美国占全球的…: the country's share of the world
    return m


def _is_market_zh(text: str, s: Sentence, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a place is (one of) the market(s) a Chinese figure is traded with: 云南省对[南亚][东南亚]国家的服务出口额."""
    start, end = _chain(text, m, mentions)
    return bool(_TO_MARKET_ZH.search(text, max(s.norm_start, start - 2), start) and _TRADE_AFTER_ZH.match(text, end))


def _chain(text: str, m: Mention, mentions: list[Mention]) -> tuple[int, int]:
    """The run of place names ``m`` is part of (对南亚东南亚国家, 对日本、韩国出口): they name one market."""
    places = sorted((o for o in mentions if o.type in _PLACE_TYPES), key=lambda o: o.norm_start)
    start, end = m.norm_start, m.norm_end
    for o in reversed(places):
        if o.norm_end <= start and re.fullmatch(r"\s*(?:[、和及与]\s*)?", text[o.norm_end:start]):
            start = o.norm_start
    for o in places:
        if o.norm_start >= end and re.fullmatch(r"\s*(?:[、和及与]\s*)?", text[end:o.norm_start]):
            end = o.norm_end
    return start, end


#: a preposition, possibly with a quantifier before the name (与一家德国发行商, 向多个国家)
_PREP_ZH = re.compile(r"(?:与|和|同|跟|向|对|在|于|从|给|赴|往|至|到|面向|承接|来自|销往|进口自|出口至|出口到|"
                      r"(?:首|末|终|尾|下一|第[一二三四五六七八九十\d]{1,2})站)"
                      r"(?:[一两几多数]?[家个位名批所款部])?"
                      # (与控股股东X, 向关联方X: the party a deal is with, named by its role)
                      r"(?:控股股东|大股东|母公司|子公司|关联方|合作方|股东)?$")
#: a work named as the means of what its maker does: (舞团)以舞作《X》赴日本巡演, 以《X》参展
_MEANS_BEFORE_ZH = re.compile(r"(?<![所可得予难加用足借])以(?![下上来内外前后及便免致为往])[\u4e00-\u9fff]{0,4}[《“「『]?$")
#: what a maker did, after 由X: 由X自研, 由X出品, 由X联合开发
_MADE_BY_ZH = re.compile(r"(?:独立|联合|共同|负责)?(?:自研|研发|开发|出品|制作|发行|打造|创作|改编|运营|代理|主办|承办)")
#: a preposition or a possessive determiner before the name (with a Dutch partner, its Brazil office)
_PREP_EN = re.compile(r"\b(?:(?:in|to|with|from|into|across|for|at|outside(?:\s+of)?|beyond)\s+(?:the\s+|a\s+|an\s+)?(?:mainland\s+)?|"
                      r"(?:its|their|his|her|our)\s+)$", re.I)
#: a name used as a modifier of what follows it: Xi'an-based X, Korea-made titles
_MODIFIER_AFTER_EN = re.compile(r"-(?:based|developed|made|owned|backed|produced|funded|listed|born|headquartered)\b")
#: a leading time or adverbial phrase that opens a sentence before its topic
#: an apposition after a name: ", capital of …,", " (9857.HK), a producer of …,", ", the country's largest …,"
_APPOSITION_EN = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*,\s+(?:a|an|the|capital|home|part|one|seat|which|who|whose|"
                            r"formerly|now|headquartered|based)\b[^,;.]{0,80},")
_LEADING_ADVERBIAL_EN = re.compile(
    # a dateline (BEIJING, May 28 (Caixin Global) - ) and then a leading phrase of time or place
    r"(?:[A-Z]{2,}(?:\s+[A-Z]{2,})*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*"
    r"(?:\([^()]{2,30}\))?\s*(?:--|—|–|-)\s*)?"
    r"(?:(?:At|In|By|As of|During|For|Over|Since|Between|Through)\b[^,;.]{0,40},\s*)?")
_LEADING_ADVERBIAL_ZH = re.compile(r"(?:(?:截至|截止|到)?[^,;:。]{0,12}?(?:年|月|日|号|季度|季|底|末|上半年|下半年|以来|期间)(?:底|末|内|中|里)?,\s*)")


#: people a place names the origin of: 内地访客, 大陆旅客, 内地当事人
_PEOPLE_AFTER_ZH = re.compile(r"(?:的)?(?:访客|旅客|游客|观众|玩家|用户|买家|客户|当事人|学生|投保人|消费者|乘客|会员|读者|听众|居民)")
#: people a country names the origin of (日本游客, 东南亚买家, 韩国投资者); not its residents (居民)
_ORIGIN_PEOPLE_ZH = re.compile(r"(?:籍)?(?:访客|旅客|游客|观众|玩家|用户|买家|客户|学生|投保人|消费者|乘客|读者|听众|"
                               r"投资者|发行人|采购商|参展商|租户|患者|学员|潜客|住客)")


def _visitors_from_the_mainland(text: str, s: Sentence, m: Mention) -> bool:
    """Whether a Traditional Chinese sentence (Hong Kong, Macao, Taiwan) names mainland China as where people come from
    (內地訪客新造保單保費, 大陸旅客): the market of the figure, not its holder."""
    return s.script == "zh-Hant" and m.type in _MARKET_TYPES and fold(m.canonical or m.text) in _HOME \
        and bool(_PEOPLE_AFTER_ZH.match(text, m.norm_end))


def _people_from(text: str, s: Sentence, m: Mention) -> bool:
    """Whether a Chinese sentence names a country or a group of countries as where people come from (日本遊客佔三成,
    东南亚买家, 內地發行人): the market of the figure, not its holder. (A city's visitors are the city's: 澳門旅客人次.)"""
    return s.script != "en" and m.type in _MARKET_TYPES and (
        _visitors_from_the_mainland(text, s, m) or bool(_ORIGIN_PEOPLE_ZH.match(text, m.norm_end)))


#: a chart or a store a platform names: 在韩国Google Play畅销榜升至第二名, on Steam's best-seller list
_CHART_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:榜|排行榜|商店|商城)|(?:['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:chart|list|rankings?)\b)",
                          re.I)


def _chart_or_store(text: str, s: Sentence, m: Mention, lang: str, mentions: Sequence[Mention],
                    work_named: bool = False) -> bool:
    """Whether a platform is only where a work is ranked or sold: its chart (Google Play畅销榜, Steam's best-seller list),
    or "on Steam" in an English sentence that names the work or refers back to it (the game), or after the article
    named one (``work_named``). The work, not the store, holds the figure. (Time spent on an app is the app's: "48
    minutes a day on X" names no work and stays X's.)"""
    if m.type != "Platform":
        return False
    if _CHART_AFTER.match(text, m.norm_end):
        return True
    if lang != "en" and work_named and _WORK_MEASURE.match(text, m.norm_end):
        return True  # 开服后Steam同时在线峰值…, after the article named its game: the game's players on that store
    return lang == "en" and bool(re.search(r"\b(?:on|via|through)\s+$", text[max(s.norm_start, m.norm_start - 10):m.norm_start])) \
        and (work_named or any(o.type in WORK_TYPES for o in mentions) or bool(_WORK_ANAPHOR.search(text, s.norm_start, s.norm_end)))


def _maker_by(text: str, m: Mention, lang: str) -> bool:
    """Whether a mention is the agent of 由X自研, 由X主办: the maker or organizer of what the sentence is about."""
    return lang != "en" and m.norm_start > 0 and text[m.norm_start - 1] == "由" and bool(_MADE_BY_ZH.match(text, m.norm_end))


def _after_preposition(text: str, s: Sentence, m: Mention, lang: str) -> bool:
    """Whether a mention qualifies something else: after a preposition or a possessive, or a modifier ("X-based")."""
    before = text[max(s.norm_start, m.norm_start - 20):m.norm_start]
    if lang == "en" and _MODIFIER_AFTER_EN.match(text, m.norm_end):
        return True
    return bool((_PREP_EN if lang == "en" else _PREP_ZH).search(before.rstrip() if lang != "en" else before))


def _share_whole(text: str, s: Sentence, q: Quantity, left_start: int, mentions: list[Mention], lang: str) -> Optional[Mention]:
    """The holder of the whole a share is taken of: 占台湾游戏出口的28% -> 台湾; 28% of Taiwan's game exports -> Taiwan."""
    if lang == "en":
        after = [m for m in mentions if m.norm_start >= q.norm_end and m.type in SUBJECT_TYPES
                 and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[q.norm_end:m.norm_start])
                 and re.match(r"['’]s?\s", text[m.norm_end:m.norm_end + 3])]
        return after[0] if after else None
    for m in mentions:
        if left_start <= m.norm_start and m.norm_end <= q.norm_start and m.type in SUBJECT_TYPES \
                and not _visitors_from_the_mainland(text, s, m) \
                and re.search(r"占(?:了|据)?$", text[max(s.norm_start, m.norm_start - 3):m.norm_start]):
            return m
    return None


#: a part's share of the total the clause before states: 其中X占约一成七, 其中X一家即贡献了两成
#: markets taking a share of a total named by its measure alone: 欧洲和日本合计占出口约五成, 韩国占海外收入约三成
_MARKETS_TAKE_ZH = re.compile(r"\s*[^，,。；;占的]{1,20}?(?:合共|合计|共|一共)?\s*(?:约)?\s*占(?:了|据)?\s*"
                              r"(?P<w>[\u4e00-\u9fff]{1,8}?)(?:的)?\s*(?:约|近|超过|逾|达)?\s*")
_PART_OF_IT_ZH = re.compile(r"\s*其中\s*[,，]?\s*[^，,。；;占的]{1,24}?(?:一家|一地)?\s*(?:即|就)?\s*(?:约|合计|共)?\s*"
                            r"(?:占|贡献)(?:了|据|比)?\s*(?:约|近|超过|逾|达)?\s*")
#: the market of a place itself, between the place and its figure: 亚洲条漫（网络漫画）市场规模约…, 日本市场去年规模
_MARKET_WHEN_ZH = r"(?:去年|今年|上半年|下半年|全年|前三季度|\d{4}年)?的?(?:整体|总体)?"
_MARKET_ITSELF_ZH = re.compile(r"[\u4e00-\u9fff()（）]{0,12}?市场" + _MARKET_WHEN_ZH + r"(?:规模|总规模|总值|总收入)|"
                               # 该地区移动游戏市场收入 (not 东南亚市场收入, a firm's income from that market)
                               r"[\u4e00-\u9fff()（）]{2,12}?市场" + _MARKET_WHEN_ZH + r"(?:收入|营收)")
#: a region's own income in a headline, its industry before it: 台港澳漫画App营收, 东南亚手游收入
_REGION_INCOME_ZH = re.compile(r"(?:三地|两地|地区)?[\u4e00-\u9fffA-Za-z]{2,10}?(?:营收|收入|规模|产值)")
#: a part's share of a market just stated: 中国产品所占份额, 其中中国产品约占, 国产游戏占比
_SHARE_OF_MARKET_ZH = re.compile(r"(?:所占|占有)(?:的)?(?:市场)?份额|其中[^，,。；;]{0,12}?占|占比")
#: what a firm or body does after its name when it tells a figure: X昨（22）日表示，, 公司在接待机构调研时透露，
_SAYS_AFTER_ZH = re.compile(r"[^，,。；;“”「」《》]{0,14}?" + _WHEN_SAID_ZH + r"(?:表示|指出|称|透露|介绍|预估|预计|估计|说)[，,：:]")
#: the words of a market share: 市占率, 市场占有率, 市场份额
_MARKET_SHARE_WORD_ZH = re.compile(r"市占率|市场占有率|市场份额")
#: between the market a share is of and the share: …在东南亚[的市占率约]三成六
_IN_MARKET_ZH = re.compile(r"\s*(?:市场)?的?\s*(?:市占率|市场占有率|占有率|市场份额|份额)\s*(?:约为|约|达到|达|为|升至|降至)?\s*")
#: a share of the firm referred back to, after the figure: "37% of the company's overseas revenue"
_OF_THE_FIRMS_EN = re.compile(r"\s+of\s+(?:the|its)\s+(?:company|firm|group|studio|developer|publisher)['’]s?\s", re.I)
#: a share of the place referred back to, after the figure: "about 18% of the park's total"
_OF_THE_PLACES_EN = re.compile(r"\s+of\s+the\s+(city|province|port|zone|park|region)['’]s?\s", re.I)
#: a share of the work referred back to, after the figure: "about 23 percent of the game's sales"
_OF_THE_WORK_EN = re.compile(r"\s+of\s+(?:the|its)\s+(?:game|title|film|movie|series|drama|show|novel|app)['’]s?\s", re.I)
#: a region's server or edition of a work: 台港澳伺服器, 东南亚服, 日本版
_SERVER_AFTER_ZH = re.compile(r"(?:地区)?(?:伺服器|服务器|区服|服|版本|版)(?![权图面块])")
#: an English relative clause between commas: ", which organises tours in mainland China for overseas visitors,",
#: ", owned by Fuzhou-based Qinglan Software,"
_RELATIVE_EN = re.compile(r",\s+(?:(?:which|who)\s|(?:run|owned|operated|backed|developed|published|made)\s+by\s)[^,;.]{3,120},")
#: a transcript's question and answer: 投资者问：, 分析員問：, 记者：…？ / 汀兰网络答：, 答（蒋书瑶）：, A:
_QUESTION = re.compile(r"\s*(?:[^，,。：:？?]{0,8}?(?:问|問)|记者|記者|主持人|Q)\s*[:：]")
_ANSWERED = r"[^，,。：:？?]{0,16}?(?:答|回答)\s*(?:[(（][^()（）]{1,12}[)）])?|A"  # 汀兰网络答, 答（蒋书瑶）, A
_ANSWER = re.compile(r"\s*(?:" + _ANSWERED + r"|[\u4e00-\u9fff·]{2,4})\s*[:：]")  # (or a person's name: 邬泊舟：)
#: the answer after the question in the same sentence: "…doing? A: It earned…"
_ANSWER_AFTER_QUESTION = re.compile(r"[？?]\s*(?:" + _ANSWERED + r")\s*[:：]")
#: the firm that answers, right before 答
_ANSWERS_AFTER = re.compile(r"\s*(?:答|回答)")
#: what a question may ask about, for its answer's figures: a work, an app or platform, a subsidiary
_ASKED_TYPES = set(WORK_TYPES) | {"Platform", "AppProduct", "Firm"}
#: the head of a performing company's name, which the English press calls "the company"
_PERFORMING_HEAD_EN = re.compile(r"\b(?:Theatre|Theater|Troupe|Ensemble|Orchestra|Ballet|Opera|Dance Company|Circus|Acrobatic)\b")
#: a relative clause that tells what the name before it did, up to a figure: ", a Chengdu studio, which agreed a "
_WHICH_DID_EN = re.compile(r"(?:,\s+(?:an?|the|one\s+of)\s+[^,;.]{1,60})?,\s+which\s+(?:has\s+|had\s+|have\s+)?"
                           r"(?:agreed|signed|sold|won|earned|made|booked|reported|posted|raised|secured|landed|struck|closed|"
                           r"generated|drew|attracted|shipped|exported|handled)\b[^,;.]{0,40}?(?:\s(?:a|an|of|to|about|some|nearly|"
                           r"roughly|more\s+than|over)\s+|\s)$")
#: a part of the total just stated: ", with Mudan Pixel Works accounting for about "
_WITH_X_ACCOUNTING_EN = re.compile(r",\s+with\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,5}(?:alone\s+)?(?:accounting|responsible)\s+for\s+"
                                   r"(?:about\s+|roughly\s+|nearly\s+|around\s+|almost\s+|some\s+)?$")
#: the next part of a list of shares, with its verb left out: ", South Korea for 16% and Southeast Asia for "
_AND_X_FOR_EN = re.compile(r"[^.;]{0,60}?(?:,|\band\b)\s*(?:and\s+)?(?:[A-Z][\w'’-]*\s+){1,4}for\s+(?:about\s+|roughly\s+|"
                           r"nearly\s+|around\s+|almost\s+|another\s+|a\s+further\s+)?")
#: a part's share of it (the total the clause before states): X约占其中的3.3%
_OF_IT_ZH = re.compile(r"\s*[^，,。；;占的]{1,24}?\s*(?:(?:约|合计|共)?\s*占(?:了|据)?其中(?:的)?|一家\s*(?:就|即)?\s*(?:约)?\s*占(?:了|据)?)"
                       r"\s*(?:约|近|超过|逾|达)?\s*")
#: a share of a local whole: 约占全市…的三成二, 佔全港…的36%, 约占园区海外营收的8.8%
_LOCAL_WHOLE_ZH = re.compile(r"(?:约|約)?(?:占|佔|贡献|貢獻)(?:了|据|據)?(全市|全省|全港|全县|全縣|全州|全区|全區|全岛|全島|园区|園區)")
_LOCAL_WHOLE_TYPES = {"市": ("City",), "省": ("Province",), "港": ("Port", "City"), "县": ("District",), "縣": ("District",),
                      "州": ("City", "District", "Province"), "区": ("District", "Zone", "Province"),
                      "區": ("District", "Zone", "Province"), "岛": ("Province", "City"), "島": ("Province", "City")}


def _local_whole(text: str, s: Sentence, q: Quantity, cstart: int, mentions: list[Mention],
                 named: dict[str, Mention]) -> Optional[Mention]:
    """The place whose total a firm's, a site's or a district's share is of: "青穹动画…约占全市动画外包服务出口的三成二"
    and "分地区看，江门市…约占全省的四成一" are the city's and the province's figures (the whole's total, a part of it
    by the firm or the city)."""
    m = _last_match(_LOCAL_WHOLE_ZH, text, cstart, q.norm_start)
    if m is None:
        return None
    part = [x for x in mentions if s.norm_start <= x.norm_start and x.norm_end <= m.start()]
    if not part:
        return None  # no part named in the sentence
    types = _LOCAL_WHOLE_TYPES[m.group(1)[-1]]
    before = [x for x in mentions if x.norm_end <= m.start() and x.type in types]
    if before:
        return before[-1]
    return next((named[t] for t in types if t in named), None)


def _indicator_phrase(text: str, s: Sentence, q: Quantity, left: str, left_start: int, lang: str,
                      mentions: list[Mention], subject: Optional[Mention], period: Optional[PeriodRef],
                      outer: bool = False) -> tuple[str, str]:
    """The words of the clause that name what the figure measures (``outer``: the clause was widened to the
    sentence's start, once)."""
    # cut away mentions (subjects, sources) and periods inside the left context
    cuts = [(m.norm_start, m.norm_end) for m in mentions if left_start <= m.norm_start and m.norm_end <= q.norm_start]
    if lang != "en":
        # the space a Chinese text puts around Latin words (全 AI 生成微短剧) is not a cut: a word joiner keeps the
        # phrase whole (same length, so offsets hold) and is removed below
        left = _LATIN_SPACE_ZH.sub("\u2060", left)
    chars = list(left)
    for a, b in cuts:
        for i in range(a - left_start, b - left_start):
            chars[i] = " "
    phrase = "".join(chars)
    if lang == "en":
        # "The parent reported first-half net profit of…", "the lessor's": who, referred back to, is no part of the measure
        phrase = _WHO_REFERRED_EN.sub(lambda m: " " * len(m.group(0)), phrase)
    if q.kind == "share" and _is_stake(text, s, q, lang):
        return ("stake", "en") if lang == "en" else ("持股", "zh")  # 由X持股57%, 62% owned by: what is held is a stake
    if q.kind == "rank":
        # 全球第二大咖啡出口国, the world's third-largest film market: what is ranked follows; ranks 12th in X
        after = (_RANK_OF_EN if lang == "en" else _RANK_OF_ZH).match(text, q.norm_end, s.norm_end)
        what = next((g for g in after.groups() if g), "").strip() if after else ""
        if what:
            return what, lang
    if lang == "en":
        growth_in = _EN_GROWTH_OF.search(text[q.norm_end:s.norm_end])
        if q.kind == "growth" and growth_in:
            return growth_in.group(1), "en"
        after_of = re.match(r"\s*(?:of|in)\s+([a-z][a-z \-]*?)(?=\s+(?:in|over|for|during|from|to|by|at)\b|[,.;]|$)",
                            text[q.norm_end:s.norm_end], re.I)
        phrase = _EN_PERIOD_ENDED.sub(" ", phrase)  # revenue for the quarter ended Nov. 30: when, not what
        phrase = re.sub(r"\b(?:in|during|for|by|as of)?\s*(?:the\s+)?(?:first|second|third|fourth|last|past|previous)?\s*"
                        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                        r"(?:FY)?\d{4}\b", " ", phrase)
        phrase = _EN_PERIOD_WORDS.sub(" ", phrase)  # first-half net profit, full-year revenue, 3Q25 revenue: when, not what
        phrase = re.sub(r"^\s*(?:with|and|as|while|but|also|however|currently|additionally)\b", " ", phrase, flags=re.I)
        phrase = _EN_DATELINE.sub(" ", phrase)  # BEIJING, Oct 12 (Xinhua) --
        phrase = re.sub(r"[\"“”'‘’]\s*[\"“”'‘’]", " ", phrase)  # the quotes of a title cut away
        phrase = _EN_SOURCE_SAYS.sub("", phrase)  # "X said North America accounted for…": who says is no measure
        m = list(_EN_MAIN_VERB.finditer(phrase))
        if m and q.unit.startswith("CCY") and _EN_EARN.fullmatch(m[-1].group(0)) \
                and not re.search(r"[a-z]{3,}", phrase[m[-1].end():], re.I):
            # "Hangzhou-based developers earned 4.2 billion yuan from overseas markets": what they earned is revenue
            where = _EN_EARNED_WHERE.match(text, q.norm_end, s.norm_end)
            return ("overseas revenue" if where else "revenue"), "en"
        if m:
            head = phrase[:m[0].start()]
            between = re.sub(r"\b(?:of|at|to|by|with|worth|for)\s*$", "", phrase[m[0].end():].strip())
            between = re.sub(r"^.*\b(?:of|at|to|by|with)\s+", "", between) if not re.search(r"[a-z]{3,}", head, re.I) else between
            tail = phrase[m[-1].end():]
            if re.search(r"[a-z]{3,}", head, re.I):
                phrase = head
            elif re.search(r"[a-z]{3,}", between, re.I):
                phrase = between
            else:
                phrase = tail
        phrase = re.sub(r"^.*\b(?:that|which|where|when|as|with)\b", "", phrase, flags=re.I)
        phrase = _EN_SOURCE_SAYS.sub("", phrase)  # "Official data show services exports…" -> services exports
        phrase = _CHINA_EN.sub(" ", phrase)
        phrase = re.sub(r"(?:^|\s)['’]s\b", " ", phrase)
        phrase = re.sub(r"\[\d+\]|\s-\s|^.*\s-\s", " ", phrase)
        phrase = re.sub(r"\b(?:a|an|the|its|their|total of|some|about|around|nearly|almost|over|more than|roughly|"
                        r"approximately|up|down|only|just|also|still|year-on-year|year on year|expects?|expected|forecasts?|"
                        r"anticipates?|predicts?|whose|own)\b", " ", phrase, flags=re.I)
        phrase = re.sub(r"\s+", " ", phrase).strip(" ,.-")
        phrase = re.sub(r"^(?:(?:in|of|for|on|at|by|to|from|into|resulting in|leading to)(?:\s+|$))+", "", phrase, flags=re.I)
        phrase = re.sub(r"\s+(?:to|from|with|for)$", "", phrase, flags=re.I)  # "exports to" (the market is cut away)
        balance = _EN_BALANCE.search(left)
        if balance and balance.group(1).lower() not in phrase.lower():
            # "China's services trade still has a deficit of $X": the deficit of the trade, not the trade
            phrase = f"{phrase} {balance.group(1).lower()}".strip()
        if phrase.lower() in ("imports", "exports", "import", "export"):
            # "traditional cultural product exports declined …, while imports increased …": the same goods
            kind = _EN_TRADE_OF.findall(text, s.norm_start, left_start)
            if kind:
                phrase = f"{kind[-1].lower()} {phrase}"
        if not phrase and after_of and q.unit.startswith("CCY"):
            phrase = after_of.group(1)
        if q.kind == "share" and not re.search(r"[a-z]{3,}", phrase, re.I):
            # "Southeast Asia contributed a third of Lilith's overseas revenue": a share of the whole named after it
            whole = re.match(r"\s*of\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:'s|’s|'|’|(?=\s+[a-z]))\s+)?"
                             r"([a-z][a-z \-]*?)(?=\s+(?:in|for|during|from|came|comes|come|were|was|is|are|went|goes|and|while|but|with)\b"
                             r"|[,.;]|$)",
                             text[q.norm_end:s.norm_end])
            if whole and whole.group(1).strip() not in ("them", "it", "those", "these", "all"):
                phrase = re.sub(r"\s+", " ", _EN_PERIOD_WORDS.sub(" ", whole.group(1))).strip()  # of quarterly revenue
            else:
                # "Of Huace Group's new dramas in 2024, a quarter were…": the whole opens the sentence
                opening = _EN_OF_WHOLE.match(text, s.norm_start, left_start)
                if opening:
                    phrase = opening.group(1).strip()
        closes = _EN_APPOSITION_CLOSES.search(text, max(s.norm_start, left_start - 80), left_start) \
            if not outer and not re.search(r"[a-z]{3,}", phrase, re.I) and left_start > s.norm_start else None
        if closes:
            # "revenue from Bigo Live, its overseas live-streaming platform, rose 7.4%": the measure was named before
            # the apposition that ends where the clause starts (the apposition itself says what the holder is)
            wide = text[s.norm_start:closes.start()] + " " * (closes.end() - closes.start()) + text[closes.end():q.norm_start]
            return _indicator_phrase(text, s, q, wide, s.norm_start, lang, mentions, subject, period, outer=True)
        return phrase, "en"
    # Chinese
    if period is not None and left_start <= period.norm_start < q.norm_start:
        rel_a, rel_b = period.norm_start - left_start, period.norm_end - left_start
        if phrase.startswith("度", rel_b) and re.search(r"年$", phrase[rel_a:rel_b]):
            rel_b += 1  # 上年度亏损: the 度 of the year is no part of the measure
        # a word for the whole year inside the measure (动漫行业全年产值) goes without splitting it
        gap = "" if re.fullmatch(r"全年度?|当年|年内|年度", phrase[rel_a:rel_b]) else " " * (rel_b - rel_a)
        phrase = phrase[:rel_a] + gap + phrase[rel_b:]
    # the base of a comparison is not part of the measure: 收入较2020年增长 -> 收入增长; 下载量是2022年的 -> 下载量
    phrase = _ZH_COMPARISON_BASE.sub("", phrase)
    phrase = re.sub(r"\d{4}年(?:\d{1,2}月(?:份)?)?(?:上半年|下半年|前三季度|一季度|第[一二三四]季度)?|今年|去年|上半年|下半年|前三季度|全[省市县区](?=[\u4e00-\u9fff])|"
                    r"截至\S{0,8}?(?:月|底|末)|同期|以来|期间", " ", phrase)
    phrase = _CHINA_ZH.sub(" ", phrase)
    phrase = _PLACE_ANAPHOR.sub(lambda m: " " * len(m.group(0)), phrase)  # 该市数字内容出口额: the city is the holder
    phrase = _FIRM_ANAPHOR.sub(lambda m: " " * len(m.group(0)), phrase)  # 该公司营业收入, 公司全年营收: the firm's
    phrase = _WORK_ANAPHOR.sub(lambda m: " " * len(m.group(0)), phrase)  # 该作海外授权收入, 该IP…: the work's
    phrase = re.sub(r"每年|各年|按?[年季月][增减](?:长|少)?$|按$", "", phrase)  # 每年均增长, 营收年增, 按年增: how, not what
    phrase = re.sub(r"(?<![\u4e00-\u9fff])中(?:美|日|欧|英|法|德|俄|韩|澳|东盟)(?=[\u4e00-\u9fff])", " ", phrase)  # 中美离岸… (the partner)
    # an abbreviation in brackets names the words before it again: 离岸信息技术外包(ITO)执行额, 《…》(RCEP)成员国
    phrase = re.sub(r"[(（]\s*[A-Za-z][A-Za-z0-9&/.\-]{0,11}\s*[)）]", "", phrase)
    # 旗下「窑光手作工坊」接待…: the quotes of a name cut away
    phrase = re.sub(r"(?<=\s)[」』”]|[「『“](?=\s)", " ", phrase)
    # …有限公司（以下简称“海工修造”）完成…: what is left of a short name's brackets once the name is cut away
    phrase = re.sub(r"[(（]\s*(?:以下简称|以下称|下称|简称)?[\s“”\"「」『』]*[)）]", " ", phrase)
    # a title that is not what the figure is about (an agreement, a plan) qualifies the measure after it:
    # 承接《…协定》成员国的外包合同额 -> 成员国的外包合同额
    phrase = re.sub(r"《[^《》]{1,40}》\s*(?:成员国)?", " ", phrase)  # (成员国 of an agreement: the counterpart)
    # the part after the last gap (a removed subject or time) is the measure; when nothing is left of it
    # ("票房2023年为…", "出口金额2022年、2023年分别为…") the measure was stated before the time
    pieces = [p.replace("\u2060", "") for p in re.split(r"\s+", phrase) if p.strip("\u2060")]
    phrase = _strip_zh(pieces[-1]) if pieces else ""
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", phrase):
        phrase = ""
        for piece in reversed(pieces[-3:-1]):
            cand = _strip_zh(piece)
            if _measure_like_zh(cand) and re.search(r"[\u4e00-\u9fff]", cand) and not re.search(r"[《》「」“”\"]", cand):
                phrase = cand
                break
    round_after = _ROUND_AFTER_ZH.match(text, q.norm_end) if q.unit.startswith("CCY") else None
    if round_after:
        # 宣布完成3.2亿元B轮融资, 并处以960万元罚款: what the amount is comes after it
        phrase = "罚款" if re.search(r"罚", round_after.group(0)) else "授信" if re.search(r"授信|额度", round_after.group(0)) \
            else "融资"
    if q.kind == "share" and not phrase.strip():
        # "在X的海外付费用户中，约1/3来自北美": the whole the share is taken of closes the clause before
        among = _ZH_AMONG.search(text, s.norm_start, left_start)
        if among:
            phrase = among.group(1)
    if q.kind == "share":
        whole = ""
        if "占" in phrase:
            whole = re.sub(r"^(?:全国|全市|全省|全区|全球|全年|总体|整体)?的?|(?:的|之)?(?:比重|比例|份额|占比)?(?:为|达|约|超|近)*$", "",
                           phrase.split("占", 1)[1])
        opens = phrase.startswith("占")
        phrase = re.sub(r"占.*$", "", phrase)
        topic = None
        if opens and not phrase:
            said = [m.end() for m in _ZH_SAYS.finditer(text, s.norm_start, left_start)]  # 报告显示，X凭借…
            topic = _ZH_TOPIC.match(text, said[-1] if said else s.norm_start, left_start + len(left))
        if topic and _measure_like_zh(topic.group(1)) and not any(
                topic.start(1) <= m.norm_start < topic.end(1) for m in mentions):
            # "X凭借…，成为…，占Y的80%以上": the share is X's, the topic the sentence opens on
            phrase = topic.group(1)
        elif not _measure_like_zh(phrase) and _measure_like_zh(whole):
            phrase = whole  # "…占公司总收入的六成": a share of the whole it names
    return phrase, "zh"


#: an English period that ends on a stated day, inside a measure's phrase: for the fiscal year ended June 30, 2025;
#: in the six months to January 31; the quarter ending Nov. 30
_EN_PERIOD_ENDED = re.compile(
    r"\b(?:(?:in|during|for|over)\s+)?(?:the\s+|its\s+)?(?:(?:fiscal|financial)\s+)?"
    r"(?:year|quarter|half|period|(?:three|six|nine|twelve|\d{1,2})\s+months)\s+(?:(?:that|which)\s+)?"
    r"(?:ended|ending|ends|to|through|until)(?:\s+on)?\s+(?:"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?", re.I)
#: the words of an English period inside a measure's phrase (its second-half revenue, full-year sales, H1 bookings)
_EN_PERIOD_WORDS = re.compile(
    r"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|last)[\s-](?:half|quarter)"
    r"(?:\s+of\s+(?:this|last|next|the)\s+year)?|(?:full|half|whole)[\s-]year|year[\s-]to[\s-]date|"
    r"(?:three|six|nine)[\s-]months?|[1-4]Q\d{2}|Q[1-4]|H[12]|[12]H\d{2}|(?:this|last|next)\s+(?:year|quarter|month)|"
    r"(?<=the\s)(?:same\s+)?period|quarterly)\b", re.I)
#: the verb right after the firm that says what the sentence states: "Korvel Animation Co said North America…"
_SAYER_EN = re.compile(r"\s+(?:said|says|reported|reports|announced|disclosed)\b", re.I)
_ZH_SAYS = re.compile(r"(?:显示|表示|指出|认为|介绍|透露|称)\s*[,，:：]")
#: an English apposition that ends right before a clause: ", its overseas live-streaming platform, "
_EN_APPOSITION_CLOSES = re.compile(r",\s+(?:its|their|the|a|an)\s+[^,;]{1,70},\s*$", re.I)
_LATIN_SPACE_ZH = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff])")
#: an order of magnitude and what it is the size of: 百亿元级市场, 千亿元级产业集群
_MAGNITUDE_OF = re.compile(r"\s*(?:量级|级)的?(市场|产业集群|产业|行业|赛道|规模)")
_MAGNITUDE_VERB = re.compile(r"(?:有望|将|要|可|能|或)?(?:再造|打造|形成|呈现|培育|建成|达到|成为|撬动|带动)$")
_MAGNITUDE_LEAD = re.compile(r"^(?:未来|今后|近)?[一二两三四五六七八九十\d]{1,3}年(?:内|间|来|里)?")
#: what a rank is of, after it: 第二大[咖啡出口]国, third-largest [film market], ranks 12th globally in [services trade]
_RANK_OF_ZH = re.compile(r"(?<=大)(?:的)?([\u4e00-\u9fffA-Za-z]{2,12}?)(?:国家|国|地区|经济体)?(?=[,;:。!?、]|$)")
_RANK_OF_EN = re.compile(r"(?:(?<=largest)|(?<=biggest))\s+([a-z][a-z \-]*?)(?=\s+(?:in|with|after|behind|by|for)\b|[,.;]|$)|"
                         r"\s+(?:(?:globally|worldwide|in the world|nationally|overall)\s+)?(?:in|for|by|among|on)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w\-]*['’]s\s+)?([a-z][a-z \-]*?)(?=\s+(?:in|with|after|behind|among)\b|[,.;]|$)", re.I)
#: a count followed by what those counted are: (有)13部为国风动画, 8款是二次元游戏
_COUNT_IS_ZH = re.compile(r"\s*(?:为|是|属于)\s*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{1,11}?)(?=[,;:。!?、]|$)")
def _rank_scope_end(text: str, s: Sentence, q: Quantity, lang: str) -> int:
    """Where a rank's words end: the rank and what it is among (ranks third among Chinese titles in Japan)."""
    if lang != "en":
        return q.norm_end
    ends = [m.end() for m in (_RANK_AMONG_EN.match(text, q.norm_end, s.norm_end), _RANK_ON_EN.match(text, q.norm_end, s.norm_end))
            if m]
    return max(ends, default=q.norm_end)


#: "on Japan's top-grossing chart": the chart a rank is on (its market is the chart's, not the holder)
_RANK_ON_EN = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][A-Za-z\-]*(?:['’]s)?\s+)?(?:[A-Za-z\-]+\s+){0,3}?"
                         r"(?:charts?|rankings?|lists?|leaderboards?)\b")
_RANK_AMONG_EN = re.compile(r"\s+(?:(?:globally|worldwide|nationally|overall)\s+)?(?:among|of)\s+(?:the\s+)?(?:[A-Za-z\-]+\s+){0,3}?"
                            r"(?:titles|games|films|movies|dramas|series|novels|apps|firms|companies|countries|economies|cities|"
                            r"provinces|markets|exporters|players|brands|studios|publishers)\b", re.I)
#: concepts that say no more of a film's money than that it is money, or a film: 'Animated epic' crosses $500 million
_FILM_MONEY_WORDS = {"revenue", "overseas", "sales", "film", "animation", "works"}
#: between an amount and its conversion: " (about ", "（约合", "(approximately "
_CONVERTED = re.compile(r"\s*(?:[(（]|,\s*or\b|，\s*(?=约合|折合|合))\s*(?:about|approximately|around|roughly|or|some|nearly|约合|约|"
                        r"折合|合|相当于)?\s*", re.I)
#: the noun phrase a Chinese sentence opens on, before its first verb or preposition (X凭借…, X已成为…)
_ZH_TOPIC = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)(?:凭借|依靠|依托|借助|由于|因为|通过|成为|作为|已经|已|正在|不仅|既|目前|仍|还|也)")


#: a news agency's dateline: "BEIJING, Oct 12 (Xinhua) --", "HONG KONG, 3 March (Reuters) -"
#: the rest of a dateline after its place: ", June 24 (Xinhua) --"
_DATELINE_AFTER_EN = re.compile(r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*"
                                r"(?:\([^()]{2,30}\))?\s*(?:--|—|–)")
_EN_DATELINE = re.compile(r"^.*?\b[A-Z]{2,}(?:\s+[A-Z]{2,})*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                          r"(?:,?\s+\d{4})?\s*(?:\([^()]{2,30}\))?\s*(?:--|—|–|-)\s*|"
                          r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*\([^()]{2,30}\)\s*"
                          r"(?:--|—|–|-)\s*")
#: verbs of earning: the amount after them is revenue
_EN_EARN = re.compile(r"earned|earns|earn|earning|generated|generates|generate|generating|grossed|made|makes|"
                      r"took in|takes in|raked in|brought in|pulled in", re.I)
#: "…from overseas markets", "…abroad": revenue earned outside the home market
_EN_EARNED_WHERE = re.compile(r"\s*(?:(?:from|in)\s+(?:the\s+)?(?:overseas|foreign|international|global|outside)\b|abroad\b|overseas\b)", re.I)
#: a source that reports the figure, before the measure: "Official data show", "customs figures indicated"
_EN_SOURCE_SAYS = re.compile(r"^.*\b(?:data|figures|statistics|numbers|reports?|surveys?|estimates|results|records|filings)\s+"
                             r"(?:\w+\s+)?(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|"
                             r"reveal|reveals|revealed)\b|"
                             r"^.*\b(?:said|says|reported|announced|disclosed|estimated|added)(?:\s+(?:on\s+)?(?:Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s+that)?(?=\s+\S)", re.I)
#: "<what> exports/imports" earlier in an English sentence: the kind of trade a bare "imports" is of
_EN_TRADE_OF = re.compile(r"\b((?:[a-z][a-z\-]+\s+){0,3}?(?:cultural|services?|goods|product|products|digital|game|games|"
                          r"film|content|technology|ict|software|creative|media|animation|publishing)(?:\s+[a-z][a-z\-]+){0,2}?)"
                          r"\s+(?:exports?|imports?)\b", re.I)
#: the kind of trade an indicator's words name: services trade, cultural product imports and exports
_EN_KIND_OF_TRADE = re.compile(r"\b(services?|cultural(?: products?)?|digital(?: services)?|goods|game|technology)\s+"
                               r"(?:trade|imports?|exports?|import and export)", re.I)
#: a balance stated of what the clause names: "has a deficit of", "posted a surplus of", "the gap stood at"
_EN_BALANCE = re.compile(r"\b(deficit|surplus)\s+(?:of|at|was|stood at|reached|came to|totall?ed|narrowed to|widened to)\s*"
                         r"(?:about|around|nearly|some|roughly|almost)?\s*$", re.I)
#: "…的Y中，" closing the clause before a share: Y is the whole the share is of
_ZH_AMONG = re.compile(r"(?:的|^|[,;:])\s*([\u4e00-\u9fff]{2,10}?)(?:之)?中\s*[,;:]\s*$")
#: "Of X's Y, …" opening an English sentence: Y is the whole the shares after it are of
_EN_OF_WHOLE = re.compile(r"\s*Of\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:'s|’s|'|’)\s+)?"
                          r"([a-z][a-z \-]*?)(?=\s+(?:in|for|during|at|from)\b|\s*,)")


def _strip_zh(phrase: str) -> str:
    """A Chinese piece of words before a figure without its verbs, adverbs, windows and clause openers."""
    for _ in range(6):
        new = _ZH_TRAILING.sub("", phrase)
        new = _ZH_LEADING.sub("", new)
        if new == phrase:
            break
        phrase = new
    phrase = re.sub(r"^.*?(?:上线|发布|开售|上映|首映|开服)?\d+个?(?:小时|天|周|个月|分钟)(?:内|后|就|即)?", "", phrase)
    breaks = list(_ZH_BREAK.finditer(phrase))
    if breaks:
        phrase = phrase[breaks[-1].end():]
        for _ in range(3):
            new = _ZH_LEADING.sub("", _ZH_TRAILING.sub("", phrase))
            if new == phrase:
                break
            phrase = new
    return phrase


_EN_WINDOW_LEAD = re.compile(r"\bin\s+(?:just|only|under|less than|about|around|the first|its first)?\s*$", re.I)
#: between a figure and the duration that is its window: "gamers in 2 hours", "of sales in only 9 days"
_EN_TRAILING_WINDOW = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,4}in\s+(?:just|only|under|less than|about|around|the first|its first)?\s*", re.I)
#: what a time taken is for: the verb phrase after 就/便/即 (or the duration itself) up to the clause's end
_ZH_REACH_AFTER = re.compile(r"\s*(?:之?内|以内)?\s*(?:就|便|即)?\s*(?:能够|能|可以|可)?\s*([^,;:。!?]{2,20})")
_ZH_REACH_CUE_BEFORE = re.compile(r"(?:用了?|花了?|耗时|历时|最快|最短|只需|仅需|只要)\s*$")


def _time_to_reach(text: str, s: Sentence, q: Quantity, left: str, lang: str) -> Optional[tuple[str, str]]:
    """The measure of a duration that says how long something took ("time taken to …"), if it is one."""
    after = text[q.norm_end:s.norm_end]
    if lang == "en":
        m = re.search(r"([a-z][\w\- ]{8,80}?)\s+in\s+(?:just|only|under|less than)?\s*$", left, re.I)
        if not m or re.search(r"\d", m.group(1)):
            return None
        vp = re.sub(r"^(?:and|then|while|after|before)\s+", "", m.group(1).strip(), flags=re.I)
        return f"time taken {vp}", "en"
    m = _ZH_REACH_AFTER.match(after)
    if not m or re.search(r"\d", m.group(1)):
        return None
    cue_after = re.match(r"\s*(?:之?内|以内)?\s*(?:就|便|即)", after)
    if not (cue_after or _ZH_REACH_CUE_BEFORE.search(left)):
        return None
    return f"{m.group(1).strip()}所需时间", "zh"


_ZH_COMPARISON_BASE = re.compile(
    r"(?:较|比|相比|相较于?|与|同)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年|前年|上一年|上月|上季度?|同期)\s*(?:同期)?(?:相比|水平)?"
    r"|是\s*(?:(?:19|20)\d{2}\s*年|上年|去年|前年)\s*(?:同期)?的\s*$"
)

#: verbs that end a counted noun ("8人团队制作…" -> 团队)
_VERB_IN_NOUN = re.compile(r"(?:制作|复原|参与|完成|开发|生产|推出|上线|测试|推广|进行|实现|获得|达到|成为|提供|带来|需要|"
                           r"可以|能够|参加|发布|打造|创作|拍摄|运营|负责|组成|来自|覆盖|入驻|落户|签约|加入)"
                           r"(?![者人师员家商方])")  # 创作者, 运营商: nouns made from verbs stay whole
#: a change said right after a count: what follows is how it moved, not a noun (9,400万增加17%, 3.2万下降8%)
_CHANGE_FIRST_ZH = re.compile(r"(?:同比|环比|按年|按月)?(?:增长|增加|上升|上涨|提高|提升|下降|下滑|下跌|减少|回落|增|降|涨|跌|升|减)")
_NOUN_STOP = re.compile(r"[,。;:!?、()\s]|的|在|和|与|及|就|即|是|为|将|已|从|向|到|中|里|上|于|因|被|把|对|让|使|给|都|也|还|又|正|会|能|可以|通过|参与|共同|每|则|需|要|会")


#: what a bare count counts, when the text names it only by its measure word (6人, 两部)
_COUNT_ZH = {
    "person": "人数", "employee": "员工人数", "staff": "员工人数", "firm": "企业数量", "work": "作品数量",
    "game": "游戏数量", "country": "国家数量", "region": "地区数量", "country-or-region": "国家和地区数量",
    "city": "城市数量", "province": "省份数量", "event": "活动场次", "item": "项目数量", "visitor": "人次",
    "episode": "集数", "book": "图书数量", "article": "文章数量", "song": "歌曲数量", "household": "户数",
}


_PERSON_HEAD = re.compile(r"(?:人员|员工|员|者|师|人|生|家|工|手|才|客|众|户|民|友|粉|属|兵|士|族|伍|队|团|数|次|量|规模)$")
#: words of employing: a count of people after them is a number of jobs (带动就业约50万人, 产业雇用约20万人)
_EMPLOY_WORD = re.compile(r"就业|雇用|雇佣|聘用|用工|employ", re.I)
_TEAM_NOUNS = {"团队", "小组", "队伍", "团", "班子", "工作室"}


def _count_phrase(count_of: str) -> tuple[str, str]:
    """An indicator phrase for a count whose own words do not name it: 员工人数, or the English class."""
    if count_of in _COUNT_ZH:
        return _COUNT_ZH[count_of], "zh"
    return count_of.replace("-", " "), "en"


def _figure_noun(text: str, q: Quantity) -> str:
    """The counted noun written inside the figure itself ("10多个地区" -> 地区)."""
    m = re.search(r"[个名家位部款件项座类种所只][\s]*([\u4e00-\u9fff]{2,})$", text[q.norm_start:q.norm_end])
    return m.group(1) if m else ""


#: words after an English count that are not the counted noun (a preposition, a conjunction, an article, a verb)
_EN_NOT_A_NOUN = re.compile(r"(?:in|on|at|by|for|to|from|during|over|as|and|or|but|the|a|an|than|since|until|with|"
                            r"this|that|last|next|per|each|is|are|was|were|has|have|had|more|fewer|less|"
                            # "against 380 six months earlier": a time, not what is counted
                            r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:months|years|weeks|quarters))\b",
                            re.I)


def _counted_noun(text: str, q: Quantity, lang: str) -> str:
    """What a count counts, from the words right after it ("4000家游戏企业" -> 游戏企业)."""
    after = text[q.norm_end:q.norm_end + 24].split("\n", 1)[0]  # a headline's last figure: not the byline's words
    if lang == "en":
        m = re.match(r"\s*(?:new\s+|more\s+|of\s+)?([a-z][a-z\-]+(?:\s+(?!(?:in|for|of|and|by|to|last|this|next|a|an|the|"
                     r"each|per|over|from|since|at|on)\b)[a-z][a-z\-]+)?)", after, re.I)
        if not m or _EN_NOT_A_NOUN.match(m.group(1)):
            return ""  # "reached 96 million in the month", "passed 1.8 million in May": not what is counted
        return m.group(1)
    after = re.sub(r"[“”\"'「」『』]", "", after)
    after = re.sub(r"(?<=[A-Za-z0-9])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z])|^\s+", "", after)
    stop = _NOUN_STOP.search(after)
    window = after[:stop.start()] if stop else after[:10]
    if re.match(r"国家和地区", after):
        return "国家和地区"
    if re.match(r"\d", window) or _CHANGE_FIRST_ZH.match(window):
        return ""  # "16类1200件文物": the next figure, not a noun; "较上年的9,400万增加17%": the change, not what is counted
    verb = _VERB_IN_NOUN.search(window)
    if verb and verb.start() >= 1:
        window = window[:verb.start()]
    if not window or len(window) > 12:
        return ""
    return window


_HEAD_AFTER_ZH = re.compile(r"(?:的)?(收购|并购|逆差|顺差|收入|营收|销售额|票房|产值|利润|投资|数据量|吞吐量|进出口额|出口额|进口额|规模|用户|玩家)")
#: a word that points back at the holder, opening a measure's phrase: 该股, 该公司, 该作, 该片
_HOLDER_REFERENCE_ZH = re.compile(r"(?:该|这家|此|这只|该只)(?:股|公司|集团|作品|作|片|剧|游戏|平台|企业|基金|ETF)")
_ANAPHOR = re.compile(r"^(?:该|这|此|其|上述)(?:领域|行业|产业|指标|数据|部分|类)?|^(?:this|that|these|its|the same)\b", re.I)


#: what an amount is the value of, named after it: X的海外发行协议 / a $X distribution deal / paid X for the rights
_DEAL_AFTER_ZH = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?的\s*([\u4e00-\u9fffA-Za-z]{0,10}?(?:协议|合同|合约|订单|大单|交易|授权|版权))")
_DEAL_AFTER_EN = re.compile(r"\s+((?:[a-z][a-z\-]*\s+){0,3}?(?:deal|contract|agreement|order|investment))\b"
                            r"|\s+for\s+(?:the\s+)?((?:[A-Za-z][a-z\-]*\s+){0,2}?(?:rights|licen[cs]es?|stake))\b")


def _deal_after(text: str, q: Quantity, lang: str) -> str:
    """The deal, contract or rights an amount is the value of, when the words after it name one."""
    m = (_DEAL_AFTER_EN if lang == "en" else _DEAL_AFTER_ZH).match(text, q.norm_end)
    if not m:
        return ""
    words = (m.group(1) or m.group(2) or "").strip() if lang == "en" else m.group(1)
    return f"{words} value" if lang == "en" and not words.endswith(("rights", "licence", "license", "licences", "licenses", "stake")) else words


def _head_after(text: str, q: Quantity, lang: str) -> str:
    """An indicator head that follows the figure ("2288亿美元逆差", "a deficit of"...)."""
    after = text[q.norm_end:q.norm_end + 24]
    if lang == "en":
        m = re.match(r"\s+(?:(?:of|in|from|at the|at)\s+)?(deficit|surplus|revenues?|sales|box office|exports|imports|output|profits?)\b", after, re.I)
        return m.group(1) if m else ""
    m = _HEAD_AFTER_ZH.match(after)
    return m.group(1) if m else ""


#: a change against the period right before (环比, 按月 (Hong Kong), 季增, 月减, 较上月, quarter-on-quarter, sequentially)
#: (and a week's or a weekend's against the one before: 週增, 较上周, week-on-week, from the previous weekend)
_SEQUENTIAL_ZH = re.compile(r"环比|按月|按季|按周|[季月周](?:增|减|增长|减少|成长)|(?:较|比|与|相比|相较)(?:于)?"
                            # (较上线前一周, 比开服前一个月: the stretch right before an event, as long as the one reported)
                            r"(?:[\u4e00-\u9fff]{1,3}?(?=前))?(?:上|前)(?:一)?(?:个)?(?:月|季度?|周)")
_SEQUENTIAL_EN = re.compile(r"\b(?:quarter|month|week)[- ](?:on|over)[- ](?:quarter|month|week)\b|\bsequential(?:ly)?\b|"
                            r"\b(?:q-?o-?q|m-?o-?m|w-?o-?w)\b|\b(?:from|over|than|compared (?:with|to)|versus|on)\s+(?:the\s+)?"
                            r"(?:previous|prior|preceding|last)\s+(?:quarter|month|week|weekend)\b", re.I)
#: a change against the same period a year before (同比, 年增, year on year)
_YEARLY_ZH = re.compile(r"同比|按年|年增|年减|较上年同期|比上年同期|较去年同期|比去年同期")
_YEARLY_EN = re.compile(r"\byear[- ]on[- ]year\b|\by-?o-?y\b|\bfrom a year (?:earlier|ago|before)\b|\bannual(?:ly)?\b", re.I)
#: a relative year word as the base of a comparison (比上年, 较去年): the same part of that year
_RELATIVE_YEAR_BASE = re.compile(r"^(?:上一?年|去年|前年|last year|the (?:previous|prior|preceding) year|a year (?:earlier|ago|before))$", re.I)


def _sequential(doc: Document, s: Sentence, q: Quantity, lang: str) -> bool:
    """Whether the change is stated against the period right before (环比, 季增, quarter-on-quarter), not a year."""
    text = doc.analysis_text
    cstart = _clause_start(text, q.norm_start, s.norm_start)
    before = text[max(cstart, q.norm_start - 16):q.norm_start]
    if lang == "en":
        after = text[q.norm_end:s.norm_end]
        stop = re.search(r"[,;.]\s|\d", after)
        after = after[:stop.start()] if stop else after
        seq, yearly = _SEQUENTIAL_EN.search(after), _YEARLY_EN.search(after)
        if seq or yearly:
            return bool(seq) and (not yearly or seq.start() < yearly.start())
        seq, yearly = list(_SEQUENTIAL_EN.finditer(before)), list(_YEARLY_EN.finditer(before))
    else:
        seq, yearly = list(_SEQUENTIAL_ZH.finditer(before)), list(_YEARLY_ZH.finditer(before))
    return bool(seq) and (not yearly or seq[-1].start() > yearly[-1].start())


#: a price's move over one trading day, before the figure: 收涨, 收跌, 股价…下跌; closed up, shares … fell
_DAILY_MOVE_ZH = re.compile(r"(?:收[涨跌升高低挫]|收市[升跌]|(?:股价|指数|价格|存托股|ADS)[^，,。；;]{0,14}?(?:上涨|下跌|大涨|大跌|涨|跌|升|挫))"
                            r"(?:了|幅)?(?:约|近|逾|超过?)?\s*$")
_DAILY_MOVE_EN = re.compile(r"(?:\b(?:closed|ended|finished)\s+(?:the\s+(?:day|session)\s+)?(?:up|down|higher|lower)|"
                            r"\b(?:shares|stock|index|ADSs?)\b[^.;]{0,60}?\b(?:rose|rise|rises|fell|falls?|gain(?:ed|s)?|lost|loses?|"
                            r"jump(?:ed|s)?|slid|slides?|drop(?:ped|s)?|climb(?:ed|s)?|surge[ds]?|tumble[ds]?|sank|sinks?|"
                            r"slump(?:ed|s)?|soar(?:ed|s)?|add(?:ed|s)?|shed|advance[ds]?|decline[ds]?|plunge[ds]?|"
                            r"rebound(?:ed|s)?|rall(?:ied|ies|y)|dipped|dips?|slipped|slips?|recover(?:ed|s)?))"
                            r"\s+(?:about\s+|nearly\s+|some\s+|more than\s+)?$", re.I)


#: a base named as the trading day before, ahead of the figure: 较前一交易日, 比上一个交易日
_TRADING_DAY_BEFORE = re.compile(r"(?:较|比|相比|与)(?:前|上)一?个?交易日")


#: a premium or discount of a price over another (溢价约33%, a premium of 36%, 36 percent above the closing price)
_PREMIUM_NEAR = re.compile(r"溢价|折价|折让|premium|discount|above\s+(?:the|its|their)\b|below\s+(?:the|its|their)\b|margin", re.I)
#: a closing price right before its amount: 收盘价52元, 收市价为…, closing price of HK$3.10
_CLOSE_BEFORE = re.compile(r"(?:收盘价|收市价|收盘|收市)(?:为|是|报)?\s*(?:新台币|港币|人民币)?\s*$|\bclosing\s+(?:share\s+)?price\s+(?:of|was|at)\s+$",
                           re.I)
#: a share price's move counted from a start: 今年以来, 年初至今, 自4月以来; since the start of the year, year to date
_SINCE_START_ZH = re.compile(r"(?:今年|年初)(?:以来|至今)|自?(?P<m>1[0-2]|[1-9])月(?:份)?(?:初)?以来")
_SINCE_START_EN = re.compile(r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|so\s+far\s+this\s+year|"
                             r"year[- ]to[- ]date|this\s+year\s+so\s+far)\b", re.I)
#: between a day's move and the price it ended at: "dropped 9% on Wednesday to ", "rose 4% to close at "
_PRICE_AFTER_MOVE_EN = re.compile(r"\s+(?:(?:on|in)\s+(?:\w+\s+){1,2}?)?(?:to|at|to\s+close\s+at|to\s+end\s+at)\s+", re.I)
#: "this year" right after a price's move: "have lost about 44% this year", "up about 29% this year"
_THIS_YEAR_AFTER_EN = re.compile(r"\s+(?:so\s+far\s+)?this\s+year\b(?!['’])(?!\s+(?:to|from|compared|against|than)\b)", re.I)
#: "this year" before a price's move brought to its figure: "lifting its gain so far this year to about 41 percent"
_THIS_YEAR_BEFORE_EN = re.compile(r"\b(?:" + "|".join(CHANGE_NOUNS_EN) + r")s?\s+(?:so\s+far\s+)?this\s+year\s+"
                                  r"(?:so\s+far\s+)?to\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$", re.I)
#: a listed firm whose stock moved, named as the stock: "Marrowind has gained 63% since the start of the year"
_FIRM_GAINED_EN = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+(?:has|have)\s+(?:gained|lost|risen|fallen|rallied|"
                             r"climbed|slid|dropped|jumped|surged|tumbled|slumped|added|shed)\s+(?:about\s+|some\s+|nearly\s+|"
                             r"roughly\s+|almost\s+|more\s+than\s+|over\s+)?$")
_PRICE_WORDS = re.compile(r"股价|股票|该股|个股|收盘价|累[计积](?:上涨|下跌|涨幅|跌幅)|(?<![A-Za-z])(?:shares|stock|ADSs?)\b", re.I)


def _price_move_over_days(doc: Document, s: Sentence, q: Quantity, lang: str,
                          period: Optional[PeriodRef]) -> Optional[tuple[PeriodRef, str]]:
    """A price's move over a run of days (最近五个营业日（3月2日至6日）累计涨幅达18%): of the last day, against the close
    before the first."""
    text = doc.analysis_text
    if period is None or not _DAYS_LABEL.fullmatch(period.label) or not _PRICE_WORDS.search(
            text, _clause_start(text, q.norm_start, s.norm_start) if lang != "en" else s.norm_start, q.norm_start):
        return None
    first, last = period.label.split("/")
    return PeriodRef(norm_start=period.norm_start, norm_end=period.norm_end, start=last, end=last, label=last,
                     relative=period.relative), _previous_weekday(first)


def _price_move_since(doc: Document, s: Sentence, q: Quantity, lang: str,
                      stated: list[PeriodRef]) -> Optional[tuple[PeriodRef, str]]:
    """A share price's move counted from a start (股价今年以来累计下跌约15%, 自3月以来累计上涨约20%, the stock has more
    than doubled since the start of the year): of the day the sentence prices it on (the day it states before the
    figure, else the article's), against the close before the start (the last day of the year or month before)."""
    text = doc.analysis_text
    if lang == "en":
        # (the clause of the figure, between commas: "The shares, which are up about 30 percent since the start of
        # the year, fell 2% on Friday": the 2% is the day's)
        a = text.rfind(",", s.norm_start, q.norm_start) + 1 or s.norm_start
        b = text.find(",", q.norm_end, s.norm_end)
        window = text[max(a, s.norm_start):b if b != -1 else s.norm_end]
        since = _SINCE_START_EN.search(window)
    else:
        window = text[_clause_start(text, q.norm_start, s.norm_start):q.norm_start]
        since = _SINCE_START_ZH.search(window)
        if since is None:
            whole = text[s.norm_start:q.norm_start]
            since = _SINCE_START_ZH.search(whole) if _PRICE_WORDS.search(whole) else None
    if since is None and lang == "en":
        # "…and have lost about 44% this year", "lifting its gain so far this year to about 41 percent": since its start
        since = _THIS_YEAR_AFTER_EN.match(text, q.norm_end) or _THIS_YEAR_BEFORE_EN.search(
            text, max(s.norm_start, q.norm_start - 40), q.norm_start)
    if since is None or not (_PRICE_WORDS.search(text[s.norm_start:q.norm_start]) or (
            lang == "en" and _FIRM_GAINED_EN.search(text, s.norm_start, q.norm_start))):
        return None
    days = [p for p in stated if _day(p) and s.norm_start <= p.norm_start < (q.norm_start if lang != "en" else s.norm_end)]
    day = days[-1].label if days else (_article_date(doc, s) or (doc.date or "")[:10] or None)
    if not day or not _DAY_LABEL.fullmatch(day):
        return None
    month = since.groupdict().get("m") if lang != "en" else None
    base = _day_before_month(int(day[:4]), int(month) if month else 1)
    if base is None:
        return None
    at = days[-1] if days else PeriodRef(norm_start=q.norm_start, norm_end=q.norm_start, start=day, end=day, label=day,
                                         relative=True)
    return at, base


#: a fund's return over a period: 份额净值增长率, 净值报酬率 (a value per unit from one day to another, not a year's
#: flow against the year before's)
_NAV_RETURN_ZH = re.compile(r"净值(?:增长率|报酬率|回报率|涨幅)")


def _return_over_period(text: str, s: Sentence, q: Quantity, lang: str,
                        period: Optional[PeriodRef]) -> Optional[tuple[PeriodRef, str]]:
    """A fund's return over a quarter, a half or a year (第三季度，该基金份额净值增长率为9.34%; 第2季净值报酬率6.21%):
    the value per unit at the period's last day against the day before it began."""
    if lang == "en" or q.kind != "growth" or period is None or _day(period):
        return None
    if not _NAV_RETURN_ZH.search(text, _clause_start(text, q.norm_start, s.norm_start), q.norm_start):
        return None
    end = _last_day_of(period.end)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", period.start)
    if end is None or m is None:
        return None
    base = _day_before_month(int(m.group(1)), int(m.group(2) or 1))
    if base is None:
        return None
    return PeriodRef(norm_start=period.norm_start, norm_end=period.norm_end, start=end, end=end, label=end,
                     relative=period.relative), base


def _moved_over_a_day(doc: Document, s: Sentence, q: Quantity, lang: str) -> bool:
    """Whether a change is a price's move over one trading day, said before it: 股价5月8日收跌4%, the shares closed up
    6% on Friday, the ADSs closed 12 percent higher; in a market sentence 類股平均上漲約3%, 收在…，漲幅7.1% (unless
    it says 同比)."""
    text = doc.analysis_text
    clause = _clause_start(text, q.norm_start, s.norm_start)
    if (_DAILY_MOVE_EN if lang == "en" else _DAILY_MOVE_ZH).search(
            text, max(s.norm_start if lang == "en" else clause, q.norm_start - 80), q.norm_start):
        return True
    if lang == "en":
        return bool(re.search(r"\b(?:closed|ended|finished)\s+(?:the\s+(?:day|session)\s+)?$", text[max(0, q.norm_start - 30):q.norm_start])
                    and re.match(r"\s+(?:higher|lower)\b", text[q.norm_end:q.norm_end + 8]))
    return bool(_MARKET_MOVE_ZH.search(text, clause, q.norm_start)) and not _YEARLY_ZH.search(text, s.norm_start, q.norm_start)


def _previous_weekday(day: str) -> str:
    """The weekday before an ISO day (Monday's is Friday's): the trading day a day's price move is measured from."""
    d = datetime.date.fromisoformat(day) - datetime.timedelta(days=1)
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d.isoformat()


#: the year a multiple is of, named after it: "nearly double its 2024 level", "triple the 2023 figure"
_YEAR_LEVEL_EN = re.compile(r"\s+(?:of\s+)?(?:its|their|the)\s+((?:19|20)\d{2})\s+(?:level|figure|total|tally|result)s?\b", re.I)
#: a base right after a figure: "…and 8% from the third quarter"
_BASE_RIGHT_AFTER_EN = re.compile(r"\s+(?:(?:higher|lower|more|less|above|below|up|down)\s+)?(?:from|than|over|on|"
                                  r"compared\s+(?:with|to)|against)\s+(?:(?:in|during|for)\s+)?(?:the\s+)?", re.I)
_MONTH_LABEL = re.compile(r"\d{4}-\d{2}")


def _comparison_label(doc: Document, s: Sentence, q: Quantity, period: Optional[PeriodRef], comparisons: list[PeriodRef],
                      lang: str = "zh") -> Optional[str]:
    if period is not None and _sequential(doc, s, q, lang):
        before = previous_period(period)
        if before is not None:
            return before
    explicit = [p for p in comparisons if p.norm_start < q.norm_start
                # (English: a start right after an earlier figure is that figure's: "up about 30 percent since the
                # start of the year, fell 2% on Friday")
                and not (lang == "en" and re.search(r"(?:\d|%|\bpercent|\bcent)\s+since\s+$",
                                                    doc.analysis_text[max(0, p.norm_start - 30):p.norm_start]))]
    if period is not None and _day(period) and (
            (not explicit and _moved_over_a_day(doc, s, q, lang))
            or _TRADING_DAY_BEFORE.search(doc.analysis_text, max(s.norm_start, q.norm_start - 30), q.norm_start)):
        return _previous_weekday(period.label)  # a day's move, or a base named as the trading day before
    right_after = [p for p in comparisons if lang == "en" and p.norm_start >= q.norm_end
                   and _BASE_RIGHT_AFTER_EN.fullmatch(doc.analysis_text, q.norm_end, p.norm_start)]
    if right_after:
        explicit = right_after[:1]  # "up 29% from a year earlier and 8% from the third quarter": each its own base
    if lang == "en" and not explicit:
        # English may state the base after the figure: "tripled in 2024 compared with 2022"
        explicit = [p for p in comparisons if p.norm_start >= q.norm_end and p.norm_end <= s.norm_end
                    and not _break_between(doc.analysis_text, q.norm_end, p.norm_start)][:1]
    if explicit:
        cmp = explicit[-1]
        if period is not None and _day(period) and _MONTH_LABEL.fullmatch(cmp.label):
            # a stock of a day against a month ("…at the end of June, 540 more than in December"): the month's end
            return _last_day_of(cmp.label) or cmp.label
        after = doc.analysis_text[cmp.norm_end:cmp.norm_end + 3]
        said = doc.analysis_text[cmp.norm_start:cmp.norm_end].strip()
        if period is not None and _day(period) and not _day(cmp) \
                and _RELATIVE_YEAR_BASE.match(said):
            return comparison_period(period)  # a stock at the end of the quarter, "up 30.1% from a year earlier": that day
        if period is not None and _RELATIVE_YEAR_BASE.match(re.sub(r"同期$", "", said)) \
                and cmp.label[:4] >= period.label[:4]:
            # 去年同期 was resolved against the article's date, but the figure is of an earlier year
            # (an article of 2025 on 2024年上半年 "较去年同期增长"): the year before the figure's
            return comparison_period(period)
        if period is not None and cmp.label.isdigit() and not period.label.isdigit() \
                and not re.fullmatch(r"\d{4}/\d{4}", period.label) \
                and (after.startswith("同期") or said.endswith("同期") or _RELATIVE_YEAR_BASE.match(said)
                     or period.label.endswith("-12-31")):
            # 较2023年同期, 比上年 with a quarter, months (1-10月) or a year-end stock: the same part of that year
            return shift_label(period.label, int(cmp.label) - int(period.label[:4]))
        return cmp.label
    if period is None:
        return None
    return comparison_period(period)


def _respectively_group(text: str, s: Sentence, quantities: list[Quantity]) -> tuple[int, list[int]]:
    """Position of the first 分别/respectively and the indices of the figures it distributes."""
    return next(_respectively_groups(text, s, quantities), (-1, []))


def _respectively_groups(text: str, s: Sentence, quantities: list[Quantity]) -> Iterator[tuple[int, list[int]]]:
    """Each 分别/respectively of the sentence, with the figures it distributes (分别为x和y，分别增长a和b: two)."""
    for m in _RESPECTIVELY.finditer(text, s.norm_start, s.norm_end):
        pos, chain = _respectively_chain(text, s, quantities, m)
        if chain:
            yield pos, chain


def _respectively_chain(text: str, s: Sentence, quantities: list[Quantity], m: re.Match) -> tuple[int, list[int]]:
    if m.group(0).lower() in ("respectively", "each"):
        # English puts "respectively" after the figures: take the figures of that clause
        cstart = _clause_start(text, m.start(), s.norm_start)
        group = [i for i, q in enumerate(quantities) if q.norm_end <= m.start()]
        # walk back while figures are joined by commas/and only
        chain: list[int] = []
        for i in reversed(group):
            if chain and not re.fullmatch(r"[\s,]*(?:and\s+)?", text[quantities[i].norm_end:quantities[chain[-1]].norm_start]):
                break
            chain.append(i)
        return cstart, sorted(chain) if len(chain) >= 2 else []
    group = [i for i, q in enumerate(quantities) if q.norm_start >= m.end()]  # (分别约为x和y: 约为 opens the figure)
    chain = []
    for i in group:
        if chain and not re.fullmatch(r"[\s,、和与及]*(?:以及)?[\s]*", text[quantities[chain[-1]].norm_end:quantities[i].norm_start]):
            break
        chain.append(i)
    return m.start(), chain if len(chain) >= 2 else []


_PROTECT = "\u2063"  # invisible separator standing in for a comma inside a known term


def _protect_en(segment: str) -> str:
    """Hide the commas and "and"s inside known multi-word terms so a list splits between terms."""
    from .indicators import _vocabulary

    _, en, _, en_re = _vocabulary()
    def hide(m: re.Match[str]) -> str:
        return m.group(0).replace(",", _PROTECT).replace(" and ", " \u2064 ")
    return re.sub(en_re.pattern, hide, segment, flags=re.I) if "," in segment or " and " in segment else segment


def _unprotect_en(text: str) -> str:
    return text.replace(_PROTECT, ",").replace(" \u2064 ", " and ")


def _split_items(segment: str, n: int, lang: str) -> Optional[list[tuple[int, int]]]:
    """Split a coordinated list into ``n`` items; spans relative to ``segment``."""
    seps = [r"、|,", r"和|与|及|以及"] if lang == "zh" else [r",\s*(?:and\s+)?", r"\s+and\s+"]
    spans = [(0, len(segment))]
    for sep in seps:
        if len(spans) >= n:
            break
        new: list[tuple[int, int]] = []
        for a, b in spans:
            if len(spans) - 1 + len(new) >= n:
                new.append((a, b))
                continue
            pos = a
            for m in re.finditer(sep, segment[a:b]):
                new.append((pos, a + m.start()))
                pos = a + m.end()
            new.append((pos, b))
        spans = [(a, b) for a, b in new if segment[a:b].strip()]
    return spans[-n:] if len(spans) >= n else None


def _parallel_items(text: str, s: Sentence, quantities: list[Quantity], lang: str,
                    mentions: list[Mention]) -> dict[int, tuple[str, Optional[Mention]]]:
    """The item each figure of a 分别/respectively list is about, for every such list of the sentence."""
    out: dict[int, tuple[str, Optional[Mention]]] = {}
    for pos, group in _respectively_groups(text, s, quantities):
        out.update(_group_items(text, s, quantities, lang, mentions, pos, group))
    return out


def _group_items(text: str, s: Sentence, quantities: list[Quantity], lang: str, mentions: list[Mention],
                 pos: int, group: list[int]) -> dict[int, tuple[str, Optional[Mention]]]:
    n = len(group)
    if lang == "zh":
        # the coordinated items may sit in an earlier clause ("A、B出口增长较快,增幅分别为x、y")
        bounds = [s.norm_start] + [s.norm_start + m.end() for m in re.finditer(r"[,;:]", text[s.norm_start:pos])] + [pos]
        segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)][::-1]
    else:
        segments = [(s.norm_start, quantities[group[0]].norm_start)]
    spans = None
    for seg_start, seg_end in segments:
        segment_mentions = [m for m in mentions if seg_start <= m.norm_start and m.norm_end <= seg_end]
        if len(segment_mentions) == n and all(
                _COORDINATED.fullmatch(text[a.norm_end:b.norm_start]) for a, b in zip(segment_mentions, segment_mentions[1:])):
            # "A、B出口增长较快,增幅分别为x、y": the items are names, listed together (not 中国承接日本…)
            return {qi: (m.text, m) for qi, m in zip(group, segment_mentions)}
        segment = text[seg_start:seg_end]
        if lang == "en":
            segment = re.sub(r"^.*?\b(?:with|while|as)\s+", "", segment)
            verb = _EN_MAIN_VERB.search(segment)
            if verb:
                segment = segment[:verb.start()]
            protected = _protect_en(segment)
            if _split_items(protected, n, lang):
                segment = protected
        elif not re.search(r"[、和与及]", segment):
            continue
        segment = re.sub(r"\d{4}年(?:上半年|下半年|前三季度)?|今年|去年|上半年|下半年|前三季度", lambda m: " " * len(m.group(0)), segment)
        core = segment
        if lang == "zh":
            core = re.sub(r"(?:同比|环比|的|增幅|增速|规模|均|都|增长较快|增长|较快)+$", "", core.rstrip(" ,;:"))
            core = _CHINA_ZH.sub(lambda m: " " * len(m.group(0)), core)
        spans = _split_items(core, n, lang)
        if spans:
            break
    if not spans:
        return {}
    items = [_unprotect_en(core[a:b]).strip() for a, b in spans]
    items = [re.sub(r"^(?:in|the|of)\s+", "", it, flags=re.I) for it in items]
    if lang == "zh" and "的" in items[-1]:
        head, tail = items[-1].split("的", 1)
        items = [it for it in items[:-1]] + [head]
        items = [it + tail for it in items]
    else:
        klang = "en" if lang == "en" else "zh"
        first = key_of(items[0], klang).concepts
        last = key_of(items[-1], klang).concepts
        if lang == "zh":
            # "个人文化和娱乐服务、电信计算机和信息服务出口": the head noun of the last item is shared
            heads = r"(出口|进口|收入|营收|执行额|总额|票房|用户|玩家)$"
            shared_tail = re.search(heads, items[-1])
            if (shared_tail and len(items[-1]) > len(shared_tail.group(1))
                    and not any(re.search(heads, it) for it in items[:-1])):
                items = [it + shared_tail.group(1) for it in items[:-1]] + [items[-1]]
            elif len(last) == 1 and len(first) > 1:
                # "文化服务出口和进口": the modifiers of the first item are shared
                prefix = re.sub(r"(出口|进口|收入|执行额)$", "", items[0])
                items = [items[0]] + [prefix + it for it in items[1:]]
        elif re.match(r"^[A-Za-z\-]+ of ", items[0]) and not any(re.match(r"^[A-Za-z\-]+ of ", it) for it in items[1:]):
            # "Exports of A and B": the head distributes over the items
            head = items[0].split(" of ", 1)[0]
            items = [items[0]] + [f"{head} of {it}" for it in items[1:]]
        elif len(last) == 1 and len(first) > 1 and len(items[-1].split()) == 1:
            prefix = " ".join(items[0].split()[:-1])
            items = [items[0]] + [f"{prefix} {it}" for it in items[1:]]
    return {qi: (it, None) for qi, it in zip(group, items)}


#: a clause of a verb only before its figure (…最高，达562亿元) and the superlative that ends the clause before it
_ONLY_VERB_ZH = re.compile(r"\s*(?:则|也|仍)?\s*(?:达到?了?|为|约为?|超过|逾|近|接近|高达)\s*")
_SUPERLATIVE_END_ZH = re.compile(r"(?:最高|最多|最大|最快|居首|居首位|领先|排名第一|位居第一)\s*$")
#: a clause that only gives figures for what the clause before it named: 分别为, 增幅分别为, 均为
_ONLY_RESPECTIVELY = re.compile(r"\s*(?:增幅|增速|涨幅|降幅|跌幅|同比|其中)?\s*(?:分别|均|都|依次)(?:为|是|达到?|增长|下降)?\s*")
#: the change word that ends such a clause before it: 同比仍为正增长, 增长较快
_CHANGE_TAIL_ZH = re.compile(r"(?:同比|环比)?(?:仍|还是|均|都|也|继续)?(?:为|是|保持|实现)?(?:正|负)?"
                             r"(?:增长|下降|增加|减少|上升|下滑)(?:较快|明显|迅速|态势)?\s*$")
#: after a percentage: "的" and the population it is a share of, with what it does (62%的海外用户愿意付费)
_SHARE_OF_WHO_ZH = re.compile(r"\s*的\s*([\u4e00-\u9fffA-Za-z]{2,8}?(?:用户|玩家|受访者|观众|读者|消费者|企业|网民|家庭|青年|年轻人|游客|学生|创作者|开发者)"
                              r"[^,;:。!?]{2,24})")
#: what joins the items of a list: 、 和 与 及, commas, "and"
_COORDINATED = re.compile(r"\s*(?:[、,，/]|和|与|及|以及|跟|同|and|&|,\s*and)\s*(?:the\s+)?", re.I)


def _parallel_periods(text: str, s: Sentence, quantities: list[Quantity], periods: list[PeriodRef]) -> dict[int, PeriodRef]:
    if not periods:
        return {}
    groups = list(_respectively_groups(text, s, quantities))
    if not groups:
        return {}
    pos, group = groups[0]
    joined = [p for p in periods if p.norm_end <= pos or pos < 0]
    run: list[PeriodRef] = []
    for p in joined:
        if run and re.fullmatch(r"\s*的?\s*", text[run[-1].norm_end:p.norm_start]) \
                and re.fullmatch(r"全年度?", text[p.norm_start:p.norm_end]):
            continue  # 2023年与2024年的全年营收分别为…: the whole of each year listed
        if run and not re.fullmatch(r"\s*(?:和|与|、|,|及|and)\s*", text[run[-1].norm_end:p.norm_start]):
            run = []
        run.append(p)
    if len(run) == 1 and len(group) > 1:
        # "2024年至2026年，收入分别为x、y和z": a span of whole years, one figure for each of them
        span = _YEAR_SPAN_LABEL.fullmatch(run[0].label)
        if span and int(span.group(2)) - int(span.group(1)) + 1 == len(group):
            p = run[0]
            run = [replace(p, start=str(y), end=str(y), label=str(y))
                   for y in range(int(span.group(1)), int(span.group(2)) + 1)]
    if len(run) != len(group):
        return {}
    out = dict(zip(group, run))
    for later_pos, later in groups[1:]:
        # …营收依次为a、b和c，净利润分别为d、e和f: a later list of as many figures, with no period of its own between
        # (同期 says the same periods), pairs with the same periods
        if len(later) != len(run) or any(pos < p.norm_start < later_pos and text[p.norm_start:p.norm_end] != "同期"
                                         for p in periods):
            break
        out.update(zip(later, run))
    return out


_YEAR_SPAN_LABEL = re.compile(r"(\d{4})/(\d{4})")
