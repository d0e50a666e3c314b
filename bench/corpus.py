"""A deterministic scaling corpus in the genre of the seeds, for benchmarks.

Run from the repository root::

    python bench/corpus.py 1000 /tmp/corpus-1000            # 1,000 documents
    python bench/corpus.py 100 /tmp/corpus-100 --seed 7      # another draw

Every document is news of about 3 KB on China's services trade and cultural
exports: services-trade totals, exports of games, films, web novels and
micro-dramas, firms (有限公司, 集团, Inc.), government bodies, policies in 《…》,
regions, figures with 亿/万/billion scales, 同比增长 X%, periods (上半年, 前三季度,
2024年, Q3), persons with titles and reporting verbs, and a source line.
About 45% are Simplified Chinese, 25% Traditional Chinese (the Simplified text
through OpenCC ``s2t``) and 30% English; one in twenty reprints a paragraph of
an earlier document (what the duplicate finder looks for).

Names and numbers are invented, made from combinable parts (two-character
stems, pinyin, English words), so the number of distinct entities grows with
the corpus. Nothing is taken from the seeds.

Determinism: document ``i`` depends only on ``(seed, i)`` (``random.Random``
seeded with a string, no clock, no hash randomization), so the same ``N`` and
seed give byte-identical files, and a smaller corpus is a prefix of a larger one.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.normalize import to_traditional  # noqa: E402

#: a corpus folder made by this script carries this file (hidden: builds skip it)
MARKER = ".kg-bench-corpus"
TARGET_BYTES = 3000

# ---------------------------------------------------------------- name parts (invented)

#: (character, pinyin) stems of firm and work names
STEM_A = [("星", "Xing"), ("云", "Yun"), ("澜", "Lan"), ("墨", "Mo"), ("青", "Qing"), ("岚", "Lan"), ("璟", "Jing"),
          ("瀚", "Han"), ("拓", "Tuo"), ("启", "Qi"), ("锦", "Jin"), ("沐", "Mu"), ("朗", "Lang"), ("越", "Yue"),
          ("翼", "Yi"), ("峰", "Feng"), ("川", "Chuan"), ("森", "Sen"), ("晨", "Chen"), ("灵", "Ling"), ("弈", "Yi"),
          ("航", "Hang"), ("屿", "Yu"), ("琥", "Hu"), ("蓝", "Lan"), ("橙", "Cheng"), ("麦", "Mai"), ("禾", "He")]
STEM_B = [("途", "tu"), ("隅", "yu"), ("泽", "ze"), ("帆", "fan"), ("阙", "que"), ("原", "yuan"), ("野", "ye"),
          ("光", "guang"), ("屹", "yi"), ("舟", "zhou"), ("衡", "heng"), ("弦", "xian"), ("芒", "mang"), ("穹", "qiong"),
          ("砚", "yan"), ("潮", "chao"), ("溪", "xi"), ("崖", "ya"), ("栖", "qi"), ("野", "ye"), ("曜", "yao"),
          ("翎", "ling"), ("垣", "yuan"), ("棠", "tang")]
#: (Chinese trade, English trade) of a firm
TRADES = [("互娱", "Interactive"), ("数娱", "Digital Entertainment"), ("影业", "Pictures"), ("网络科技", "Network Technology"),
          ("文化传媒", "Culture Media"), ("动漫", "Animation"), ("游戏", "Games"), ("数字科技", "Digital Technology"),
          ("文学", "Literature"), ("短剧", "Short Drama"), ("信息技术", "Information Technology"), ("软件", "Software")]
FIRM_SUFFIX = ["有限公司", "股份有限公司", "集团", "科技有限公司"]
EN_FIRM_SUFFIX = ["Co., Ltd.", "Group", "Inc.", "Holdings"]

WORK_A = ["长夜", "山海", "归墟", "流萤", "九州", "天穹", "镜湖", "雪原", "赤霄", "沧浪", "浮光", "云梦", "长歌", "逐日",
          "烟雨", "千帆", "星野", "玄甲", "青铜", "琉璃"]
WORK_B = ["纪元", "行者", "之歌", "秘境", "物语", "战记", "传说", "迷城", "旅人", "回响", "少年", "繁花", "边城", "奇谭"]
EN_WORK_A = ["Echoes", "Lanterns", "Rivers", "Shadows", "Crowns", "Gardens", "Tides", "Embers", "Mirrors", "Winds",
             "Kingdoms", "Songs"]
EN_WORK_B = ["of the Jade Sea", "of Cloud Mountain", "Beyond the Wall", "of the Last Dynasty", "in the Mist",
             "of the Silk Road", "Under Ten Suns", "of the Northern Star", "at Dawn", "of the Hidden City"]

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
            ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
            ("胡", "Hu"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("梁", "Liang"), ("宋", "Song"), ("唐", "Tang"),
            ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("蒋", "Jiang"), ("沈", "Shen")]
GIVEN = [("明", "ming"), ("华", "hua"), ("婧", "jing"), ("涛", "tao"), ("悦", "yue"), ("宇", "yu"), ("昕", "xin"),
         ("博", "bo"), ("璐", "lu"), ("晗", "han"), ("凯", "kai"), ("蕾", "lei"), ("睿", "rui"), ("斌", "bin"),
         ("雯", "wen"), ("哲", "zhe"), ("岩", "yan"), ("莉", "li"), ("翔", "xiang"), ("玥", "yue"), ("骁", "xiao"),
         ("芸", "yun"), ("铮", "zheng"), ("彤", "tong")]
TITLES = [("总经理", "general manager"), ("董事长", "chairman"), ("首席执行官", "chief executive"),
          ("海外业务负责人", "head of overseas business"), ("副总裁", "vice president"), ("首席运营官", "chief operating officer")]
GOV_TITLES = [("副局长", "deputy director"), ("处长", "division chief"), ("新闻发言人", "spokesperson")]
EXPERT_TITLES = [("研究员", "research fellow"), ("副研究员", "associate research fellow"), ("首席经济学家", "chief economist")]
VERBS = ["表示", "介绍", "指出", "认为", "称", "透露"]
EN_VERBS = ["said", "noted", "explained", "added"]

#: (province, city, English province, English city)
REGIONS = [("广东", "深圳", "Guangdong", "Shenzhen"), ("浙江", "杭州", "Zhejiang", "Hangzhou"), ("江苏", "南京", "Jiangsu", "Nanjing"),
           ("四川", "成都", "Sichuan", "Chengdu"), ("湖北", "武汉", "Hubei", "Wuhan"), ("福建", "厦门", "Fujian", "Xiamen"),
           ("山东", "青岛", "Shandong", "Qingdao"), ("陕西", "西安", "Shaanxi", "Xi'an"), ("湖南", "长沙", "Hunan", "Changsha"),
           ("安徽", "合肥", "Anhui", "Hefei"), ("辽宁", "大连", "Liaoning", "Dalian"), ("河南", "郑州", "Henan", "Zhengzhou"),
           ("云南", "昆明", "Yunnan", "Kunming"), ("江西", "南昌", "Jiangxi", "Nanchang")]
MUNICIPALITIES = [("北京", "Beijing"), ("上海", "Shanghai"), ("天津", "Tianjin"), ("重庆", "Chongqing")]
COUNTRIES = [("日本", "Japan"), ("韩国", "South Korea"), ("美国", "the United States"), ("巴西", "Brazil"),
             ("泰国", "Thailand"), ("印度尼西亚", "Indonesia"), ("沙特阿拉伯", "Saudi Arabia"), ("德国", "Germany"),
             ("法国", "France"), ("越南", "Vietnam"), ("墨西哥", "Mexico"), ("马来西亚", "Malaysia"), ("土耳其", "Turkey")]
PROVINCIAL_BODIES = [("商务厅", "Department of Commerce"), ("文化和旅游厅", "Department of Culture and Tourism"),
                     ("发展和改革委员会", "Development and Reform Commission")]
CITY_BODIES = [("商务局", "Municipal Bureau of Commerce"), ("文化广电旅游局", "Municipal Bureau of Culture, Radio, Television and Tourism")]
NATIONAL_BODIES = [("国家统计局", "National Bureau of Statistics"), ("国家外汇管理局", "State Administration of Foreign Exchange"),
                   ("国家新闻出版署", "National Press and Publication Administration")]
INSTITUTES = [("服务贸易研究院", "Institute of Services Trade"), ("数字经济研究中心", "Digital Economy Research Center"),
              ("文化产业研究院", "Institute of Cultural Industries")]
PLATFORM_STEMS = ["阅", "看", "听", "读", "映"]
MEDIA = ["经济观察日报", "国际商务报", "数字贸易周刊", "文化产业时报", "新华财经", "21世纪商讯"]
EN_MEDIA = ["Global Trade Weekly", "China Services Review", "Digital Economy Daily", "Asia Culture Business"]

POLICY_TOPICS = [("服务贸易创新发展", "innovative development of services trade"),
                 ("数字贸易高质量发展", "high-quality development of digital trade"),
                 ("文化出口基地建设", "building cultural export bases"),
                 ("网络游戏出海", "online games going global"),
                 ("微短剧产业发展", "the micro-drama industry"),
                 ("服务外包转型升级", "upgrading service outsourcing"),
                 ("跨境数据流动便利化", "facilitating cross-border data flows")]
POLICY_FORMS = ["关于促进{t}的若干措施", "{r}{t}行动计划（{y}—{y2}年）", "关于支持{t}的实施意见", "{r}{t}三年行动方案"]
SECTORS = [("数字服务", "digital services"), ("知识密集型服务", "knowledge-intensive services"),
           ("个人文化和娱乐服务", "personal, cultural and recreational services"), ("旅行服务", "travel services"),
           ("电信、计算机和信息服务", "telecommunications, computer and information services"),
           ("知识产权使用费", "charges for the use of intellectual property"), ("服务外包", "service outsourcing")]
WORK_KINDS = [("游戏", "game"), ("动画电影", "animated film"), ("网络文学作品", "web novel"), ("微短剧", "micro-drama"),
              ("电视剧", "TV series")]


# ---------------------------------------------------------------- figures and periods


def amount_zh(rng: random.Random, *, big: bool = False) -> str:
    if big or rng.random() < 0.3:
        return f"{rng.randint(10, 999) / 10:g}万亿元" if big else f"{rng.randint(100, 99999) / 10:g}亿元"
    return rng.choice([f"{rng.randint(11, 9999) / 10:g}亿元", f"{rng.randint(12, 980)}亿美元",
                       f"{rng.randint(100, 9999)}万元", f"{rng.randint(15, 999) / 10:g}亿元人民币"])


def amount_en(rng: random.Random) -> str:
    return rng.choice([f"${rng.randint(12, 999) / 10:g} billion", f"{rng.randint(11, 999) / 10:g} billion yuan",
                       f"${rng.randint(120, 980)} million", f"{rng.randint(2, 99) / 10:g} trillion yuan",
                       f"US${rng.randint(15, 350) / 10:g} billion"])


def pct(rng: random.Random) -> str:
    return f"{rng.randint(5, 650) / 10:g}%"


def year(rng: random.Random) -> int:
    return rng.choice([2022, 2023, 2024, 2024, 2025, 2025])


def period_zh(rng: random.Random) -> str:
    y = year(rng)
    return rng.choice([f"{y}年", f"{y}年上半年", f"{y}年前三季度", f"{y}年第{rng.choice('一二三四')}季度",
                       f"{y}年1至{rng.randint(3, 11)}月", "今年上半年", "去年", f"{y}年全年"])


def period_en(rng: random.Random) -> str:
    y = year(rng)
    return rng.choice([f"in {y}", f"in the first half of {y}", f"in the first three quarters of {y}",
                       f"in Q{rng.randint(1, 4)} {y}", f"from January to {rng.choice(['May', 'August', 'October'])} {y}",
                       "last year", f"in the third quarter of {y}"])


# ---------------------------------------------------------------- names


def firm(rng: random.Random) -> tuple[str, str]:
    a, b = rng.choice(STEM_A), rng.choice(STEM_B)
    zh_trade, en_trade = rng.choice(TRADES)
    suffix = rng.choice(FIRM_SUFFIX[:3] if "科技" in zh_trade else FIRM_SUFFIX)
    zh = a[0] + b[0] + zh_trade + suffix
    en = f"{a[1]}{b[1]} {en_trade} {rng.choice(EN_FIRM_SUFFIX)}"
    return zh, en


def person(rng: random.Random) -> tuple[str, str]:
    s = rng.choice(SURNAMES)
    given = [rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2]))]
    zh = s[0] + "".join(g[0] for g in given)
    en = f"{s[1]} {''.join(g[1] for g in given).capitalize()}"
    return zh, en


def work(rng: random.Random) -> tuple[str, str]:
    return rng.choice(WORK_A) + rng.choice(WORK_B), f"{rng.choice(EN_WORK_A)} {rng.choice(EN_WORK_B)}"


def gov(rng: random.Random) -> tuple[str, str]:
    r = rng.random()
    if r < 0.45:
        p = rng.choice(REGIONS)
        body = rng.choice(PROVINCIAL_BODIES)
        return f"{p[0]}省{body[0]}", f"{p[2]} Provincial {body[1]}"
    if r < 0.75:
        p = rng.choice(REGIONS)
        body = rng.choice(CITY_BODIES)
        return f"{p[1]}市{body[0]}", f"{p[3]} {body[1]}"
    return rng.choice(NATIONAL_BODIES)


def region(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.25:
        m = rng.choice(MUNICIPALITIES)
        return m[0] + "市", m[1]
    p = rng.choice(REGIONS)
    return (p[0] + "省", p[2]) if rng.random() < 0.5 else (p[1] + "市", p[3])


def policy(rng: random.Random) -> tuple[str, str]:
    topic = rng.choice(POLICY_TOPICS)
    y = rng.choice([2024, 2025])
    r = region(rng)
    zh = rng.choice(POLICY_FORMS).format(t=topic[0], r=r[0].rstrip("省市"), y=y, y2=y + 2)
    return zh, f"Measures on {topic[1]}"


def platform(rng: random.Random) -> str:
    return rng.choice(STEM_A)[0] + rng.choice(PLATFORM_STEMS) + rng.choice(["平台", "App", "国际"])


# ---------------------------------------------------------------- sentence pools

_ALT = re.compile(r"\[([^\[\]]*)\]")


def expand(rng: random.Random, template: str, slots: dict) -> str:
    """``[a|b|c]`` picks one alternative (before ``{slot}`` fields are filled)."""
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template).format_map(slots)


#: Chinese sentences; slots are filled by :func:`_slots_zh`
ZH = [
    "[据|根据]{gov}[数据|统计|发布的数据]，{period}，{region}服务[进出口总额|贸易总额|进出口]达[到|]{amount}，[同比增长|比上年增长|较上年同期增长]{pct}。",
    "[其中|分项看]，服务出口{amount}，[增长|同比增长|上升]{pct}；服务进口{amount2}，[增长|同比增长|下降]{pct2}。",
    "{sector}[进出口额|贸易额]{amount}，占服务贸易总额的比重[达到|为|升至]{share}，较上年[同期|]提高{pp}个百分点。",
    "{firm}[自主研发|研发|发行]的[游戏|手游|移动游戏]《{work}》[自上线以来|上线后|发布以来]，[已进入|覆盖|陆续登陆]{countries}个国家和地区。",
    "{period}，《{work}》海外[流水|收入|营收][超过|突破|达]{amount}，[全球|海外]下载量[突破|超过]{n}万次。",
    "{firm}{title}{person}{verb}，公司[正在|计划在|将于明年在]{country}[设立|组建]本地化团队，[预计|争取]明年海外收入[同比增长|增长]{pct}左右。",
    "由{firm}出品的[动画电影|电影|纪录电影]《{work}》[近日|日前|上月]在{country}上映，首周票房约{n}万美元。",
    "[该片|影片]{period}累计票房[达|达到|突破]{amount}，[是|成为]同期海外票房最高的国产影片之一。",
    "{platform}数据显示，{period}，网络文学作品《{work}》已被翻译成{small}种语言，海外读者[超过|突破|逾]{n}万人。",
    "[目前|截至目前]，{platform}已[培育|签约]海外原创作者[近|约|超过]{small}万名，上线翻译作品{n}部，[带动|实现]版权收入{amount}。",
    "微短剧《{work}》在海外平台上线{small}天，播放量[突破|超过]{small2}亿次，[位列|登上]{country}[应用商店|娱乐榜]前十。",
    "出品方{firm}{title}{person}{verb}，{period}，公司短剧业务海外营收{amount}，同比增长{small}倍。",
    "{gov}[日前|近日|今年]印发《{policy}》，提出到{target}年，服务贸易规模[突破|达到]{amount}。",
    "《{policy}》[明确|提出]，数字服务出口年均增长{small}%以上，培育{n}家具有国际竞争力的[企业|市场主体]。",
    "{city}{inst}{etitle}{person}{verb}，[游戏、网文、微短剧|网络游戏和网络文学|动漫和影视作品]正在成为文化出海的[新名片|新引擎|重要力量]。",
    "{period}，{region}文化贸易进出口额{amount}，[同比增长|增长]{pct}，[高于全国平均水平|增速居全国前列]。",
    "{gov}{gtitle}{person}在[新闻发布会|发布会|座谈会]上{verb}，{period}，[全市|全省|当地]新增服务贸易企业{n}家。",
    "{sector}出口额{amount}，同比[下降|减少|回落]{pct}，主要受{country}市场需求放缓影响。",
    "{firm}与{firm2}[签署|达成]战略合作协议，双方将在{country}[共同开发|联合发行|合作运营]《{work}》等[作品|产品]。",
    "[截至|到]{period_end}，{region}已[认定|培育]国家文化出口重点企业{small}家、重点项目{small2}个。",
    "{firm}[发布的财报|年报|公告]显示，{period}，公司海外业务收入{amount}，占总营收的{share}。",
    "{region}[服务外包|离岸服务外包]执行额{amount}，[同比增长|增长]{pct}，其中[信息技术外包|业务流程外包|知识流程外包]占比{share}。",
]

EN = [
    "{When}, {region}'s total trade in services [reached|hit|came to] {amount}, [up|an increase of] {pct} year on year, according to the {gov}.",
    "Services exports [rose|grew|climbed] {pct} to {amount}, while imports [grew|rose|fell] {pct2}.",
    "Exports of {sector} [accounted for|made up] {share} of the total, {pp} percentage points [higher than a year earlier|above last year's level].",
    "{firm}'s [mobile game|game|online game] \"{work}\" has been [released|launched] in {countries} countries and regions.",
    "The game [earned|generated|brought in] more than {amount} overseas {when}.",
    "\"We [plan|intend|expect] to open a studio in {country} next year,\" [said|noted|added] {person}, {title} of {firm_}.",
    "The [animated film|film|documentary] \"{work}\", produced by {firm}, opened in {country} with first-week box office receipts of about ${small} million.",
    "Its [worldwide|overseas] gross [reached|topped|passed] {amount} {when}.",
    "\"{work}\" has been translated into {small} languages and has more than {small2} million overseas readers, [according to|says] {platform}.",
    "Overseas revenue of [online literature|web fiction|Chinese web novels] was {amount} {when}, up {pct}.",
    "The micro-drama \"{work}\" [passed|topped] {small} million views within {small2} days of its release in {country}.",
    "The {gov} [recently issued|has issued|unveiled] the \"{policy}\", which aims to lift services trade to {amount} by {target}.",
    "{person}, {etitle} at the {city} {inst}, [said|noted|argued] that games, web literature and micro-dramas have become new calling cards of Chinese culture.",
    "Cultural trade of {region} [totaled|amounted to|reached] {amount} {when}, [an increase of|up] {pct} [over the same period a year earlier|from a year earlier].",
    "{firm} and {firm2} [signed|reached] a [strategic cooperation|co-publishing] agreement to [bring|distribute] \"{work}\" to {country}.",
    "Exports of {sector} [fell|declined|dropped] {pct} {when}, [mainly because|largely because] demand in {country} slowed.",
    "[By|As of] the end of {year}, {region} had {small} national key cultural export enterprises and {small2} key projects.",
    "{firm} said overseas business brought in {amount} {when}, {share} of its total revenue.",
]


class _Slots(dict):
    """Names fixed for a paragraph (one firm, one work…); figures drawn afresh at every use."""

    def __init__(self, rng: random.Random, names: dict[str, str], figures: dict) -> None:
        super().__init__(names)
        self.rng, self.figures = rng, figures

    def __missing__(self, key: str) -> str:
        return self.figures[key](self.rng)


_FIGURES = {
    "pct": pct, "share": lambda r: f"{r.randint(50, 750) / 10:g}%", "pp": lambda r: f"{r.randint(3, 49) / 10:g}",
    "n": lambda r: str(r.randint(20, 9900)), "countries": lambda r: str(r.randint(20, 180)),
    "small": lambda r: str(r.randint(2, 30)), "small2": lambda r: str(r.randint(2, 90)),
    "target": lambda r: str(r.choice([2026, 2027, 2028, 2030])), "year": lambda r: str(year(r)),
}


def _slots_zh(rng: random.Random) -> _Slots:
    f, f2, p, w = firm(rng), firm(rng), person(rng), work(rng)
    r, g = region(rng), gov(rng)
    return _Slots(rng, {
        "gov": g[0], "region": r[0], "city": r[0].rstrip("省市"), "sector": rng.choice(SECTORS)[0], "firm": f[0],
        "firm2": f2[0], "work": w[0], "title": rng.choice(TITLES)[0], "person": p[0], "verb": rng.choice(VERBS),
        "country": rng.choice(COUNTRIES)[0], "platform": platform(rng), "policy": policy(rng)[0],
        "inst": rng.choice(INSTITUTES)[0], "etitle": rng.choice(EXPERT_TITLES)[0], "gtitle": rng.choice(GOV_TITLES)[0],
    }, {**_FIGURES, "period": period_zh, "amount": amount_zh, "amount2": amount_zh, "pct2": pct,
        "period_end": lambda r: f"{year(r)}年{r.choice(['6月底', '9月末', '年底'])}"})


def _slots_en(rng: random.Random) -> _Slots:
    f, f2, p, w = firm(rng), firm(rng), person(rng), work(rng)
    r, g = region(rng), gov(rng)
    return _Slots(rng, {
        "region": r[1], "city": r[1], "gov": g[1], "sector": rng.choice(SECTORS)[1], "firm": f[1],
        "firm_": f[1].rstrip("."), "firm2": f2[1], "work": w[1], "person": p[1], "title": rng.choice(TITLES)[1],
        "country": rng.choice(COUNTRIES)[1], "platform": platform_en(rng), "policy": policy(rng)[1],
        "inst": rng.choice(INSTITUTES)[1], "etitle": "a " + rng.choice(EXPERT_TITLES)[1],
    }, {**_FIGURES, "amount": amount_en, "pct2": pct, "when": period_en,
        "When": lambda r: (lambda w: w[0].upper() + w[1:])(period_en(r))})


def platform_en(rng: random.Random) -> str:
    return rng.choice(STEM_A)[1] + rng.choice(["Read", "Novel", "Story", "Shorts"])


def _para(rng: random.Random, pool: list[str], slots: dict, sep: str) -> str:
    """Two to four sentences of ``pool``, drawn in order from a random starting point (keeps topics together)."""
    start, n = rng.randrange(len(pool)), rng.randint(2, 4)
    picks = [pool[(start + k + (rng.random() < 0.3)) % len(pool)] for k in range(n)]
    return sep.join(expand(rng, t, slots) for t in dict.fromkeys(picks))


def para_zh(rng: random.Random) -> str:
    return _para(rng, ZH, _slots_zh(rng), "")


def para_en(rng: random.Random) -> str:
    return _para(rng, EN, _slots_en(rng), " ")


def headline_zh(rng: random.Random) -> str:
    r = region(rng)
    return rng.choice([f"{r[0]}服务贸易稳中有进 数字服务出口增长{pct(rng)}",
                       f"国产游戏、网文、微短剧加速出海 {r[0]}文化贸易再创新高",
                       f"{period_zh(rng)}{r[0]}服务进出口突破{amount_zh(rng)}",
                       f"《{work(rng)[0]}》海外走红 {firm(rng)[0]}海外收入创新高"])


def headline_en(rng: random.Random) -> str:
    r = region(rng)
    return rng.choice([f"{r[1]} Services Trade Grows {pct(rng)} as Digital Exports Surge",
                       "Chinese Games, Web Novels and Micro-Dramas Win Overseas Audiences",
                       f"{r[1]} Cultural Exports Reach {amount_en(rng)}",
                       f"\"{work(rng)[1]}\" Becomes a Hit Abroad"])


# ---------------------------------------------------------------- documents


def _paragraph(seed: int, doc: int, n: int, english: bool) -> str:
    rng = random.Random(f"{seed}:{doc}:{n}")
    return para_en(rng) if english else para_zh(rng)


def document(i: int, seed: int = 0) -> tuple[str, str]:
    """``(file name, text)`` of document ``i``."""
    rng = random.Random(f"{seed}:{i}")
    r = rng.random()
    script = "zh-Hans" if r < 0.45 else ("zh-Hant" if r < 0.70 else "en")
    english = script == "en"
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    lines = [headline_en(rng) if english else headline_zh(rng), ""]
    lines += [f"{rng.choice(EN_MEDIA)} · {y}-{m:02d}-{d:02d}" if english else f"{y}年{m}月{d}日  {rng.choice(MEDIA)}", ""]
    size = len("\n".join(lines).encode("utf-8"))
    target = TARGET_BYTES + rng.randint(-300, 300)
    n = 0
    if i > 10 and rng.random() < 0.05:  # a reprint: the first paragraph of an earlier document of the same language
        j = rng.randrange(i)
        while (random.Random(f"{seed}:{j}").random() >= 0.70) != english and j > 0:
            j -= 1
        lines += [_paragraph(seed, j, 0, english), ""]
        n = 1
    while size + sum(len(x.encode("utf-8")) + 1 for x in lines[4:]) < target:
        lines += [_paragraph(seed, i, n, english), ""]
        n += 1
    lines.append(f"(Source: {rng.choice(EN_MEDIA)})" if english else f"（文章来源：{rng.choice(MEDIA)}）")
    text = "\n".join(lines) + "\n"
    if script == "zh-Hant":
        text = to_traditional(text)
    return f"{i:05d}.txt", text


def write_corpus(n: int, out: Path, seed: int = 0) -> Path:
    """Write documents ``0..n-1`` into ``out`` (emptied first if this script made it)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise SystemExit(f"corpus.py: {out} is not empty and was not made by this script; choose another folder")
        for old in out.iterdir():
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text(f"n={n} seed={seed}\n", encoding="utf-8")
    (out / "README.md").write_text(
        f"# Benchmark corpus\n\nMade by `bench/corpus.py {n} <dir> --seed {seed}`: {n} invented news documents "
        f"(zh-Hans, zh-Hant, en) of about 3 KB each. Regenerate rather than edit.\n", encoding="utf-8")
    for i in range(n):
        name, text = document(i, seed)
        (out / name).write_bytes(text.encode("utf-8"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("out", type=Path, help="folder to write into (created; refilled if made by this script)")
    ap.add_argument("--seed", type=int, default=0, help="draw (default 0)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    write_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} documents to {args.out}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
