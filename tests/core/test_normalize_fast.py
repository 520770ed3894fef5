"""The normalizers' fast paths answer exactly what the libraries answer: an e-mail or a phone an
import stores must not depend on which path checked it."""

from __future__ import annotations

import random

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_desktop.core.normalize.emails import normalize_email
from crm_desktop.core.normalize.phones import _cn_mobile, normalize_phone

_EMAILS = [
    "user1.5@163.com", "Zhang.Wei@QQ.COM", "a@b.co", "POSTMASTER@example.org", "Abuse@Corp.CN",
    "first.last+tag@sub.example.co.uk", "x@localhost", "x@test", "x@foo.local", "x@foo.invalid",
    "x@123.456", "x@-bad.com", "x@bad-.com", "x@bad..com", "x@.com", "x@com.", "x@xn--fiqs8s.cn",
    "x@XN--FIQS8S.CN", ".x@a.com", "x.@a.com", "x..y@a.com", "@a.com", "x@", "x@@a.com", "x@a@b.com",
    "o'brien@pacific.com", "user_name{1}@corp.cn", "a" * 64 + "@a.com", "a" * 65 + "@a.com",
    "a@" + "b" * 63 + ".com", "a@" + "b" * 64 + ".com", "a" * 200 + "@" + "b" * 60 + ".com",
    "x@onion", "x@x.onion", "x@arpa", "x@a.arpa", "x@a_b.com", "x@1.2.3.4", "x@a.c0m", "x@a.123",
    "x y@a.com", "x@a.com ", "<x@a.com>", "Name <x@a.com>", "\"x y\"@a.com", "张伟@163.com",
    "x@例子.中国", "x@ａ.com", "x\u00e9@a.com", "x@a.com\u200b", "mailto:x@a.com",
]


def _library(text: str) -> tuple[str, str, bool]:
    raw = text.strip()
    try:
        info = validate_email(raw, check_deliverability=False)
    except EmailNotValidError:
        return raw, raw.lower(), False
    return info.normalized, info.normalized.lower(), True


def _random_emails(n: int) -> list[str]:
    rnd = random.Random(5)
    alphabet = "abcXYZ019._-+@'!#~ "
    tails = ["163.com", "QQ.com", "a.b", "x-y.org", "localhost", "a..b", "-a.com", "a-.com", "1.2", "cn"]
    out = []
    for _ in range(n):
        local = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 8)))
        out.append(f"{local}@{rnd.choice(tails)}" if rnd.random() < 0.8 else local)
    return out


def test_an_email_normalizes_as_email_validator_says() -> None:
    for text in _EMAILS + _random_emails(3000):
        e = normalize_email(text)
        assert (e.address, e.normalized, e.valid) == _library(text), text


def test_an_invalid_email_keeps_the_validators_reason() -> None:
    e = normalize_email("x@bad..com")
    assert not e.valid and e.problem and "period" in e.problem


def _phone_library(text: str, region: str) -> tuple[str, str | None, bool]:
    raw = " ".join(text.split())
    try:
        num = phonenumbers.parse(raw, region.upper())  # ours reads "cn" as CN (the library would not)
    except phonenumbers.NumberParseException:
        return raw, None, False
    if not phonenumbers.is_valid_number(num):
        return raw, None, False
    return raw, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), True


def _random_phones(n: int) -> list[str]:
    rnd = random.Random(11)
    out = []
    for _ in range(n):
        d = f"1{rnd.randrange(0, 10)}{rnd.randrange(10**9):09d}"  # every prefix 10-19, 179 and 12x too
        out.append(rnd.choice((d, f"+86 {d[:3]} {d[3:7]} {d[7:]}", f"{d[:3]}-{d[3:7]}-{d[7:]}", f"+86{d}",
                               f"86{d}", f"+86-{d}", f" {d} ", f"{d[:3]}  {d[3:]}", f"+86 ({d[:3]}) {d[3:]}",
                               f"{d}9", d[:-1], f"+8{d}", f"0{d}", f"{d[:3]}.{d[3:]}")))
    return out


def test_a_phone_normalizes_as_phonenumbers_says() -> None:
    fixed = ["13800138000", "+86 138 0013 8000", "17900000000", "+86 179 1234 5678", "12345678901",
             "11234567890", "+86 10 1234 5678", "010-12345678", "+852 91234567", "+1 (415) 555-0100",
             "+86 138 0013 8000 ext 12", "138-0013-8000", "1380013800", "138001380001", "+86 199 0000 0000"]
    for region in ("CN", "US", "HK", "cn"):
        for text in fixed + _random_phones(4000):
            p = normalize_phone(text, region)
            assert (p.raw, p.e164, p.valid) == _phone_library(text, region), (text, region)


def test_the_quick_path_takes_the_common_chinese_mobiles() -> None:
    assert _cn_mobile("+86 138 0013 8000", "US") is not None
    assert _cn_mobile("138-0013-8000", "CN") is not None
    assert _cn_mobile("138-0013-8000", "US") is None  # no country code and not a Chinese vault
    assert _cn_mobile("179 0000 0000", "CN") is None  # a carrier prefix: parse decides


def test_a_lowercase_region_reads_as_its_country() -> None:
    """A region stored or typed in lower case ("cn") must not make every local number invalid."""
    for region in ("cn", "Cn", "CN"):
        phone = normalize_phone("010 6522 8888", region)
        assert phone.valid and phone.e164 == "+861065228888", region
    assert normalize_phone("(415) 555-2671", "us").e164 == "+14155552671"
