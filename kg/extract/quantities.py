"""Stage 2a: the figures a sentence states — number, scale, unit, qualifier, range, direction.

Entry points
------------
:func:`find_quantities`
    every figure in one sentence of analysis text (Simplified Chinese, ASCII
    digits, no thousands separators), as :class:`~kg.model.Quantity` records in
    text order. ``norm_start``/``norm_end`` cover qualifier + number + scale +
    unit (``超过7.5万亿元人民币``, ``近10%``, ``1000多个G``) and include ``offset``.
:func:`parse_number`
    the value of a number word alone (``五十万``, ``3.2万亿``, ``1.5bn``,
    ``half a million``) as a :class:`~decimal.Decimal`, or None.

How a sentence is read (one function per step)
----------------------------------------------
1. :func:`_blocked_spans` — where digits are not figures: titles 《》「」『』 and
   quoted English titles, names in short quotes (“双11”), dates and periods
   (:func:`kg.extract.periods.period_spans`), phone numbers, clock times.
2. :func:`_tokens` — number tokens (Arabic, Chinese numerals, English number
   words; 百分之…, …分之…, N成, 翻番/doubled, N-fold, one-third …), each
   extended to the right (多/余, scale, unit or counted noun, 以上/左右) and to
   the left (currency sign, qualifier). A token that is an ordinal (第三, No. 5,
   Season 2), a version (5.3版本, 4.0), part of a code (5G, 3A, COVID-19) or a
   date part (12月, 3年, 35岁) is dropped.
3. :func:`_merge_ranges` — ``40%-60%``, ``3~4亿`` (scale on both ends),
   ``50元到150元``, ``between 10 and 15 percent``, ``$2-3 million``.
4. :func:`_classify` — what is counted, implied currency, kind and direction.
5. :func:`_keep` — a bare number with neither unit, scale nor counted noun is
   not a figure.

Conventions
-----------
- **Values** are decimal strings, fully expanded, no exponent, no trailing
  ``.0``: ``7.5万亿`` -> ``"7500000000000"``. A range has ``value=None`` and
  ``low``/``high``.
- **Vague numerals** are ranges: 数十/几十 = 20..90, 数百 = 200..900 (2..9 times
  the unit), 十几 = 11..19, 两三万 = 20000..30000, 五六个 = 5..6. 十余/十多 = 10
  with ``more_than``; 上百 = 100 ``about``; 过亿/破万 = 1e8/1e4 ``more_than``.
- **Fractions** are percentages rounded half-up to :data:`FRACTION_PLACES`
  decimals: 三分之一 / 1/3 / one-third = ``"33.33"``, 三分之二 = ``"66.67"``;
  N成 = N×10 % (六成五 = 65); half/一半 = 50. Their kind is ``share`` unless a
  verb makes them a change (下滑两成 = -20 growth).
- **Multiples**: N倍 / N times / N-fold / 2.5x = N ``TIMES`` as stated; 翻番,
  翻一番, 翻倍, doubled = 2; 翻两番 = 4; tripled = 3; quadrupled = 4; kind
  ``multiple``.
- **Currency**: a written currency wins (prefix ``US$``/``人民币``, suffix
  ``美元``/``yuan``). 元 alone is 人民币, unless an earlier figure of the sentence
  named another 元-currency (新台币3.1亿元、3.7亿元 -> both TWD). ``$`` is USD;
  ``¥`` is JPY in English text and in Chinese text naming Japan, else CNY.
  **Implied currency** (``unit_implicit=True``): a scaled number with no unit
  (712亿, 6.8 billion) in a money context — a money noun before it in its clause
  (营收, 销售额, 流水, revenue, earned, worth …) or an earlier money figure in
  the sentence — takes the currency of that earlier figure, else the currency
  of the place the sentence names (台湾 -> TWD, 香港/数码港 -> HKD, 澳门 -> MOP),
  else CNY (the corpus is about China; English reports on Chinese figures
  follow the same rule). A scaled number next to a counted noun (玩家, users)
  is a ``NUM`` count instead.
- **Counts** are ``NUM`` with ``count_of`` (English singular): from the
  measure word (家 firm, 款 game, 部 work, 集 episode, 人次 visitor …) refined
  by the noun after it (个国家和地区 -> country-or-region) or, failing that,
  the noun before it in the clause (从业人员…九万余名 -> employee); 人/名/位 =
  ``person`` unless a noun says more; ``ones``/``of them`` and a bare scaled
  number take the count of the previous figure (3.4k staff, up from 2.9k).
  ``一家``/``一部`` (the article "a") is not a figure.
- **Qualifiers** (in the span): 超过 突破 逾 超 以上 多 余 more than, over,
  surpassed -> ``more_than``; 近 接近 将近 nearly almost -> ``nearly``; 约 大约 左右
  about around roughly -> ``about``; 至少 不少于 at least -> ``at_least``; 不到
  不足 低于 less than under -> ``less_than``; 最多 最高 不超过 多达 up to, as much
  as -> ``at_most``. 约占…的六成 puts ``about`` on the share.
- **Kind**: ``multiple`` for TIMES; ``growth_difference`` when a growth rate is
  compared with another's (增速比货物出口高出近4%, outpacing … by; the unit
  becomes ``PERCENT_POINT``) — compared with a period (增速比上年加快) it is
  ``growth``; ``growth`` for a change (a change verb right before the figure,
  同比/year on year, "a 14.4 percent increase", "X% higher than in 2022", a
  growth-rate noun 增速/增幅/growth as subject); ``share`` for a part of a
  whole (占, 比重, 占比, 比例, accounted for, "% of", "X%的企业"); otherwise
  ``level``. A change verb followed by 至/到/to/from makes a level (增至78.9亿元,
  up from 2.9k). Figures listed after one another (分别增长11.3%、5.2%)
  share the kind and direction of the first.
- **Direction**: a fall (下降 减少 下滑 跌 回落 萎缩 年减 fell declined dropped
  shrank slowed "a decrease of" "X% lower than") right before or after the
  figure negates its value and sets ``negative``; so does a decline-rate noun
  (跌幅回落至8.5% -> -8.5); a fall of a decline rate (降幅收窄2.1个百分点) is a
  rise (+2.1).
- **Not figures**: years and dates, ordinals (一是, 第三, Issue 5), versions,
  numbers in titles and names, phone numbers, ages, ``Top 10``, ``5G``/``3A``,
  units outside the list below (吨, 公里, …), and thresholds that only name a
  category (年营收1亿元以上的企业).

Units: ``CCY_*`` (QUDT currency codes), ``PERCENT``, ``PERCENT_POINT``,
``TIMES``, ``NUM``, ``TEU``, ``GigaBYTE``/``TeraBYTE``/…, ``DAY``/``HR``/``MIN``/
``SEC``, and ``RANK`` for a position in a ranking (居全球第二, ranks second: kind ``rank``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Iterator, Optional

from ..model import Quantity
from .periods import SPEECH_BEFORE, period_spans, title_spans

__all__ = ["find_quantities", "parse_number", "FRACTION_PLACES", "is_stake"]

#: decimals kept when a fraction becomes a percentage (1/3 -> 33.33)
FRACTION_PLACES = 2

# ---------------------------------------------------------------- vocabulary (data)

MORE, NEARLY, ABOUT, AT_LEAST, LESS, AT_MOST = "more_than", "nearly", "about", "at_least", "less_than", "at_most"
CNY, USD, HKD, TWD, EUR, JPY, GBP, KRW, MOP = ("CCY_CNY", "CCY_USD", "CCY_HKD", "CCY_TWD", "CCY_EUR", "CCY_JPY",
                                               "CCY_GBP", "CCY_KRW", "CCY_MOP")

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
             "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: scale characters after a number; a run multiplies (3百万 = 3×100×10000, 3.2万亿 = 3.2e12)
CN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "兆": 10**12}
EN_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
             "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
             "trn": 10**12}
EN_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
            "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
            "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
EN_BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
EN_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
EN_MULTIPLES = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}

#: a currency the ontology has no unit for (pesos, 里拉): such an amount is left out
NO_CODE = "-"
#: currency written after the figure (Chinese); 元 alone: see :func:`_yuan_currency`
CN_CURRENCY_AFTER = {
    "元人民币": CNY, "人民币元": CNY, "人民币": CNY, "美元": USD, "美金": USD, "港元": HKD, "港币": HKD,
    "新台币元": TWD, "新台币": TWD, "台币": TWD, "澳门元": MOP, "澳门币": MOP, "澳元": "CCY_AUD", "欧元": EUR,
    "日元": JPY, "日圆": JPY, "英镑": GBP, "韩元": KRW, "韩圆": KRW, "韩币": KRW, "新加坡元": "CCY_SGD", "新元": "CCY_SGD",
    "加元": "CCY_CAD", "卢布": "CCY_RUB", "泰铢": "CCY_THB", "卢比": "CCY_INR", "林吉特": "CCY_MYR",
    "越南盾": "CCY_VND", "印尼盾": "CCY_IDR", "雷亚尔": "CCY_BRL", "瑞士法郎": "CCY_CHF", "元": None,
    # currencies with no unit in the ontology: the amount is not recorded (never as yuan or a count)
    "比索": NO_CODE, "里拉": NO_CODE, "兰特": NO_CODE, "迪拉姆": NO_CODE, "里亚尔": NO_CODE, "第纳尔": NO_CODE,
    "克朗": NO_CODE, "兹罗提": NO_CODE, "谢克尔": NO_CODE, "奈拉": NO_CODE, "坚戈": NO_CODE, "苏姆": NO_CODE,
}
#: currency written before the number (both languages); ``¥``: see :func:`_yen_or_yuan`
CURRENCY_BEFORE = {
    "US$": USD, "HK$": HKD, "NT$": TWD, "S$": "CCY_SGD", "A$": "CCY_AUD", "C$": "CCY_CAD", "MOP$": MOP,
    "R$": "CCY_BRL", "$": USD, "€": EUR, "£": GBP, "¥": None, "₩": KRW, "RMB": CNY, "CNY": CNY, "USD": USD,
    "HKD": HKD, "TWD": TWD, "NTD": TWD, "EUR": EUR, "GBP": GBP, "JPY": JPY, "KRW": KRW, "SGD": "CCY_SGD",
    "MOP": MOP, "人民币": CNY, "新台币": TWD, "台币": TWD, "港币": HKD, "港元": HKD, "美元": USD, "欧元": EUR,
    "日元": JPY, "英镑": GBP, "澳门元": MOP, "澳门币": MOP, "葡币": MOP, "韩元": KRW, "韩币": KRW, "日圆": JPY,
}
#: currency written after the figure (English)
EN_CURRENCY_AFTER = {
    "yuan": CNY, "renminbi": CNY, "RMB": CNY, "CNY": CNY, "US dollars": USD, "U.S. dollars": USD,
    "Hong Kong dollars": HKD, "HK dollars": HKD, "New Taiwan dollars": TWD, "NT dollars": TWD,
    "Taiwan dollars": TWD, "Singapore dollars": "CCY_SGD", "dollars": USD, "dollar": USD, "USD": USD,
    "HKD": HKD, "TWD": TWD, "NTD": TWD, "euros": EUR, "euro": EUR, "EUR": EUR, "pounds sterling": GBP,
    "pounds": GBP, "sterling": GBP, "GBP": GBP, "yen": JPY, "JPY": JPY, "won": KRW, "KRW": KRW,
    "patacas": MOP, "MOP": MOP, "Canadian dollars": "CCY_CAD", "Australian dollars": "CCY_AUD",
    "rupees": "CCY_INR", "baht": "CCY_THB", "ringgit": "CCY_MYR", "rupiah": "CCY_IDR", "dong": "CCY_VND",
    "reais": "CCY_BRL", "rubles": "CCY_RUB", "roubles": "CCY_RUB", "Swiss francs": "CCY_CHF",
    # currencies with no unit in the ontology: the amount is not recorded (never as yuan or a count)
    "pesos": NO_CODE, "peso": NO_CODE, "lira": NO_CODE, "rand": NO_CODE, "dirhams": NO_CODE, "riyals": NO_CODE,
    "dinars": NO_CODE, "kronor": NO_CODE, "kroner": NO_CODE, "krona": NO_CODE, "krone": NO_CODE,
    "zloty": NO_CODE, "shekels": NO_CODE, "naira": NO_CODE, "tenge": NO_CODE, "francs": NO_CODE,
}
#: the place a sentence talks about -> the currency an unnamed amount is in (first match before the figure)
PLACE_CURRENCY = (
    (r"台湾|台北|新北|桃园|台中|台南|高雄|新竹|基隆|Taiwan|Taipei|Kaohsiung|Taichung|Tainan", TWD),
    (r"香港|港交所|港股|港产|数码港|Hong Kong|Cyberport", HKD),
    (r"澳门|Macao|Macau", MOP),
)
#: words that say an amount is mainland money even in a sentence naming Taiwan or Hong Kong
MAINLAND = r"大陆|内地|人民币|mainland"

QUALIFIER_BEFORE_ZH = {
    "超过": MORE, "超出": MORE, "多于": MORE, "大于": MORE, "突破": MORE, "逾": MORE, "超": MORE,
    "接近": NEARLY, "将近": NEARLY, "逼近": NEARLY, "近乎": NEARLY, "几乎": NEARLY, "近": NEARLY,
    "大约": ABOUT, "约合": ABOUT, "约为": ABOUT, "大概": ABOUT, "约": ABOUT,
    "至少": AT_LEAST, "不少于": AT_LEAST, "不低于": AT_LEAST, "起码": AT_LEAST, "最少": AT_LEAST,
    "不到": LESS, "不足": LESS, "低于": LESS, "少于": LESS, "未满": LESS, "不及": LESS, "未达到": LESS, "未达": LESS,
    "最多": AT_MOST, "不超过": AT_MOST, "至多": AT_MOST, "最高": AT_MOST, "多达": AT_MOST,
}
#: words that end with a qualifier character but are not qualifiers (签约25位: signed 25, not "about 25")
NOT_QUALIFIER_ZH = re.compile(
    r"(?:签|预|节|合|公|制|契|条|邀|相|违|履|特|婚|和|守|解|续|租|毁|失|赴|爽|立|缔|践|如|应|誓|简|隐|婉|集|每)约$"
    r"|(?:最|附|临|靠|贴|亲|远|就|邻|挨|新|迫|晚)近$|(?:高|赶|追|反|调|全)超$"
)
QUALIFIER_AFTER_ZH = {"及以上": AT_LEAST, "及以下": AT_MOST, "以上": MORE, "之上": MORE, "有余": MORE, "开外": MORE, "左右": ABOUT, "上下": ABOUT,
                      "以下": AT_MOST, "以内": AT_MOST, "之内": AT_MOST, "不到": LESS}
QUALIFIER_BEFORE_EN = {
    "more than": MORE, "over": MORE, "above": MORE, "exceeding": MORE, "exceeded": MORE, "in excess of": MORE,
    "upwards of": MORE, "surpassed": MORE, "surpassing": MORE, "topped": MORE, "topping": MORE,
    "exceeds": MORE, "exceed": MORE, "surpasses": MORE, "surpass": MORE, "tops": MORE, "crossed": MORE, "crosses": MORE, "broke through": MORE,
    "breaks through": MORE,
    "just over": MORE, "well over": MORE, "greater than": MORE,
    "nearly": NEARLY, "almost": NEARLY, "close to": NEARLY, "approaching": NEARLY, "nearing": NEARLY,
    "about": ABOUT, "around": ABOUT, "approximately": ABOUT, "approx.": ABOUT, "roughly": ABOUT,
    "some": ABOUT, "an estimated": ABOUT, "circa": ABOUT,
    "at least": AT_LEAST, "no fewer than": AT_LEAST, "no less than": AT_LEAST, "a minimum of": AT_LEAST,
    "up to": AT_MOST, "as much as": AT_MOST, "as many as": AT_MOST, "at most": AT_MOST, "no more than": AT_MOST,
    "not more than": AT_MOST, "a maximum of": AT_MOST,
    "less than": LESS, "fewer than": LESS, "under": LESS, "below": LESS, "just under": LESS,
}
QUALIFIER_AFTER_EN = {"or more": AT_LEAST, "and above": AT_LEAST, "or so": ABOUT, "or less": AT_MOST,
                      "or fewer": AT_MOST, "-plus": MORE, "plus": MORE, "+": MORE}

#: Chinese measure words after a number -> what is counted by default (None: the noun decides)
MEASURES_ZH = {
    "人次": "visitor", "家次": "firm", "艘次": "ship", "架次": "flight", "航次": "voyage", "部门": "department", "家": "firm", "款": "game", "部": "work",
    "集": "episode", "名": "person", "位": "person", "人": "person", "个": None, "次": "event",
    "户": "household", "项": "item", "场": "event", "篇": "article", "本": "book", "册": "book", "首": "song",
    "件": "item", "套": "set", "座": "venue", "所": "institution", "条": "item", "种": "kind", "类": "category",
    "支": "team", "批": "batch", "笔": "transaction", "单": "order", "份": "copy", "张": "item", "台": "device",
    "辆": "vehicle", "艘": "ship", "架": "aircraft", "国": "country", "省": "province", "地": "place",
    "幅": "item", "块": "item", "枚": "item", "颗": "item", "栋": "building", "间": "room", "处": "site",
    "门": "course", "届次": "event", "人员": "person",
}
#: measure words whose default is refined by a noun (before or after)
REFINED_MEASURES = {"个", "名", "位", "人", "次", "户", "项", "款", "件", "家", "部"}
#: counted nouns that are complete places (30多个国家和地区书店: the places are counted, not the shops)
PLACE_COUNTS = {"country-or-region", "country", "city", "region", "province"}
#: what a person count (人, 名, 位) can be refined to
PERSON_NOUNS = {"employee", "user", "player", "creator", "visitor", "staff", "student"}

#: Chinese nouns -> what they count (used after a measure word, or before a bare figure)
COUNT_NOUNS_ZH = {
    "国家和地区": "country-or-region", "国家或地区": "country-or-region", "国家及地区": "country-or-region",
    "国家(地区)": "country-or-region", "国家/地区": "country-or-region", "国家": "country", "城市": "city",
    "省份": "province", "地区": "region",
    "企业": "firm", "公司": "firm", "厂商": "firm", "工作室": "firm", "出版社": "firm", "出版商": "firm",
    "发行商": "firm", "开发商": "firm", "展商": "firm", "参展商": "firm", "商户": "firm", "商家": "firm",
    "初创企业": "firm", "机构": "organization", "平台": "platform", "品牌": "brand", "门店": "store",
    "游戏": "game", "手游": "game", "网游": "game", "产品": "product", "应用": "app", "App": "app", "APP": "app",
    "作品": "work", "影片": "work", "电影": "work", "剧集": "work", "电视剧": "work", "网剧": "work",
    "短剧": "work", "微短剧": "work", "动画": "work", "漫画": "work", "小说": "work", "网文": "work",
    "译作": "work", "图书": "work", "书籍": "work", "纪录片": "work", "节目": "work", "综艺": "work",
    "IP": "work", "版权": "work",
    "玩家": "player", "用户": "user", "用户规模": "user", "会员": "user", "订户": "user", "读者": "user",
    "粉丝": "user", "账号": "user", "账户": "user",
    "游客": "visitor", "旅客": "visitor", "访客": "visitor", "观众": "visitor",
    "员工": "employee", "从业人员": "employee", "从业者": "employee", "雇员": "employee", "职工": "employee",
    "就业": "employee", "就业岗位": "employee", "人才": "employee", "团队": "employee", "工程师": "employee",
    "技术人员": "employee", "研发人员": "employee", "工作人员": "employee", "雇用": "employee",
    "雇佣": "employee", "招聘": "employee", "操作人员": "staff",
    "作者": "creator", "创作者": "creator", "作家": "creator", "译者": "creator", "写手": "creator",
    "主播": "creator", "达人": "creator", "艺术家": "creator",
    "人": "person", "人员": "person", "人次": "visitor",
    "项目": "project", "下载": "download", "下载量": "download", "播放": "view", "播放量": "view",
    "观看": "view", "浏览": "view", "浏览量": "view", "访问": "visit", "访问量": "visit", "学生": "student",
    "留学生": "student",
}
#: Chinese nouns that make a bare scaled number an amount of money
MONEY_NOUNS_ZH = (
    "营业收入", "营收", "收入", "净收入", "销售额", "销售收入", "营业额", "流水", "出口额", "进口额", "进出口额",
    "贸易额", "交易额", "成交额", "金额", "总额", "产值", "增加值", "利润", "净利润", "净利", "毛利", "投资",
    "融资", "投入", "票房", "收益", "成本", "预算", "支出", "消费", "消费额", "合同额", "执行额", "市值", "估值",
    "资金", "补贴", "奖金", "税收", "生产总值", "GDP", "充值", "付费", "花费", "开支", "价格", "费用", "售价",
    "市场规模", "产业规模", "规模", "亏损", "出口", "进口", "贡献", "分成", "版税", "营利",
    "现金", "现金储备", "存款", "资产", "净资产", "负债", "募资", "募集资金",
    "减值", "商誉", "减值准备", "损失", "汇损", "罚款", "补税", "税款", "退款",
)
#: English nouns -> what they count (plural; singulars are derived)
COUNT_NOUNS_EN = {
    "countries and regions": "country-or-region", "countries or regions": "country-or-region",
    "countries and territories": "country-or-region", "countries": "country", "nations": "country",
    "territories": "country-or-region", "merchants": "firm", "clients": "firm", "sellers": "firm",
    "cities": "city", "provinces": "province", "regions": "region", "markets": "market",
    "firms": "firm", "companies": "firm", "enterprises": "firm", "businesses": "firm", "start-ups": "firm",
    "startups": "firm", "studios": "firm", "developers": "firm", "publishers": "firm", "exhibitors": "firm",
    "vendors": "firm", "suppliers": "firm", "brands": "brand", "institutions": "organization",
    "platforms": "platform", "games": "game", "titles": "game", "apps": "app", "products": "product",
    "works": "work", "films": "work", "movies": "work", "dramas": "work", "series": "work", "shows": "work",
    "novels": "work", "books": "work", "animations": "work", "documentaries": "work", "IPs": "work",
    "co-productions": "work", "coproductions": "work", "productions": "work", "features": "work",
    "players": "player", "gamers": "player", "users": "user", "subscribers": "user", "members": "user",
    "readers": "user", "accounts": "user", "customers": "user", "fans": "user", "viewers": "visitor",
    "creators": "creator", "authors": "creator", "writers": "creator", "artists": "creator",
    "translators": "creator", "streamers": "creator", "influencers": "creator",
    "employees": "employee", "staff": "employee", "staffers": "employee", "workers": "employee",
    "jobs": "employee", "engineers": "employee", "professionals": "employee", "headcount": "employee",
    "workforce": "employee", "people": "person", "persons": "person",
    "animators": "employee", "designers": "employee", "illustrators": "employee", "programmers": "employee",
    "technicians": "employee", "editors": "employee", "producers": "employee", "specialists": "employee",
    "researchers": "person", "experts": "person", "volunteers": "person", "interns": "person",
    "actors": "person", "performers": "person",
    "troupes": "organization", "ensembles": "organization", "orchestras": "organization",
    "performances": "event", "concerts": "event", "screenings": "event",
    "visitors": "visitor", "tourists": "visitor", "travellers": "visitor", "travelers": "visitor",
    "arrivals": "visitor", "attendees": "visitor", "visits": "visitor", "trips": "visitor",
    "passengers": "visitor", "guests": "visitor", "spectators": "visitor", "tickets": "visitor", "admissions": "visitor",
    "downloads": "download", "installs": "download", "views": "view", "streams": "view", "plays": "view",
    "episodes": "episode", "projects": "project", "students": "student", "patents": "patent", "stores": "store",
    "learners": "student", "trainees": "student", "pupils": "student", "listeners": "user", "backers": "person",
    "patients": "person",
    "deals": "deal", "contracts": "contract", "agreements": "agreement", "licences": "licence",
    "licenses": "licence", "copies": "copy", "units": "unit", "orders": "order", "events": "event",
    "exhibitions": "event", "routes": "route", "flights": "flight", "schools": "school",
    "contractors": "firm", "exporters": "firm", "importers": "firm", "shipowners": "firm", "lessees": "firm",
    "wholesalers": "firm", "universities": "university", "hospitals": "hospital", "investors": "investor", "partners": "partner",
    "participants": "participant", "exhibits": "item", "members of staff": "employee",
    "teachers": "person", "lecturers": "person", "coaches": "person", "licensees": "firm", "franchisees": "firm",
    "originals": "work", "programmes": "work",
}
#: counted nouns that name what money is paid for: they count after a number ("12 deals") but do not
#: make a bare number before them a count ("earned 4 billion from contracts and another 1.2 billion")
AFTER_ONLY_EN = {"deals", "contracts", "agreements", "licences", "licenses", "copies", "units", "orders", "projects",
                 "titles", "games", "products", "apps", "works", "films", "movies", "dramas", "series", "shows"}
#: English words that make a bare scaled number an amount of money
MONEY_WORDS_EN = (
    "revenue", "revenues", "sales", "income", "profit", "profits", "turnover", "earnings", "earned", "earn",
    "earns", "brought in", "bring in", "generated", "generate", "spending", "spent", "spend", "investment",
    "investments", "invested", "raised", "funding", "financing", "worth", "valued", "value", "box office",
    "gross", "grossed", "exports", "imports", "fees", "cost", "costs", "budget", "GMV", "payments", "paid",
    "price", "royalties", "losses", "loss", "subsidies", "grants", "capital", "valuation", "contributing",
    "contributed", "contributes", "contribution", "sold for", "paid", "pays",
)
#: a person count refined by a hiring context
EMPLOY_CONTEXT = re.compile(r"雇|就业|员工|从业|招聘|employ|hire|hiring|staff|workforce|headcount|jobs", re.I)
#: what "N times" counts when it is not a multiple
TIMES_COUNT = (("download", "download"), ("view", "view"), ("watch", "view"), ("play", "view"),
               ("stream", "view"), ("visit", "visit"), ("search", "search"), ("click", "click"))

# other units, after the number (and scale)
PERCENT_AFTER = re.compile(r"\s?(?:%|percent(?![A-Za-z])|per\s?cent(?![A-Za-z])|pct(?![A-Za-z]))")
POINTS_AFTER = re.compile(r"个?百分点|\s?percentage[- ]points?(?![A-Za-z])|(?P<bp>个?基点|\s?(?:basis\s+points|bps|bp)(?![A-Za-z]))"
                          r"|\s?(?P<pts>points?)(?![A-Za-z])")
TIMES_AFTER = re.compile(r"倍|\s?(?P<times>times)(?![A-Za-z])|\s?-?fold(?![A-Za-z])|x(?![A-Za-z])")
DATA_AFTER = {"GB": "GigaBYTE", "TB": "TeraBYTE", "PB": "PetaBYTE", "MB": "MegaBYTE", "EB": "ExaBYTE",
              "KB": "KiloBYTE", "个G": "GigaBYTE", "个T": "TeraBYTE", "gigabytes": "GigaBYTE",
              "gigabyte": "GigaBYTE", "terabytes": "TeraBYTE", "terabyte": "TeraBYTE", "petabytes": "PetaBYTE",
              "megabytes": "MegaBYTE"}
OTHER_AFTER_ZH = {"个标准箱": "TEU", "标准箱": "TEU", "标箱": "TEU", "个小时": "HR", "小时": "HR", "个钟头": "HR",
                  "钟头": "HR", "分钟": "MIN", "秒钟": "SEC", "秒": "SEC", "个工作日": "DAY", "工作日": "DAY",
                  "个交易日": "DAY", "交易日": "DAY", "个营业日": "DAY", "营业日": "DAY", "天": "DAY", "个星期": "WK", "个礼拜": "WK", "星期": "WK", "礼拜": "WK", "周": "WK"}
OTHER_AFTER_EN = {"TEUs": "TEU", "TEU": "TEU", "hours": "HR", "hour": "HR", "hrs": "HR", "hr": "HR",
                  "minutes": "MIN", "minute": "MIN", "mins": "MIN", "min": "MIN", "days": "DAY", "day": "DAY",
                  "working days": "DAY", "business days": "DAY", "work days": "DAY",
                  "trading days": "DAY", "trading sessions": "DAY", "seconds": "SEC", "second": "SEC", "secs": "SEC", "weeks": "WK", "week": "WK"}
#: what after a number makes it something other than a figure (date parts, ordinals, ages,
#: versions, units this module does not measure)
NOT_FIGURE_AFTER_ZH = re.compile(
    r"个?月|周年|周岁|岁|年(?!轻)|日|号|届|期|版本|版|代|季|章|节|楼|层|级|星|折|时代|阶段|点(?![零〇一二三四五六七八九\d])"
    r"|时(?!长)|线|路|轮|连|分(?!钟|之)|周|星期|吨|公斤|千克|克|米|公里|千米|平方|亩|公顷|瓦|千瓦|兆瓦|度|升|立方"
    r"|英里|码|寸|毫|厘|帧|核|K(?![A-Za-z])|G(?![A-Za-z])|后|(?:财政|会计)年度|财年"  # (未来三个财政年度: a span)
)
NOT_FIGURE_AFTER_EN = re.compile(
    r"(?:st|nd|rd|th)(?![A-Za-z])|\s?(?:years?|months?|weeks?)(?:[- ]old)?(?![A-Za-z])"
    r"|\s(?:update|version|patch|edition|era|generation|series\s+\d)(?![A-Za-z])"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])|\s?(?:km|kilometres|kilometers|miles|metres|meters|tonnes|tons|kg|"
    r"hectares|acres|MW|GW|kW|mph|°|square)(?![A-Za-z])|-(?!hour|day|minute|fold|plus|\d)[A-Za-z]"
)
#: words before a number that make it an ordinal or a name ("Top 10", "Issue 5", "version 4.0")
ORDINAL_BEFORE_EN = re.compile(
    r"(?:^|[^A-Za-z])(?:Top|TOP|top|No\.|no\.|Number|Article|Issue|Season|Phase|Chapter|Episode|Part|Round|Level|"
    r"Stage|Version|version|Vol\.|Volume|Gen|Class|Grade|Tier|Section|Clause|Item|Paragraph|Wave|Batch|Edition|Rank|"
    r"ranked|Day|Week|Line|Route|Gate|Room|Floor|Hall|Pier|Terminal|Zone|Block|Building|Unit|Model|Series|Figure|"
    r"Table|page|Page|p\.|pp\.)\s*$"
)
#: capitalized words that may stand right before a figure (anything else capitalized is a name: "Windows 11")
CAPITAL_OK = {"In", "At", "By", "From", "Between", "About", "Around", "Over", "Nearly", "Almost", "Roughly", "Some",
              "Only", "Just", "More", "Less", "Fewer", "Up", "The", "A", "An", "Of", "For", "With", "To", "And", "Or",
              "But", "While", "Its", "Their", "Exactly", "Approximately", "Among", "Another", "All", "Total", "Each",
              "Those", "These", "Than", "Under", "Below", "Above", "Since", "Until", "During", "Last", "Next",
              "This", "That", "As", "Almost", "Nearly", "Both", "Of", "Per", "RMB", "CNY", "USD", "HKD", "TWD",
              "NTD", "EUR", "GBP", "JPY", "KRW", "SGD", "MOP", "US", "HK", "NT", "Some", "Just", "Well", "Close",
              "Upwards", "Approaching", "Nearing", "Circa", "January", "February", "March", "April", "May", "June",
              "July", "August", "September", "October", "November", "December"}

# direction and kind
UP_ZH = ("增长", "增加", "上升", "提高", "提升", "上涨", "成长", "攀升", "扩大", "加快", "回升", "反弹", "跃升", "激增",
         "猛增", "大增", "飙升", "延长", "拉长", "增多", "增", "涨", "升", "多")
DOWN_ZH = ("下降", "减少", "下滑", "下跌", "衰退", "衰减", "回落", "萎缩", "降低", "缩减", "缩小", "收窄", "放缓", "放慢", "回调",
           "下调", "缩水", "走低", "滑落", "下挫", "锐减", "骤降", "大跌", "大降", "跌落", "缩短", "压缩", "削减",
           "节省", "节约", "重挫", "急挫", "蒸发", "减", "降", "跌", "挫", "少")
RATE_UP_ZH = ("增速", "增幅", "增长率", "增长速度", "增长幅度", "涨幅", "成长率", "年增率", "净值报酬率")
RATE_DOWN_ZH = ("降幅", "跌幅", "减幅", "衰退幅度", "衰退率", "下降幅度", "下滑幅度")
UP_EN = ("rose", "rise", "rises", "rising", "grew", "grow", "grows", "growing", "increased", "increase", "increases",
         "increasing", "up", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged", "surge", "soared",
         "gained", "gain", "expanded", "expand", "advanced", "accelerated", "rebounded", "picked up", "went up",
         "higher by", "added", "widened", "soar", "soars", "surges", "climbing", "jumping", "widens", "risen", "grown",
         "gone up", "strengthened", "firmed")
DOWN_EN = ("fell", "fall", "falls", "falling", "declined", "decline", "declines", "declining", "dropped", "drop",
           "drops", "decreased", "decrease", "decreases", "down", "shrank", "shrunk", "shrink", "shrinks", "slid",
           "slipped", "contracted", "dipped", "plunged", "slumped", "tumbled", "lost", "eased", "slowed", "cut",
           "reduced", "narrowed", "lower by", "went down", "shed",
           # (the other forms: "saw revenue slip 12%", "billings dip 3%", "if sales slide")
           "slip", "slips", "slide", "slides", "dip", "dips", "plunge", "plunges", "slump", "slumps", "tumble",
           "tumbles", "sank", "sink", "sinks", "eases", "shrinking", "fallen", "gone down", "sunk",
           # (a currency "weakened about 9 percent"; a day's fall "wiping about HK$891 million off" a market value)
           "weakened", "weakens", "wiping", "wiped")
GROWTH_NOUN_EN = {"increase": 1, "rise": 1, "growth": 1, "gain": 1, "jump": 1, "surge": 1, "hike": 1,
                  "decrease": -1, "decline": -1, "drop": -1, "fall": -1, "contraction": -1, "reduction": -1,
                  "cut": -1, "dip": -1, "slump": -1}
#: nouns of a change and their direction, as a change brought to its figure names them ("its gain this year to …")
CHANGE_NOUNS_EN = {"gain": 1, "loss": -1, "rise": 1, "fall": -1, "decline": -1, "drop": -1, "increase": 1, "decrease": -1,
                   "advance": 1, "slide": -1, "slump": -1}
#: a change named by its noun and brought to the figure: "their gain this year to about", "its loss so far this year to"
_CHANGE_TO_EN = re.compile(r"\b(?P<n>" + "|".join(CHANGE_NOUNS_EN) + r")s?\s+(?:so\s+far\s+)?"
                           r"(?:this|last)\s+(?:year|month|week|quarter)\s+(?:so\s+far\s+)?to\s+(?:about\s+|some\s+|nearly\s+|"
                           r"roughly\s+|almost\s+|more\s+than\s+)?$", re.I)
#: (a rate of use is a part of a whole too: of rooms, berths, seats or machines, the part in use)
SHARE_ZH = re.compile(r"占|比重|占比|份额(?!净值)|比例|渗透率|来自|入住率|使用率|利用率|出租率|上座率|客座率|满载率|售出率")
SHARE_EN = re.compile(r"\b(?:account(?:ed|s|ing)?\s+for|made\s+up|make(?:s)?\s+up|making\s+up|comprised?|"
                      r"represent(?:ed|s|ing)?|share|proportion|portion|penetration|occupancy|utili[sz]ation|"
                      r"load\s+factor|sell-through|contribut(?:ed|es|ing|e))\b", re.I)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _plural_forms(words: dict[str, str]) -> dict[str, str]:
    """Each plural key plus its singular ("countries" -> "country")."""
    out = dict(words)
    for w, v in words.items():
        if " " in w or not w.endswith("s") or w in ("series", "staff", "sales"):
            continue
        single = w[:-3] + "y" if w.endswith("ies") else w[:-1]
        out.setdefault(single, v)
    return out


_COUNT_EN = _plural_forms(COUNT_NOUNS_EN)  # plurals and singulars (for context words)

# ---------------------------------------------------------------- patterns

#: what a text counts of its own argument (三个特点, 两大亮点, 四方面): not a quantity of the world
_DISCOURSE_NOUN_ZH = re.compile(r"(?:方面|特点|特征|原因|阶段|问题|措施|举措|亮点|趋势|任务|环节|维度|变化|方向|关键|步骤|层面|"
                                r"优势|难点|短板|转变|目标|重点|要点|建议|启示|板块)")
_D = "零〇一二两三四五六七八九"  # scanning: plain digits only (陆 is also "land", 伍 a surname)
_CN = _D + "十百千万亿兆"
_D_ALL = _D + "壹贰叁肆伍陆柒捌玖"  # parse_number also reads financial numerals
_CN_ALL = _D_ALL + "十拾百佰千仟万亿兆"
_ARABIC = r"\d{1,20}(?:,\d{3}){0,6}(?:\.\d{1,12})?"
_EN_ONES = "one|two|three|four|five|six|seven|eight|nine"
_EN_CARD = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_EN_ONES}))?|ten|eleven|twelve|"
            rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_EN_ONES})")

_CORE = re.compile(
    rf"""
      (?P<pct_cn>百分之(?P<pct_n>{_ARABIC}|[{_CN}点]{{1,16}}))
    | (?P<frac_cn>(?<![{_CN}\d.])(?P<fd>\d{{1,6}}|[{_CN}]{{1,8}})分之(?P<fn>\d{{1,6}}(?:\.\d{{1,4}})?|[{_CN}点]{{1,8}}))
    | (?P<fan>翻(?:了)?(?:(?P<fan_n>[一两二三四1-4])番|番|一?倍))
    | (?P<half_cn>(?P<hc_q>过|大|约有)?(?:一半|半数))
    | (?P<cheng>(?<![{_CN}\d.])(?:(?P<ch_pair>一二|两三|二三|三四|四五|五六|六七|七八|八九)|(?P<ch_n>[一二两三四五六七八九十]|\d))成(?:(?P<ch_d>[一二三四五六七八九](?![十百千万亿成]))
        |(?!都|本|员|功|果|就|立|交|型|品|绩|熟|不变|为主|长|色|分)))
    | (?P<adj>(?<![{_CN}])(?:一二|两三|二三|三四|四五|五六|六七|七八|八九)(?P<adj_s>[十百千万亿]{{0,4}}))
    | (?P<shu>(?:数|几)(?P<shu_s>[十百千万亿]{{1,4}})|(?<![{_CN}])(?P<sj_t>[一二三四五六七八九]?)十几)
    | (?P<guo>(?P<guo_q>突破|超过|将近|接近|冲击|冲刺|过|破|超|逾|近)(?P<guo_s>百万|千万|万亿|百亿|千亿|万|亿|千|百)(?![{_CN}\d]))
    | (?P<ji>(?<![{_CN}\d])(?P<ji_s>千万|万亿|百亿|千亿)(?=(?:元|美元|人民币)?(?:级|量级)))
    | (?P<shang>上(?P<shang_s>百万|千万|百|千|万|亿)(?=[家个名位人部款次元项]))
    | (?P<yu>(?<![{_CN}数几])[百千万](?=余|多))
    | (?P<en_mult>\b(?i:(?P<em>doubl|tripl|trebl|quadrupl)(?:ed|ing|es|e(?=\s+(?:the|that|those|its|their|last)\b)))\b)
    | (?P<fold>\b(?P<fold_n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{{1,4}}(?:\.\d{{1,3}})?)-?fold\b)
    | (?P<andhalf>\b(?P<ah_n>(?i:{_EN_CARD})|\d{{1,2}})\s+and\s+a\s+half(?P<ah_times>\s+times)?\b)
    | (?P<en_words>\b(?i:half\s+a|a|one|{_EN_CARD})(?:\s+(?:hundred|thousand|million|billion|trillion|dozen))+\b
        |\b(?i:a\s+dozen)\b)
    | (?P<en_frac>\b(?i:(?P<ef_n>one|an?|two|three|four|five|six|seven)[- ](?P<ef_d>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?P<ef_half>half))\b)
    | (?P<en_in>\b(?P<ei_n>(?i:one)|\d{{1,2}})\s+(?:in|out\s+of)\s+(?P<ei_d>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\b)
    | (?P<en_card>\b(?i:{_EN_CARD})\b)
    | (?P<ar>(?<![\d.])(?<!\d,)(?P<neg>-)?{_ARABIC}(?![\d]|\.\d|,\d{{3}}))
    | (?P<cn>(?<![{_CN}])[{_D}十][{_CN}]{{0,48}}(?:点[{_D}]{{1,10}}[万亿兆]{{0,3}})?)
    """,
    re.X,
)
_R_ZH_SCALE = re.compile(r"(?P<a1>余|多)?(?P<s>[十百千万亿兆]{1,4}(?!分之|分点))?(?P<a2>余|多)?")
_R_EN_SCALE = re.compile(r"\s?(?P<w>(?i:thousand|million|billion|trillion)|mln|bln|mn|bn|tn|trn)(?![A-Za-z])"
                         r"|(?P<suf>k|m|bn|b|mn|tn|K|M|B)(?![A-Za-z])")
_CN_CURRENCY_RE = re.compile(_alternation(CN_CURRENCY_AFTER))
_EN_CURRENCY_RE = re.compile(r"\s?(?:" + _alternation(EN_CURRENCY_AFTER) + r")(?![A-Za-z])")
#: a currency written before the number (the keys of CURRENCY_BEFORE; a code in letters not inside a word), searched
#: with endpos = where the number starts
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:" + _alternation(k for k in CURRENCY_BEFORE if not k.isalpha() or not k.isascii())
    + r"|(?<![A-Za-z])(?:" + _alternation(k for k in CURRENCY_BEFORE if k.isalpha() and k.isascii()) + r"))(?=\s?$)"
)
#: the characters a currency before a number can start with (a cheap test before the search above)
_CURRENCY_CHAR = re.compile("[" + "".join(sorted({re.escape(k[0]) for k in CURRENCY_BEFORE})) + "]")
_QUAL_BEFORE_ZH_RE = re.compile(r"(?:" + _alternation(QUALIFIER_BEFORE_ZH) + r")$")
_QUAL_BEFORE_EN_RE = re.compile(r"(?<![A-Za-z])(?i:" + _alternation(QUALIFIER_BEFORE_EN) + r")\s+$")
_QUAL_AFTER_RE = re.compile(r"(?P<zh>" + _alternation(QUALIFIER_AFTER_ZH) + r")"
                            r"|\s?(?P<en>or more|and above|or so|or less|or fewer|-plus|plus)(?![A-Za-z])|(?P<plus>\+)")
_DATA_RE = re.compile(r"\s?(?:" + _alternation(DATA_AFTER) + r")(?![A-Za-z])")
_OTHER_ZH_RE = re.compile(_alternation(OTHER_AFTER_ZH) + r"(?!津|下|然|气|猫|空|堂|使|才|地|文|鹅|真|生|赋|线|花)")
_OTHER_EN_RE = re.compile(r"(?:\s?|-)(?:" + _alternation(OTHER_AFTER_EN) + r")(?![A-Za-z])")
_MEASURE_RE = re.compile(_alternation(MEASURES_ZH))
#: words that contain a counted noun but count nothing (人民币, 个人, 人均): matched so that 人 is not read in them
NOT_NOUNS_ZH = ("人民币", "个人", "人均", "人工", "人气", "人口红利", "本人", "负责人", "创始人", "发言人", "主持人",
                "人士", "人类", "人文", "人物", "游戏化", "国家级", "国家队", "城市群")
_NOUN_ZH_RE = re.compile(_alternation(list(COUNT_NOUNS_ZH) + list(NOT_NOUNS_ZH)))
_CONTEXT_ZH_RE = re.compile(_alternation(list(COUNT_NOUNS_ZH) + list(MONEY_NOUNS_ZH) + list(NOT_NOUNS_ZH)))
_EN_STOP = (r"in|of|on|at|to|for|from|by|with|and|or|the|a|an|was|were|is|are|be|been|has|have|had|will|would|its|"
            r"their|this|that|which|who|per|than|as|into|across|over|under|about|around|between|during|since|last|"
            r"year|years|month|months|percent|million|billion|each|every|while|but")
#: a counted noun after an English number: plural (what follows any number but one), up to three
#: modifiers before it ("4,300 Chinese game companies", "14 imported ones", "19 foreign and co-produced projects")
_NOUN_EN_RE = re.compile(
    rf"(?:\s+(?:(?<=[A-Za-z'’-]\s)and\s+)?(?!(?:{_EN_STOP})\b)[A-Za-z][A-Za-z'’-]{{0,24}}){{0,3}}?\s+(?:(?P<n>{_alternation(COUNT_NOUNS_EN)})|(?P<ones>ones))"
    rf"(?![A-Za-z])|\s+(?P<them>of\s+them|of\s+these|of\s+those)(?![A-Za-z])"
    # "64 of its 90 staff": the part counts what the whole counts
    rf"|\s+of\s+(?:its|their|the)\s+[\d,.]+\s+(?:[A-Za-z][A-Za-z'’-]*\s+){{0,2}}?(?P<n2>{_alternation(COUNT_NOUNS_EN)})(?![A-Za-z])"
)
#: a verb that says the number after it counts staff (employs about 2,600 linguists, hired 140 dubbing artists)
_EMPLOYS_BEFORE_EN = re.compile(r"\b(?:employs|employed|employing|hires|hired|hiring|recruits|recruited|recruiting|"
                                r"(?:a\s+)?(?:team|staff|workforce)\s+of)\s+(?:about|around|some|nearly|almost|roughly|"
                                r"approximately|more\s+than|over|under|fewer\s+than)?\s*$", re.I)
#: up to two words, then a plural noun
_PLURAL_AFTER_EN = re.compile(r"\s+(?:[a-z][a-z'’-]+\s+){0,2}?[a-z][a-z'’-]*[a-rt-z]s\b")
#: a partitive opening an English sentence: "Of the 971 films approved last year, 77 were…"
_PARTITIVE_EN = re.compile(r"(?:^|[.;]\s+|\n)\s*Of\s+(?:the|these|those|its|their|all)\s+[\d,.]+\s+[^.;]*,\s*$")
_CONTEXT_EN_RE = re.compile(r"(?<![A-Za-z])(?:" + _alternation(
    [w for w in _COUNT_EN if w not in AFTER_ONLY_EN and w.rstrip("s") + "s" not in AFTER_ONLY_EN]
    + list(MONEY_WORDS_EN)) + r")(?![A-Za-z])", re.I)
_UP_ZH_RE = re.compile(r"(?P<v>" + _alternation(UP_ZH + DOWN_ZH) + r")(?:了)?(?:分别)?(?:为|达到?|是)?$")
_RATE_ZH_RE = re.compile(_alternation(RATE_UP_ZH + RATE_DOWN_ZH))
_VERB_EN_RE = re.compile(r"(?<![A-Za-z])(?P<v>" + _alternation(UP_EN + DOWN_EN) + r")(?:\s+(?:by|some|a|an|of|(?:by\s+)?(?:a\s+further|"
                         r"another|an\s+additional)))?\s*$",
                         re.I)
_GROWTH_NOUN_BEFORE_EN = re.compile(r"(?<![A-Za-z])(?P<n>" + _alternation(GROWTH_NOUN_EN) + r")s?\s+of\s*$", re.I)
_AFTER_EN = re.compile(
    r"\s*(?:(?P<yoy>year[- ]on[- ]year|y-?o-?y|on\s+the\s+year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|"
    r"from\s+a\s+year\s+(?:earlier|ago|before))"
    r"|(?P<noun>" + _alternation(GROWTH_NOUN_EN) + r")(?![A-Za-z])"
    # "X% higher than", "23 percent more performances abroad than the year before", "41% more abroad last year"
    r"|(?P<cmp>more|higher|greater|faster|larger|bigger|less|lower|fewer|smaller|slower)\s+(?:(?<=more\s|ewer\s|less\s)"
    r"(?:[a-z][\w-]*\s+){1,3}?)?"
    # ("some 6% lower at the end of March than a year before": when, between the comparative and its base)
    r"(?:(?:at|in|by|during|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?[\w-]+(?:\s+\d{4})?\s+)?than\s+(?P<than>.{0,48})"
    r"|(?P<cmp2>more|less)\s+(?=(?:abroad|overseas|this\s+year|last\s+year|year[- ]on[- ]year|than)\b)"
    # "22 percent more jobs for overseas markets last year" (a percentage only: "a dozen more artists abroad" are added)
    r"|(?P<cmp4>more|fewer)\s+(?:(?:[a-z][\w-]*\s+){1,5}?(?=(?:abroad|overseas|this\s+year|last\s+year|year[- ]on[- ]year|"
    r"than|a\s+year\s+(?:earlier|ago|before))\b)"
    # ("38% more complaints about prepaid gym memberships in 2026 than a year earlier": a longer noun phrase when
    # an earlier time is named as the base)
    r"|(?:[a-z][\w-]*\s+){1,10}?(?:(?:in|during)\s+(?:the\s+)?\d{4}(?:-\d{2,4})?\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"(?=than\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+(?:[a-z][\w-]*\s+)?year|"
    r"the\s+year\s+before|last\s+year|in\s+(?:the\s+)?(?:previous\s+|prior\s+)?(?:\d{4}|year))\b))"
    # "Its ADSs closed 12 percent higher at $6.10": a day's move, the base left unsaid
    r"|(?P<cmp3>higher|lower)(?=\s+(?:at|on|to)\b|\s*[,.;]|\s*$))",
    re.I,
)
_AFTER_ZH = re.compile(r"的(?P<up>增长|增幅|涨幅)|的(?P<down>下降|降幅|跌幅|减少)")
_OUTPACE_EN = re.compile(r"\b(?:outpac\w*|outstripp?\w*|outperform\w*|outgrow\w*|ahead\s+of)\b.{0,60}\bby\s*$", re.I)
_DIFF_ZH = re.compile(rf"(?:{_alternation(RATE_UP_ZH)})(?P<cmp>比|较|高于|快于|低于|慢于|超过|高出|领先|快|慢)"
                      r"(?P<base>[^，,。；;]{0,30}?)(?:快|高出|高|加快|放缓|放慢|慢|低|多|少|提高|下降|领先)?$")
_DIFF_BARE_ZH = re.compile(r"^(?:比|较|高于|快于|低于|慢于)(?P<base>[^，,。；;]{1,30}?)(?:快|高出|高|慢|低|多|少)$")
_PERIOD_WORD = re.compile(r"上年|去年|前年|上月|上季|同期|上一|前一|第?[一二三四1-4]季|上半年|下半年|今年|\d{4}年|"
                          r"(?i:(?:in\s+|during\s+|that\s+of\s+|those\s+of\s+)?(?:\d{4}|the\s+(?:previous|prior|same|"
                          r"preceding)|last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|"
                          r"(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)))")
_CLAUSE_RE = re.compile(r"[，,；;。！？!?：:\n]|\s(?:while|but|whereas)\s")
_CONNECTOR_RE = re.compile(r"[\s、，,和与及]*(?:以及|and|or|或)?[\s、，,]*")
#: between an amount and a bare scaled number it is compared with: 12.4亿元，较前年的9.8亿 / 比上年同期的 (the base is money too)
_BASE_LINK_ZH = re.compile(r"\s*[，,]?\s*(?:较|比|相较|相比)(?:于)?[^，,。；;：:\d]{0,8}?的\s*")
_RANGE_SEP_RE = re.compile(r"\s*(?P<sep>-|–|—|~|～|〜|至|到)\s*|\s+(?P<w>to|and|through)\s+")
_NAME_QUOTE_RE = re.compile(r"“([^“”\n]{1,25})”|\"([^\"\n]{1,25})\"")
_PHONE_RE = re.compile(
    r"(?<![\d.])(?:\+\d{1,3}(?:[ -]\d{1,4}){2,4}|\(?0\d{1,3}\)?[ -]\d{3,4}[ -]?\d{3,4}|1[3-9]\d{9})(?![\d])"
    r"|(?:电话|专线|热线|传真|(?i:tel|phone|call|hotline|fax))[:：\s]*[\d\s()+-]{7,24}"
)
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<![\d.])\d+(?:\.\d+){2,}")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


# ---------------------------------------------------------------- numbers


def _dec(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(x)


def _cn_section(s: str) -> Optional[int]:
    """A Chinese number below 10000 (十二, 一千零五十, colloquial 一千三 = 1300)."""
    total, digit, last_unit, zero = 0, None, None, False
    for ch in s:
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            if d == 0:
                zero, digit = True, None if digit is None else digit
                continue
            if digit is not None:
                return None  # two digits in a row (二三) is not one number
            digit = d
        elif ch in CN_UNITS:
            u = CN_UNITS[ch]
            if last_unit is not None and u >= last_unit:
                return None
            total += (digit if digit is not None else 1) * u
            digit, last_unit, zero = None, u, False
        else:
            return None
    if digit is not None:
        if last_unit is not None and last_unit >= 100 and not zero:
            total += digit * last_unit // 10  # 一千三 = 1300, 两百五 = 250
        else:
            total += digit
    return total


def _cn_int(s: str) -> Optional[int]:
    """An integer written in Chinese numerals (两万三千, 三千五百万, 二〇二四, 一万五)."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s):
        if len(s) == 2 and not set(s) & {"零", "〇"}:
            return None  # 二三 is "two or three", not 23 (二〇二四 and 一九八五 are read digit by digit)
        value = 0
        for c in s:
            value = value * 10 + CN_DIGITS[c]
        return value
    for big_char, big in (("兆", 10**12), ("亿", 10**8), ("万", 10**4)):
        if big_char in s:
            left, _, right = s.partition(big_char)
            lv = _cn_int(left) if left else 1
            if lv is None or lv == 0:
                return None
            if not right:
                return lv * big
            if len(right) == 1 and CN_DIGITS.get(right):
                return lv * big + CN_DIGITS[right] * big // 10  # 一万五 = 15000
            rest = right.lstrip("零〇")
            rv = _cn_int(rest) if rest else 0
            if rv is None or rv >= big:
                return None
            return lv * big + rv
    return _cn_section(s)


def _cn_value(s: str) -> Optional[Decimal]:
    """A number written in Chinese numerals, with 点 decimals and trailing 万/亿 (三点二万亿)."""
    if not s:
        return None
    s = s.replace("万亿", "兆")
    if "点" in s:
        head, _, tail = s.partition("点")
        m = re.fullmatch(r"([零〇一二三四五六七八九]+)([万亿兆]*)", tail)
        if not m:
            return None
        whole = _cn_int(head) if head else 0
        if whole is None:
            return None
        value = Decimal(f"{whole}." + "".join(str(CN_DIGITS[c]) for c in m.group(1)))
        for c in m.group(2):
            value *= CN_BIG[c]
        return value
    i = _cn_int(s)
    return Decimal(i) if i is not None else None


def _en_value(s: str) -> Optional[Decimal]:
    """A number written in English words (half a million, two hundred thousand, a dozen)."""
    total, current = Decimal(0), Decimal(0)
    words = [w for w in re.split(r"[\s-]+", s.lower().strip()) if w]
    if not words:
        return None
    for w in words:
        if w in ("a", "an"):
            if current == 0:
                current = Decimal(1)
        elif w == "half":
            current = Decimal("0.5")
        elif w in EN_SMALL:
            current += EN_SMALL[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in EN_BIG:
            total += (current or 1) * EN_BIG[w]
            current = Decimal(0)
        elif w == "and":
            continue
        else:
            return None
    return total + current


def _arabic(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _scale_of(chars: str) -> int:
    product = 1
    for c in chars:
        product *= CN_SCALES[c]
    return product


def parse_number(s: str) -> Optional[Decimal]:
    """The value of a number word alone, or None when ``s`` is not one.

    Accepts Arabic numbers (``13551.7``, ``2,288``, full-width ``１２``) with a
    Chinese scale (``1000万``, ``3.2万亿``, ``8千``) or an English one (``1.5bn``,
    ``250.8m``, ``3.4k``, ``2 billion``); Chinese numerals (``五十万``,
    ``一千两百``, ``两万三千``, ``十二点五``, ``二〇二四``, financial 壹贰叁);
    English number words (``twenty-five``, ``half a million``, ``a dozen``).
    Approximate words (多, 余) are ignored here: ``500余万`` -> 5000000.
    """
    if not isinstance(s, str):
        return None
    t = unicodedata.normalize("NFKC", s).strip()
    if not t or len(t) > 80:
        return None
    try:
        m = re.fullmatch(rf"([+-]?){_ARABIC}", t)
        if m:
            return _arabic(t)
        m = re.fullmatch(rf"(?P<n>[+-]?{_ARABIC})(?:余|多)?(?P<s>[十百千万亿兆]{{1,4}})(?:余|多)?", t)
        if m:
            return _arabic(m.group("n")) * _scale_of(m.group("s"))
        m = re.fullmatch(rf"(?P<n>[+-]?{_ARABIC})\s?(?P<s>thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn|k|m|b)",
                         t, re.I)
        if m:
            return _arabic(m.group("n")) * EN_SCALES[m.group("s").lower()]
        m = re.fullmatch(rf"(?P<n>[{_CN_ALL}点]+?)(?:余|多)?(?P<s>[万亿]*)", t)
        if m and m.group("n")[0] in _D_ALL + "十拾点":
            if m.group("s") and re.search("[万亿萬億]", m.group("n")):
                # 两亿五千万, 七亿零八百八十一万: the last 万 is a section of the number, not a scale of all of it
                whole = _cn_value(m.group("n") + m.group("s"))
                if whole is not None:
                    return whole
            v = _cn_value(m.group("n"))
            if v is not None:
                return v * _scale_of(m.group("s")) if m.group("s") else v
        return _en_value(t)
    except (InvalidOperation, ValueError, KeyError, OverflowError):
        return None


def _fmt(d: Optional[Decimal]) -> Optional[str]:
    """Decimal string without exponent or trailing zeros ("7500000000000", "12.5")."""
    if d is None:
        return None
    if d == 0:
        return "0"
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _percent_of(num: Decimal, den: Decimal) -> Optional[Decimal]:
    if den == 0:
        return None
    q = Decimal(10) ** -FRACTION_PLACES
    return (num * 100 / den).quantize(q, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- the sentence


#: words written with a numeral that state no number: 二次元 (anime style), 二次创作, 一次性, 三次元
_NUMERAL_WORDS_RE = re.compile(r"[二三]次元|二次(?:创作|开发|元化|传播|加工)|一次性")


class _Sentence:
    """One sentence of analysis text and what is computed once for it."""

    def __init__(self, text: str) -> None:
        self.text = text
        sample = text[:4000]
        self.english = len(_LATIN_RE.findall(sample)) > len(_HAN_RE.findall(sample))
        self.periods = period_spans(text)
        self.period_starts = [a for a, _ in self.periods]
        blocked = list(self.periods)
        blocked += title_spans(text)  # (not 「」 that quote speech)
        blocked += [m.span() for m in _PHONE_RE.finditer(text)]
        blocked += [m.span() for m in _CLOCK_RE.finditer(text)]
        blocked += [m.span() for m in _NUMERAL_WORDS_RE.finditer(text)]
        for m in _NAME_QUOTE_RE.finditer(text):
            inner = m.group(1) or m.group(2) or ""
            if not re.search(r"[，。；！？,;!?%％]", inner) and not SPEECH_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
                blocked.append(m.span())
        blocked.sort()
        self.blocked = blocked
        self.blocked_starts = [a for a, _ in blocked]
        self.clause_ends = [m.end() for m in _CLAUSE_RE.finditer(text)]
        self.has_percent = bool(re.search(r"%|percent|per cent|百分", text))
        self.japan = bool(re.search(r"日本|日元|日圆|Japan|Japanese|Tokyo", text))
        self.places: list[tuple[int, str]] = []
        for pattern, ccy in PLACE_CURRENCY:
            self.places += [(m.start(), ccy) for m in re.finditer(pattern, text)]
        self.places.sort()
        self.mainland = [m.start() for m in re.finditer(MAINLAND, text)]

    def is_blocked(self, pos: int) -> bool:
        i = bisect.bisect_right(self.blocked_starts, pos) - 1
        while i >= 0 and i >= bisect.bisect_right(self.blocked_starts, pos) - 4:
            a, b = self.blocked[i]
            if a <= pos < b:
                return True
            i -= 1
        return False

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.clause_ends, pos) - 1
        return self.clause_ends[i] if i >= 0 else 0

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.clause_ends, pos)
        return self.clause_ends[i] - 1 if i < len(self.clause_ends) else len(self.text)

    def periods_within(self, a: int, b: int) -> list[tuple[int, int]]:
        """The periods that start in ``[a, b)`` (periods never overlap each other)."""
        i = bisect.bisect_left(self.period_starts, a)
        j = bisect.bisect_left(self.period_starts, b)
        return self.periods[i:j]

    def in_period(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.period_starts, a) - 1
        return any(pa < b and a < pb for pa, pb in self.periods[max(0, i):i + 2])


@dataclass
class _Fig:
    """A figure being built (mutable; becomes a :class:`Quantity`)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Optional[Decimal]
    unit: Optional[str] = None
    low: Optional[Decimal] = None
    high: Optional[Decimal] = None
    qualifier: Optional[str] = None
    count_of: Optional[str] = None
    count_source: str = ""  #: "measure", "noun", "" (not yet known)
    measure: Optional[str] = None  #: the Chinese measure word, when one was written
    currency_how: str = ""  #: "before", "after", "yuan" (元 alone), "implicit"
    unit_implicit: bool = False
    scaled: bool = False  #: a scale word was written (万, million)
    scale: int = 1
    kind: Optional[str] = None  #: preset kind (fractions, multiples)
    negative: bool = False
    sign_written: bool = False  #: "-5%": the sign was written
    bare_en: bool = False  #: an English number with no scale (needs a counted noun)
    article: bool = False  #: 一家, a/one + noun: the indefinite article, not a figure
    inherit: bool = False  #: "ones", "of them": counts what the previous figure counts
    threshold: bool = False  #: 1亿元以上的企业: names a category
    named: bool = False  #: right after a capitalized name (Windows 11): only a figure with a unit or scale
    drop: bool = False


# ---------------------------------------------------------------- 2. tokens


def _tokens(s: _Sentence) -> Iterator[_Fig]:
    """Number tokens outside blocked spans, each extended to a figure (or dropped by its builder)."""
    text = s.text
    for m in _CORE.finditer(text):
        if s.is_blocked(m.start()):
            continue
        name = m.lastgroup  # every alternative of _CORE is one named group that closes last
        try:
            fig = _BUILDERS[name](s, m)
        except (InvalidOperation, ValueError, KeyError, OverflowError, ZeroDivisionError):
            fig = None
        if fig is None or fig.drop:
            continue
        _extend_left(s, fig)
        yield fig


def _preset(s: _Sentence, m: re.Match, value: Optional[Decimal], unit: str, kind: Optional[str]) -> _Fig:
    """A token whose unit is in its own words (百分之…, 三分之一, 六成, 翻番, doubled)."""
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), value, unit=unit, kind=kind)
    _extend_qualifier_after(s, fig, allow_more=True)
    return fig


def _b_pct_cn(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """百分之十二点五: a percentage written in words."""
    v = parse_number(m.group("pct_n"))
    return None if v is None else _preset(s, m, v, "PERCENT", None)


def _b_frac_cn(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """三分之一, 五分之二: a fraction, as a percentage (a share by default)."""
    den, num = parse_number(m.group("fd")), parse_number(m.group("fn"))
    if den is None or num is None or den == 0:
        return None
    return _preset(s, m, _percent_of(num, den), "PERCENT", "share")


def _b_fan(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """翻番/翻一番/翻倍 = 2, 翻两番 = 4 (each 番 doubles)."""
    n = m.group("fan_n")
    value = Decimal(2) ** int(parse_number(n)) if n else Decimal(2)
    return _preset(s, m, value, "TIMES", "multiple")


def _b_half_cn(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """一半, 半数 = 50 % (过半/大半: more than half)."""
    fig = _preset(s, m, Decimal(50), "PERCENT", "share")
    if m.group("hc_q") in ("过", "大"):
        fig.qualifier = MORE
    elif m.group("hc_q") == "约有":
        fig.qualifier = ABOUT
    return fig


def _b_cheng(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """N成 = N×10 %, 六成五 = 65 % (a share by default); 两三成 = 20..30 %."""
    pair = m.group("ch_pair")
    if pair:
        if m.group("ch_d"):
            return None  # 两三成五 is not a way of writing a figure
        low, high = parse_number(pair[0]), parse_number(pair[1])
        fig = _Fig(m.start(), m.end(), m.start(), m.end(), None, low=low * 10, high=high * 10, unit="PERCENT", kind="share")
        _extend_qualifier_after(s, fig, allow_more=True)
        return fig
    tens = parse_number(m.group("ch_n"))
    ones = parse_number(m.group("ch_d")) if m.group("ch_d") else Decimal(0)
    if tens is None or ones is None:
        return None
    return _preset(s, m, tens * 10 + ones, "PERCENT", "share")


def _b_adj(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """两三万, 五六个: two adjacent digits are a range."""
    a, b = parse_number(m.group(0)[0]), parse_number(m.group(0)[1])
    scale = _scale_of(m.group("adj_s"))
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), None, low=a * scale, high=b * scale,
               scaled=scale >= 10000, scale=scale)
    return _extend_right(s, fig)


def _b_shu(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """数十/几百 = 2..9 times the unit; 十几 = 11..19, 二十几 = 21..29."""
    if m.group("shu_s"):
        unit = _scale_of(m.group("shu_s"))
        low, high = 2 * unit, 9 * unit  # 数十 = 20..90
        scale = unit
    else:
        tens = parse_number(m.group("sj_t")) if m.group("sj_t") else Decimal(1)
        low, high = tens * 10 + 1, tens * 10 + 9  # 十几 = 11..19
        scale = 1
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), None, low=_dec(low), high=_dec(high),
               scaled=scale >= 10000, scale=scale)
    return _extend_right(s, fig)


def _b_guo(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """过亿, 破万, 突破千万, 近千: a scale word alone after a qualifier."""
    scale = _scale_of(m.group("guo_s"))
    if m.group("guo_q") in ("近", "超") and NOT_QUALIFIER_ZH.search(s.text[max(0, m.start() - 2):m.start() + 1]):
        return None
    qualifier = NEARLY if m.group("guo_q") in ("近", "将近", "接近", "冲击", "冲刺") else MORE
    fig = _Fig(m.start(), m.end(), m.start("guo_s"), m.end(), _dec(scale), qualifier=qualifier,
               scaled=scale >= 10000, scale=scale)
    return _extend_right(s, fig)


def _b_ji(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """百亿元级市场, 千亿级产业: a scale as an order of magnitude (about that much)."""
    scale = _scale_of(m.group("ji_s"))
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), _dec(scale), qualifier=ABOUT, scaled=True, scale=scale)
    return _extend_right(s, fig)


def _b_shang(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """上百, 上千: about a hundred, about a thousand."""
    scale = _scale_of(m.group("shang_s"))
    fig = _Fig(m.start(), m.end(), m.start() + 1, m.end(), _dec(scale), qualifier=ABOUT, scaled=scale >= 10000,
               scale=scale)
    return _extend_right(s, fig)


def _b_yu(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """百余, 千多, 万余: a scale word alone before 余/多."""
    scale = CN_SCALES[m.group(0)]
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), _dec(scale), scaled=scale >= 10000, scale=scale)
    return _extend_right(s, fig)


def _b_en_mult(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """doubled = 2, tripled/trebled = 3, quadrupled = 4."""
    return _preset(s, m, _dec(EN_MULTIPLES[m.group("em").lower()]), "TIMES", "multiple")


def _b_fold(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """threefold, 4-fold: a multiple."""
    n = m.group("fold_n")
    v = parse_number(n) if n[0].isdigit() else _en_value(n)
    return None if v is None else _preset(s, m, v, "TIMES", "multiple")


def _b_andhalf(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """two and a half times: a multiple of 2.5; two and a half days, two and a half billion yuan: 2.5 of what
    follows (not "two" and "a half")."""
    n = m.group("ah_n")
    v = parse_number(n) if n[0].isdigit() else _en_value(n)
    if v is None:
        return None
    if m.group("ah_times"):
        return _preset(s, m, v + Decimal("0.5"), "TIMES", "multiple")
    return _extend_right(s, _Fig(m.start(), m.end(), m.start(), m.end(), v + Decimal("0.5")))


def _b_en_words(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """half a million, two hundred thousand, a dozen."""
    v = _en_value(m.group(0))
    if v is None:
        return None
    scaled = bool(re.search(r"thousand|million|billion|trillion", m.group(0), re.I))
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), v, scaled=scaled)
    return _extend_right(s, fig)


#: a change of a count said after it: "…, 227 more than a year earlier", "…, 14 fewer than in 2024"
_MORE_THAN_EN = re.compile(r"\s+(more|fewer|less)\s+than\b", re.I)
#: a time before the one spoken of, right after a bare number: a base (…, and 498 a year earlier)
_EARLIER_EN = re.compile(r"(?i)\s+(?:a|one|two|three|four|five|six|nine|twelve|\d{1,2})\s+(?:years?|quarters?|months?)\s+"
                         r"(?:earlier|ago|before)\b")


def _b_en_frac(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """one-third, a quarter, two-thirds; "half" only after a qualifier or "a", or before "of"."""
    text = s.text
    if m.group("ef_half"):
        before = text[max(0, m.start() - 24):m.start()]
        after = text[m.end():m.end() + 4]
        if not (_QUAL_BEFORE_EN_RE.search(before) or re.match(r"\s+of\b", after)
                or re.search(r"(?<![A-Za-z])(?:a|one)\s+$", before, re.I)):
            return None
        value = Decimal(50)
    else:
        num = Decimal(1) if m.group("ef_n").lower() in ("a", "an", "one") else _en_value(m.group("ef_n"))
        den = EN_FRACTIONS[m.group("ef_d").lower()]
        if 6 <= den <= 9 and m.group("ef_n").lower() in ("a", "an") \
                and not _QUAL_BEFORE_EN_RE.search(text[max(0, m.start() - 24):m.start()]) \
                and not re.match(r"\s*(?:of\b|[,.;:)]|$|(?:went|came|was|were|is|are|had|has|said)\b)", text[m.end():m.end() + 8]):
            return None  # "opening a sixth office": an ordinal, not a fraction (a seventh of…, nearly an eighth)
        if num is None:
            return None
        value = _percent_of(num, Decimal(den))
    return _preset(s, m, value, "PERCENT", "share")


def _b_en_in(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """one in five: a share."""
    num = parse_number(m.group("ei_n"))
    den = parse_number(m.group("ei_d"))
    if num is None or den is None or not 0 < num < den <= 100:
        return None
    return _preset(s, m, _percent_of(num, den), "PERCENT", "share")


def _b_en_card(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """An English number word with no scale (two … ninety-nine): a figure only before a counted noun."""
    v = _en_value(m.group(0))
    if v is None or v < 2:
        return None
    if m.group(0)[0].isupper() and _NAME_BEFORE.search(s.text, max(0, m.start() - 30), m.start()):
        return None  # the end of a name (thriller Signal Eight, Studio Seven), not a figure
    fig = _Fig(m.start(), m.end(), m.start(), m.end(), v, bare_en=True)
    return _extend_right(s, fig)


_GLUED_BEFORE = re.compile(r"[A-Za-z]$")
_CODE_DASH_BEFORE = re.compile(r"(?:^|[^\dA-Za-z.])[A-Za-z]+-$")
_MARK_BEFORE = re.compile(r"[#№第双]$|No\.\s?$")
_RANKING_AFTER = re.compile(r"[名位强]")
_SLASH_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_DATE_AFTER_SLASH = re.compile(r"\d{0,3}[月日号]")
_PART_AFTER = re.compile(r"[.:/]\d")
_NAME_BEFORE = re.compile(r"([A-Z][A-Za-z'’.-]*)\s+$")


def _b_ar(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """An Arabic number (with scale, unit, qualifiers), a fraction 1/3, or nothing when it is a code."""
    text = s.text
    a, b = m.span()
    neg = bool(m.group("neg"))
    num_a = a + 1 if neg else a
    before = text[max(0, num_a - 24):num_a]
    if neg:
        # a dash right after a number or its unit joins a range (25%-35%, 1.5bn-1.8bn, 30 - 40); after a word
        # or a space it is a sign (利润率为-3.5%, margins were -2.1%)
        glued = before[-2:-1]
        prev = before[:-1].rstrip()[-1:]
        if (glued and (glued.isascii() and glued.isalnum() or glued in "%)")) or (glued.isspace() and (
                prev.isdigit() or prev in "%")):
            neg, a = False, num_a
    latin = bool(_LATIN_RE.search(before))
    if latin:
        # glued to letters or codes: Q3, H1, 5G, COVID-19, V2.0, TOP5000; ordinals: Issue 5, Top 10
        if _GLUED_BEFORE.search(before) and not _CURRENCY_BEFORE_RE.search(before):
            return None
        if _CODE_DASH_BEFORE.search(before) or ORDINAL_BEFORE_EN.search(before):
            return None
    if _MARK_BEFORE.search(before):
        return None
    if before.endswith("前") and _RANKING_AFTER.match(text, b):
        return None  # 前10名: a ranking
    value = _arabic(m.group(0).lstrip("-"))
    # a fraction written 1/3
    frac = _SLASH_FRACTION.match(text, b)
    if frac:
        den = Decimal(frac.group(1))
        if 0 < value < den <= 10 and "." not in m.group(0) and not _DATE_AFTER_SLASH.match(text, frac.end()):
            fig = _Fig(a, frac.end(), a, frac.end(), _percent_of(value, den), unit="PERCENT", kind="share")
            _extend_qualifier_after(s, fig, allow_more=False)
            return fig
        return None
    if _PART_AFTER.match(text, b):
        return None
    fig = _Fig(a, b, num_a, b, -value if neg else value, negative=neg, sign_written=neg)
    fig.bare_en = s.english
    if latin:
        named = _NAME_BEFORE.search(before)
        fig.named = bool(named and named.group(1) not in CAPITAL_OK)
    return _extend_right(s, fig)


_CN_MARK_BEFORE = re.compile(r"[第双之初]$|周$|星期$|礼拜$")


def _b_cn(s: _Sentence, m: re.Match) -> Optional[_Fig]:
    """A number in Chinese numerals; 一 alone before a measure word is the article, not a figure."""
    text = s.text
    a, b = m.span()
    before = text[max(0, a - 2):a]
    if _CN_MARK_BEFORE.search(before):
        return None  # 第三, 双十一, 之一, 初二, 周五
    if before.endswith("前") and _RANKING_AFTER.match(text, b):
        return None  # 前十名: a ranking
    value = _cn_value(m.group(0))
    if value is None:
        return None
    fig = _Fig(a, b, a, b, value, scaled=bool(re.search(r"[万亿兆]", m.group(0))))
    fig.article = m.group(0) == "一"
    return _extend_right(s, fig)


_BUILDERS = {"pct_cn": _b_pct_cn, "frac_cn": _b_frac_cn, "fan": _b_fan, "half_cn": _b_half_cn, "cheng": _b_cheng,
             "adj": _b_adj,
             "shu": _b_shu, "guo": _b_guo, "ji": _b_ji, "shang": _b_shang, "yu": _b_yu, "en_mult": _b_en_mult, "fold": _b_fold, "andhalf": _b_andhalf,
             "en_words": _b_en_words, "en_frac": _b_en_frac, "en_in": _b_en_in, "en_card": _b_en_card,
             "ar": _b_ar, "cn": _b_cn}


def _multiply(fig: _Fig, factor: int) -> None:
    if factor == 1:
        return
    fig.scale *= factor
    if fig.value is not None:
        fig.value *= factor
    if fig.low is not None:
        fig.low *= factor
    if fig.high is not None:
        fig.high *= factor


def _extend_right(s: _Sentence, fig: _Fig) -> Optional[_Fig]:
    """Scale, approximation (多/余), unit or counted noun, and a trailing qualifier."""
    text = s.text
    pos = fig.end
    zh = _R_ZH_SCALE.match(text, pos)
    if zh and zh.end() > pos:
        if zh.group("s"):
            _multiply(fig, _scale_of(zh.group("s")))
            fig.scaled = True
        if zh.group("a1") or zh.group("a2"):
            fig.qualifier = MORE  # 300多名, 500余万, 8千余人
        pos = zh.end()
        if text.startswith("来", pos) and _MEASURE_RE.match(text, pos + 1):
            fig.qualifier, pos = ABOUT, pos + 1  # 20来个
    elif text.startswith("来", pos) and _MEASURE_RE.match(text, pos + 1):
        fig.qualifier, pos = ABOUT, pos + 1
    elif fig.value is not None and fig.low is None:
        en = _R_EN_SCALE.match(text, pos)
        if en:
            word = en.group("w") or en.group("suf")
            if en.group("suf") in ("K", "M", "B", "b") and not _CURRENCY_BEFORE_RE.search(
                    text, max(0, fig.num_start - 6), fig.num_start):
                return None  # 4K, 5B: a code unless money ($10M)
            _multiply(fig, EN_SCALES[word.lower()])
            fig.scaled = True
            pos = en.end()
    fig.end = pos
    if fig.scaled:
        fig.bare_en = False
    unit_end = _unit_after(s, fig, pos)
    if unit_end is None:
        return None
    fig.end = unit_end
    if fig.unit is not None and (fig.unit != "NUM" or fig.count_source):
        fig.bare_en = False
    _extend_qualifier_after(s, fig, allow_more=False)
    return fig


#: what a money threshold before 的 names a category of: 超过1亿元的动画企业, 逾1万美元的头部创作者
_CATEGORY_AFTER_ZH = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:企业|公司|厂商|团队|创作者|作者|主播|商户|卖家|机构|项目|业者)")
#: what a bracket names a group by, with the group's own figure after it: 雇员少于20人的约占四成, 在20至49人之间的占35.5%,
#: 一百人及以上的有88家 (how many or what share fall in the bracket is the figure, not its bounds)
_GROUP_AFTER_ZH = re.compile(r"(?:及以上|及以下)?(?:之间)?的(?:约|大约|合计|共)?(?:占|有\s*[\d一二两三四五六七八九十百千])")
#: people counted before a noun of firms: 员工不足50人的企业 (the firms, not the people, are what the sentence counts)
_FIRMS_AFTER_ZH = re.compile(r"(?:及以上|及以下)?(?:之间)?的[\u4e00-\u9fff]{0,4}?(?:企业|公司|业者|机构|厂商)")


def _extend_qualifier_after(s: _Sentence, fig: _Fig, allow_more: bool) -> None:
    """以上/左右/or more after the figure; 多/余 after a 成 or a fraction (三成多).

    A money or count figure followed by 以上的/以下的 names a category (年营收1亿元以上的企业).
    """
    text = s.text
    if allow_more:
        more = re.match(r"多|余", text[fig.end:fig.end + 1])
        if more and fig.unit == "PERCENT" and fig.kind == "share":
            fig.qualifier, fig.end = MORE, fig.end + 1
    q = _QUAL_AFTER_RE.match(text, fig.end)
    if not q:
        return
    if q.group("zh"):
        fig.qualifier = QUALIFIER_AFTER_ZH[q.group("zh")]
        fig.end = q.end()
        if q.group("zh") in ("以上", "以下", "以内", "及以上", "及以下") and text[fig.end:fig.end + 1] == "的" \
                and fig.unit != "PERCENT":
            fig.threshold = True
    elif q.group("en"):
        fig.qualifier = QUALIFIER_AFTER_EN[q.group("en")]
        fig.end = q.end()
    elif q.group("plus") and not re.match(r"[\d超]", text[q.end():q.end() + 1]):
        fig.qualifier = MORE
        fig.end = q.end()


def _unit_after(s: _Sentence, fig: _Fig, pos: int) -> Optional[int]:
    """Read the unit after the number; return where the figure ends, or None when it is not a figure."""
    text = s.text
    if (m := PERCENT_AFTER.match(text, pos)):
        fig.unit = "PERCENT"
        return m.end()
    if (m := POINTS_AFTER.match(text, pos)):
        if m.group("pts") and not s.has_percent:
            return None
        fig.unit = "PERCENT_POINT"
        if m.group("bp"):
            _divide(fig, 100)
        return m.end()
    if (m := TIMES_AFTER.match(text, pos)):
        if m.group("times"):
            left = text[max(s.clause_start(fig.start), fig.start - 60):fig.start].lower()
            for word, what in TIMES_COUNT:
                if word in left:
                    fig.unit, fig.count_of, fig.count_source = "NUM", what, "noun"
                    fig.bare_en = False
                    return m.end()
        fig.unit, fig.kind = "TIMES", "multiple"
        return m.end()
    if (m := _CN_CURRENCY_RE.match(text, pos)):
        ccy = CN_CURRENCY_AFTER[m.group(0)]
        if ccy == NO_CODE:
            fig.drop = True
            return m.end()
        fig.unit = ccy
        fig.currency_how = "after" if ccy else "yuan"
        end = m.end()
        if m.group(0) == "元" and text.startswith("人民币", end):
            fig.unit, fig.currency_how, end = CNY, "after", end + 3
        return end
    if (m := _EN_CURRENCY_RE.match(text, pos)):
        word = m.group(0).strip()
        if word == "won" and not fig.scaled and not re.match(r"\s*(?:[,.;]|$)", text[m.end():m.end() + 2]):
            return None if fig.bare_en else pos
        if EN_CURRENCY_AFTER[word] == NO_CODE:
            fig.drop = True
            return m.end()
        fig.unit, fig.currency_how = EN_CURRENCY_AFTER[word], "after"
        fig.bare_en = False
        return m.end()
    if (m := _DATA_RE.match(text, pos)):
        fig.unit = DATA_AFTER[m.group(0).strip()]
        fig.bare_en = False
        return m.end()
    if (m := _OTHER_ZH_RE.match(text, pos)) and not (
            OTHER_AFTER_ZH[m.group(0)] == "WK" and re.match(r"[年岁边末期刊一二三四五六日天]", text[m.end():m.end() + 1])):
        # (3周年, 2周岁, 周末, 星期五: not weeks)
        fig.unit = OTHER_AFTER_ZH[m.group(0)]
        return m.end()
    if (m := _OTHER_EN_RE.match(text, pos)):
        fig.unit = OTHER_AFTER_EN[m.group(0).strip(" -")]
        fig.bare_en = False
        return m.end()
    if (m := _MEASURE_RE.match(text, pos)) and not (
            m.group(0) == "台" and text.startswith(("北", "中", "南", "东", "湾", "州"), m.end())):
        # (2031台北国际电脑展, 逾50万 台湾…: the start of a place's name, not machines)
        measure = m.group(0)
        if measure == "个" and NOT_FIGURE_AFTER_ZH.match(text, m.end()):
            return None  # 3个月
        fig.unit, fig.measure = "NUM", measure
        fig.count_of, fig.count_source = MEASURES_ZH[measure], "measure"
        noun = _head_noun(text, m.end())
        if measure == "个" and text.startswith("人", m.end()) and not text.startswith(("人民币", "人均"), m.end()):
            fig.count_of, fig.count_source = "person", "noun"
            return m.end()
        if noun is None and measure in REFINED_MEASURES:
            noun = _noun_soon_after(text, m.end())
        if noun is not None and (measure in REFINED_MEASURES or measure == "个"):
            fig.count_of, fig.count_source = COUNT_NOUNS_ZH[noun.group(0)], "noun"
            if measure == "个" and fig.count_of in PLACE_COUNTS:
                return noun.end()  # 187个国家和地区: the noun belongs to the figure
        if fig.article and fig.value == 1:
            fig.drop = True
        if measure in ("国", "地", "省", "岸") and fig.value <= 3 and text[fig.num_start] in _D and not fig.qualifier:
            fig.drop = True  # 两国, 三地: "the two countries", a reference, not a figure
        if measure in ("个", "项", "大", "条", "点") and fig.value <= 10 and text[fig.num_start] in _D \
                and _DISCOURSE_NOUN_ZH.match(text, m.end()):
            fig.drop = True  # 呈现三个特点, 两大亮点, 五项举措: how a text counts its own points, not a figure
        if measure == "位" and text.startswith("数", m.end()):
            fig.drop = True  # 保持两位数增长: double-digit growth, not two people
        if measure == "次" and text.startswith(("会议", "全体会议"), m.end()) \
                and re.search(r"届\s*(?:全国)?(?:人大|人民代表大会|政协|党代会)?(?:常委会)?\s*$", text[max(0, fig.start - 12):fig.start]):
            fig.drop = True  # 十五届人大二次会议: the second session, an ordinal
        if measure == "省" and re.search(r"[东西南北中]部\s*$", text[max(0, fig.start - 3):fig.start]):
            fig.drop = True  # 中部六省, 西部十二省: the name of a group of provinces
        if _apposition(s, fig):
            fig.drop = True
        return m.end()
    if NOT_FIGURE_AFTER_ZH.match(text, pos):
        return None
    if (m := NOT_FIGURE_AFTER_EN.match(text, pos)):
        return None
    if fig.scaled and (noun := _head_noun(text, pos)):
        fig.unit, fig.count_of, fig.count_source = "NUM", COUNT_NOUNS_ZH[noun.group(0)], "noun"
        return pos  # 1000万用户: the figure is 1000万, the noun says what it counts
    if fig.bare_en and _PARTITIVE_EN.search(text, max(0, fig.start - 160), fig.start) \
            and re.match(r"\s+(?:were|was|are|had|have|came|went|received|won|got)\b", text[pos:pos + 12]):
        # "Of the 971 films…, 77 were screened abroad": the part counts what the whole counted
        fig.inherit, fig.unit, fig.bare_en = True, "NUM", False
        return pos
    if (m := _NOUN_EN_RE.match(text, pos)):
        if m.group("ones") or m.group("them"):
            fig.inherit = True
        else:
            fig.count_of, fig.count_source = COUNT_NOUNS_EN[m.group("n") or m.group("n2")], "noun"
        fig.unit = "NUM"
        if fig.bare_en and fig.value == 1:
            return None
        fig.bare_en = False
        return pos
    if fig.bare_en and _EMPLOYS_BEFORE_EN.search(text, max(0, fig.start - 40), fig.start) \
            and _PLURAL_AFTER_EN.match(text, pos):
        # "now employs about 2,600 linguists": whoever a firm employs are its staff, whatever their trade
        fig.count_of, fig.count_source, fig.unit, fig.bare_en = "employee", "noun", "NUM", False
        return pos
    if pos < len(text) and "A" <= text[pos].upper() <= "Z":
        return None  # 5G, 3A游戏, 4K
    return pos


def _apposition(s: _Sentence, fig: _Fig) -> bool:
    """A count that sums up the names listed right before it (广东、江苏、山东三省) is not a figure."""
    if fig.value is None or fig.value != fig.value.to_integral_value() or not 2 <= fig.value <= 12:
        return False
    n = int(fig.value)
    left = s.text[max(s.clause_start(fig.start), fig.start - 14 * n):fig.start]
    item = r"[^、，,。；;和与及等\s\d]{1,12}"
    return bool(re.search(rf"(?:^|[，,：:；;])?{item}(?:[、和与及]{item}){{{n - 1}}}$", left)) and \
        len(re.findall(r"[、和与及]", left)) == n - 1


def _divide(fig: _Fig, by: int) -> None:
    for attr in ("value", "low", "high"):
        v = getattr(fig, attr)
        if v is not None:
            setattr(fig, attr, v / by)


def _head_noun(text: str, pos: int) -> Optional[re.Match]:
    """The counted noun at ``pos``; of a compound, its head (游戏公司 -> 公司)."""
    m = _NOUN_ZH_RE.match(text, pos)
    while m is not None and COUNT_NOUNS_ZH.get(m.group(0)) not in PLACE_COUNTS:
        nxt = _NOUN_ZH_RE.match(text, m.end())
        if nxt is None or nxt.group(0) not in COUNT_NOUNS_ZH:
            break
        m = nxt
    return m if m is not None and m.group(0) in COUNT_NOUNS_ZH else None


def _noun_soon_after(text: str, pos: int) -> Optional[re.Match]:
    """A counted noun a few characters after a measure word (300多名海外员工)."""
    window = text[pos:pos + 8]
    cut = re.search(r"[，,。；;、的和与及(（]", window)
    if cut:
        window = window[:cut.start()]
    m = _NOUN_ZH_RE.search(window)
    if m is None or m.start() > 4:
        return None  # a noun further away belongs to another phrase (1200件文物复原于游戏)
    return _head_noun(text, pos + m.start())


def _extend_left(s: _Sentence, fig: _Fig) -> None:
    """Currency sign and qualifier before the number; the span grows to cover them.

    A currency sign decides the unit of a bare number, of a count guessed from a
    noun (US$46 million distribution deal) and of 元 (新台币9870亿元); a currency
    written after the number (人民币186.4亿美元) wins over it.
    """
    text = s.text
    start = fig.start
    w0 = max(0, start - 8)
    ccy = _CURRENCY_BEFORE_RE.search(text, w0, start) if _CURRENCY_CHAR.search(text, w0, start) else None
    if ccy:
        takes = fig.unit in (None, "NUM") or fig.currency_how == "yuan"
        explicit = bool(fig.unit and fig.unit.startswith("CCY_"))
        if takes or explicit:
            if takes:
                sign = ccy.group(0).strip()
                code = _yen_or_yuan(s) if sign == "¥" else CURRENCY_BEFORE[sign]
                fig.unit, fig.currency_how = code, "before"
                fig.count_of, fig.count_source, fig.measure = None, "", None
            fig.bare_en = False
            start = ccy.start()
    before = text[max(0, start - 24):start]
    if before[-1:].isspace():
        q = _QUAL_BEFORE_EN_RE.search(before) if _LATIN_RE.search(before) else None
    else:
        q = _QUAL_BEFORE_ZH_RE.search(before) if _HAN_RE.search(before[-3:]) else None
    if q:
        word = q.group(0).strip()
        if word in ("近", "超", "约") and NOT_QUALIFIER_ZH.search(before):
            q = None
        elif word.lower() == "over" and re.search(r"(?i)\b(?:year|years|month|period|decade)\s+over\s+$", before):
            q = None
    if q:
        word = q.group(0).strip()
        fig.qualifier = QUALIFIER_BEFORE_ZH.get(word) or QUALIFIER_BEFORE_EN.get(word.lower(), fig.qualifier)
        start = max(0, start - 24) + q.start()
    if _names_a_group(text, fig, start):
        fig.threshold = True  # 年出口额超过790万美元的企业有37家: names a category, only 37家 is a figure
    fig.start = start


#: an English bracket that names a group: "firms with revenue below 5 million yuan", "66 percent had fewer than 50 staff"
_GROUP_BEFORE_EN = re.compile(
    r"(?i)(?:\b(?:companies|firms|respondents|businesses|vendors|agencies|studios|enterprises|those|ones|members|\d[\d,]*)"
    r"\s+with\s+(?:an?\s+)?(?:annual\s+)?(?:(?:revenues?|sales|turnover|income|staff|workforces?|headcounts?)\s+)?(?:of\s+)?"
    r"|(?:percent|%|two-thirds|one-third|a\s+third|a\s+quarter|half|majority|most)(?:\s+of\s+(?:the\s+)?(?:respondents|"
    r"firms|companies|them))?\s+(?:had|have|has)\s+)$")


def _names_a_group(text: str, fig: _Fig, start: Optional[int] = None) -> bool:
    """Whether a bound or a bracket (超过…, 不足…, 30至99人之间; below 5 million yuan) names a group of firms or people:
    the group's count or share is the figure, not the bound."""
    if not (fig.qualifier in (MORE, LESS, AT_LEAST, AT_MOST) or fig.low is not None) or fig.unit == "PERCENT":
        return False
    at = fig.start if start is None else start
    if at > 0 and text[at - 1] == " " and _GROUP_BEFORE_EN.search(text, max(0, at - 60), at):
        return True
    money = (fig.unit or "").startswith("CCY_") or fig.currency_how == "yuan"
    return bool((money and _CATEGORY_AFTER_ZH.match(text, fig.end)) or _GROUP_AFTER_ZH.match(text, fig.end)
                or (fig.measure in ("人", "名") and _FIRMS_AFTER_ZH.match(text, fig.end)))


def _yen_or_yuan(s: _Sentence) -> str:
    """``¥``: yen in English text (which writes yuan as "yuan"/RMB) or next to Japan; else 人民币."""
    return JPY if s.english or s.japan else CNY


# ---------------------------------------------------------------- 3. ranges


def _merge_compounds(s: _Sentence, figs: list[_Fig]) -> list[_Fig]:
    """Join an amount written in two scales, 2亿6,870万元 or 3亿2千万元, into one figure (268,700,000)."""
    text = s.text
    out: list[_Fig] = []
    for b in figs:
        a = out[-1] if out else None
        if a is not None and a.end == b.start and a.value is not None and b.value is not None \
                and a.low is None and b.low is None and a.kind is None and b.kind is None \
                and text[a.start:a.end].endswith(("亿", "万")) and re.match(r"[\d一二两三四五六七八九]", text[b.start:b.end]) \
                and 0 < b.value < (Decimal(10) ** 8 if text[a.start:a.end].endswith("亿") else Decimal(10) ** 4) \
                and a.value > b.value and (a.unit is None or b.unit is None or a.unit == b.unit
                                           or (a.unit.startswith("CCY") and b.currency_how in ("", "yuan"))):
            keep_a = a.unit is not None and a.unit.startswith("CCY") and a.currency_how == "before"
            out[-1] = _Fig(a.start, b.end, a.num_start, b.num_end, a.value + b.value,
                           unit=a.unit if keep_a else (b.unit or a.unit), qualifier=a.qualifier or b.qualifier,
                           count_of=b.count_of or a.count_of, count_source=b.count_source or a.count_source,
                           measure=b.measure or a.measure, currency_how=a.currency_how if keep_a else (b.currency_how or a.currency_how),
                           unit_implicit=b.unit_implicit and a.unit_implicit, scaled=True, scale=b.scale)
            continue
        out.append(b)
    return out


#: the scale words a Chinese numeral may end on
_CN_SCALE_WORDS = {"万亿": 10 ** 12, "亿": 10 ** 8, "万": 10 ** 4, "千": 10 ** 3}


def _merge_ranges(s: _Sentence, figs: list[_Fig]) -> list[_Fig]:
    """Join "A - B" / "A至B" / "between A and B" / "from A to B" into one figure with low/high."""
    text = s.text
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs):
            b = figs[i + 1]
            merged = _range_of(s, text, a, b)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _range_of(s: _Sentence, text: str, a: _Fig, b: _Fig) -> Optional[_Fig]:
    """``a`` and ``b`` as one range, or None.

    The ends must be joined by a dash, 至/到, "between … and", or "(from) … to";
    "rose from 20% to 25%" (a change verb before) is two figures. A scale or unit
    written only on the second end applies to both (3~4亿, $2-3 million, 40-60%).
    """
    gap = text[a.end:b.start]
    sep = _RANGE_SEP_RE.fullmatch(gap)
    if not sep or a.value is None or b.value is None or a.kind == "multiple" or b.kind == "multiple":
        return None
    if a.unit and b.unit and a.unit != b.unit and not (a.unit.startswith("CCY") and b.unit.startswith("CCY")):
        return None
    if a.unit == "NUM" and a.count_of and b.unit not in (None, "NUM"):
        return None
    lead = text[max(0, a.start - 12):a.start]
    word = sep.group("w")
    start = a.start
    if word == "and":
        between = re.search(r"(?i)\bbetween\s+$", lead)
        if not between:
            return None
        start = max(0, a.start - 12) + between.start()
    elif word in ("to", "through") or sep.group("sep") in ("至", "到"):
        frm = re.search(r"(?i)(?:\bfrom|从|由)\s*$", lead)
        if word and frm and _VERB_EN_RE.search(text[max(0, a.start - 30):max(0, a.start - 12) + frm.start()]):
            return None  # rose from 20% to 25%: two figures (eat up 35 to 45 percent is one)
        if frm:
            if sep.group("sep") in ("至", "到") and re.search(r"[增降升减提缩压]", text[a.end:b.start] + lead):
                return None
            start = max(0, a.start - 12) + frm.start()
        elif word and not (a.unit is None or a.unit == b.unit):
            return None
    elif sep.group("sep") in "-–—" and (a.scaled and not b.scaled and a.unit is None):
        return None
    if a.low is not None or b.low is not None:
        return None
    low, high = a.value, b.value
    if not a.scaled and b.scaled and a.scale == 1:
        scale = b.scale
        if scale == 1:
            # a Chinese numeral holds its scale in its value (三至四亿元, 一至两亿元): the scale word it ends on
            word = re.search(r"(万亿|亿|万|千)$", text[b.num_start:b.num_end])
            scale = _CN_SCALE_WORDS[word.group(1)] if word else 1
        low = low * scale
    if low >= high:
        return None
    unit = b.unit or a.unit
    currency_how = b.currency_how or a.currency_how
    if a.unit and a.unit.startswith("CCY") and a.currency_how == "before" and b.currency_how in ("", "yuan"):
        unit, currency_how = a.unit, "before"
    fig = _Fig(start, b.end, a.num_start, b.num_end, None, unit=unit, low=low, high=high,
               qualifier=a.qualifier or b.qualifier, count_of=b.count_of or a.count_of,
               count_source=b.count_source or a.count_source, measure=b.measure or a.measure,
               currency_how=currency_how, scaled=a.scaled or b.scaled, scale=b.scale,
               kind=b.kind or a.kind, inherit=b.inherit)
    fig.bare_en = a.bare_en and b.bare_en
    fig.threshold = _names_a_group(text, fig, start)  # 员工在30至99人之间的占25.1%
    return fig


# ---------------------------------------------------------------- 4. classification


@dataclass
class _Earlier:
    """What the figures before the current one in the sentence said (kept as the scan goes)."""

    prev: Optional[_Fig] = None  #: the figure right before
    counted: Optional[_Fig] = None  #: the last count with a known noun
    money: Optional[_Fig] = None  #: the last amount of money
    yuan: Optional[str] = None  #: the last 元-currency written other than 人民币 (新台币…元)

    def add(self, fig: _Fig) -> None:
        self.prev = fig
        if fig.unit == "NUM" and fig.count_of:
            self.counted = fig
        if fig.unit and fig.unit.startswith("CCY_"):
            self.money = fig
            if fig.currency_how in ("before", "after"):
                self.yuan = fig.unit if fig.unit in (TWD, HKD, MOP, "CCY_SGD") else None


def _classify(s: _Sentence, figs: list[_Fig]) -> None:
    """What is counted, the currency of unnamed amounts, the kind and the direction."""
    earlier = _Earlier()
    for fig in figs:
        _count_and_money(s, fig, earlier)
        _kind_and_sign(s, fig, earlier.prev)
        earlier.add(fig)


def _left_context(s: _Sentence, fig: _Fig, prev: Optional[_Fig], width: int = 40) -> str:
    """The words right before the figure: its clause, since the previous figure, at most ``width`` characters."""
    floor = max(s.clause_start(fig.start), prev.end if prev else 0, fig.start - width)
    return s.text[floor:fig.start] if floor < fig.start else ""


#: a count stated with "numbered" after its noun: exhibitors … numbered 1,268, buyers numbered about 9,200
_NUMBERED_EN = re.compile(r"(?i)\bnumber(?:ed|s)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")


def _last_context_word(s: _Sentence, fig: _Fig, floor: int, reach: int = 40) -> Optional[str]:
    """The last counted noun or money word before the figure (since ``floor``, at most ``reach`` characters back)."""
    text = s.text
    window = text[max(floor, fig.start - reach):fig.start]
    pattern = _CONTEXT_EN_RE if s.english else _CONTEXT_ZH_RE
    last = None
    for m in pattern.finditer(window):
        if m.group(0) not in NOT_NOUNS_ZH:
            last = m.group(0)
    return last


def _count_and_money(s: _Sentence, fig: _Fig, earlier: _Earlier) -> None:
    """Settle what a count counts and the currency of an amount whose currency is not written."""
    text = s.text
    floor = s.clause_start(fig.start)
    prev, prev_counted, prev_money = earlier.prev, earlier.counted, earlier.money

    if fig.unit == "NUM" and fig.inherit:
        if prev_counted is not None:
            fig.count_of, fig.count_source = prev_counted.count_of, "noun"
        else:
            fig.count_of = _noun_before(s, fig, floor)
        return
    if fig.unit == "NUM" and fig.count_source == "measure" and fig.measure in REFINED_MEASURES:
        noun = _noun_before(s, fig, floor)
        if noun and (fig.count_of in (None, "person", "event", "household", "item") or
                     (fig.measure in ("人", "名", "位") and noun in PERSON_NOUNS)):
            fig.count_of = noun
    if fig.unit == "NUM" and fig.count_of == "person" and EMPLOY_CONTEXT.search(text[max(floor, fig.start - 40):fig.start]):
        fig.count_of = "employee"
    if fig.unit is None and fig.currency_how == "yuan":
        fig.unit = _yuan_currency(s, fig, earlier)
    if fig.unit is not None:
        return

    # a number with no unit: a count or an amount of money, by the words before it
    word_floor = max(floor, prev.end if prev is not None and prev.unit is not None else 0)
    word = _last_context_word(s, fig, word_floor)
    numbered = s.english and fig.bare_en and not fig.scaled and _NUMBERED_EN.search(text, max(0, fig.start - 24), fig.start)
    if word is None and numbered:
        word = _last_context_word(s, fig, word_floor, reach=90)  # "Exhibitors from outside the mainland numbered 1,268"
    if word is None and s.english and fig.scaled and prev is not None and prev.unit == "PERCENT" \
            and re.fullmatch(r"\s+to\s+", text[prev.end:fig.start]):
        word = _last_context_word(s, prev, floor)  # "Imports fell 8 percent to 1.19 billion": what the subject is
    counted = is_money = None
    if word:
        counted = COUNT_NOUNS_ZH.get(word) or _COUNT_EN.get(word) or _COUNT_EN.get(word.lower())
        is_money = word in MONEY_NOUNS_ZH or word.lower() in MONEY_WORDS_EN
    if counted and not is_money:
        if not fig.scaled and not fig.bare_en:
            return  # Chinese counts need a measure word (大陆, 一是)
        if fig.bare_en and not fig.scaled:
            # an English number alone counts a noun before it only after a verb (headcount shrank by 270)
            if not re.search(r"(?i)\b(?:by|to|from|hit|reached|totall?ed|of|at|was|were|stood\s+at)\s*$",
                             text[max(0, fig.start - 14):fig.start]) and not numbered:
                return
        fig.unit, fig.count_of, fig.count_source, fig.bare_en = "NUM", counted, "noun", False
        return
    more = _MORE_THAN_EN.match(text, fig.end) if fig.bare_en and prev_counted is not None and not fig.scaled else None
    if more and re.fullmatch(r"[^.;]{0,80}?,\s*(?:and\s+)?", text[prev_counted.end:fig.start]):
        # "served 1,058 contractors at the end of December, 227 more than a year earlier": the change of that count
        fig.unit, fig.count_of, fig.count_source, fig.bare_en = "NUM", prev_counted.count_of, "noun", False
        fig.kind = "growth"
        if more.group(1).lower() != "more":
            _negate(fig)
        return
    if not fig.scaled:
        # an English level right after "from"/"than" counts what the figure before it counts (up from 980)
        to_after = prev is not None and prev is prev_counted and re.fullmatch(r"(?i)\s+to\s+", text[prev.end:fig.start])
        # (…, against 574 three months earlier and 498 a year earlier: a second base after "and")
        if fig.bare_en and prev_counted is not None and (to_after or re.search(
                r"(?i)\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s*$", text[max(0, fig.start - 16):fig.start])
                or prev is prev_counted and re.fullmatch(r"(?i)\s+(?:\S+\s+){1,3}?and\s+", text[prev.end:fig.start])
                and _EARLIER_EN.match(text, fig.end)):
            fig.unit, fig.count_of, fig.count_source, fig.bare_en = "NUM", prev_counted.count_of, "noun", False
        return
    link = text[prev_money.end:fig.start] if prev_money is not None else ""
    if prev_money is not None and (is_money or s.english or _CONNECTOR_RE.fullmatch(link) or _BASE_LINK_ZH.fullmatch(link)):
        fig.unit, fig.currency_how, fig.unit_implicit = prev_money.unit, "implicit", True
    elif is_money:
        fig.unit, fig.currency_how, fig.unit_implicit = _place_currency(s, fig.start), "implicit", True
    elif prev_counted is not None:
        fig.unit, fig.count_of = "NUM", prev_counted.count_of  # 3.4k staff, up from 2.9k
    else:
        fig.unit = "NUM"
    fig.bare_en = False


def _noun_before(s: _Sentence, fig: _Fig, floor: int) -> Optional[str]:
    """What the last counted noun before the figure in its clause counts."""
    text = s.text
    window = text[max(floor, fig.start - 40):fig.start]
    if s.english:
        last = None
        for m in _CONTEXT_EN_RE.finditer(window):
            last = _COUNT_EN.get(m.group(0)) or _COUNT_EN.get(m.group(0).lower()) or last
        return last
    last = None
    for m in _NOUN_ZH_RE.finditer(window):
        last = COUNT_NOUNS_ZH.get(m.group(0), last)
    return last


def _yuan_currency(s: _Sentence, fig: _Fig, earlier: _Earlier) -> str:
    """元 alone: the 元-currency an earlier figure named (新台币3.1亿元、3.7亿元), Taiwan's in a sentence
    about Taiwan that does not speak of the mainland, else 人民币."""
    if earlier.yuan:
        return earlier.yuan
    if s.places and not s.mainland:
        ccy = _place_currency(s, fig.start)
        if ccy == TWD:
            fig.unit_implicit = True
            return TWD
    return CNY


def _place_currency(s: _Sentence, pos: int) -> str:
    """The currency of the place the sentence speaks of: the last named before ``pos``, else the first."""
    if not s.places:
        return CNY
    if s.mainland and any(m < pos for m in s.mainland):
        last_main = max(m for m in s.mainland if m < pos)
        if not any(last_main < p < pos for p, _ in s.places):
            return CNY
    before = [c for p, c in s.places if p < pos]
    return before[-1] if before else s.places[0][1]


def _kind_and_sign(s: _Sentence, fig: _Fig, prev: Optional[_Fig]) -> None:
    """Kind (level, growth, growth_difference, share, multiple) and direction, in the order of the module docstring."""
    text = s.text
    if fig.unit is None:
        return
    if fig.unit == "TIMES":
        fig.kind = "multiple"
        _grew_by_one_times(s, fig)
        return
    clause_start = s.clause_start(fig.start)
    near = _left_context(s, fig, prev)
    clause = text[max(clause_start, fig.start - 100):fig.start]
    after = text[fig.end:min(s.clause_end(fig.end) + 1, fig.end + 80)]
    ratio = fig.unit in ("PERCENT", "PERCENT_POINT")

    # figures listed one after another share kind and direction (分别增长11.3%、5.2%)
    if prev is not None and prev.unit == fig.unit and prev.kind in ("growth", "share", "growth_difference"):
        between = _blank_periods(s, prev.end, fig.start)
        if _CONNECTOR_RE.fullmatch(between) or re.fullmatch(r"(?i)[\s,、，]*(?:and|和|与|及|以及|、)?\s*", between):
            # (…fell 4 percent,) and 63 percent of respondents said…: a part of a whole, whatever came before
            part_of = s.english and (re.match(r"\s+of\s+(?!(?:the\s+)?(?:previous|prior|same|last)\b|a\s+year\b)"
                                              r"(?:the\s+|all\s+|its\s+|their\s+)?[a-z]", after)
                                     or _PEOPLE_WHO_DID_EN.match(after))  # (…, and 30 percent said they would…)
            if not _own_kind_cue(near, s.english) and not part_of:
                fig.kind = prev.kind
                if prev.negative and not fig.negative and fig.kind == "growth":
                    _negate(fig)
                return

    if ratio and _growth_difference(s, fig, near, clause, after):
        fig.kind, fig.unit = "growth_difference", "PERCENT_POINT"
        sign = _verb_sign(near, s.english)
        if sign == -1:
            _negate(fig)
        return

    if s.english and fig.unit.startswith("CCY") and _LOST_EN.search(near):
        fig.kind = "level"  # "the unit lost $6.2 million in 2030": a loss, an amount, not a fall
        return
    if fig.unit == "NUM" and ((_LAYOFF_EN.search(near) or (_CUT_EN.search(near) and _JOBS_AFTER_EN.match(text, fig.end)))
                              if s.english else _LAYOFF_ZH.search(near)):
        fig.kind = "level"  # "to let go 64 of its 90 staff", "shed some 700 jobs", 裁员约120人: those let go
        return
    verb = _verb_sign(near, s.english)
    if verb is None and s.english and ratio and re.search(r"\bgain(?:ing|s)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|"
                                                          r"almost\s+|more\s+than\s+)?$", near, re.I):
        verb = 1  # "after gaining about 37 percent this year" (a percentage: gaining 1 million players is a count gained)
    elif verb is None and s.english and ratio and (so_far := _CHANGE_TO_EN.search(near)):
        # "lifting its gain so far this year to about 41 percent", "cutting its loss so far this year to 9%"
        verb = CHANGE_NOUNS_EN[so_far.group("n").lower()]
    after_sign = _after_sign(after, s.english, ratio)
    rate = _rate_sign(clause, s.english) if ratio else None
    if verb is not None:
        sign = verb
        if rate == -1:
            sign = -verb  # 降幅收窄 2.1个百分点: the decline narrowed, a rise
        fig.kind = "growth"
        if sign == -1:
            _negate(fig)
        return
    if ratio and not s.english and (vo := _VERB_OBJECT_ZH.search(near)) and not _NOT_AN_OBJECT.search(vo.group("o")):
        # 降低运营成本30%, 提升美术效率35%, 缩短研发周期四成: the verb changes its object by the figure
        fig.kind = "growth"
        if vo.group("v") in DOWN_ZH:
            _negate(fig)
        return
    if ratio and s.english and ((vo := _VERB_OBJECT_EN.search(near))
                                or ((vo := _VERB_OBJECT_BARE_EN.search(near)) and _AFTER_BARE_OBJECT_EN.match(after))):
        # "cut rendering costs by 22%", "raised output by a fifth", "grew sales 16 percent to 3.1 billion yuan"
        fig.kind = "growth"
        if vo.group("v").lower() in _DOWN_OBJECT_EN:
            _negate(fig)
        return
    if after_sign is not None and (ratio or fig.kind is None):
        fig.kind = "growth"
        if after_sign == -1:
            _negate(fig)
        return
    if rate is not None and not _share_cue(s, near, clause, after):
        fig.kind = "growth"
        if rate == -1:
            _negate(fig)
        return
    carried = _growth_clause_before(s, fig, clause) if ratio else None
    if carried is not None:
        fig.kind = "growth"  # …同比增长，分别为8.4%和1.4%
        if carried == -1:
            _negate(fig)
        return
    if fig.unit == "PERCENT" and _share_cue(s, near, clause, after):
        fig.kind = "share"
        if fig.qualifier is None:
            q = re.search(r"(?P<q>大约|约|将近|接近|近|超过|逾)占[^，,。；;]{0,24}$", near)
            if q:
                fig.qualifier = QUALIFIER_BEFORE_ZH[q.group("q")]
        return
    if fig.unit == "PERCENT" and fig.kind is None and not s.english and prev is not None and prev.kind == "share" \
            and prev.unit == "PERCENT" and _FROM_TO_ZH.fullmatch(_blank_periods(s, prev.end, fig.start)):
        fig.kind = "share"  # 毛利率由2024年的31.2%提升至去年的45.1%: from one share to another
        return
    if fig.unit == "PERCENT" and fig.kind is None and s.english and prev is not None and prev.kind == "share" \
            and prev.unit == "PERCENT" and _FROM_SHARE_EN.fullmatch(_blank_periods(s, prev.end, fig.start)):
        fig.kind = "share"  # "made up 38 percent of sales, up from 24 percent": the share it changed from
        return
    if fig.unit == "PERCENT" and fig.kind is None and (_RATE_NOUN_EN if s.english else _RATE_NOUN_ZH).search(near):
        fig.kind = "share"  # 毛利率为46.3%, a gross margin of 38.2 percent, the interest rate was 3.15 percent: a ratio
        return
    if fig.kind is None:
        fig.kind = "growth" if fig.unit == "PERCENT_POINT" else "level"


#: the qualifier an English verb may put before its figure (lost about, shed more than, cut some)
_APPROX_EN = r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?"
_LOST_EN = re.compile(r"(?i)\b(?:lost|lose|loses|losing)\s+(?:an?\s+)?" + _APPROX_EN + "$")
_LAYOFF_EN = re.compile(r"(?i)\b(?:shed|sheds|shedding|lay\s+off|lays\s+off|laid\s+off|laying\s+off|axed?|axes|axing|"
                        r"eliminat(?:e|es|ed|ing))\s+" + _APPROX_EN + "$")
_CUT_EN = re.compile(r"(?i)\b(?:cut|cuts|cutting)\s+" + _APPROX_EN + "$")
_JOBS_AFTER_EN = re.compile(r"(?i)\s+(?:[a-z-]+\s+)?(?:jobs|positions|roles|posts)\b")
_LAYOFF_ZH = re.compile(r"(?:裁员|裁撤|裁减|遣散|辞退)(?:了)?(?:约|近|逾|超过)?\s*$")
#: between the two shares of "由x%提升至y%": a verb of change and 至/到 (the period of the second blanked)
_FROM_TO_ZH = re.compile(r"\s*(?:提升|提高|上升|升|增加|增长|扩大|下降|降低|降|回落|减少|下滑|缩小|收窄)(?:至|到)\s*(?:的)?\s*(?:约|近|超过|逾)?\s*")
#: between two English shares, the second the one the first changed from ("… of revenue, up from", "of sales from")
_FROM_SHARE_EN = re.compile(r"(?i)(?:\s+of\s+(?:its\s+|the\s+|their\s+)?[a-z][a-z\s'-]{0,30}?)?\s*,?\s*(?:(?:up|down)\s+)?"
                            r"from\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?")
#: a ratio of two amounts named before its percentage: 毛利率, 收视率, 不良贷款率, 胜诉率 (not a growth rate, which is a
#: change, nor an exchange rate); a margin, an interest rate, a loan ratio
_RATE_NOUN_ZH = re.compile(r"(?<!增长)(?<!成长)(?<!增)(?<!汇)(?<!速)[\u4e00-\u9fff]率")
_RATE_NOUN_EN = re.compile(r"(?i)\b(?:(?:gross|net|operating|profit|ebitda)\s+margins?|(?<!growth\s)(?<!exchange\s)rates?|ratios?)\b")


#: a change verb, its object, then the figure (降低运营成本30%): two-character verbs only, 增/多 are too loose
_VERB_OBJECT_ZH = re.compile(r"(?P<v>" + "|".join(sorted((v for v in UP_ZH + DOWN_ZH if len(v) >= 2), key=len, reverse=True))
                             + r")(?:了)?(?P<o>[\u4e00-\u9fffA-Za-z]{1,10}?)(?:约|近|超过|逾|达到?|了)?\s*$")
_DOWN_OBJECT_EN = {"cut", "cuts", "reduced", "reduces", "reduce", "lowered", "lowers", "lower", "shortened", "shortens",
                   "shorten", "slashed", "slashes", "slash", "trimmed", "trims", "trim", "decreased", "decreases"}
_VERB_OBJECT_EN = re.compile(r"(?<![A-Za-z])(?P<v>" + "|".join(sorted(_DOWN_OBJECT_EN | {
    "raised", "raises", "raise", "boosted", "boosts", "boost", "lifted", "lifts", "lift", "increased", "increases",
    "improved", "improves", "improve"}, key=len, reverse=True)) + r")\s+(?:[A-Za-z'\-]+\s+){1,4}by\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I)
#: the same without "by", where the figure ends the change: "grew sales 16 percent to …", "cut staff 9 percent,"
_VERB_OBJECT_BARE_EN = re.compile(r"(?<![A-Za-z])(?P<v>" + "|".join(sorted(_DOWN_OBJECT_EN | {
    "raised", "raises", "boosted", "boosts", "lifted", "lifts", "increased", "increases", "grew", "grows", "expanded",
    "expands"}, key=len, reverse=True)) + r")\s+(?:(?!(?:to|of|at|from|in|on|than|with|for)\b)[A-Za-z'\-]+\s+){1,3}"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", re.I)
_AFTER_BARE_OBJECT_EN = re.compile(r"\s*(?:(?:to|from)\b|[,;.]|$)", re.I)
#: … where the words after the verb are not its object but a target or a share (提升至30%, 增加到, 占比)
_NOT_AN_OBJECT = re.compile(r"至|到|为|达|占|比重|比例|份额|之一|的")
_CLAUSE_HEAD_ZH = re.compile(r"^\s*(?:分别|均|都|则|依次)(?:为|是|达到?)?$")
_GROWTH_END_ZH = re.compile(r"(?P<up>增长|增速|增幅|上升|正增长|提高)$|(?P<down>下降|降幅|负增长|减少|下滑)$")


def _growth_clause_before(s: _Sentence, fig: _Fig, clause: str) -> Optional[int]:
    """+1 / -1 when a clause that only says 分别为 follows one that ends with a change (同比增长，分别为x%)."""
    if not _CLAUSE_HEAD_ZH.match(clause):
        return None
    end = s.clause_start(fig.start) - 1
    if end <= 0:
        return None
    previous = s.text[max(s.clause_start(end), end - 30):end]
    m = _GROWTH_END_ZH.search(previous)
    if not m:
        return None
    return 1 if m.group("up") else -1


#: a verb of growth right before 一倍: 增加了一倍, 多了一倍, 高出一倍 ("more by one times": doubled)
_GREW_BY_ZH = re.compile(r"(?:增加|增长|提高|提升|扩大|上升|成长|上涨|高出|多出|增|涨|多)(?:了|出)?\s*$")


def _grew_by_one_times(s: _Sentence, fig: _Fig) -> None:
    """增加了一倍 / 多了一倍 is the idiom for "doubled": the ratio to the base is 2, not the 1 written.

    ("grew to one times the base" means no change, so the idiom cannot be read as stated; larger
    multiples, 增长2.8倍, stay as stated: they are ambiguous and recorded as written.)
    """
    if fig.value != 1 or s.english or fig.low is not None:
        return
    m = _GREW_BY_ZH.search(s.text, max(0, fig.start - 6), fig.start)
    if not m:
        return
    fig.value = Decimal(2)
    fig.start = m.start()
    after = s.text[fig.end:fig.end + 2]
    if fig.qualifier is None and (after.startswith("多") or after.startswith("以上")):
        fig.qualifier = MORE
        fig.end += 1 if after.startswith("多") else 2


def _negate(fig: _Fig) -> None:
    if fig.negative:
        return
    fig.negative = True
    if fig.value is not None:
        fig.value = -fig.value
    if fig.low is not None and fig.high is not None:
        fig.low, fig.high = -fig.high, -fig.low


def _blank_periods(s: _Sentence, a: int, b: int) -> str:
    """``text[a:b]`` with the periods in it removed (… 10.3 percent in 2022 and 7.6 percent …)."""
    text = s.text[a:b]
    for pa, pb in s.periods_within(a, b):
        if pb <= b:
            text = text[:pa - a] + " " * (pb - pa) + text[pb - a:]
    text = re.sub(r"(?i)\b(?:in|during|for)\s+(?=\s)", " ", text)
    return text


def _own_kind_cue(near: str, english: bool) -> bool:
    """Whether the words right before a listed figure give it a kind of its own."""
    return _verb_sign(near, english) is not None or bool(SHARE_ZH.search(near) or SHARE_EN.search(near))


def _verb_sign(near: str, english: bool) -> Optional[int]:
    """+1 / -1 when a change verb stands right before the figure (not 增至/rose to/up from)."""
    if not near:
        return None
    if english:
        m = _VERB_EN_RE.search(near)
        if m:
            v = m.group("v").lower()
            if v == "up" and re.search(r"(?i)\b(?:made|make|makes|making|sum|sums|summed|add|adds|set|ends?|ended|eat|eats|ate|"
                                       r"eaten|eating|take|takes|took|taken|taking|use|uses|used|using|soak|soaks|soaked)\s+up\b",
                                       near[max(0, m.start() - 8):]):
                return None  # made up 45.8 percent: a share
            if v == "down" and re.search(r"(?i)\b(?:take|takes|took|taken|taking|shut|shuts|shutting|pull|pulls|pulled|"
                                         r"pulling|bring|brings|brought|bringing|tear|tears|tore|torn|track|tracked|hunt|"
                                         r"hunted|knock|knocked)\s+down\b", near[max(0, m.start() - 10):]):
                return None  # took down 7,318 pirated copies, shut down 37 sites: removed, not a fall
            return -1 if v in DOWN_EN else 1
        n = _GROWTH_NOUN_BEFORE_EN.search(near)
        if n:
            return GROWTH_NOUN_EN[n.group("n").lower()]
        return None
    m = _UP_ZH_RE.search(near)
    if not m:
        return None
    v = m.group("v")
    head = near[:m.start()]
    if v in ("增", "升") and head.endswith(("新", "上", "提", "回", "攀", "跃", "飙")):
        return None if head.endswith("新") else 1
    if v in ("多", "少"):
        # 多/少 only as a comparison (比上年多3家, 少了5%): never 更多/许多
        if not re.search(r"(?:比|较)[^，,。]{0,12}$", head):
            return None
    if v == "降" and head.endswith("下"):
        return -1
    return -1 if v in DOWN_ZH else 1


def _after_sign(after: str, english: bool, ratio: bool = True) -> Optional[int]:
    """+1 / -1 when words after the figure make it a change ("a 17.4 percent increase", "X% lower than")."""
    if english:
        m = _AFTER_EN.match(after)
        if not m or (m.group("cmp4") and not ratio):
            return None
        if m.group("yoy"):
            return 1
        if m.group("noun"):
            return GROWTH_NOUN_EN[m.group("noun").lower()]
        word = (m.group("cmp") or m.group("cmp2") or m.group("cmp3") or m.group("cmp4")).lower()
        return -1 if word in ("less", "lower", "fewer", "smaller", "slower") else 1
    m = _AFTER_ZH.match(after)
    if not m:
        return None
    return 1 if m.group("up") else -1


def _rate_sign(clause: str, english: bool) -> Optional[int]:
    """+1 / -1 when the clause's subject is a rate of change (增速, 跌幅, growth)."""
    if english:
        if re.search(r"(?i)\b(?:decline|contraction)\s+rate\b|\brate\s+of\s+decline\b", clause):
            return -1
        if re.search(r"(?i)\bgrowth\b", clause):
            return 1
        return None
    last = None
    for m in _RATE_ZH_RE.finditer(clause):
        last = m.group(0)
    if last is None:
        return None
    return -1 if last in RATE_DOWN_ZH else 1


#: a stake after or before its percentage: "62% owned by", "a 30% stake", 由X持股57%, 57%的股权
_STAKE_AFTER_EN = re.compile(r"\s*-?\s*owned\b|\s+(?:equity\s+)?(?:stake|shareholding)\b", re.I)
_STAKE_BEFORE_ZH = re.compile(r"持股\s*(?:约|近|超过|逾)?\s*$")
_STAKE_AFTER_ZH = re.compile(r"\s*(?:的)?(?:股权|股份)")


def is_stake(before: str, after: str, english: bool) -> bool:
    """Whether the words right ``before`` and ``after`` a percentage make it a stake one holder has in another."""
    if english:
        return bool(_STAKE_AFTER_EN.match(after))
    return bool(_STAKE_BEFORE_ZH.search(before) or _STAKE_AFTER_ZH.match(after))


#: after a percentage of people, what they did or said: "found that 41.5 percent had watched…", "38 percent said…"
_PEOPLE_WHO_DID_EN = re.compile(r"\s+(?:of\s+them\s+)?(?:had|have|said|say|says|would|plan(?:ned)?|intend(?:ed)?|prefer(?:red)?|"
                                r"watched|played|bought|paid|used|visited|agreed|disagreed|reported)\b", re.I)


def _share_cue(s: _Sentence, near: str, clause: str, after: str) -> bool:
    """Whether the words around a percentage make it a part of a whole (占, 比重, accounted for, "% of", a stake)."""
    if s.english:
        return bool(SHARE_EN.search(clause) or re.match(r"\s+of\b|\s+(?:came|come|comes|coming|were|was)\s+from\b"
                                                        r"|\s+(?:share|interest)\b", after, re.I)
                    or is_stake(near, after, True) or _PEOPLE_WHO_DID_EN.match(after))
    return bool(SHARE_ZH.search(clause) or after.startswith(("的", "来自")) or is_stake(near, after, False)
                or re.search(r"贡献了?\s*(?:[^，,。；;\d]{1,14}?的)?\s*(?:约|近|超过|逾|大约)?\s*$", near))  # 东南亚市场贡献了26.8%


def _growth_difference(s: _Sentence, fig: _Fig, near: str, clause: str, after: str) -> bool:
    """A growth rate compared with another's (增速比货物出口高出近4%, outpacing … by 4 percent)."""
    if s.english:
        if _OUTPACE_EN.search(clause):
            return True
        m = _AFTER_EN.match(after)
        if m and m.group("cmp") and m.group("cmp").lower() in ("higher", "faster", "lower", "slower", "more", "less"):
            than = m.group("than")
            if _PERIOD_WORD.match(than.strip()):
                return False
            return fig.unit == "PERCENT_POINT" or bool(re.search(r"(?i)\b(?:grew|growth|increase)", clause))
        return False
    m = _DIFF_ZH.search(clause)
    if not m:
        # a clause without a subject right after one about a growth rate (增速快于…，比全国平均水平高出3个百分点)
        bare = _DIFF_BARE_ZH.search(clause)
        earlier = s.text[max(0, fig.start - len(clause) - 40):fig.start - len(clause)]
        if not bare or not _RATE_ZH_RE.search(earlier) or _PERIOD_WORD.match(bare.group("base").strip()):
            return False
        return not s.in_period(fig.start - len(clause) + bare.start("base"), fig.start - len(clause) + bare.end("base"))
    base = m.group("base")
    if m.group("cmp") in ("快", "慢") and base:
        return False
    if _PERIOD_WORD.match(base.strip()):
        return False
    base_start = fig.start - len(clause) + m.start("base")
    if base and s.in_period(base_start, base_start + min(len(base), 8)):
        return False
    return True


# ---------------------------------------------------------------- 5. keep


#: units a list of bare numbers takes from its last member: 7.8, 10.3 and 12.6 percent; 5.1、6.2和7.3%; 186万及148万TEU
_LIST_UNITS = {"PERCENT", "PERCENT_POINT", "TEU"}
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|or)?|、|及|和|与|與|以及|and|or)\s*", re.I)


def _share_list_unit(s: _Sentence, figs: list[_Fig]) -> None:
    """Numbers listed before a figure whose unit is written once, at the end, take that unit (and its kind).

    Percent, points and TEU pass on their unit; an amount passes on its scale and currency too, as a list of
    amounts is written with the scale once: 分别为312.5、208.4和96.7亿元 (three amounts in 亿元), 3.2, 4.5 and
    6.1 billion yuan. Only a bare number takes them, and only when nothing but a list separator lies between it
    and the next member (3 firms, 4.5 billion yuan is a count and an amount).
    """
    # amounts with their scale and currency written: a list of amounts ends on one
    written = [bool(f.unit and f.unit.startswith("CCY") and f.scaled and not f.unit_implicit) for f in figs]
    scale_from = None  # the member whose scale the bare amounts before it take (None: no list of amounts open)
    took: set[int] = set()  # members that took their unit from the one after them
    for i in range(len(figs) - 2, -1, -1):
        fig, last = figs[i], figs[i + 1]
        if written[i + 1]:
            scale_from = last
        elif scale_from is not last:
            scale_from = None
        if fig.drop or fig.threshold or fig.value is None or fig.low is not None or fig.measure or last.value is None:
            continue
        sep = _LIST_SEPARATOR.fullmatch(s.text, fig.end, last.start)
        if not sep:
            continue
        if "," in sep.group() and not re.search(r"(?i)\b(?:and|or)\b", sep.group()) and i + 1 not in took:
            continue  # "reached 271,000, 18 percent more": a comma alone opens a list only before another member
        if last.unit in _LIST_UNITS:
            if not (fig.unit is None or fig.bare_en or (fig.unit == "NUM" and not fig.count_of and last.unit == "TEU")):
                continue
        elif scale_from is not None:
            if not (fig.unit is None or fig.bare_en or fig.unit == "NUM" or fig.unit_implicit
                    or (fig.unit == last.unit and not fig.scaled)):  # $2.1 and $3.4 billion
                continue
            if fig.scaled:  # 3000万和2亿美元: the currency is shared; a bare number before 3000万 has no sure scale
                scale_from = None
            else:
                _multiply(fig, last.scale)
                fig.scaled = True
                scale_from = fig
            fig.currency_how, fig.unit_implicit = last.currency_how, last.unit_implicit
        else:
            continue
        fig.unit, fig.bare_en = last.unit, False
        took.add(i)
        fig.kind = last.kind if fig.kind in (None, "level") else fig.kind
        fig.count_of, fig.count_source = None, ""


#: before a small count of the items an article goes on to list: 以下是编辑部挑出的三部, 年终盘点｜五部, 盘点：三款
_LISTED_BEFORE_ZH = re.compile(r"(?:盘点|梳理|挑选|选出|列举|推荐|以下是?|下面是?)[^，。；,;\d]{0,8}$")
#: … in English: "Here are three studios", "Here is how three of them did", "The ministry listed five priorities"
_LISTED_BEFORE_EN = re.compile(r"\b(?:[Hh]ere\s+(?:are|is\s+how)|listed|lists|picked|highlighted|highlights|[Tt]he)\s+$")
_SPELLED_SMALL_EN = re.compile(r"(?i)(?:two|three|four|five|six|seven|eight|nine|ten)")


#: a condition's opening word, at the start of its clause: 若, 如果, 一旦, if, should
_CONDITION_OPENS = re.compile(r"(?:^|[，,；;：:]\s*|\s)(?:若|如果|如若|倘若|假如|一旦|(?i:if|should|unless)\b)(?![\u4e00-\u9fff]{0,1}[何此])")
#: a bound a condition sets on a figure: 升至9倍以上, 低于1元, stays above five times, falls below $1
_BOUND_BEFORE = re.compile(r"(?:高于|低于|超过|跌破|突破|升至|回升至|降至|跌至|达到|(?i:above|below|exceeds?|under|over|beyond))\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:以上|以下|以内)")


def _conditional_threshold(s: _Sentence, f: _Fig) -> bool:
    """Whether a figure is the bound of a condition, not a figure of the world: 若债务与EBITDA之比升至9倍以上，评级可能
    下调; "the agency may cut the rating if net debt stays above six times EBITDA"."""
    text = s.text
    cond = None
    for cond in _CONDITION_OPENS.finditer(text, 0, f.start):
        pass  # the last condition opened before the figure
    if cond is None:
        return False
    if s.english and re.search(r"[,;]", text[cond.end():f.start]):
        return False  # (an English condition ends at its comma)
    if not s.english and cond.start() < s.clause_start(f.start) - 1:
        return False  # (a Chinese condition is its own clause's)
    # the bound before the figure, or inside it before its number (超过100万份), or after it (8倍以上)
    return any(_BOUND_BEFORE.search(text, max(0, f.start - 8), end) for end in {f.start, max(f.start, f.num_start)}) \
        or bool(_BOUND_AFTER.match(text, f.end))


def _attributive_duration(s: _Sentence, f: _Fig) -> bool:
    """Whether a duration names a kind of thing, not a figure: a visa-free stay (240小时过境免签, the 30-day visa-free
    entry scheme) or round-the-clock service (24小时客服中心, a 24-hour help desk)."""
    if f.unit not in ("HR", "DAY") or f.low is not None or f.qualifier:
        return False
    text = s.text
    after = text[f.end:f.end + 12]
    if re.match(r"\s*(?:过境)?免签|\s*visa[- ]free\b", after, re.I):
        return True
    if f.unit == "HR" and str(f.value) == "24":
        if s.english:
            return bool(re.fullmatch(r"24-hour", text[f.start:f.end]) and re.match(r"\s+[a-z]", after))
        return bool(re.match(r"[\u4e00-\u9fff]", after) and not re.match(r"(?:内|以内|之内|后|以后|以上|左右|的|之|前|不)", after))
    return False


def _items_listed(s: _Sentence, f: _Fig) -> bool:
    """Whether a small count is of the items the article itself lists or refers to, not a figure: 以下是编辑部挑出的三部作品,
    盘点｜五部新片…, "Here are three studios", "Five Chinese studios …" opening a headline, "the two firms said"."""
    if f.unit != "NUM" or f.value is None or f.low is not None or f.qualifier or f.scaled:
        return False
    try:
        if float(f.value) > 10:
            return False
    except (TypeError, ValueError):
        return False
    text = s.text
    written = text[f.num_start:f.num_end]
    if not s.english:
        if written[:1] in _D and re.search(r"(?:这|该|上述|此)$", text[max(0, f.start - 2):f.start]):
            return True  # 今年这两项收入合计: the two just named, a reference
        if written == "二" and text.startswith("次", f.num_end) and re.match(r"[\u4e00-\u9fff]", text[f.num_end + 1:f.num_end + 2]) \
                and not text.startswith(("次会议", "次全体"), f.num_end):
            return True  # 二次创作, 二次授权: secondary, not twice
        return written[:1] in _D and bool(_LISTED_BEFORE_ZH.search(text, max(0, f.start - 12), f.start))
    if not _SPELLED_SMALL_EN.fullmatch(written):
        return False
    before = text[max(0, f.start - 16):f.start]
    if before.endswith(("the ", "The ")) and re.match(r"\s+(?:largest|biggest|top|highest|highest-ranked|leading|most|best-selling)\b",
                                                      text[f.end:f.end + 24]):
        return True  # "The ten largest publishers took…": a group named by its rank
    if _LISTED_BEFORE_EN.search(before):
        return not before.endswith(("the ", "The ")) or float(f.value) <= 5
    # a headline that opens on its count (no full stop at its end): "Five Chinese studios that …"
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start:line_end if line_end != -1 else len(text)].rstrip()
    return not text[line_start:f.start].strip() and not line.endswith((".", "?", "!", "\"", "”"))


def _keep(fig: _Fig) -> bool:
    """A figure needs a unit, a scale or a counted noun; articles and category thresholds are not figures."""
    if fig.drop or fig.threshold or fig.unit is None or fig.bare_en:
        return False
    if fig.named and fig.unit == "NUM" and not fig.scaled:
        return False
    if fig.article and fig.value == 1 and fig.unit == "NUM":
        return False
    if fig.unit == "NUM" and not (fig.count_of or fig.scaled or fig.measure or fig.low is not None
                                  or fig.count_source or fig.inherit):
        return False
    return True


def _to_quantity(fig: _Fig, offset: int) -> Quantity:
    """The record handed to the observation assembly (spans shifted by ``offset``)."""
    return Quantity(
        norm_start=offset + fig.start, norm_end=offset + fig.end, value=_fmt(fig.value), unit=fig.unit or "NUM",
        low=_fmt(fig.low), high=_fmt(fig.high), unit_implicit=fig.unit_implicit, qualifier=fig.qualifier,
        count_of=fig.count_of if fig.unit == "NUM" else None, negative=fig.negative, kind=fig.kind or "level",
    )


# ---------------------------------------------------------------- ranks

_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
               "fifteenth": 15, "twentieth": 20}
#: 居全球第二, 位列全国第三位, 排名第5, 稳居世界第一, 全球第二大服务贸易国, 位居首位
_RANK_ZH = re.compile(
    # (a chart's place: 登上免费榜第一, 下载榜第二名; the place a year before: 上年为第10位)
    r"(?P<verb>稳居|跃居|位居|位列|名列|分列|分居|排名为|排名是|排名|排在|排行|仅排|排(?=第)|跃升至|跃升为|升至|降至|跌至|滑落至|退居|"
    r"居(?![住民然中于多少高室所家])|(?<=[\u4e00-\u9fffA-Za-z])榜(?=第)|"
    r"(?<=[年期届])为(?=第))?(?P<scope>全球|世界|全国|全省|全市|亚洲|全行业|行业|同类|各类)?"
    r"(?(verb)(?P<among>[\u4e00-\u9fff]{2,8}?)?|)"  # 居全国沿海港口第四位, 居各类服务首位: what it ranks among
    r"(?:排名|排行)?(?:第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})(?P<tail>位|名|大(?=[\u4e00-\u9fffA-Za-z]))?|(?P<first>首位|首))")
_RANK_MORE_ZH = re.compile(r"(?:(?P<list>[、和及与])|的)(?P<r>第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名))"
                           r"(?(list)|(?=[^，,。；;]{0,3}(?:升至|降至|跃升至|跌至|下滑至|升到|降到|跌到|提升至|上升至)))")
#: ranks second, ranked 3rd, the world's second-largest
_RANK_EN = re.compile(
    r"\brank(?:s|ed|ing)?\s+(?:as\s+)?(?:the\s+)?(?:world['’]s\s+)?(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|\d{1,3}(?:st|nd|rd|th))\b|\b(?P<n2>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))"
    r"[- ](?:largest|biggest)\b", re.I)


_ORD_EN = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
           r"fifteenth|twentieth|\d{1,3}(?:st|nd|rd|th))")
#: a place in a ranking said by a verb of finishing or moving: came second, rose to third from fifth, slipped to 12th
_RANK_MOVE_EN = re.compile(
    rf"\b(?:came|comes|come|finished|finishes|placed|places|rose|rises|climbed|climbs|jumped|jumps|fell|falls|slipped|slips|"
    rf"dropped|drops|moved\s+up|moved\s+down|moved|advanced)\s+(?:back\s+)?(?:to\s+)?(?P<n>{_ORD_EN})"
    rf"(?:\s+place)?(?:\s+from\s+(?P<from>{_ORD_EN}))?\b(?!\s+(?:time|quarter|half|day|week|month|year|edition|round|phase))",
    re.I)

#: a place in a ranking written with a number sign: climbs to No. 4, peaked at No. 3, ranked No. 1
_RANK_NO_EN = re.compile(r"\b(?:to|(?:peaked|debuted|sat|sits|stood|stands|entered|enters|landed|lands|came\s+in|comes\s+in)\s+at|ranked|ranks|ranking|hit|hits|reached|reaches|is|was|became|becomes|remains|remained)"
                         r"\s+(?:the\s+)?No\.\s?(?P<n>\d{1,3})\b", re.I)
#: the place before, after a place stated in the sentence: ranked fourth…, up from seventh a year earlier
_RANK_MOVED_FROM_EN = re.compile(rf"\b(?:climbed|climbs|rose|rises|fell|falls|slipped|slips|dropped|drops|jumped|jumps|advanced|"
                                 rf"moved\s+up|moved\s+down)\s+from\s+(?P<n>(?!first\b){_ORD_EN})(?:\s+place)?\b"
                                 r"(?!\s+(?:time|quarter|half|day|week|month|year|edition|round|phase))", re.I)
_RANK_APPOS_EN = re.compile(rf"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s(?P<n>(?!first\b){_ORD_EN}),\s")
_RANK_FROM_EN = re.compile(rf"\b(?:up|down)\s+from\s+(?:No\.\s?(?P<no>\d{{1,3}})|(?P<n>{_ORD_EN}))(?:\s+place)?\b"
                           r"(?!\s+(?:time|quarter|half|day|week|month|year|edition|round|phase))", re.I)


def _ranks(text: str, offset: int) -> list[Quantity]:
    """Positions in a ranking (kind ``rank``, unit ``RANK``): 居全球第二, ranks second, second-largest.

    An ordinal is a rank only with a verb of ranking (居, 位列, 排名, ranks) or a scope and 位/名/大 (全球第二大);
    第一季度, 第三届, 第二批 and a list's 第一 are not.
    """
    out = []
    for m in _RANK_ZH.finditer(text):
        verb, scope, tail = m.group("verb"), m.group("scope"), m.group("tail")
        if m.group("first"):
            if not verb or (m.group("first") == "首" and verb != "居"):
                continue
            n = 1
        else:
            if not (verb and (scope or tail or not re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1])
                              or text.startswith(("的", "位", "名"), m.end()))) and not (scope and tail):
                continue
            raw = m.group("n")
            n = int(raw) if raw.isdigit() else (_cn_int(raw) or 0)
        if 1 <= n <= 500:
            start = m.start() + (len(verb) if verb in ("榜", "为") else 0)  # (免费榜第一: the place, not the chart)
            out.append(Quantity(norm_start=offset + start, norm_end=offset + m.end(), value=str(n), unit="RANK",
                                kind="rank"))
    for m in _RANK_MORE_ZH.finditer(text):
        # 分列第二、第三位: the places listed after the first; 由上届的第九位升至第六位: the place it moved from
        if m.group("list") and not any(q.norm_end - offset == m.start() for q in out):
            continue
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else (_cn_int(raw) or 0)
        if 1 <= n <= 500 and not any(q.norm_start - offset <= m.start("r") < q.norm_end - offset for q in out):
            out.append(Quantity(norm_start=offset + m.start("r"), norm_end=offset + m.end(), value=str(n), unit="RANK",
                                kind="rank"))
    spans = []
    for m in _RANK_EN.finditer(text):
        spans.append((m.start(), m.end(), m.group("n") or m.group("n2")))
    for m in _RANK_MOVE_EN.finditer(text):
        spans.append((m.start("n"), m.end("n"), m.group("n")))
        if m.group("from"):
            spans.append((m.start("from"), m.end("from"), m.group("from")))  # rose to third from fifth: two places
    for m in _RANK_MOVED_FROM_EN.finditer(text):  # "rose from eighth the year before": the place it moved from
        spans.append((m.start("n"), m.end("n"), m.group("n")))
    for m in _RANK_APPOS_EN.finditer(text):  # "Hebei, second, exported 31 billion yuan": a place in a ranking
        spans.append((m.start("n"), m.end("n"), m.group("n")))
    for m in _RANK_NO_EN.finditer(text):
        spans.append((m.start("n") - len(re.search(r"No\.\s?$", text[:m.start("n")]).group(0)), m.end("n"), m.group("n")))
    if spans:
        for m in _RANK_FROM_EN.finditer(text):
            g = "no" if m.group("no") else "n"
            a = m.start(g) - (len(re.search(r"No\.\s?$", text[:m.start(g)]).group(0)) if g == "no" else 0)
            spans.append((a, m.end(g), m.group(g)))
    for a, b, raw in sorted(spans):
        if any(x < b and a < y for x, y, _ in spans if (x, y) != (a, b) and y - x > b - a):
            continue  # inside a longer match
        raw = raw.lower()
        n = _ORDINAL_EN.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        if 1 <= n <= 500:
            out.append(Quantity(norm_start=offset + a, norm_end=offset + b, value=str(n), unit="RANK", kind="rank"))
    return out


# ---------------------------------------------------------------- entry point


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every figure stated in one sentence of analysis text, in text order (see the module docstring).

    ``offset`` is where the sentence starts in the document's analysis text; the
    returned spans include it. Never raises.
    """
    if not text or not isinstance(text, str):
        return []
    ranks = _ranks(text, offset) if ("第" in text or "首位" in text or "居首" in text or "rank" in text or "larg" in text
                                     or "bigg" in text or "No." in text or _RANK_MOVE_EN.search(text)
                                     or _RANK_APPOS_EN.search(text) or _RANK_MOVED_FROM_EN.search(text)) else []
    if ranks:
        found = _figures(text, offset)
        taken = [(q.norm_start, q.norm_end) for q in found]
        found += [r for r in ranks if not any(a < r.norm_end and r.norm_start < b for a, b in taken)]
        return sorted(found, key=lambda q: q.norm_start)
    return _figures(text, offset)


#: whether a sentence can hold a figure at all (a quick test before the full scan)
_ANY_NUMBER = re.compile(rf"[0-9零〇一二两三四五六七八九十百千万亿半翻倍]|(?i:\b(?:{_EN_CARD}|a|half|doubl\w*|tripl\w*|trebled|"
                         r"quadrupl\w*|\w+fold)\b)")


def _figures(text: str, offset: int) -> list[Quantity]:
    if not _ANY_NUMBER.search(text):
        return []
    s = _Sentence(text)
    figs = [f for f in _tokens(s)]
    figs = _merge_ranges(s, _merge_compounds(s, figs))
    _classify(s, figs)
    _share_list_unit(s, figs)
    out = []
    last_end = -1
    for f in figs:
        if not _keep(f) or f.start < last_end or _items_listed(s, f) or _attributive_duration(s, f) \
                or _conditional_threshold(s, f):
            continue
        out.append(_to_quantity(f, offset))
        last_end = f.end
    return out
