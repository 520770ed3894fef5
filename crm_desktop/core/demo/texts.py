"""Minutes of meetings and calls, deal notes and reminders, in English and Chinese.

A text is a few sentences drawn from pools; `{slots}` are filled only when a sentence uses them,
each from the same random generator, so a seed always gives the same words.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from .script import in_language

OPENERS = {
    "meeting": (("Met {p} at their office to discuss {proj}.", "与{p}在其办公室会面，讨论{proj}融资方案。"),
                ("Meeting with {p} and the credit team on {proj}.", "和{p}及授信团队开会，讨论{proj}。"),
                ("Lunch with {p}; mostly about {proj}.", "与{p}午餐，主要谈{proj}。")),
    "call": (("Call with {p} on {proj}.", "与{p}电话沟通{proj}进展。"),
             ("{p} called about the {proj} refinancing.", "{p}来电，询问{proj}再融资安排。"),
             ("Quick call with {p} to chase the {proj} term sheet.", "与{p}简短通话，催{proj}条款清单。")),
    "note": (("Internal note on {proj} after speaking to {p}.", "内部备注：与{p}沟通后{proj}的最新情况。"),
             ("Update on {proj} from {p}.", "{p}通报{proj}最新进展。")),
    "site_visit": (("Site visit to {proj} with {p} and the lenders' technical adviser.",
                    "与{p}及贷款人技术顾问赴{proj}现场踏勘。"),
                   ("Visited {proj} with {p}; construction about {pct}% complete.",
                    "与{p}考察{proj}现场，工程进度约{pct}%。")),
    "email": (("E-mail from {p} with comments on the {proj} term sheet.",
               "收到{p}邮件，对{proj}条款清单提出修改意见。"),
              ("Sent {p} the updated financial model for {proj}.", "向{p}发送{proj}更新后的财务模型。")),
}

TOPICS = (
    ("Sponsor asks for a {tenor}-year tenor with a {grace}-month grace period; "
     "lenders are at {tenor2} years.",
     "贷款期限{tenor}年，含{grace}个月宽限期；银团倾向于{tenor2}年。"),
    ("Pricing discussed at {margin} bps over {bench}; upfront fee {upfront} bps.",
     "利率为{bench}加{margin}个基点，前端费{upfront}个基点。"),
    ("Minimum DSCR {dscr}x, lock-up at {lockup}x; debt sized on P90 output.",
     "最低偿债覆盖率(DSCR){dscr}倍，分红锁定线{lockup}倍，按P90发电量测算贷款规模。"),
    ("Security package: share pledge over the project company, account charges, assignment of the PPA "
     "and the EPC contract, step-in rights.",
     "担保措施：项目公司股权质押、电费收费权质押、账户监管，以及EPC合同权益转让。"),
    ("Gearing capped at {debt}:{eq}; sponsor completion guarantee until COD.",
     "资本金比例不低于{eq}%，股东在项目投产(COD)前提供完工担保。"),
    ("Credit committee expected {when}; they want the independent engineer's report first.",
     "授信审批预计{when}上会，审批部要求先提供独立工程师报告。"),
    ("Lenders' counsel circulated the facility agreement mark-up; open points on the MAC clause and "
     "the cash sweep.", "贷款人律师已发出贷款合同修改稿，重大不利变化条款和现金归集仍有分歧。"),
    ("Curtailment remains the main risk; grid connection expected in Q{q}.",
     "限电风险仍是主要关注点，预计第{q}季度并网。"),
    ("DSRA to cover six months of debt service; MRA funded from cash flow.",
     "偿债准备金账户覆盖六个月本息，维修准备金从经营现金流中计提。"),
    ("KYC documents still outstanding for two shareholders.", "还需补充两名股东的KYC材料。"),
    ("Hedging: {hedge}% of the floating-rate exposure to be swapped for the full tenor.",
     "利率对冲：{hedge}%的浮动利率敞口在整个贷款期内做掉期。"),
    ("Syndicate of {banks} banks; {bank} takes the coordinating MLA role with a ticket of {ticket}m.",
     "银团共{banks}家银行，{bank}担任牵头行，拟承贷{ticket}亿元。"),
    ("E&S due diligence under the Equator Principles is complete; two minor action items.",
     "环境与社会尽职调查已按赤道原则完成，有两项整改事项。"),
    ("Model audit flagged an error in the tax depreciation; the sponsor will fix it.",
     "财务模型审计发现税务折旧计算有误，发起人将修正。"),
    ("Due diligence kicked off: legal, technical and insurance advisers appointed.",
     "尽职调查已启动，法律、技术、保险顾问均已到位。"),
    ("Tariff is {tariff} per kWh under a {ppa}-year PPA with the grid company.",
     "上网电价每千瓦时{tariff}元，与电网公司签订{ppa}年购电协议。"),
)

NEXT = (("Next: revised term sheet by {weekday}.", "下一步：周{weekday}前提交修改后的条款清单。"),
        ("Next: credit submission in {weeks} weeks.", "下一步：{weeks}周内准备授信审批材料。"),
        ("Action: follow up on the independent engineer's report.", "待办：跟进独立工程师报告。"),
        ("Follow-up call agreed for next {weekday}.", "约定下周{weekday}再次电话沟通。"),
        ("Action: send {p} the draft information memorandum.", "待办：向{p}发送信息备忘录初稿。"))

SUBJECTS = {
    "meeting": (("Meeting: {proj}", "{proj}融资方案讨论会"),
                ("{proj} — term sheet review", "{proj}条款清单谈判"),
                ("Kick-off: {proj} due diligence", "{proj}尽职调查启动会")),
    "call": (("Call: {proj}", "电话：{proj}进展"),
             ("Call re DSCR covenants — {proj}", "电话：{proj}财务承诺")),
    "note": (("Note: {proj}", "备注：{proj}"), ("Internal: {proj} status", "内部：{proj}状态")),
    "site_visit": (("Site visit: {proj}", "{proj}现场踏勘"),),
    "email": (("Re: {proj} term sheet", "回复：{proj}条款清单"),
              ("{proj} financial model v{v}", "{proj}财务模型第{v}版")),
}

_WEEKDAYS = (("Monday", "一"), ("Tuesday", "二"), ("Wednesday", "三"), ("Thursday", "四"), ("Friday", "五"))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_BENCH = {"CN": "LPR", "HK": "HIBOR", "TW": "SOFR", "SG": "SORA", "GB": "SONIA"}


def _pools(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    return {"en": tuple(p[0] for p in pairs), **{lang: tuple(in_language(p[1], lang) for p in pairs)
                                                 for lang in ("s", "tw", "hk")}}


_OPENERS = {k: _pools(v) for k, v in OPENERS.items()}
_SUBJECTS = {k: _pools(v) for k, v in SUBJECTS.items()}
_TOPICS = _pools(TOPICS)
_NEXT = _pools(NEXT)


_DRAW: dict[str, Callable[[random.Random, str], Any]] = {
    "tenor": lambda r, lang: r.choice((5, 7, 10, 12, 15, 18, 20)),
    "tenor2": lambda r, lang: r.choice((5, 7, 10, 12, 15, 18, 20)),
    "weekday": lambda r, lang: _WEEKDAYS[r.randrange(5)][0 if lang == "en" else 1],
    "when": lambda r, lang: (f"in mid-{_MONTHS[r.randrange(12)]}" if lang == "en"
                             else in_language(f"于{r.randrange(12) + 1}月中旬", lang)),
    "dscr": lambda r, lang: r.choice(("1.20", "1.25", "1.30", "1.35", "1.40")),
    "lockup": lambda r, lang: r.choice(("1.05", "1.10", "1.15")),
    "debt": lambda r, lang: r.choice((70, 75, 80)),
    "eq": lambda r, lang: r.choice((20, 25, 30)),
    "grace": lambda r, lang: r.choice((6, 12, 18, 24)),
    "margin": lambda r, lang: r.randrange(90, 325, 5),
    "upfront": lambda r, lang: r.randrange(50, 155, 5),
    "q": lambda r, lang: r.randint(1, 4),
    "hedge": lambda r, lang: r.choice((50, 60, 75, 80, 100)),
    "banks": lambda r, lang: r.randint(3, 9),
    "ticket": lambda r, lang: r.randrange(5, 80) * (10 if lang == "en" else 1),  # m vs 亿元
    "weeks": lambda r, lang: r.randint(2, 6),
    "v": lambda r, lang: r.randint(2, 14),
    "pct": lambda r, lang: r.randrange(10, 100, 5),
    "ppa": lambda r, lang: r.choice((15, 20, 25)),
    "tariff": lambda r, lang: f"0.{r.randrange(25, 45)}",
}


class _Slots(dict[str, Any]):
    """Values drawn on first use, in the order the sentence asks for them."""

    def __init__(self, rng: random.Random, lang: str, **fixed: Any) -> None:
        super().__init__(fixed)
        self.rng = rng
        self.lang = lang

    def __missing__(self, key: str) -> Any:
        value = _DRAW[key](self.rng, self.lang)
        self[key] = value
        if key == "debt":  # debt:equity adds up
            self["eq"] = 100 - value
        return value


def minutes(rng: random.Random, lang: str, kind: str, person: str, proj: str, bank: str,
            region: str) -> tuple[str, str]:
    """(subject, body) of an interaction, in `lang`: "en", "s" (简体), "tw" or "hk" (繁體)."""
    slots = _Slots(rng, lang, p=person, proj=proj, bank=bank, bench=_BENCH.get(region, "SOFR"))
    subject = rng.choice(_SUBJECTS[kind][lang]).format_map(slots)
    topics = _TOPICS[lang]
    parts = [rng.choice(_OPENERS[kind][lang])]
    parts += rng.sample(topics, rng.randint(1, 3))
    if rng.random() < 0.7:
        parts.append(rng.choice(_NEXT[lang]))
    sep = " " if lang == "en" else ""
    return subject, sep.join(parts).format_map(slots)


FACILITIES = (("Senior Term Loan", "优先级定期贷款"), ("Syndicated Loan", "银团贷款"),
              ("Green Loan", "绿色贷款"),
              ("Construction Facility", "建设期贷款"), ("Refinancing", "再融资"),
              ("Mezzanine Facility", "夹层融资"), ("Project Bond", "项目债券"), ("Equity Raise", "股权融资"),
              ("Acquisition Financing", "并购贷款"))

DEAL_NOTES = (("Lenders' IE report received; no red flags.", "收到贷款人独立工程师报告，无重大问题。"),
              ("Credit approval obtained with conditions on the DSRA.",
               "授信审批通过，附带偿债准备金账户条件。"),
              ("Sponsor asks to extend the availability period by six months.",
               "发起人要求将提款期延长六个月。"),
              ("Fee letter signed.", "费用函已签署。"),
              ("Hedging strategy agreed with the MLAs.", "已与牵头行确定利率对冲方案。"),
              ("Term sheet signed by all parties.", "各方已签署条款清单。"),
              ("Two banks dropped out of the syndicate; looking for replacements.",
               "两家银行退出银团，正在寻找替代。"),
              ("Model audit complete.", "财务模型审计完成。"))

CLOSE_REASONS = (("Sponsor chose a bond refinancing.", "发起人选择发债再融资。"),
                 ("Pricing not competitive.", "定价缺乏竞争力。"),
                 ("Project cancelled after a tariff change.", "电价政策变化，项目取消。"),
                 ("Another bank won the mandate.", "委托被其他银行获得。"))

# (English, 简体, RRULE or None)
REMINDERS = (("Send revised term sheet to {p}", "向{p}发送修改后的条款清单", None),
             ("Chase {p} for the KYC documents", "催{p}补充KYC材料", None),
             ("Follow up on credit approval for {proj}", "跟进{proj}授信审批进度", None),
             ("Prepare the conditions precedent checklist for {proj}", "准备{proj}提款先决条件清单", None),
             ("Call {p} about the site visit", "致电{p}安排现场踏勘", None),
             ("Quarterly covenant compliance certificate — {proj}", "{proj}季度财务承诺合规证明",
              "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15"),
             ("Weekly deal review", "每周项目例会", "FREQ=WEEKLY;BYDAY=MO"),
             ("Annual review of {p}'s credit line", "{p}年度授信复审", "FREQ=YEARLY"),
             ("Monthly construction progress report — {proj}", "{proj}月度施工进度报告",
              "FREQ=MONTHLY;BYMONTHDAY=5"))
