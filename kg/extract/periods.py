"""Stage 2b: the time periods a sentence states, resolved to ISO form.

Entry points
------------
:func:`find_periods`
    every period stated in one sentence of analysis text (Simplified, ASCII
    digits), as :class:`~kg.model.PeriodRef` records in text order.
:func:`period_spans`
    the spans of everything that reads as a date or period, resolved or not
    (the quantity scanner uses it so that the digits of ``2024年1-8月`` or
    ``12月15日`` are never taken for figures).
:func:`comparison_period`
    the label of the same period one year earlier (``2024-H1`` -> ``2023-H1``).

Labels
------
========================  ==================  =============  ============
stated                    label               start          end
========================  ==================  =============  ============
2024年 / in 2024 / FY2024  ``2024``            ``2024``       ``2024``
2024年3月 / March 2024     ``2024-03``         ``2024-03``    ``2024-03``
2024年3月8日               ``2024-03-08``      same           same
2024年上半年 / H1 2024     ``2024-H1``         ``2024-01``    ``2024-06``
2024年第一季度 / Q1 2024   ``2024-Q1``         ``2024-01``    ``2024-03``
2024年前三季度             ``2024-Q1/2024-Q3`` ``2024-01``    ``2024-09``
2024年1-10月               ``2024-01/2024-10`` ``2024-01``    ``2024-10``
2021年至2023年             ``2021/2023``       ``2021``       ``2023``
10月1日至8日 / May 1 to 5  ``2024-10-01/``     ``2024-10-01`` ``2024-10-08``
                          ``2024-10-08``
========================  ==================  =============  ============

Rules
-----
- **Year context.** A month, quarter or half stated without a year takes the
  year of the nearest period before it in the sentence (``2024年，…第二季度…``);
  without one, the year of ``doc_date`` (then ``relative=True``); without a
  ``doc_date`` it is left out of :func:`find_periods` (its span still counts
  in :func:`period_spans`).
- **Relative to the document date** (``relative=True``): 今年 去年 前年 明年
  后年 本年, 上月 本月 下月, this/last/next year, this/last/next month,
  近五年/过去五年/the past five years (the N years ending with the document's
  year: ``2021/2025`` for 2025). Without ``doc_date`` they are left out.
- **Relative to the sentence** (resolved from the period before them; they are
  ``relative`` only when that period was):
  上年/上一年 (the year before), 同年/当年, 次年/the following year,
  同期/上年同期/去年同期/the same period last year/a year earlier (the period
  before, one year earlier), ``2024年同期``/the same period of 2023 (the
  period before, moved to that year). A month, quarter or half that takes its
  year from a relative period is relative too (今年一季度…4月当月).
- **As of** (截至/截止/as of): the period is the point stated —
  ``截至2025年6月`` -> ``2025-06``; ``截至2024年底``/``at the end of 2024``/
  ``end-2024`` -> ``2024-12-31``; ``6月底`` -> the month's last day.
- **Fiscal years**: ``FY2024``/``2024财年``/``fiscal 2024`` -> ``2024``; with
  the end date stated (``2024财年（截至2024年3月31日）``, ``the fiscal year
  ended March 31, 2025``) -> the twelve months ending then
  (``2023-04/2024-03``).
  A split year (``2025/26财年``) is the fiscal year across the two, from the first month of the fiscal
  year stated before, else from April (``2025-04/2026-03``).
- **Five-year plans**: ``十四五`` -> ``2021/2025``.
- **Runs of days** (a holiday, a film's week, a weekend: 国庆假期（10月1日至8日）, 9月26日至10月2日, from
  January 28 to February 4, Feb. 20-22, 1-5 May): the days from one date to the other; whole months are named as
  months (6月1日至8月31日 -> ``2024-06/2024-08``). With no year and only an earlier sentence's period to go by, the
  latest such days up to ``doc_date``. The period before one (环比, 週增, week-on-week, from the previous weekend)
  is the same days a week earlier when it is a week or less.
- **Not periods**: numbers inside 《》「」『』 or quoted English titles; a
  bare four-digit English number followed by a counted noun, a unit or a
  currency (``1980 firms``); 第二季 right after a title or a drama (a season).
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

from ..model import PeriodRef

__all__ = ["find_periods", "period_spans", "comparison_period", "shift_label", "previous_period", "fiscal_start_month",
           "canonical_label", "listed_period", "span_months"]

# ---------------------------------------------------------------- vocabulary (data)

MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
ORDINALS_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
WORDS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: year words resolved against the document date: offset in years
REL_YEAR_DOC = {"今年": 0, "本年": 0, "本赛季": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2,
                "this year": 0, "last year": -1, "next year": 1}
#: year words resolved against the period stated before them: offset in years
REL_YEAR_CTX = {"上年": -1, "上一年": -1, "上赛季": -1, "上个赛季": -1, "同年": 0, "当年": 0, "次年": 1, "翌年": 1,
                "the previous year": -1, "the prior year": -1, "the preceding year": -1,
                "the year before": -1, "the following year": 1, "the next year": 1}
#: month words resolved against the document date
REL_MONTH_DOC = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
                 "this month": 0, "last month": -1, "next month": 1}

#: what can follow a bare English year-like number when it is a figure, not a year
_EN_FIGURE_FOLLOWER = re.compile(
    r"\s*(?:%|percent|per\s?cent|[kmb]n?\b|thousand|million|billion|trillion|yuan|dollars?|euros?|yen|won|"
    r"RMB|USD|pounds|TEUs?|GB|TB|(?:(?!(?:as|in|and|or|for|to|of|when|while|after|before|since|because|with|by|on|at|"
    r"amid|than|the|a|an)\b)[A-Za-z-]+\s+){0,2}?(?:firms|companies|enterprises|businesses|start-?ups|"
    r"studios|people|persons|players|users|visitors|tourists|employees|staff|workers|games|titles|works|films|"
    r"creators|authors|downloads|episodes|countries|cities|members|subscribers|readers|units|items|projects|"
    r"jobs|stores|shops|outlets|exhibitors|students|ones|of\s+them|times|hours|days|minutes|licen[cs]es|copies|"
    r"units|deals|contracts|agreements|orders|patents|episodes|apps|products|brands|platforms|routes|flights|"
    r"schools|universities|hospitals|views|streams|plays|installs|accounts|fans|guests|passengers|arrivals|"
    r"visits|trips|attendees|projects|items|pieces|titles|series|shows|dramas|novels|books|movies|animations"
    r"|[a-z]+(?:ers|ors|ists|ants|ents|ees)))\b",  # agent nouns: 1998 investors, 2015 participants
    re.I,
)

# ---------------------------------------------------------------- patterns

_Y = r"(?:19|20)\d{2}"
_MON_ZH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY_ZH = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_NUM_ZH = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_MONTH_EN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![^\W\d_])\.?")  # (not the March of Marché)

#: the parts of a Chinese period after its year (or standing alone)
_SUB_ZH = (
    r"全年|上半年|下半年|半年度(?=报告|报|业绩|财报|营收|收入)|半年报|中期(?=业绩|报告|财报|营收|收益|股息)|[前首头][三两二]季度?|前[23]季度?|[一1][-至到~][三3]季度|第?[一二三四1-4]季度(?:末|底)?|第[一二三四1-4]季(?!度)(?:末|底)?|首季度?|Q[1-4]"
    rf"|[前头]{_NUM_ZH}个?月份?"
    rf"|{_MON_ZH}(?:月份?)?\s*(?:-|–|—|－|~|～|至|到)\s*{_MON_ZH}月份?"
    rf"|{_MON_ZH}月份?(?:{_DAY_ZH}[日号])?(?:底|末|当月)?"
    r"|同期|底|末|初"
)
#: a year of the Republic of China calendar (Taiwan): 民国114年, 114年度, 115年第一季; 100 to 129 are 2011 to 2040 (a
#: count of years, 成立110年 or 110年历史, is not one)
_ROC_YEAR = r"(?:民国\s*1[0-2]\d|(?<![\d.])(?<!成立)(?<!创立)(?<!创办)(?<!已有)(?<!超过)(?<!有)(?<!逾)(?<!近)(?<!第)1[0-2]\d)\s*年(?:度)?" \
            r"(?!历史|来|以来|间|的历史|老|之久|多|余|前(?![23三两二]季|\d{1,2}个?月|[一二三四五六七八九十]{1,2}个?月)|后)"  # (114年前3季: its first three quarters)
#: a year written out, by the common era or (Taiwan) the Republic's: 2026, 115, 民国115
_YR = rf"(?:{_Y}|(?<![\d.])(?:民国\s*)?1[0-2]\d)"
_YEARPART_ZH = rf"(?:{_Y})\s*年(?:度)?|{_ROC_YEAR}|(?:{_Y})\s*赛季|[〇零一二三四五六七八九]{{4}}年|今年|去年|前年|明年|后年|本年|本赛季|" \
               rf"上一?年|上个?赛季|同年|当年|(?<![场人架艘航班车批频档层届])次年|翌年"  # 2025赛季, 本赛季, 上赛季: a league's season, named by its year
#               (演出场次年增12.4%: 场次 and 年增, not 次年)

#: every character a Chinese period can start with (a year's or month's digit, 截至, 今年, 上半年, 第三季度, 年底, Q3…);
#: the scanners below open with it, so the many places that start none fail at once (the Chinese scan is about six
#: times as fast, the English one twice); tests check it against the patterns without it
ZH_FIRST = "[0-9截民十一二两三四五六七八九〇零从自近过最本今新下次上年同当昨去前明后翌全半中首头第Q底末初]"
#: every English period starts with a letter or a digit (FY2025, the first half, Q3, March, 2024)
EN_FIRST = r"[A-Za-z\d]"

_ZH = re.compile(
    rf"""
    (?={ZH_FIRST})
    (?P<asof>截至|截止到?)?
    (?:
      (?P<iso>(?P<iso_y>{_Y})(?P<iso_sep>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_sep)(?P<iso_d>3[01]|[12]\d|0?[1-9])(?!\d|\.\d))
    | (?P<fys>(?P<fys_y>{_Y})\s*[/／-]\s*(?P<fys_y2>\d{{2}})\s*(?:财年|财政年度|会计年度|年度))
    | (?P<fy>(?P<fy_y>{_Y})\s*(?:财年|财政年度|会计年度)
         (?:\s*[(（]\s*(?:截至|截止)\s*(?P<fy_ey>{_Y})年(?P<fy_em>{_MON_ZH})月(?:(?P<fy_ed>{_DAY_ZH})日)?\s*[)）])?)
    | (?P<dspan>(?:(?P<ds_y1>{_YR})\s*年)?(?P<ds_m1>{_MON_ZH})月(?P<ds_d1>{_DAY_ZH})[日号]?\s*(?:-|–|—|－|~|～|至|到)\s*
         (?:(?P<ds_y2>{_YR})\s*年)?(?:(?P<ds_m2>{_MON_ZH})月)?(?P<ds_d2>{_DAY_ZH})[日号])
    | (?P<ymspan>(?P<yms_y1>{_YR})年(?P<yms_m1>{_MON_ZH})月份?\s*(?:-|–|—|－|~|～|至|到)\s*(?P<yms_y2>{_YR})年(?P<yms_m2>{_MON_ZH})月份?)
    | (?P<yspan>(?:从|自)?(?P<ys1>{_Y})\s*年?\s*(?:-|–|—|~|至|到)\s*(?P<ys2>{_Y})(?:\s*年(?:间|期间|内|以来|度)?)?
         |(?:从|自)?(?<![\d.])(?:民国\s*)?(?P<ys1r>1[0-2]\d)\s*年度?\s*(?:-|–|—|~|至|到)\s*(?P<ys2r>1[0-2]\d)\s*年(?:间|期间|内|以来|度)?)
    | (?P<past>(?:近|过去|最近)(?P<past_n>{_NUM_ZH}|几)年(?!(?:来|以来)?的?(?:同期)?(?:新高|新低|最|之最|峰值|高位|低位))(?:来|间|中|内)?)
    | (?P<plan>(?<![一二三四五六七八九十])(?P<plan_n>[一二三四五六七八九十]{{1,3}})五(?=时期|期间|规划|”|"|末|初|以来|开局|收官))
    | (?P<fyrelzh>(?P<fz_w>本|今|新|下|次|上)一?个?(?:财年|财政年度|会计年度))
    | (?P<byend>(?:^|(?<=[，,。；;：:\s])|(?<=截至)|(?<=截止)|(?<=[至到于在]))年(?:末|底)(?!前|之前|以前|目标))
    | (?P<relmonth>上个?月|下个?月|本月)
    | (?P<sameday>同日|同一天|当日|当天)
    | (?P<relday>(?P<rd_w>今|昨)(?:\s*[（(]\s*(?P<rd_n>3[01]|[12]\d|0?[1-9])\s*[)）]\s*)?日(?!头条|报|本|韩|美|欧|起|后|前|内|之|以|至)
       |(?P<rd_w2>今|昨)天(?![下然])
       # a day of the month with no month (书展于18日结束, 已于3日闭幕): this month's, by the article's day
       |(?<=[于在])(?P<rd_bare>3[01]|[12]\d|[1-9])日(?=\s*(?:正式)?(?:结束|收官|截止|落幕|闭幕|完结|举行|开幕|公布|宣布|发布|召开|晚间|上午|下午))
       # the day a day word stands for, in brackets (除息前一日（8日）, 前一交易日（8日）): this month's
       |(?<=前一日[（(]|交易日[（(]|前一天[（(])(?P<rd_br>3[01]|[12]\d|[1-9])日(?=[)）]))
    | (?P<ypart>{_YEARPART_ZH})(?P<ysub>{_SUB_ZH})?
    | (?P<sub>{_SUB_ZH})
    )
    """,
    re.X,
)
_SUB_PARTS = re.compile(
    rf"""
      (?P<full>全年)
    | (?P<half>[上下])半年
    | (?P<halfrep>半年度|半年报|中期)
    | (?P<qfirst>[前首头](?P<qf_n>[三两二])季度?|前(?P<qf_n3>[23])季度?|[一1][-至到~](?P<qf_n2>[三3])季度)
    | (?P<q>第?(?P<q_n>[一二三四1-4])季度?(?P<q_end>末|底)?|首季度?|Q(?P<q_Q>[1-4]))
    | (?P<mfirst>[前头](?P<mf_n>{_NUM_ZH})个?月份?)
    | (?P<mspan>(?P<ms_1>{_MON_ZH})(?:月份?)?\s*(?:-|–|—|－|~|～|至|到)\s*(?P<ms_2>{_MON_ZH})月份?)
    | (?P<month>(?P<mo>{_MON_ZH})月份?(?:(?P<day>{_DAY_ZH})[日号])?(?P<mend>底|末)?(?:当月)?)
    | (?P<same>同期)
    | (?P<yend>底|末)
    | (?P<ystart>初)
    """,
    re.X,
)

_EN = re.compile(
    rf"""
    (?={EN_FIRST})
    (?P<asof>(?i:as\s+(?:of|at))\s+)?
    (?:
      (?P<fyend>(?:[Tt]he\s+)?(?:(?:current|coming|next|new|previous|last)\s+)?(?:fiscal|financial)\s+year\s+(?:(?:that|which)\s+(?:ended|ends)(?:\s+on)?|ended|ending|to)\s+
          (?:(?P<fye_m>{_MONTH_EN})\s+(?:(?P<fye_d>\d{{1,2}}),?\s+)?|(?P<fye_d2>\d{{1,2}})\s+(?P<fye_m2>{_MONTH_EN})\s+)
          (?P<fye_y>{_Y})\b)
    | (?P<fyspan>(?:\bFY\s?|\b[Ff]iscal\s+(?:[Yy]ear\s+)?)(?P<fsp_y>{_Y})\s*[-/–]\s*(?P<fsp_y2>\d{{2}})\b
          |(?:the\s+)?(?P<fsp_y3>{_Y})\s*[-/–]\s*(?P<fsp_y4>\d{{2}})\s+(?:[Ff]iscal|[Ff]inancial|[Bb]udget)\s+[Yy]ear\b
          # the years of assessment from 2019/20 to 2023/24 (Hong Kong's tax years, April to March)
          |(?:the\s+)?[Yy]ears?\s+of\s+assessment\s+(?:(?:from|between)\s+)?(?P<fsp_y5>{_Y})\s*/\s*(?P<fsp_y6>\d{{2}})
           (?:\s+(?:to|through|and)\s+(?P<fsp_y7>{_Y})\s*/\s*(?P<fsp_y8>\d{{2}}))?\b)
    | (?P<fy>(?:\bFY\s?'?|\b[Ff]iscal\s+(?:[Yy]ear\s+)?)(?P<fy_y>{_Y}|\d{{2}})\b)
    | (?P<yspan>\b(?:[Bb]etween\s+(?P<b1>{_Y})\s+and\s+(?P<b2>{_Y})|[Ff]rom\s+(?P<f1>{_Y})\s+(?:to|through|until)\s+(?P<f2>{_Y})
          |(?P<h1>{_Y})\s*(?:-|–|—|to|through)\s*(?P<h2>{_Y}|\d{{2}}))(?![\d%]))
    | (?P<myspan>(?:[Ff]rom\s+|[Bb]etween\s+)?(?P<mys_m1>{_MONTH_EN}),?\s+(?P<mys_y1>{_Y})\s*(?:-|–|—|to|through|and|until)\s*
          (?P<mys_m2>{_MONTH_EN}),?\s+(?P<mys_y2>{_Y})\b)
    | (?P<mspan>(?:[Ff]rom\s+|[Bb]etween\s+)?(?P<ms_1>{_MONTH_EN})\s*(?:-|–|—|to|through|and|until)\s*(?P<ms_2>{_MONTH_EN})
          (?:,?\s+(?P<ms_y>{_Y})|\s+(?P<ms_rel>(?i:last|this|next)\s+year))?)
    | (?P<dspan>(?:[Ff]rom\s+|[Bb]etween\s+)?(?:(?P<dsp_m1>{_MONTH_EN})\s+(?P<dsp_d1>\d{{1,2}})(?:st|nd|rd|th)?
          |(?P<dsp_d1b>\d{{1,2}})(?:\s+(?P<dsp_m1b>{_MONTH_EN}))?)
          \s*(?:-|–|—|to|through|until|and)\s*
          (?:(?P<dsp_m2>{_MONTH_EN})\s+(?P<dsp_d2>\d{{1,2}})(?:st|nd|rd|th)?\b|(?P<dsp_d2b>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s+(?P<dsp_m2b>{_MONTH_EN}))?)
          (?:,?\s+(?P<dsp_y>{_Y})\b)?)
    | (?P<date>(?P<d_m>{_MONTH_EN})\s+(?P<d_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<d_y>{_Y}))?
          |(?P<d_d2>\d{{1,2}})\s+(?P<d_m2>{_MONTH_EN})(?:,?\s+(?P<d_y2>{_Y}))?)
    | (?P<end>(?<![A-Za-z])(?:[Tt]he\s+)?(?:[Ee]nd)(?:\s+of\s+|-)(?:(?P<e_m>{_MONTH_EN})\s*)?(?:(?P<e_y>{_Y})|(?P<e_rel>(?i:last|this|next)\s+year))?)
    | (?P<ystart>(?:[Tt]he\s+)?(?:start|beginning)\s+of\s+(?:(?P<ys_y>{_Y})\b|(?:the|this)\s+year|(?P<ys_rel>last|next)\s+year))
    | (?P<lastq>(?:[Tt]he\s+)?(?i:final|last|closing)\s+(?i:quarter|three\s+months)\s+of\s+(?:(?P<lq_y>{_Y})|(?P<lq_rel>(?i:this|last|next)\s+year)|the\s+year))
    | (?P<qspan>(?:[Tt]he\s+)?first\s+(?P<qs_n>two|three|2|3)\s+quarters(?:\s+of\s+(?:(?P<qs_y>{_Y})|(?P<qs_rel>(?i:this|last|next)\s+year)))?)
    | (?P<mfirst>(?:[Tt]he\s+)?first\s+(?P<mf_n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months(?:\s+of\s+(?:(?P<mf_y>{_Y})|(?P<mf_rel>(?i:this|last|next)\s+year)|(?P<mf_fy>(?i:(?:its|the|their|this)\s+(?:current\s+)?(?:fiscal|financial)\s+year))))?)
    | (?P<half>(?:(?:(?P<h_yp>{_Y})(?:'s|’s)\s+|[Tt]he\s+)?(?P<h_o>first|second|1st|2nd|First|Second)[\s-]+(?:half|Half)|\b(?P<h_H>H[12])|\b(?P<h_h>[12])H)
          (?:\s+(?:of\s+)?(?P<h_y>{_Y})|(?P<h_yy>'?\d{{2}})\b|\s+of\s+(?P<h_rel>(?i:this|last|next)\s+year))?)
    | (?P<quarter>(?:(?:(?P<q_yp>{_Y})(?:'s|’s)\s+|[Tt]he\s+)?(?P<q_o>first|second|third|fourth|1st|2nd|3rd|4th|First|Second|Third|Fourth)[\s-]+(?:quarter|Quarter)|\b(?P<q_Q>Q[1-4])|\b(?P<q_q>[1-4])Q)
          (?:\s+(?:of\s+)?(?P<q_y>{_Y})|(?P<q_yy>'?\d{{2}})\b|\s+of\s+(?P<q_rel>(?i:this|last|next)\s+year))?)
    | (?P<same>(?i:the\s+same\s+(?:period|days|dates|weeks?|holiday(?:\s+period)?))(?:\s+(?:of|in)\s+(?P<sp_y>{_Y})|(?i:\s+(?:a|one)\s+year\s+(?:earlier|ago|before)|\s+last\s+year|\s+of\s+the\s+previous\s+year))?)
    | (?P<rely>(?i:this|last|next)\s+year(?:(?:'s|’s)\s+(?:(?P<ry_h>first|second)[\s-]half|(?P<ry_q>first|second|third|fourth)\s+quarter))?)
    | (?P<prevpart>(?i:the\s+(?:previous|prior|preceding)\s+(?P<pp_k>quarter|month|half)))
    | (?P<fyrel>(?i:(?:the\s+)?(?P<fyr_w>current|this|previous|prior|preceding|last|next|coming|following)\s+(?:fiscal|financial)\s+year))
    | (?P<ctxy>(?i:the\s+(?:previous|prior|preceding|following|next)\s+year|the\s+year\s+before))
    | (?P<fully>(?i:(?:for\s+)?the\s+(?:full|whole|entire)\s+year|\bfull[- ]year(?=\s+[a-z])))
    | (?P<ago>(?:(?i:a|one)\s+year|(?P<ago_n>(?i:two|three|four|five|six|seven|eight|nine|ten)|[2-9])\s+years)\s+(?i:earlier|ago|before))
    | (?P<partago>(?i:(?:a|one)\s+(?P<pa_k>quarter|month)|(?P<pa_n>two|three|four|five|six|nine|twelve|\d{{1,2}})\s+months)\s+(?i:earlier|before|ago))
    | (?P<relq>(?i:this|last|next)\s+quarter)
    | (?P<relm>(?i:this|last|next)\s+month)
    | (?P<past>(?i:(?:the\s+)?(?:past|last|previous)\s+)(?P<p_n>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+years|(?i:(?:the\s+)?past\s+decade))
    | (?P<month>(?P<m_m>{_MONTH_EN})(?:,?\s+(?P<m_y>{_Y})|\s+(?P<m_rel>(?i:last|this|next)\s+year))?)
    | (?P<year>(?<![\d.,$€£¥#/])\b(?P<y>{_Y})\b(?![\d%]|\.\d|,\d)(?:'s|’s)?)
    | (?P<yest>(?<![\d.,$€£¥#/A-Za-z])(?P<ye>{_Y})[EF](?![A-Za-z0-9]))
    | (?P<wday>(?<=\bon\s)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
              # (Tuesday's closing price, Friday's close: the day's)
              |(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['’]s\s+(?:clos|clos|session|trading|high|low)))
    )
    """,
    re.X,
)

_TITLE = re.compile(r"《[^《》\n]{0,200}》|「[^「」\n]{0,120}」|『[^『』\n]{0,120}』"
                    r"|(?<![A-Za-z])['‘](?=[A-Za-z0-9])[^'‘’\n]{1,80}?(?<=[A-Za-z0-9!?])['’](?![A-Za-z])")
_SEASON_BEFORE = re.compile(r"(?:[》」』”\"']|剧|片|节目|动画|综艺)\s*$")
_YEAR_LEAD_EN = re.compile(r"(?:^|[^A-Za-z])(?:(?:more|fewer|less)\s+than|about|around|nearly|almost|some|roughly|"
                           r"approximately|up\s+to|at\s+least|at\s+most|No\.|Top|top|TOP|#)\s*$")


# ---------------------------------------------------------------- small helpers


def _cn_small(s: str) -> Optional[int]:
    """Value of a small number written with ASCII or Chinese digits (0-99, or a digit string)."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if all(c in CN_DIGIT for c in s):
        value = 0
        for c in s:
            value = value * 10 + CN_DIGIT[c]
        return value
    if "十" in s and s.count("十") == 1:
        tens, _, ones = s.partition("十")
        if (tens and tens not in CN_DIGIT) or (ones and ones not in CN_DIGIT):
            return None
        return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)
    return None


def _word_num(s: str) -> Optional[int]:
    s = s.lower()
    return int(s) if s.isdigit() else WORDS_EN.get(s)


def _month_en(s: str) -> int:
    return MONTHS_EN[s.rstrip(".").lower()]


def _year2(s: Optional[str]) -> Optional[int]:
    """A year from ``2024``, ``24`` or ``'24``."""
    if not s:
        return None
    s = s.lstrip("'")
    y = int(s)
    return y if y >= 100 else 2000 + y


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# ---------------------------------------------------------------- period values


@dataclass(frozen=True)
class _P:
    """A resolved period: label, ISO start and end."""

    label: str
    start: str
    end: str

    @property
    def year(self) -> int:
        return int(self.end[:4])


def _year(y: int) -> _P:
    return _P(f"{y:04d}", f"{y:04d}", f"{y:04d}")


def _month(y: int, m: int) -> Optional[_P]:
    if not 1 <= m <= 12:
        return None
    iso = _iso_month(y, m)
    return _P(iso, iso, iso)


def _date(y: int, m: int, d: int) -> Optional[_P]:
    if not 1 <= m <= 12 or not 1 <= d <= _last_day(y, m):
        return None
    iso = f"{y:04d}-{m:02d}-{d:02d}"
    return _P(iso, iso, iso)


def _days(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int) -> Optional[_P]:
    """The days from one date to a later one (a holiday, a film's week, a weekend: 10月1日至8日 ->
    ``2025-10-01/2025-10-08``); whole months are named as months (6月1日至8月31日 -> ``2025-06/2025-08``)."""
    a, b = _date(y1, m1, d1), _date(y2, m2, d2)
    if a is None or b is None or not a.start < b.start or (y2 * 12 + m2) - (y1 * 12 + m1) > 12:
        return None
    if d1 == 1 and d2 == _last_day(y2, m2):
        return _months(y1, m1, y2, m2)
    return _P(f"{a.start}/{b.start}", a.start, b.start)


def _half(y: int, h: int) -> _P:
    return _P(f"{y:04d}-H{h}", _iso_month(y, 1 if h == 1 else 7), _iso_month(y, 6 if h == 1 else 12))


def _quarter(y: int, q: int) -> Optional[_P]:
    if not 1 <= q <= 4:
        return None
    return _P(f"{y:04d}-Q{q}", _iso_month(y, 3 * q - 2), _iso_month(y, 3 * q))


def _quarters(y: int, q1: int, q2: int) -> Optional[_P]:
    if not 1 <= q1 < q2 <= 4:
        return _quarter(y, q1) if q1 == q2 else None
    return _P(f"{y:04d}-Q{q1}/{y:04d}-Q{q2}", _iso_month(y, 3 * q1 - 2), _iso_month(y, 3 * q2))


def _months(y1: int, m1: int, y2: int, m2: int) -> Optional[_P]:
    """The months from ``m1`` of ``y1`` to ``m2`` of ``y2``; a span that is exactly one half, quarter or year is named
    as one (1-6月, January-June -> 2025-H1; 1-3月 -> 2025-Q1; 1-12月 -> 2025), and whole quarters of one year by
    their quarters (1-9月, the nine months through September, 前三季度 -> 2025-Q1/2025-Q3), so one interval has one
    name whatever words stated it (and figures of the same period in two documents meet)."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y1, m1) >= (y2, m2):
        return _month(y1, m1) if (y1, m1) == (y2, m2) else None
    if y1 == y2 and (m1, m2) == (1, 12):
        return _year(y1)
    if y1 == y2 and (m1, m2) in ((1, 6), (7, 12)):
        return _half(y1, m2 // 6)
    if y1 == y2 and m1 % 3 == 1 and m2 == m1 + 2:
        return _quarter(y1, m2 // 3)
    if y1 == y2 and m1 % 3 == 1 and m2 % 3 == 0:
        return _quarters(y1, (m1 + 2) // 3, m2 // 3)
    a, b = _iso_month(y1, m1), _iso_month(y2, m2)
    return _P(f"{a}/{b}", a, b)


def _months_ending(y: int, m: int, n: int) -> Optional[_P]:
    """The ``n`` months ending with month ``m`` of year ``y``, named as a quarter, a half, quarters or a year where
    they are one (the six months ended June 30 -> H1, the July-September quarter -> Q3)."""
    if not (1 <= m <= 12 and 1 <= n <= 12):
        return None
    if n == 12 and m == 12:
        return _year(y)
    if n == 6 and m in (6, 12):
        return _half(y, m // 6)
    if n == 3 and m % 3 == 0:
        return _quarter(y, m // 3)
    if n % 3 == 0 and m % 3 == 0 and m - n >= 0:
        return _quarters(y, (m - n) // 3 + 1, m // 3)
    start = m - n + 1
    return _months(y - 1, start + 12, y, m) if start < 1 else _months(y, start, y, m)


#: months ending with a date or month: 截至6月30日止六个月 (after it), the six months ended June 30 (before it)
_MONTHS_ENDED_ZH = re.compile(r"\s*止?的?\s*(?:(三|六|九|十二|3|6|9|12)个月|(?:\d{4}\s*/\s*\d{2}\s*)?(年度|财年|财政年度|会计年度))")
_MONTHS_ENDED_EN = re.compile(r"\b(?:(three|six|nine|twelve|3|6|9|12)\s+months|(year|quarter|half))\s+(?:(?:that|which)\s+)?"
                              r"(?:ended|ending|ends|to|through)(?:\s+on)?\s+$", re.I)  # (the fiscal year that ended on June 30)
_MONTHS_N = {"三": 3, "六": 6, "九": 9, "十二": 12, "three": 3, "six": 6, "nine": 9, "twelve": 12}
#: days or weeks that end on a day: in the three weeks through March 2, the eight days to Jan. 9
_DAYS_ENDED_EN = re.compile(r"\bthe\s+(?:first\s+|last\s+|past\s+)?(\d{1,3}|[a-z]+)\s+(days?|weeks?)\s+"
                            r"(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through|until)(?:\s+on)?\s+$", re.I)


def _years(y1: int, y2: int) -> Optional[_P]:
    if y1 == y2:
        return _year(y1)
    if not y1 < y2 or y2 - y1 > 60:
        return None
    return _P(f"{y1:04d}/{y2:04d}", f"{y1:04d}", f"{y2:04d}")


def _year_end(y: int, m: Optional[int] = None) -> Optional[_P]:
    m = m or 12
    return _date(y, m, _last_day(y, m)) if 1 <= m <= 12 else None


# ---------------------------------------------------------------- label arithmetic


def _shift_part(part: str, years: int) -> str:
    m = re.fullmatch(r"(\d{4})(.*)", part)
    if not m:
        raise ValueError(part)
    y = int(m.group(1)) + years
    rest = m.group(2)
    d = re.fullmatch(r"-(\d{2})-(\d{2})", rest)
    if d:  # 29 February one year earlier is 28 February
        mo, day = int(d.group(1)), int(d.group(2))
        day = min(day, _last_day(y, mo))
        rest = f"-{mo:02d}-{day:02d}"
    return f"{y:04d}{rest}"


def shift_label(label: str, years: int) -> str:
    """A period label moved by ``years`` (``shift_label("2024-01/2024-10", -1) == "2023-01/2023-10"``)."""
    return "/".join(_shift_part(p, years) for p in label.split("/"))


def comparison_period(p: Union[PeriodRef, str]) -> str:
    """Label of the same period one year earlier (what 同比 / year on year compares with).

    ``2024-H1`` -> ``2023-H1``; ``2024-01/2024-10`` -> ``2023-01/2023-10``;
    ``2024-Q1/2024-Q3`` -> ``2023-Q1/2023-Q3``; ``2024-02-29`` -> ``2023-02-28``.
    Accepts a :class:`~kg.model.PeriodRef` or its label.
    """
    label = p if isinstance(p, str) else p.label
    return shift_label(label, -1)


def previous_period(p: Union[PeriodRef, str]) -> Optional[str]:
    """Label of the period right before, at the same granularity (what 环比 / 季增 / month on month compares with).

    ``2024-12`` -> ``2024-11``; ``2025-01`` -> ``2024-12``; ``2024-Q1`` -> ``2023-Q4``; ``2024-H2`` ->
    ``2024-H1``; ``2024`` -> ``2023``; a run of days, the same days a week before when it is a week or less (a
    film's second week against its first: ``2025-10-03/2025-10-09`` -> ``2025-09-26/2025-10-02``; a weekend against
    the weekend before), else the same number of days right before it. None for a day or a span of months (no
    preceding period of the same length is implied).
    """
    label = p if isinstance(p, str) else p.label
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", label)
    if m:
        a, b = (datetime.date.fromisoformat(x) for x in m.groups())
        back = datetime.timedelta(days=max(7, (b - a).days + 1))
        return f"{a - back}/{b - back}"
    if re.fullmatch(r"\d{4}", label):
        return f"{int(label) - 1:04d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", label)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return _iso_month(y - 1, 12) if mo == 1 else _iso_month(y, mo - 1)
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", label)
    if m:
        y, part, n = int(m.group(1)), m.group(2), int(m.group(3))
        last = 4 if part == "Q" else 2
        return f"{y - 1:04d}-{part}{last}" if n == 1 else f"{y:04d}-{part}{n - 1}"
    return None


def _shift(p: _P, years: int) -> _P:
    return _P(shift_label(p.label, years), _shift_part(p.start, years), _shift_part(p.end, years))


def _move_to_year(p: _P, year: int) -> _P:
    """The same part of another year (``2025-01/2025-04`` in 2024 -> ``2024-01/2024-04``)."""
    first = int(p.label[:4])
    return _shift(p, year - first)


# ---------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    kind: str  #: which rule matched
    m: re.Match  #: the match (its groups carry the fields)
    asof: bool


#: inside 「」/『』, what makes them quote speech rather than a name: a clause's punctuation; before them, a verb of saying
_SPEECH_MARKS = re.compile(r"[，。；！？,;!?]")
SPEECH_BEFORE = re.compile(r"(?:说|表示|指出|称|道|认为|强调|介绍|:|：)\s*$")  # (analysis text is Simplified)


def title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of titles and quoted names (《》, 「」, 『』, 'Title'), where digits are neither figures nor periods.
    「」 and 『』 also quote speech (Taiwan, Hong Kong): a quote holding a clause's punctuation or following a verb of
    saying is speech, whose figures and periods count (「去年收入約3,440萬元，成長了62%，」她說)."""
    return [m.span() for m in _TITLE.finditer(text)
            if m.group(0)[0] not in "「『" or not (_SPEECH_MARKS.search(m.group(0), 1, len(m.group(0)) - 1)
                                                or SPEECH_BEFORE.search(text, max(0, m.start() - 4), m.start()))]


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_right(starts, a) - 1
    return i >= 0 and spans[i][0] <= a and b <= spans[i][1]


#: a school year, September to August: 2024/25学年, 上学年, the 2024/25 school year, the 2024-25 academic year
_SCHOOL_YEAR = re.compile(rf"(?P<sy>{_Y})\s*[/／-]\s*(?P<sy2>\d{{2}}|{_Y})\s*(?:学年度?|(?:school|academic)\s+year\b)|"
                          r"(?P<syrel>上一?学年|本学年|今学年|下一?学年)")


@lru_cache(maxsize=256)
def _scan(text: str) -> tuple[_Raw, ...]:
    """Every period-like span, in text order, without overlaps (longest wins). Cached: the quantity parser and the
    period parser both scan each sentence (a tuple, so no caller can change what another is given)."""
    return tuple(_scan_raws(text))


def _scan_raws(text: str) -> list[_Raw]:
    titles = title_spans(text)
    tstarts = [a for a, _ in titles]
    found: list[_Raw] = []
    for m in _SCHOOL_YEAR.finditer(text):
        found.append(_Raw(m.start(), m.end(), "school", m, False))
    for m in _ZH.finditer(text):
        kind = next(k for k in ("iso", "fys", "fy", "dspan", "ymspan", "yspan", "past", "plan", "fyrelzh", "byend", "relmonth", "sameday", "relday", "ypart", "sub")
                    if m.group(k))
        if not _valid_zh(text, m, kind):
            continue
        found.append(_Raw(m.start(), m.end(), "zh-" + kind, m, bool(m.group("asof"))))
    if re.search(r"[A-Za-z]", text):
        for m in _EN.finditer(text):
            kind = next(k for k in ("fyend", "fyspan", "fy", "yspan", "myspan", "mspan", "dspan", "date", "end", "ystart", "lastq", "qspan", "mfirst", "half",
                                    "quarter", "same", "prevpart", "fyrel", "rely", "ctxy", "fully", "ago", "partago", "relq",
                                    "relm", "past", "month", "year", "yest", "wday")
                        if m.group(k))
            if not _valid_en(text, m, kind):
                continue
            found.append(_Raw(m.start(), m.end(), "en-" + kind, m, bool(m.group("asof"))))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[_Raw] = []
    for r in found:
        if out and r.start < out[-1].end:
            continue
        if titles and _inside(titles, tstarts, r.start, r.end):
            continue
        out.append(r)
    return out


def _valid_zh(text: str, m: re.Match, kind: str) -> bool:
    a, b = m.span()
    before = text[max(0, a - 6):a]
    prev = before[-1:] or ""
    after = text[b:b + 1]
    if prev.isdigit() or (prev == "." and kind != "sub"):
        return False
    if kind == "yspan":
        y1, y2 = _year_of(m.group("ys1") or m.group("ys1r")), _year_of(m.group("ys2") or m.group("ys2r"))
        if not (y1 < y2 <= y1 + 60) or after.isdigit() or after in ("%", "."):
            return False
        return "年" in m.group(0) or not re.match(r"[万亿千百家个名人元款部次]", after)
    if kind == "sub":
        sub = m.group("sub")
        if sub in ("底", "末", "初"):
            return False  # only after a year
        if sub == "中期" and before.endswith("的"):
            return False  # 截至6月30日止六個月的中期業績: the six months say it
        if re.fullmatch(r"第[一二三四1-4]季", sub) and _SEASON_BEFORE.search(before):
            return False  # 《庆余年》第二季: a season, not a quarter
        if sub.startswith("Q") and (re.match(r"[A-Za-z0-9]", after) or re.search(r"[A-Za-z0-9]$", before)):
            return False
        if re.fullmatch(r"[一二三四五六七八九十]{1,3}月份?", sub):
            # a month written in Chinese digits alone: not inside a word (统一月度)
            if re.search(r"[\u4e00-\u9fff]$", before) and not re.search(r"(?:于|在|至|到|从|自|止|的)$", before):
                return False
    if kind == "ypart" and re.fullmatch(r"[〇零一二三四五六七八九]{4}年", m.group("ypart")):
        y = _cn_small(m.group("ypart")[:-1])
        if y is None or not 1900 <= y <= 2099:
            return False
    return True


def _valid_en(text: str, m: re.Match, kind: str) -> bool:
    a, b = m.span()
    before = text[max(0, a - 24):a]
    after = text[b:b + 60]
    if kind == "wday" and (_SAID_ON_EN.search(text, max(0, a - 90), a) or _EVENT_DAY_EN.search(text, max(0, a - 40), a)):
        # "…, the company said on Wednesday": when it was said, not when the figures were; "the trade fair closed on
        # Sunday with 41,000 visitors": the day an event ended (its figures are of no period)
        return False
    if kind == "year":
        if re.search(r"[\u4e00-\u9fff]", text[max(0, a - 1):a] + text[b:b + 1]):
            return False  # Chinese text states years with 年
        if re.search(r"[A-Za-z$€£¥-]$", before) or re.match(r"[A-Za-z]", after):
            return False
        if _YEAR_LEAD_EN.search(before[-20:]):
            return False
        if _EN_FIGURE_FOLLOWER.match(after):
            return False
    if kind in ("month", "date"):
        name = m.group("m_m") if kind == "month" else (m.group("d_m") or m.group("d_m2"))
        if name and name.rstrip(".") == "May" and kind == "month" and not m.group("m_y"):
            return bool(re.search(r"(?:in|of|since|until|by|from|to|before|after|early|late|mid-?)\s+$", before, re.I))
        if name and len(name.rstrip(".")) == 3 and kind == "month" and not m.group("m_y"):
            return False  # "Mar", "Dec" alone are too short to trust
    if kind == "date" and m.group("d_d2") and re.search(r"[\d.,]\s*$", before):
        return False
    if kind == "dspan":
        # May 1 to 5, Feb. 20-22, from January 28 to February 4, 1-5 May: a month named on one side at least, and no
        # figure after the second number ("May 2 to 3 million" is no span)
        if not (m.group("dsp_m1") or m.group("dsp_m2b")) or (m.group("dsp_m1") and m.group("dsp_m2b")):
            return False
        if m.group("dsp_d1b") and re.search(r"[\d.,$€£¥]\s*$", before):
            return False
        if not (m.group("dsp_m2b") or m.group("dsp_y")) and _EN_FIGURE_FOLLOWER.match(after):
            return False
    if kind in ("half", "quarter") and (m.group("h_H") if kind == "half" else m.group("q_Q")):
        if re.search(r"[A-Za-z0-9]$", before) or re.match(r"[A-Za-z]", text[b:b + 1]):
            return False
    if kind == "end" and not (m.group("e_y") or m.group("e_m") or m.group("e_rel")):
        return False
    if kind == "yspan" and m.group("h1"):
        y1 = int(m.group("h1"))
        y2 = _year2(m.group("h2"))
        if m.group("h2") and len(m.group("h2")) == 2:
            y2 = y1 // 100 * 100 + int(m.group("h2"))
        if y2 is None or not y1 < y2 <= y1 + 60:
            return False
        if re.search(r"[$€£¥]$", before) or _EN_FIGURE_FOLLOWER.match(after):
            return False
    return True


# ---------------------------------------------------------------- resolution


class _Context:
    """What a period without its own year is resolved against."""

    def __init__(self, doc_date: Optional[str]) -> None:
        self.doc_year: Optional[int] = None
        self.doc_month: Optional[int] = None
        if doc_date:
            m = re.match(r"\s*((?:19|20)\d{2})(?:-(\d{1,2}))?", doc_date)
            if m:
                self.doc_year = int(m.group(1))
                if m.group(2) and 1 <= int(m.group(2)) <= 12:
                    self.doc_month = int(m.group(2))
        self.last: Optional[_P] = None  #: the last period resolved in the sentence
        self.last_relative = False  #: whether that period needed the document date
        self.doc_day: Optional[str] = doc_date[:10] if doc_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc_date[:10]) else None
        #: whether ``last`` is a weak anchor for a month or quarter with no year: a period of an earlier sentence, or a
        #: day named relative to the article's date (on Monday)
        self.weak = False
        self.text = ""  #: the sentence
        self.fiscal: Optional[int] = None  #: the first month of the fiscal year stated before, when not January
        #: the period of the sentences before, when a sentence that looks ahead does not go on with it
        self.set_aside: Optional[_P] = None

    def year(self) -> tuple[Optional[int], bool]:
        """(year, relative): the sentence's year, else the document's."""
        if self.last is not None:
            return self.last.year, self.last_relative
        return self.doc_year, self.doc_year is not None


def _resolve(r: _Raw, ctx: _Context) -> Optional[tuple[_P, bool]]:
    """The period a raw match states, and whether the document date was needed."""
    m = r.m
    k = r.kind
    if k == "school":  # September to August
        if m.group("sy"):
            y, y2 = int(m.group("sy")), m.group("sy2")
            end = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
            return (_months(y, 9, y + 1, 8), False) if end == y + 1 else None
        stated = re.fullmatch(r"(\d{4})-09/\d{4}-08", ctx.last.label) if ctx.last is not None and re.search(
            r"(?:较|比|相比|相较|与|同)\s*$", m.string[max(0, m.start() - 3):m.start()]) else None
        if stated:  # 2024/25学年…，较上学年上升3.6个百分点: the school year before the one just stated (上学年 alone, in
            # October 2025, is 2024/25)
            current = int(stated.group(1))
        elif ctx.doc_year is None or ctx.doc_month is None:
            return None
        else:
            current = ctx.doc_year if ctx.doc_month >= 9 else ctx.doc_year - 1
        y = current + (-1 if m.group("syrel").startswith("上") else 1 if m.group("syrel").startswith("下") else 0)
        return _months(y, 9, y + 1, 8), True
    if k == "zh-iso":
        p = _date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        return (p, False) if p else None
    if k == "zh-fyrelzh":  # 本财年, 本財政年度, 下一财年: of the fiscal year spoken of, counted from the article's date
        # (上一财政年度: the one before the fiscal year spoken of)
        word = "next" if m.group("fz_w") in "下次" else "current"
        if m.group("fz_w") == "上":  # (before any fiscal year of the text: unknown months, no period)
            stated = _fiscal_start(ctx.last) is not None
            if not stated and not (ctx.fiscal and ctx.fiscal > 1):
                return None
            word = "previous" if stated else "last"
        return _fiscal_rel(word, ctx)
    if k == "zh-fys":
        # 2025/26财年: the fiscal year that runs across the two years, from the first month of the fiscal year the text
        # stated before (截至2026年3月31日止…), else from April, as such years usually do (Hong Kong, Japan, the UK)
        y1 = int(m.group("fys_y"))
        y2 = y1 // 100 * 100 + int(m.group("fys_y2"))
        if y2 != y1 + 1:
            return None
        first = ctx.fiscal if ctx.fiscal and ctx.fiscal > 1 else 4
        p = _months(y1, first, y2, first - 1)
        return (p, False) if p else None
    if k == "zh-fy":
        if m.group("fy_ey"):
            ey, em = int(m.group("fy_ey")), _cn_small(m.group("fy_em"))
            if em is None:
                return None
            sy, sm = (ey, em + 1) if em < 12 else (ey + 1, 1)
            p = _months(sy - 1, sm, ey, em)
            return (p, False) if p else None
        start = ctx.fiscal or _fiscal_start(ctx.last)
        if start is not None:
            # 截至2031年3月31日止財政年度（2031財年）…由2028財年的約四成: a fiscal year named by the year it ends in,
            # of the months the article's fiscal year runs
            y = int(m.group("fy_y"))
            p = _months(y - 1, start, y, start - 1)
            return (p, False) if p else None
        return _year(int(m.group("fy_y"))), False
    if k == "zh-dspan":
        return _resolve_zh_days(m, ctx)
    if k == "zh-ymspan":
        m1, m2 = _cn_small(m.group("yms_m1")), _cn_small(m.group("yms_m2"))
        if m1 is None or m2 is None:
            return None
        p = _months(_year_of(m.group("yms_y1")), m1, _year_of(m.group("yms_y2")), m2)
        return (p, False) if p else None
    if k == "zh-yspan":
        p = _years(_year_of(m.group("ys1") or m.group("ys1r")), _year_of(m.group("ys2") or m.group("ys2r")))
        return (p, False) if p else None
    if k == "zh-byend":  # 年末, 年底 with no year of their own: the last day of the year (or fiscal year) spoken of
        if ctx.last is not None and _fiscal_start(ctx.last) is not None:
            day = ctx.last.end
            m2 = re.fullmatch(r"(\d{4})-(\d{2})", day)
            p = _year_end(int(m2.group(1)), int(m2.group(2))) if m2 else None
            return (p, ctx.last_relative) if p else None
        base, rel = ctx.year()
        p = _year_end(base) if base is not None else None
        return (p, rel) if p else None
    if k == "zh-past":
        n = _cn_small(m.group("past_n"))
        if n is None or ctx.doc_year is None or not 1 <= n <= 50:
            return None
        end = _past_years_end(ctx)
        p = _years(end - n + 1, end)
        return (p, True) if p else None
    if k == "zh-plan":
        n = _cn_small(m.group("plan_n"))
        if n is None or not 3 <= n <= 30:
            return None
        start = 1966 + 5 * (n - 3)
        return _years(start, start + 4), False
    if k == "zh-sameday":  # 截至同日, 当日: the day just stated (a day only: 同日 after a month or a year names no period)
        last = ctx.last
        return (last, ctx.last_relative) if last is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", last.label) else None
    if k == "zh-relday":  # 今日, 昨天, 今（10）日, 昨（9）日 (Taiwan's and Hong Kong's dailies): by the article's day
        if ctx.doc_day is None:
            return None
        day = datetime.date.fromisoformat(ctx.doc_day)
        if (m.group("rd_w") or m.group("rd_w2")) == "昨":
            day -= datetime.timedelta(days=1)
        if m.group("rd_n") or m.group("rd_bare") or m.group("rd_br"):
            # the day of the month written: this month's, or last month's when it is ahead of the article's day (on the
            # 3rd, 于28日); written beside 今/昨 it must be within two days of what it stands for
            n = int(m.group("rd_n") or m.group("rd_bare") or m.group("rd_br"))
            written = _latest_day_numbered(day, n)
            if written is None or (m.group("rd_n") and written.month == day.month and (day - written).days > 2):
                return None
            day = written
        iso = day.isoformat()
        return _P(iso, iso, iso), True
    if k == "zh-relmonth":
        return _rel_month(REL_MONTH_DOC[m.group("relmonth")], ctx)
    if k in ("zh-ypart", "zh-sub"):
        return _resolve_zh_compound(m, ctx, r.asof)
    return _resolve_en(r, ctx)


def _resolve_zh_days(m: re.Match, ctx: _Context) -> Optional[tuple[_P, bool]]:
    """10月1日至8日, 9月26日至10月2日, 2025年12月19日至2026年1月4日: the days from one date to the other, of the year
    stated (a span across a year's end ends in the year after its first day), else of the sentence's or the
    article's year."""
    m1, d1, d2 = _cn_small(m.group("ds_m1")), _cn_small(m.group("ds_d1")), _cn_small(m.group("ds_d2"))
    m2 = _cn_small(m.group("ds_m2")) if m.group("ds_m2") else m1
    if None in (m1, d1, d2, m2):
        return None
    if m.group("ds_y1"):
        y1 = _year_of(m.group("ds_y1"))
        y2 = _year_of(m.group("ds_y2")) if m.group("ds_y2") else y1 + (1 if (m1, d1) > (m2, d2) else 0)
        relative = False
    else:
        y2, relative = ctx.year()
        if (ctx.last is None or ctx.weak) and ctx.doc_day is not None and not m.group("ds_y2"):
            # 国庆假期（10月1日至8日）, 春节档（1月29日至2月4日）after a sentence about last year: the latest such days
            # up to the article's date
            y2, relative = ctx.doc_year, True
            first = _date(y2 - 1 if (m1, d1) > (m2, d2) else y2, m1, d1)
            if first is not None and first.start > ctx.doc_day:
                y2 -= 1
        if y2 is None:
            return None
        if m.group("ds_y2"):
            y2, relative = _year_of(m.group("ds_y2")), False
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    p = _days(y1, m1, d1, y2, m2, d2)
    return (p, relative) if p else None


def span_months(label: str) -> Optional[int]:
    """How many months a period label spans (a year 12, a half 6, ``2025-Q1/2025-Q3`` 9); None for a day."""
    def ends(part: str) -> Optional[tuple[int, int]]:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?", part)
        if not m:
            return None
        y = int(m.group(1))
        if m.group(2):
            return y * 12 + int(m.group(2)), y * 12 + int(m.group(2))
        if m.group(3):
            q = int(m.group(3))
            return y * 12 + 3 * q - 2, y * 12 + 3 * q
        if m.group(4):
            h = int(m.group(4))
            return y * 12 + 6 * h - 5, y * 12 + 6 * h
        return y * 12 + 1, y * 12 + 12
    parts = [ends(p) for p in label.split("/")]
    if any(p is None for p in parts):
        return None
    return parts[-1][1] - parts[0][0] + 1


def canonical_label(label: str) -> str:
    """The one name of the interval a label names: ``2025-01/2025-09`` -> ``2025-Q1/2025-Q3``, ``2025-01/2025-06`` ->
    ``2025-H1``; any other label as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", label)
    p = _months(*(int(g) for g in m.groups())) if m else None
    return p.label if p is not None else label


def fiscal_start_month(label: str) -> Optional[int]:
    """The first month of the period labelled ``label`` when it is a fiscal year that is not the calendar year
    (``2024-10/2025-09`` -> 10), else None."""
    return _fiscal_start(_P(label, "", ""))


def _fiscal_start(p: Optional[_P]) -> Optional[int]:
    """The first month of ``p`` when it is a fiscal year that is not the calendar year (twelve months from April to
    March, ``2024-04/2025-03``), else None."""
    if p is None:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", p.label)
    if not m:
        return None
    y1, m1, y2, m2 = (int(g) for g in m.groups())
    return m1 if m1 != 1 and (y2 * 12 + m2) - (y1 * 12 + m1) == 11 else None


#: a Chinese sentence that forecasts (预计, 預估, 有望…): its half or quarter with no year is not of a past year stated before
_LOOKS_AHEAD_ZH = re.compile(r"预计|预估|预期|预测|预料|有望|计划|目标|力争|展望")
#: an English sentence that speaks of what is to come: then a month with no year may be ahead of the article's date
_LOOKS_AHEAD_EN = re.compile(r"\b(?:will|expects?|expected|plans?|planned|aims?|forecasts?|projected|targets?|due|scheduled|"
                             r"projects?(?=\s+(?:that|to|a|an|its|their|revenue|sales|income|profit|growth)\b))\b", re.I)
#: "by the end of" looks ahead unless the sentence tells what was (had 3.6 million followers by the end of December)
_BY_THE_END_EN = re.compile(r"\bby the end of\b", re.I)
_WAS_EN = re.compile(r"\b(?:had|was|were|reached|rose|fell|grew|stood|totalled|totaled|increased|decreased|climbed)\b", re.I)


#: the words that say a Chinese or English clause looks ahead, for the figure stage too
LOOKS_AHEAD_ZH, LOOKS_AHEAD_EN = _LOOKS_AHEAD_ZH, _LOOKS_AHEAD_EN


def _looks_ahead_en(text: str, start: int = 0, end: Optional[int] = None) -> bool:
    end = len(text) if end is None else end
    return bool(_LOOKS_AHEAD_EN.search(text, start, end)
                or (_BY_THE_END_EN.search(text, start, end) and not _WAS_EN.search(text)))


def _previous_part(kind: str, ctx: _Context) -> Optional[tuple[_P, bool]]:
    """The quarter, month or half before the one just spoken of ("rose 6.8% from the previous quarter" after the
    July-September quarter is the second quarter); nothing without one."""
    last = ctx.last
    if last is None:
        return None
    q = re.fullmatch(r"(\d{4})-Q([1-4])", last.label)
    h = re.fullmatch(r"(\d{4})-H([12])", last.label)
    mo = re.fullmatch(r"(\d{4})-(\d{2})", last.label)
    if kind == "quarter" and q:
        y, n = int(q.group(1)), int(q.group(2))
        p = _quarter(y, n - 1) if n > 1 else _quarter(y - 1, 4)
    elif kind == "half" and h:
        y, n = int(h.group(1)), int(h.group(2))
        p = _half(y, 1) if n == 2 else _half(y - 1, 2)
    elif kind == "month" and mo:
        y, n = int(mo.group(1)), int(mo.group(2))
        p = _month(y, n - 1) if n > 1 else _month(y - 1, 12)
    else:
        span = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", last.label)
        n = {"quarter": 3, "half": 6}.get(kind)
        if not (span and n):
            return None
        y1, m1, y2, m2 = (int(g) for g in span.groups())
        if (y2 * 12 + m2) - (y1 * 12 + m1) + 1 != n:
            return None
        # a quarter or half named by its months (the quarter ended Nov. 30: September-November): the months before
        start, end = y1 * 12 + m1 - 1 - n, y2 * 12 + m2 - 1 - n
        p = _months(start // 12, start % 12 + 1, end // 12, end % 12 + 1)
    return (p, ctx.last_relative) if p else None


def _months_before(n: int, ctx: _Context) -> Optional[tuple[_P, bool]]:
    """The period ``n`` months before the one just spoken of ("a quarter earlier" after the third quarter: the second;
    "against 410 six months earlier" after the end of June: the end of December; "a month earlier" after October:
    September); nothing without one, or when the step does not fit it."""
    last = ctx.last
    if last is None:
        return None
    step = {3: "quarter", 6: "half", 1: "month"}.get(n)
    if step:
        found = _previous_part(step, ctx)
        if found:
            return found
    if n % 12 == 0:
        return _shift(last, -(n // 12)), ctx.last_relative
    d = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", last.label)
    mo = re.fullmatch(r"(\d{4})-(\d{2})", last.label)
    if d or mo:
        y, m_ = int((d or mo).group(1)), int((d or mo).group(2))
        total = y * 12 + m_ - 1 - n
        yy, mm = total // 12, total % 12 + 1
        if mo:
            p = _month(yy, mm)
        elif int(d.group(3)) == _last_day(y, m_):  # the end of a month: the end of the month n before
            p = _year_end(yy, mm)
        else:
            p = _date(yy, mm, min(int(d.group(3)), _last_day(yy, mm)))
        return (p, ctx.last_relative) if p else None
    return None


#: years listed before the day that ends each of them, then 止…年度: 截至2029年、2030年及2031年3月31日止三个财政年度
_FISCAL_YEAR_LIST_ZH = re.compile(r"(?:截至|截止|至)?\s*(?:\d{4}年\s*(?:、|,|，|和|及|与|以及)\s*)+\d{4}年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月"
                                  r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日止\s*(?:[一二两三四五六七八九十\d]+个)?(?:财政|会计|财务)?年度")


def _fiscal_first(n: Optional[int], ctx: _Context, current: bool = False) -> Optional[tuple[_P, bool]]:
    """The first ``n`` months of the fiscal year spoken of: from its first month when a fiscal year that is not the
    calendar year was stated (of the fiscal year holding the article's date when ``current``: "the current fiscal
    year"); else the ``n`` months that end with the quarter or months just spoken of ("the quarter ended Nov. 30 …
    the first nine months of its fiscal year" is March to November); nothing without either."""
    last = ctx.last
    if not n or last is None:
        return None
    fiscal = _fiscal_start(last)
    if fiscal is not None:
        if current:
            now = _fiscal_rel("current", ctx)
            if now is None:
                return None
            last = now[0]
        y, mo = int(last.start[:4]), fiscal
        ey, em = divmod(y * 12 + mo - 1 + n - 1, 12)
        return _months(y, mo, ey, em + 1), ctx.last_relative
    e = re.match(r"(\d{4})-(\d{2})", last.end)
    if e is None or re.fullmatch(r"\d{4}", last.label):
        return None
    ey, em = int(e.group(1)), int(e.group(2))
    sy, sm = divmod(ey * 12 + em - 1 - (n - 1), 12)
    return _months(sy, sm + 1, ey, em), ctx.last_relative


def _fiscal_year_holding(y: int, m: int, first: int) -> Optional[_P]:
    """The fiscal year that starts in month ``first`` and holds month ``m`` of year ``y``."""
    sy = y - (1 if m < first else 0)
    return _months(sy, first, sy + 1, first - 1)


def _in_last(ctx: _Context, q: Optional[_P]) -> bool:
    """Whether ``q`` falls in the period the text spoke of last (a month of the fiscal year stated)."""
    return q is not None and ctx.last is not None and ctx.last.start <= q.start[:7] <= ctx.last.end


def _fiscal_rel(word: str, ctx: _Context) -> Optional[tuple[_P, bool]]:
    """The current, previous or next fiscal year. After a fiscal year that is not the calendar year was stated (the
    fiscal year ended June 30), of its months: "the previous fiscal year" and "the following fiscal year" count from
    it, "the current fiscal year", "last" and "next" from the article's date. Otherwise a calendar year."""
    fiscal = _fiscal_start(ctx.last)
    if fiscal is None and word not in ("previous", "prior", "preceding", "following"):
        fiscal = ctx.fiscal  # counted from the article's date: of the fiscal year the text stated, whatever came between
    if word in ("previous", "prior", "preceding", "following") and ctx.last is not None:
        return _shift(ctx.last, 1 if word == "following" else -1), ctx.last_relative
    if ctx.doc_year is None:
        return None
    offset = {"last": -1, "previous": -1, "prior": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1}.get(word, 0)
    if fiscal is None or ctx.doc_month is None:
        return _year(ctx.doc_year + offset), True
    p = _fiscal_year_holding(ctx.doc_year + offset, ctx.doc_month, fiscal)
    return (p, True) if p else None


def _rel_month(delta: int, ctx: _Context) -> Optional[tuple[_P, bool]]:
    if ctx.doc_year is None or ctx.doc_month is None:
        return None
    total = ctx.doc_year * 12 + ctx.doc_month - 1 + delta
    return _month(total // 12, total % 12 + 1), True


#: what opens a clause before a bare 同期 (start, a stop or comma, 在/而/与此): then it means "in the same period"
_SAME_PERIOD_OPENS = re.compile(r"(?:^|[，,。；;：:\n])\s*(?:在|而|与此|但|另外|此外)?\s*$")
#: …unless what follows compares with it: 同期相比, 同期增长, 同期水平
_SAME_PERIOD_COMPARES = re.compile(r"\s*(?:相比|相较|比|水平|新高|增长|增加|下降|减少|的水平|的\s*[\d.一二两三四五六七八九十]+\s*倍)")


def _full_after_fiscal(subtext: Optional[str], ctx: _Context) -> bool:
    """Whether a bare 全年 follows a fiscal year that is not the calendar year (in the sentence or the one before)."""
    return subtext == "全年" and _fiscal_start(ctx.last) is not None


def _season(p: Optional[_P]) -> bool:
    """Whether ``p`` is a run of months across a year's end, as a league's season is (2024-09/2025-06)."""
    m = re.fullmatch(r"(\d{4})-\d{2}/(\d{4})-\d{2}", p.label) if p is not None else None
    return bool(m) and int(m.group(2)) == int(m.group(1)) + 1


def _past_years_end(ctx: _Context) -> int:
    """The last of "the past five years" (过去五年): the year the text reports on when it is a whole year before the
    article's (a letter about 2030 written in 2031), else the article's year."""
    last = ctx.last
    if last is not None and re.fullmatch(r"\d{4}", last.label) and ctx.doc_year is not None and last.year < ctx.doc_year:
        return last.year
    return ctx.doc_year


def _year_just_ended(ctx: _Context) -> Optional[int]:
    """The year before the article's, when the article is of its first quarter and the sentences before spoke of that
    year up to its end (its fourth quarter, its second half, the whole of it), though this sentence looks ahead: what
    a preliminary estimate in January expects of last year's fourth quarter or full year is of that year."""
    aside = ctx.set_aside
    if aside is None or ctx.doc_year != aside.year + 1 or ctx.doc_month is None or ctx.doc_month > 3:
        return None
    return aside.year if aside.end[:7] in (f"{aside.year:04d}-12", f"{aside.year:04d}") else None


def _resolve_zh_compound(m: re.Match, ctx: _Context, asof: bool) -> Optional[tuple[_P, bool]]:
    ypart = m.group("ypart")
    subtext = m.group("ysub") if ypart else m.group("sub")
    relative = False
    year: Optional[int] = None
    if ypart:
        ym = re.match(rf"({_Y}|(?:民国\s*)?1[0-2]\d(?=\s*年))", ypart)
        if ym:
            year = _year_of(ym.group(1))  # (114年度 is 2025)
        elif re.fullmatch(r"[〇零一二三四五六七八九]{4}年", ypart):
            year = _cn_small(ypart[:-1])
        elif ypart == "本赛季" and not subtext and _season(ctx.last):
            return ctx.last, ctx.last_relative  # 2024/25赛季（2024年9月至2025年6月）…。本赛季…: that season
        elif ypart in ("上赛季", "上个赛季") and not subtext and _season(ctx.last):
            return _shift(ctx.last, -1), ctx.last_relative  # 较上赛季成长46.3%: the season before
        elif ypart in REL_YEAR_DOC:
            if ctx.doc_year is None:
                return None
            fiscal = _fiscal_start(ctx.last)
            if fiscal is not None and not subtext and m.string.startswith("度", m.end()) and ctx.doc_month is not None:
                # 本年度, 今年度 after a fiscal year was stated: the fiscal year of the same months holding the
                # document's date (截至2025年3月31日止年度 … 本年度 in September 2025 -> 2025-04/2026-03)
                return _fiscal_year_holding(ctx.doc_year + REL_YEAR_DOC[ypart], ctx.doc_month, fiscal), True
            year, relative = ctx.doc_year + REL_YEAR_DOC[ypart], True
        else:  # 上年, 同年, 次年 ...
            offset = REL_YEAR_CTX[ypart]
            if not subtext and _fiscal_start(ctx.last) is not None:
                # 較上年度增長, 由上年度的17.4%: the fiscal year before the one stated
                return _shift(ctx.last, offset), ctx.last_relative
            if subtext == "同期":
                if ctx.last is None:
                    if ctx.doc_year is None:
                        return None
                    return _year(ctx.doc_year + offset - (1 if offset == 0 else 0)), True
                return _shift(ctx.last, offset if offset else -1), ctx.last_relative
            base, rel = ctx.year()
            if base is None:
                return None
            year, relative = base + offset, rel
        if year is None:
            return None
    if not subtext:
        return _year(year), relative
    if year is None:
        if _full_after_fiscal(subtext, ctx):
            # 公布截至2026年3月31日止年度业绩，全年收益…: the whole of the fiscal year just stated
            return ctx.last, ctx.last_relative
        end = re.match(r"(\d{4})-(\d{2})", ctx.last.end) if subtext == "全年" and ctx.last is not None and ctx.fiscal \
            and ctx.fiscal > 1 else None
        if end:
            # 全年 after a quarter of an article about a fiscal year (…第四财季…。北美全年贡献了…): that fiscal year
            p = _fiscal_year_holding(int(end.group(1)), int(end.group(2)), ctx.fiscal)
            return (p, ctx.last_relative) if p else None
        base, relative = ctx.year()
        if base is None:
            return None
        monthly = re.fullmatch(r"[\d一二三四五六七八九十]{1,3}月份?", subtext) \
            and re.match(r"(?:合并)?(?:营收|营业收入)[^，,。；;]{0,16}?[，,]\s*(?:月|年)[增减]", ctx.text[m.end():])
        if ctx.last is not None and ctx.doc_day is not None and ctx.doc_year > ctx.last.year \
                and (ctx.weak or (monthly and re.fullmatch(r"\d{4}", ctx.last.label))) \
                and not re.search(r"(?:其中|去年|上年|前年|同年|当年)" + ("" if ctx.weak else r"[^，,。；;]*$"), ctx.text[:m.start()]) \
                and re.search(r"月[增减]|季[增减]|环比" + ("|年[增减]" if monthly else ""), ctx.text[m.end():]):
            # (also after last year's results in the same sentence: 114年营收…；公司7月营收6.07亿元，年增31%, in August: the
            # monthly revenue report of this July)
            # (…去年营收…。该公司另公布1月营收2.7亿元，月增4%, in February: this January's monthly report, over by the
            # article's date, not last year's; nor that of an older year or month the paragraph before spoke of,
            # 前年营收…, 最热门的114年3月…)
            got = _zh_sub(m, subtext, ypart, ctx.doc_year, True, ctx)
            if got is not None and got[0].end[:7] < ctx.doc_day[:7]:
                return got
        if ctx.weak and ctx.last is not None and ctx.doc_day is not None and ctx.doc_year > ctx.last.year \
                and re.fullmatch(r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号]", subtext) \
                and not re.search(r"去年|上年|前年|同年|当年", ctx.text[:m.start()]):
            # (截至去年底的用户数…。股价5月8日收跌4%, written on May 9: a day of the past weeks, not one of
            # the year the paragraph before ended on)
            got = _zh_sub(m, subtext, ypart, ctx.doc_year, True, ctx)
            if got is not None and got[0].end <= ctx.doc_day and _days_between(got[0].end, ctx.doc_day) <= 62:
                return got
        ended = _year_just_ended(ctx) if ctx.last is None else None
        if ended is not None:  # (集团估计第四季度利润…, in January: the fourth quarter just ended)
            got = _zh_sub(m, subtext, ypart, ended, True, ctx)
            if got is not None and got[0].end[:7] == f"{ended:04d}-12":
                return got
        if _fiscal_start(ctx.last) is not None and not asof:
            # in a fiscal year spoken of (2025/26财年, 截至2026年3月31日止): a month or quarter of it, in whichever of its two
            # calendar years holds it (10月至12月 of April 2025 to March 2026 is late 2025; not 截至8月底, a date as of
            # which, after the year's end)
            got = next((g for g in (_zh_sub(m, subtext, ypart, y, relative, ctx) for y in (base - 1, base))
                        if g is not None and _in_last(ctx, g[0])), None)
            if got is not None:
                return got
        if ctx.doc_day is not None and ctx.doc_year is not None and base < ctx.doc_year \
                and re.match(r"[^。；;]{0,40}?(?:较|比)(?:去年|上年)(?:底|末|年底|年末|同期)", ctx.text[m.end():]):
            # …去年营收下滑。截至6月底，员工共210人，较去年底减少…: compared with last year's end, so of
            # this year, not of the year the sentence before spoke of
            got = _zh_sub(m, subtext, ypart, ctx.doc_year, True, ctx)
            if got is not None and _over_by(got[0].end, ctx.doc_day):
                return got
        if ctx.doc_day is not None and ctx.doc_year is not None and base > ctx.doc_year \
                and not _LOOKS_AHEAD_ZH.search(ctx.text) and not re.search(r"将|拟|明年|计划", ctx.text[:m.start()]):
            # 宣布明年将推出11部剧集…。经营方面，前三季度海外收入…, 截至9月底: a part of the year already over, said
            # as a result, after a sentence about next year: of the article's year, not the year looked ahead to
            later = _zh_sub(m, subtext, ypart, base, relative, ctx)
            got = _zh_sub(m, subtext, ypart, ctx.doc_year, True, ctx)
            if got is not None and later is not None and _over_by(got[0].end, ctx.doc_day) and not _over_by(later[0].end, ctx.doc_day):
                return got
        year = base
    return _zh_sub(m, subtext, ypart, year, relative, ctx)


#: today and yesterday as a Chinese daily writes them, as a whole period's text: 今日, 昨天, 今（10）日, 昨（9）日
TODAY_YESTERDAY_ZH = re.compile(r"[今昨](?:\s*[（(]\s*\d{1,2}\s*[)）]\s*)?[日天]")


def _latest_day_numbered(day: datetime.date, n: int) -> Optional[datetime.date]:
    """The latest date up to ``day`` whose day of the month is ``n`` (this month's, else last month's), or None."""
    if n <= day.day:
        return day.replace(day=n)
    back = day.replace(day=1) - datetime.timedelta(days=1)
    return back.replace(day=n) if n <= back.day else None


def _year_of(written: str) -> int:
    """A year as written in a span: 2026, or a year of the Republic (115, 民国115) as the common era's."""
    n = int(re.sub(r"\D", "", written))
    return n + 1911 if n < 1000 else n


def _over_by(end: str, day: str) -> bool:
    """Whether a period ending on ``end`` (a year, a month or a day) is over by ISO day ``day``."""
    return end <= day if len(end) == 10 else end < day[:len(end)]


def _days_between(a: str, b: str) -> int:
    """Days from ISO day ``a`` to ISO day ``b``."""
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def _zh_sub(m: re.Match, subtext: str, ypart: Optional[str], year: int, relative: bool,
            ctx: _Context) -> Optional[tuple[_P, bool]]:
    """The part of ``year`` a Chinese period names after its year (上半年, 三季度, 7至9月, 6月底, 同期…)."""
    s = _SUB_PARTS.fullmatch(subtext)
    if not s:
        return None
    if s.group("full"):
        return _year(year), relative
    if s.group("half"):
        return _half(year, 1 if s.group("half") == "上" else 2), relative
    if s.group("halfrep"):  # 2026年半年度报告, 半年报, 2025年中期业绩 (interim results): the first half
        return _half(year, 1), relative
    if s.group("qfirst"):
        n = _cn_small(s.group("qf_n") or s.group("qf_n2") or s.group("qf_n3"))
        p = _quarters(year, 1, n) if n else None
        return (p, relative) if p else None
    if s.group("q"):
        n = _cn_small(s.group("q_n") or s.group("q_Q") or "1")
        if n and s.group("q_end"):  # 截至二季度末, 较一季度末: the quarter's last day
            p = _year_end(year, 3 * n)
            return (p, relative) if p else None
        p = _quarter(year, n) if n else None
        return (p, relative) if p else None
    if s.group("mfirst"):
        n = _cn_small(s.group("mf_n"))
        p = _months(year, 1, year, n) if n else None
        return (p, relative) if p else None
    if s.group("mspan"):
        m1, m2 = _cn_small(s.group("ms_1")), _cn_small(s.group("ms_2"))
        p = _months(year - 1 if m1 and m2 and m1 > m2 else year, m1, year, m2) if m1 and m2 else None  # 11至2月: across a year end
        return (p, relative) if p else None
    if s.group("month"):
        mo = _cn_small(s.group("mo"))
        if mo is None:
            return None
        if s.group("day"):
            d = _cn_small(s.group("day"))
            p = _date(year, mo, d) if d else None
        elif s.group("mend"):
            p = _year_end(year, mo)
        else:
            p = _month(year, mo)
        return (p, relative) if p else None
    if s.group("same"):
        if ypart:  # 2024年同期 / 去年同期: the period before, in that year
            return (_move_to_year(ctx.last, year) if ctx.last is not None else _year(year)), relative
        if ctx.last is not None:
            if _SAME_PERIOD_OPENS.search(m.string, 0, m.start()) and not _SAME_PERIOD_COMPARES.match(m.string, m.end()):
                # "同期，出口…", "同期澳门旅游服务出口为…" opening a clause: in the same period as the one just
                # stated, which is not a period of its own (the figure takes the period stated before it)
                return None
            if re.search(r"[占佔]\s*$", m.string[max(0, m.start() - 3):m.start()]):
                # 认列汇损…，约占同期税前净利的四成六: a share of a whole of the same period, not of a year before
                return ctx.last, ctx.last_relative
            return _shift(ctx.last, -1), ctx.last_relative  # 比同期, 创同期新高: the same period a year before
        return None
    if s.group("yend"):
        p = _year_end(year)
        return (p, relative) if p else None
    if s.group("ystart"):
        return _month(year, 1), relative
    return None


def _of_rel_year(word: str, ctx: _Context, make) -> Optional[tuple[_P, bool]]:
    """A part of a year named relative to the article's date: the first half of this year, the third quarter of last year."""
    if ctx.doc_year is None:
        return None
    p = make(ctx.doc_year + REL_YEAR_DOC[re.sub(r"\s+", " ", word).lower()])
    return (p, True) if p else None


def _resolve_en(r: _Raw, ctx: _Context) -> Optional[tuple[_P, bool]]:
    m, k = r.m, r.kind[3:]

    def with_year(explicit: Optional[int], make, unfinished: bool = False) -> Optional[tuple[_P, bool]]:
        if explicit is not None:
            p = make(explicit)
            return (p, False) if p else None
        base, rel = ctx.year()
        if base is not None and _fiscal_start(ctx.last) is not None:
            # in a fiscal year spoken of (the fiscal year ended June 30, 2025): a month of its last calendar year, or the
            # next, that falls in it ("at the end of June" is June 2025, not June 2024)
            inside = next((q for q in (make(base), make(base + 1)) if _in_last(ctx, q)), None)
            now = make(base)
            if inside is None and now is not None and ctx.doc_day is not None and now.end[:7] >= ctx.doc_day[:7]:
                # (a period not over by the article's date: of the calendar year before, when that falls in the fiscal
                # year: April-June of a fiscal year ending in March, written that June; the three months to
                # September 30 of the fiscal year to June 2032, written in October 2031)
                inside = next((q for q in (make(base - 1),) if _in_last(ctx, q)), None)
            if inside is not None:
                return inside, rel
        ended = _year_just_ended(ctx) if ctx.last is None else None
        if ended is not None and rel:  # ("expects fourth-quarter revenue of…", in January: the quarter just ended)
            p = make(ended)
            if p is not None and p.end[:7] == f"{ended:04d}-12":
                return p, True
        if rel and (ctx.last is None or ctx.weak) and ctx.doc_year is not None and ctx.doc_day is not None:
            # "at the end of December" in January, "at the end of May" after a sentence about last year: the latest such
            # period up to the article's date, unless the sentence looks ahead
            # (a quarter or half not over by then, with ``unfinished``: "its fourth-quarter revenue rose 9%" in November)
            p = make(ctx.doc_year)
            if p is not None and (p.start > ctx.doc_day or unfinished and p.end >= ctx.doc_day[:7]) \
                    and not _looks_ahead_en(ctx.text):
                p = make(ctx.doc_year - 1)
            return (p, True) if p else None
        if base is None:
            return None
        p = make(base)
        return (p, rel) if p else None

    if k == "fyend":
        ey = int(m.group("fye_y"))
        em = _month_en(m.group("fye_m") or m.group("fye_m2"))
        sy, sm = (ey, em + 1) if em < 12 else (ey + 1, 1)
        p = _months(sy - 1, sm, ey, em)
        return (p, False) if p else None
    if k == "prevpart":
        return _previous_part(m.group("pp_k").lower(), ctx)
    if k == "fyrel":
        return _fiscal_rel(m.group("fyr_w").lower(), ctx)
    if k == "fyspan":
        # FY2026/27, fiscal 2026-27, the 2026-27 financial year: the fiscal year across the two years, from the first
        # month of the fiscal year the text stated, else from April (Hong Kong, Japan, the UK), as 2026/27财年
        y1 = int(m.group("fsp_y") or m.group("fsp_y3") or m.group("fsp_y5"))
        y2 = y1 // 100 * 100 + int(m.group("fsp_y2") or m.group("fsp_y4") or m.group("fsp_y6"))
        if y2 != y1 + 1:
            return None
        first = _fiscal_start(ctx.last) or (ctx.fiscal if ctx.fiscal and ctx.fiscal > 1 else 4)
        if m.group("fsp_y5"):
            first = 4  # a year of assessment runs April to March
            if m.group("fsp_y7"):  # …to 2023/24: to the end of the last year named
                y3 = int(m.group("fsp_y7"))
                y4 = y3 // 100 * 100 + int(m.group("fsp_y8"))
                if y4 != y3 + 1 or y3 < y1:
                    return None
                y2 = y4
        p = _months(y1, first, y2, first - 1)
        return (p, False) if p else None
    if k == "fy":
        y = _year2(m.group("fy_y"))
        if not (y and 1900 <= y <= 2099):
            return None
        first = _fiscal_start(ctx.last) or ctx.fiscal
        if first and first > 1:
            # "fiscal 2031" once the text has said its fiscal year ends on June 30: the fiscal year ending in 2031
            p = _months(y - 1, first, y, first - 1)
            return (p, False) if p else None
        return _year(y), False
    if k == "yspan":
        if m.group("b1"):
            p = _years(int(m.group("b1")), int(m.group("b2")))
        elif m.group("f1"):
            p = _years(int(m.group("f1")), int(m.group("f2")))
        else:
            y1 = int(m.group("h1"))
            h2 = m.group("h2")
            y2 = int(h2) if len(h2) == 4 else y1 // 100 * 100 + int(h2)
            first = _fiscal_start(ctx.last) if len(h2) == 2 and y2 == y1 + 1 else None
            if first:
                # "in the 2027-28 academic year than in 2026-27": the year of the kind just stated (a school or
                # fiscal year across two calendar years), not the two calendar years
                p = _months(y1, first, y2, first - 1)
                return (p, False) if p else None
            p = _years(y1, y2)
        return (p, False) if p else None
    if k == "myspan":  # from March 2023 to September 2025
        p = _months(int(m.group("mys_y1")), _month_en(m.group("mys_m1")), int(m.group("mys_y2")), _month_en(m.group("mys_m2")))
        return (p, False) if p else None
    if k == "mspan":
        m1, m2 = _month_en(m.group("ms_1")), _month_en(m.group("ms_2"))
        # "between November and February": across a year end, ending in the year stated or spoken of
        def span(y: int) -> Optional[_P]:
            return _months(y - 1 if m1 and m2 and m1 > m2 else y, m1, y, m2)

        if m.group("ms_rel"):  # from May to September last year
            return _of_rel_year(m.group("ms_rel"), ctx, span)
        return with_year(int(m.group("ms_y")) if m.group("ms_y") else None, span)
    if k == "dspan":
        m1 = _month_en(m.group("dsp_m1") or m.group("dsp_m1b") or m.group("dsp_m2b"))
        m2 = _month_en(m.group("dsp_m2") or m.group("dsp_m2b") or m.group("dsp_m1"))
        d1, d2 = int(m.group("dsp_d1") or m.group("dsp_d1b")), int(m.group("dsp_d2") or m.group("dsp_d2b"))
        y = m.group("dsp_y")
        return with_year(int(y) if y else None,
                         lambda yy: _days(yy - 1 if (m1, d1) > (m2, d2) else yy, m1, d1, yy, m2, d2))
    if k == "date":
        mo = _month_en(m.group("d_m") or m.group("d_m2"))
        d = int(m.group("d_d") or m.group("d_d2"))
        y = m.group("d_y") or m.group("d_y2")
        return with_year(int(y) if y else None, lambda yy: _date(yy, mo, d))
    if k == "end":
        mo = _month_en(m.group("e_m")) if m.group("e_m") else None
        if m.group("e_rel"):  # the end of last year: the last day of the year before the article's
            if ctx.doc_year is None:
                return None
            p = _year_end(ctx.doc_year + REL_YEAR_DOC[re.sub(r"\s+", " ", m.group("e_rel").lower())], mo)
            return (p, True) if p else None
        return with_year(int(m.group("e_y")) if m.group("e_y") else None, lambda y: _year_end(y, mo))
    if k == "qspan":
        n = _word_num(m.group("qs_n"))
        if m.group("qs_rel"):
            return _of_rel_year(m.group("qs_rel"), ctx, lambda y: _quarters(y, 1, n or 0))
        return with_year(int(m.group("qs_y")) if m.group("qs_y") else None, lambda y: _quarters(y, 1, n or 0))
    if k == "mfirst":
        n = _word_num(m.group("mf_n"))
        if m.group("mf_fy"):  # the first nine months of its fiscal year
            return _fiscal_first(n, ctx, bool(re.search(r"current|this", m.group("mf_fy"), re.I)))
        if m.group("mf_rel"):
            return _of_rel_year(m.group("mf_rel"), ctx, lambda y: _months(y, 1, y, n) if n else None)
        return with_year(int(m.group("mf_y")) if m.group("mf_y") else None,
                         lambda y: _months(y, 1, y, n) if n else None)
    if k == "half":
        h = (ORDINALS_EN.get((m.group("h_o") or "").lower()) or
             int((m.group("h_H") or "H0")[1]) or int(m.group("h_h") or 0))
        y = m.group("h_y") or m.group("h_yy") or m.group("h_yp")  # (2025's first half)
        if m.group("h_rel"):  # the first half of this year
            return _of_rel_year(m.group("h_rel"), ctx, lambda yy: _half(yy, h) if h in (1, 2) else None)
        return with_year(_year2(y), lambda yy: _half(yy, h) if h in (1, 2) else None, unfinished=True)
    if k == "quarter":
        q = (ORDINALS_EN.get((m.group("q_o") or "").lower()) or
             int((m.group("q_Q") or "Q0")[1]) or int(m.group("q_q") or 0))
        y = m.group("q_y") or m.group("q_yy") or m.group("q_yp")
        if m.group("q_rel"):  # the third quarter of last year
            return _of_rel_year(m.group("q_rel"), ctx, lambda yy: _quarter(yy, q))
        return with_year(_year2(y), lambda yy: _quarter(yy, q), unfinished=True)
    if k == "same":
        if m.group("sp_y"):
            if ctx.last is None:
                return _year(int(m.group("sp_y"))), False
            return _move_to_year(ctx.last, int(m.group("sp_y"))), False
        if re.fullmatch(r"the\s+same\s+(?:period|days|dates|weeks?|holiday(?:\s+period)?)", m.group(0), re.I) and re.search(
                r"\b(?:over|in|during|for|across|throughout)\s+$", m.string[max(0, m.start() - 12):m.start()], re.I):
            # "paid $1.3 billion over the same period": the period just spoken of, not a year before it (an earlier
            # sentence's, which the caller carries, when this one states none)
            return (ctx.last, ctx.last_relative) if ctx.last is not None else None
        if ctx.last is not None:
            return _shift(ctx.last, -1), ctx.last_relative
        return None
    if k == "rely":
        word = re.match(r"\w+\s+year", m.group("rely"), re.I).group(0).lower()
        word = re.sub(r"\s+", " ", word)
        if ctx.doc_year is None:
            return None
        y = ctx.doc_year + REL_YEAR_DOC[word]
        if m.group("ry_h"):
            return _half(y, ORDINALS_EN[m.group("ry_h").lower()]), True
        if m.group("ry_q"):
            return _quarter(y, ORDINALS_EN[m.group("ry_q").lower()]), True
        return _year(y), True
    if k == "fully":  # for the full year: the whole of the year spoken of (2025 after "the first half of 2025")
        if ctx.last is not None:
            return _year(ctx.last.year), ctx.last_relative
        ended = _year_just_ended(ctx)
        if ended is not None:
            # in January, after a sentence about last year's fourth quarter: "for the full year, it now expects…" is
            # an estimate of the year just ended, not a forecast of the new one
            return _year(ended), True
        if ctx.doc_year is None:
            return None
        return _year(ctx.doc_year), True
    if k == "ctxy":
        word = re.sub(r"\s+", " ", m.group("ctxy").lower())
        offset = REL_YEAR_CTX[word]
        if ctx.last is not None and _fiscal_start(ctx.last) is not None:
            # a school or fiscal year spoken of (2024/25學年, FY2025): the previous one, not a calendar year
            return _shift(ctx.last, offset), ctx.last_relative
        if ctx.last is not None:
            return _year(ctx.last.year + offset), ctx.last_relative
        if ctx.doc_year is None:
            return None
        return _year(ctx.doc_year + offset), True
    if k == "ago":  # a year earlier, two years before: counted back from the period spoken of
        back = _word_num(m.group("ago_n")) if m.group("ago_n") else 1
        if not back or (back > 1 and m.group("ago").lower().endswith("ago") and not re.search(
                r"(?:\d|%|percent|cent|million|billion|yuan|dollars)\s*$", m.string[max(0, m.start() - 12):m.start()], re.I)):
            return None  # ("a tiny market just three years ago": no figure of that time, no period of the text)
        if ctx.last is not None:
            return _shift(ctx.last, -back), ctx.last_relative
        if ctx.doc_year is None:
            return None
        return _year(ctx.doc_year - back), True
    if k == "relm":
        word = re.sub(r"\s+", " ", m.group("relm").lower())
        return _rel_month(REL_MONTH_DOC[word], ctx)
    if k == "relq":  # last quarter: the quarter before the article's (this quarter, next quarter)
        if ctx.doc_year is None or ctx.doc_month is None:
            return None
        total = ctx.doc_year * 4 + (ctx.doc_month - 1) // 3 + {"this": 0, "last": -1, "next": 1}[m.group("relq")[:4].strip().lower()]
        return _quarter(total // 4, total % 4 + 1), True
    if k == "partago":
        n = 3 if (m.group("pa_k") or "").lower() == "quarter" else 1 if m.group("pa_k") else _word_num(m.group("pa_n"))
        return _months_before(n, ctx) if n else None
    if k == "ystart":  # the start of the year: the last day of the year before (a stock counted then)
        if m.group("ys_rel"):
            return _of_rel_year(m.group("ys_rel") + " year", ctx, lambda yy: _year_end(yy - 1))
        return with_year(int(m.group("ys_y")) if m.group("ys_y") else None, lambda yy: _year_end(yy - 1))
    if k == "lastq":
        if m.group("lq_rel"):
            return _of_rel_year(m.group("lq_rel"), ctx, lambda yy: _quarter(yy, 4))
        return with_year(int(m.group("lq_y")) if m.group("lq_y") else None, lambda yy: _quarter(yy, 4))
    if k == "past":
        n = 10 if "decade" in m.group("past").lower() else _word_num(m.group("p_n"))
        if not n or ctx.doc_year is None:
            return None
        end = _past_years_end(ctx)
        p = _years(end - n + 1, end)
        return (p, True) if p else None
    if k == "month":
        mo = _month_en(m.group("m_m"))
        if m.group("m_rel"):  # in January last year
            return _of_rel_year(m.group("m_rel"), ctx, lambda y: _month(y, mo))
        return with_year(int(m.group("m_y")) if m.group("m_y") else None, lambda y: _month(y, mo))
    if k == "year":
        return _year(int(m.group("y"))), False
    if k == "yest":  # 2026E, 2027F: a broker's estimate (forecast) for that year
        return _year(int(m.group("ye"))), False
    if k == "wday":  # "closed at HK$38.05 on Friday": the last such day up to the article's date
        if ctx.doc_day is None:
            return None
        day = datetime.date.fromisoformat(ctx.doc_day)
        back = (day.weekday() - _WEEKDAYS.index(m.group("wd") or m.group("wd2"))) % 7
        iso = (day - datetime.timedelta(days=back)).isoformat()
        return _P(iso, iso, iso), True
    return None


#: a day of saying, before "on Monday": said, announced, reported, told, in a statement, data released…
_SAID_ON_EN = re.compile(r"(?i)\b(?:said|says|announced|reported|told|stated|disclosed|released|published|posted|unveiled|"
                         r"showed|shows|confirmed|noted|added|wrote|revealed|filed|files|submitted)\b"
                         r"[^.;]{0,70}\bon\s$"
                         # a noun of saying right before the day (in a statement on Monday, its results on Tuesday), not
                         # one a clause before it (sank 15% on Monday after the ruling, recovered 6% on Tuesday)
                         r"|\b(?:statement|filing|briefing|interview|reports?|results)\s+(?:\w+\s+){0,2}?on\s$")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# ---------------------------------------------------------------- entry points


#: a comparison before a period: the period compared with (较前年, 比上年同期, compared with 2023)
_MONTH_LABEL = re.compile(r"(\d{4})-(\d{2})")
_QUARTER_AFTER = re.compile(r"[\s-]+quarter\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _named_months(text: str, r: "_Raw", p: _P) -> _P:
    """A month or a day read with the words around it that make it the end of a span (截至6月30日止六个月, the six
    months ended June 30), a month span called a quarter (the July-September quarter, 7至9月这一季度), or a month
    that ends a quarter called by it (the June quarter)."""
    m = _MONTH_LABEL.fullmatch(p.label)
    if m and int(m.group(2)) % 3 == 0 and _QUARTER_AFTER.match(text, r.end) \
            and _THE_BEFORE.search(text, max(0, r.start - 5), r.start):
        return _quarter(int(m.group(1)), int(m.group(2)) // 3) or p  # the June quarter: the quarter that ends in June
    d = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", p.label)
    ended = _DAYS_ENDED_EN.search(text, max(0, r.start - 40), r.start) if d else None
    if ended:
        n = int(ended.group(1)) if ended.group(1).isdigit() else WORDS_EN.get(ended.group(1).lower())
        if n and 1 <= n <= 120:
            last = datetime.date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
            first = last - datetime.timedelta(days=n * (7 if ended.group(2).lower().startswith("week") else 1) - 1)
            q = _days(first.year, first.month, first.day, last.year, last.month, last.day)
            if q is not None:
                return q
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", p.label)
    if m:
        after = _MONTHS_ENDED_ZH.match(text, r.end)
        before = _MONTHS_ENDED_EN.search(text, max(0, r.start - 30), r.start)
        found = after or before
        n = (found.group(1) or {"quarter": "3", "half": "6"}.get((found.group(2) or "").lower(), "12")) if found else None
        # 截至3月31日止年度, the year ended March 31: twelve months; the quarter ended September 30: three
        if n:
            q = _months_ending(int(m.group(1)), int(m.group(2)), int(n) if n.isdigit() else _MONTHS_N[n.lower()])
            return q or p
        return p
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", p.label)
    if m and m.group(1) == m.group(3) and re.match(r"\s*(?:quarter\b|季度|季)", text[r.end:r.end + 9], re.I):
        m1, m2 = int(m.group(2)), int(m.group(4))
        if m2 - m1 == 2 and m2 % 3 == 0:
            return _quarter(int(m.group(1)), m2 // 3) or p
    return p


#: a period joined to the one before by 与/和/同 (2023年与2024年的营收), with no 相比 after it: a list, not a base
_JOINED_PERIOD_ZH = re.compile(r"(?:年度?|月份?|季度?|半年)\s*(?:与|和|同|及)\s*$")
_COMPARED_AFTER_ZH = re.compile(r"(?:度|同期|全年)?\s*(?:相比|相较|比较|对比)")


def listed_period(text: str, start: int, end: int) -> bool:
    """Whether the period at ``text[start:end]`` is listed with the period before it, not compared with it."""
    return bool(_JOINED_PERIOD_ZH.search(text, max(0, start - 8), start)) and not _COMPARED_AFTER_ZH.match(text, end)


#: a date an English sentence gives to an event (whose first season premiered in March 2025, released in October
#: 2024): when that happened, not the year a later month of the sentence is in ("…had drawn 261 million views by the
#: end of August" is the latest August)
#: English verbs of an event whose date is not a figure's period (both parsers read them)
EVENT_VERBS_EN = (r"premiered|launched|released|debuted|opened|founded|established|listed|introduced|unveiled|acquired|"
                  r"bought|purchased|took\s+over|"
                  r"set\s+up|went\s+public|published|rolled\s+out|went\s+live|incorporated")
#: an event's day before "on Sunday": an event verb (EVENT_VERBS_EN), or one of its end or start: closed on, which
#: ended on, kicked off on, was held on
_EVENT_DAY_EN = re.compile(r"(?i)\b(?:" + EVENT_VERBS_EN + r"|closed|closes|concluded|concludes|ended|ends|wrapped\s+up|"
                           r"wraps\s+up|opens|kicked\s+off|began|begins|started|starts|finished|(?:was|were|is|are)\s+held)"
                           r"\s+on\s$")
_EVENT_VERB_BEFORE_EN = re.compile(r"\b(?i:" + EVENT_VERBS_EN + r")"
                                   # (the name of what was founded between: "founded Jadeleaf Licensing in 2018")
                                   r"(?:\s+(?:the\s+)?[A-Z][\w&'.\-]*){0,5}\s+(?:on\s+|in\s+)?$")
#: an English weekday's name: the day of a move (jumped 12.4% on Tuesday), never the base of a change
WEEKDAY_EN = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: (also a record against a period: 创历年同期新高, 创同期新高, 历史同期最佳 date nothing after them)
_COMPARED_WITH = re.compile(r"(?:较|比|与|同|相比|相较|创(?:历年|历史)?|历年|历史|compared (?:with|to)|than|versus|\bfrom|\bagainst|(?:%|\bper\s?cent|\bpoints?)\s+on|"
                            r"\b(?:double|twice|triple|times)\s+(?:the|its|their)\s+(?:level|levels|figure|total|amount)"
                            r"(?:\s+(?:of|in|for))?)\s*(?:(?:at|in|on|during)\s+)?"
                            # (…, 227 more than at the end of last year; up 37 percent from the troupe's 2024 tour)
                            r"(?:(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?)?$", re.I)
#: the starting point of a change stated as from-to (由去年同期的31.4%提升至第三季的52.7%, from 18% a year earlier to…)
_FROM_BASE = re.compile(r"(?:由|从|from)\s*$", re.I)
_FROM_BASE_TO = re.compile(r"[至到]|\bto\b", re.I)


def period_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every date or period of ``text`` (resolved or not), sentence-relative, in order."""
    try:
        return [(r.start, r.end) for r in _scan(text)]
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):  # pragma: no cover
        return []


#: an English clause that says when the period just named ends: ", which ended in August", "that ends on June 30"
_WHICH_ENDED_EN = re.compile(r",?\s*(?:which|that)\s+(?:ended|ends|closed|closes|finished|runs|ran)\s+(?:in|on|at\s+the\s+end\s+of)\s+$",
                             re.I)


def find_periods(text: str, offset: int = 0, *, doc_date: Optional[str] = None,
                 context_year: Optional[int] = None, context: Optional[PeriodRef] = None,
                 fiscal: Optional[PeriodRef] = None) -> list[PeriodRef]:
    """The periods one sentence of analysis text states, resolved to ISO form.

    ``offset`` is where the sentence starts in the document's analysis text;
    returned ``norm_start``/``norm_end`` include it. ``doc_date`` (ISO date) resolves
    relative words; without it they are left out (see the module docstring).
    ``context_year`` is the year of the period the text stated before this sentence: a month, quarter
    or half with no year of its own (第四季营收…, 8月单月营收…) is of that year, as within a sentence.
    ``context`` is that period itself (it wins over ``context_year``): words relative to the sentence
    (a year earlier, 上年同期) with nothing before them in the sentence are relative to it.
    ``fiscal`` is the last fiscal year that is not the calendar year the text stated before (the year ended
    September 30): "the current fiscal year", 本财年 and 下一财年 are of its months even when another period came
    between.
    Never raises.
    """
    out: list[PeriodRef] = []
    if not text:
        return out
    ctx = _Context(doc_date)
    ctx.text = text
    ctx.fiscal = fiscal_start_month(fiscal.label) if fiscal is not None else None
    if context is not None and ctx.doc_year is not None and context.label[:4].isdigit() \
            and int(context.label[:4]) < ctx.doc_year and (_LOOKS_AHEAD_ZH.search(text) or _looks_ahead_en(text)) \
            and _fiscal_start(_P(context.label, context.start, context.end)) is None:
        # …去年全国…。预计下半年收入将增长7%至11%, expects fourth-quarter revenue to…: a forecast's half or quarter with no
        # year is one still to come, of the article's year, not of the past year the sentence before spoke of (a
        # fiscal year spoken of before still counts: 本財政年度 goes on with it)
        ctx.set_aside = _P(context.label, context.start, context.end)
        context = None
    if context is not None and context.label[:4].isdigit() and 1900 <= int(context.label[:4]) <= 2100:
        ctx.last = _P(context.label, context.start, context.end)
        ctx.last_relative, ctx.weak = context.relative, True
    elif context_year is not None and 1900 <= context_year <= 2100:
        ctx.last = _year(context_year)
    try:
        raws = _scan(text)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):  # pragma: no cover
        return out
    same_from: list[int] = []  # places in ``out`` of a 同期 that a change starts from
    last_end: Optional[int] = None  # where the period that dates what follows in this sentence ends
    raw_end: Optional[int] = None  # where the period stated before ends
    for r in raws:
        if raw_end is not None and raw_end <= r.start and _WHICH_ENDED_EN.fullmatch(text, raw_end, r.start):
            continue  # "in the 2024/25 school year, which ended in August": when the period stated ends, not another one
        raw_end = r.end
        if last_end is not None and ctx.last is not None and ctx.doc_year is not None and ctx.last.year < ctx.doc_year \
                and (_looks_ahead_en(text, last_end, r.start) or _LOOKS_AHEAD_ZH.search(text, last_end, r.start)):
            # "X, which was spun off in 2022, expects second-half revenue to grow 8-12%", 2022年上市的X预计下半年…: a
            # forecast after a past year is of the article's year, not of that year
            ctx.last = None
        try:
            resolved = _resolve(r, ctx)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError, OverflowError):
            resolved = None
        if not resolved or resolved[0] is None:
            continue
        p, relative = resolved
        p = _named_months(text, r, p)
        starts_change = bool(_FROM_BASE.search(text, max(0, r.start - 6), r.start)
                             and _FROM_BASE_TO.search(text, r.end, r.end + 40))
        compared = _COMPARED_WITH.search(text, max(0, r.start - 30), r.start) and not listed_period(text, r.start, r.end) \
            and not WEEKDAY_EN.match(text, r.start)  # (jumped 12.4% on Tuesday: the day of the move, not a base)
        event = r.kind.startswith("en") and bool(_EVENT_VERB_BEFORE_EN.search(text, max(0, r.start - 80), r.start))
        if not (compared or starts_change or event or r.kind in ("en-partago", "zh-relday")):
            # 较前年成长3.8%；公司全年营收…: the year a figure is compared with does not date what follows; nor
            # does the start of a change from one period to another (由去年同期的31.4%提升至第三季的52.7%), nor a
            # time counted back from the period spoken of (against 574 three months earlier and 498 a year earlier); nor
            # 昨日/今日, mostly the day something was said (据主办方昨日发布，…较去年同期: the event's days a year before)
            ctx.last, ctx.last_relative, last_end = p, relative, r.end
            ctx.weak = relative and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.label)) and r.kind.startswith("en")
        elif starts_change and text.endswith("同期", r.start, r.end) and not re.match(r"\d", text[r.start:r.end]):
            same_from.append(len(out))
        out.append(PeriodRef(norm_start=offset + r.start, norm_end=offset + r.end, start=p.start, end=p.end,
                             label=p.label, relative=relative))
    for m in _FISCAL_YEAR_LIST_ZH.finditer(text):
        # 截至2029年、2030年及2031年3月31日止三个财政年度: each year listed is the fiscal year ending on that day of it
        em = _cn_small(m.group("m"))
        if em is None or not 1 <= em <= 11:
            continue
        for i, p in enumerate(out):
            if m.start() + offset <= p.norm_start and p.norm_end <= m.end() + offset and re.fullmatch(r"\d{4}(?:-\d{2}-\d{2})?", p.label):
                y = int(p.label[:4])
                q = _months(y - 1, em + 1, y, em)
                if q is not None:
                    out[i] = PeriodRef(norm_start=p.norm_start, norm_end=p.norm_end, start=q.start, end=q.end, label=q.label,
                                       relative=p.relative)
    # 由去年同期的31.4%提升至第三季的52.7%: the same period as the one the change goes to, a year before
    for i in same_from:
        to = next((q for q in out[i + 1:]), None)
        if to is not None and to.label[:4].isdigit():
            q = _shift(_P(to.label, to.start, to.end), -1)
            out[i] = PeriodRef(norm_start=out[i].norm_start, norm_end=out[i].norm_end, start=q.start, end=q.end,
                               label=q.label, relative=to.relative)
    return out
