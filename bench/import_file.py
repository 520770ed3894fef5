"""The contact file bench/import_bench.py imports: a fixed seed, 100,000s of realistic rows.

Chinese names in simplified and traditional script, English names, names in pinyin; Chinese mobiles
in several formats, Hong Kong and US numbers; e-mails; companies with legal suffixes in both
languages; titles, tiers, tags, notes and a column no field takes (a custom field); a few rows
repeat an earlier person (another script, the phone in another format).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import opencc

HEADER = ["姓名", "English Name", "公司", "职位", "手机", "Work Phone", "邮箱", "客户等级", "标签", "备注",
          "来源渠道"]
FAMILY = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
          "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红春梅海波宁晓东云飞鹏辉俊峰琳雪婷"
LATIN_FIRST = ("James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
               "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen")
LATIN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
              "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark")
CITIES = ("北京", "上海", "深圳", "广州", "杭州", "成都", "香港", "台北", "南京", "武汉")
TRADES = ("投资", "资本", "证券", "银行", "信托", "基金", "科技", "能源", "地产", "建设", "租赁", "保险")
CN_SUFFIX = ("有限公司", "股份有限公司", "集团", "有限责任公司")
EN_WORDS = ("Pacific", "Harbour", "Summit", "Jade", "Dragon", "Golden", "Eastern", "Silk Road", "Pearl")
EN_TRADE = ("Capital", "Partners", "Holdings", "Securities", "Advisory", "Infrastructure", "Finance")
EN_SUFFIX = ("Ltd", "Limited", "Inc.", "LLC", "Co., Ltd.")
TITLES = ("总经理", "投资总监", "副总裁", "分析师", "Managing Director", "VP Finance", "CFO", "项目经理",
          "Partner", "Associate", "董事长", "风控经理")
TAGS = ("基金", "重点", "PPP", "债券", "VIP", "海外", "地方政府", "LP")
NOTES = ("年底前有融资需求", "介绍人：老周", "Met at the Hong Kong forum", "对新能源项目感兴趣",
         "Prefers WeChat", "关注城投债", "")
CHANNELS = ("展会", "转介绍", "官网", "LinkedIn", "老客户", "")
_S2T = opencc.OpenCC("s2t")


# --- the file -------------------------------------------------------------------------------------------

def _cn_mobile(rnd: random.Random) -> str:
    return f"1{rnd.choice('3456789')}{rnd.randrange(10**9):09d}"


def _format_cn(n: str, rnd: random.Random) -> str:
    return rnd.choice((n, f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"86{n}"))


def _company(rnd: random.Random) -> str:
    if rnd.random() < 0.6:
        return f"{rnd.choice(CITIES)}{rnd.choice(GIVEN)}{rnd.choice(GIVEN)}{rnd.choice(TRADES)}" \
               f"{rnd.choice(CN_SUFFIX)}"
    return f"{rnd.choice(EN_WORDS)} {rnd.choice(EN_TRADE)} {rnd.choice(EN_SUFFIX)}"


def _person(rnd: random.Random, companies: list[str], i: int) -> dict[str, str]:
    roll = rnd.random()
    if roll < 0.7:  # a Chinese name, a tenth of them in traditional script
        name = rnd.choice(FAMILY) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        english = rnd.choice(LATIN_FIRST) if rnd.random() < 0.3 else ""
        if rnd.random() < 0.1:
            name = _S2T.convert(name)
    else:
        name, english = f"{rnd.choice(LATIN_FIRST)} {rnd.choice(LATIN_LAST)}", ""
    mobile = _cn_mobile(rnd)
    phone = _format_cn(mobile, rnd) if rnd.random() < 0.85 else rnd.choice((
        f"+852 {rnd.randrange(5, 10)}{rnd.randrange(10**6, 10**7)}",
        f"+1 (415) 555-{rnd.randrange(10**4):04d}"))
    work = f"010-{rnd.randrange(10**7, 10**8)}" if rnd.random() < 0.3 else ""
    email = f"user{i}.{rnd.randrange(10**6)}@{rnd.choice(('163.com', 'qq.com', 'gmail.com', 'corp.cn'))}" \
        if rnd.random() < 0.8 else ""
    company = rnd.choice(companies) if rnd.random() < 0.85 else ""
    return {"姓名": name, "English Name": english, "公司": company,
            "职位": rnd.choice(TITLES), "手机": phone, "Work Phone": work, "邮箱": email,
            "客户等级": rnd.choice("ABC") if rnd.random() < 0.7 else "",
            "标签": ",".join(rnd.sample(TAGS, rnd.randrange(0, 3))), "备注": rnd.choice(NOTES),
            "来源渠道": rnd.choice(CHANNELS)}


def _repeat(rnd: random.Random, row: dict[str, str]) -> dict[str, str]:
    """The same person again: the name in the other script (or pinyin-free upper case), the phone
    in another format, the e-mail in another case."""
    again = dict(row)
    digits = "".join(c for c in row["手机"] if c.isdigit())[-11:]
    if len(digits) == 11 and digits.startswith("1"):
        again["手机"] = _format_cn(digits, rnd)
    again["姓名"] = _S2T.convert(row["姓名"]) if rnd.random() < 0.5 else row["姓名"].upper()
    again["邮箱"] = row["邮箱"].upper()
    return again


def write_csv(path: Path, rows: int, seed: int, dup_rate: float) -> int:
    """The file; returns how many rows repeat an earlier one."""
    rnd = random.Random(seed)
    companies = [_company(rnd) for _ in range(max(50, rows // 40))]
    made: list[dict[str, str]] = []
    repeats = 0
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.DictWriter(f, HEADER)
        out.writeheader()
        for i in range(rows):
            if made and rnd.random() < dup_rate:
                row = _repeat(rnd, rnd.choice(made))
                repeats += 1
            else:
                row = _person(rnd, companies, i)
                if len(made) < 5000:
                    made.append(row)
                elif rnd.random() < 0.05:
                    made[rnd.randrange(len(made))] = row
            out.writerow(row)
    return repeats
