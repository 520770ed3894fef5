"""The demo's shared state while it is built: who exists, where, in which language; and small makers
(uuids, phones, e-mails, times) that every part uses."""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# A region's time zone and its UTC offset in hours (office hours only: DST does not matter here).
TIME_ZONES = {"CN": ("Asia/Shanghai", 8), "HK": ("Asia/Hong_Kong", 8), "TW": ("Asia/Taipei", 8),
              "SG": ("Asia/Singapore", 8), "GB": ("Europe/London", 0)}

# Leading digits that `phonenumbers` accepts for every continuation (checked over large samples).
_CN_MOBILE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
              "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
              "185", "186", "187", "188", "189", "198", "199")
_CN_OFFICE = (("10", "6"), ("10", "5"), ("21", "6"), ("21", "5"), ("755", "8"), ("755", "2"))
_HK_MOBILE = ("61", "63", "64", "65", "69", "94", "96", "97")
_HK_OFFICE = ("21", "23", "24", "25", "26", "27", "28", "29")
_TW_MOBILE = ("10", "12", "13", "15", "16", "17", "18", "19", "20", "21", "22", "23", "25", "26", "28",
              "30", "31", "32", "33", "35", "36", "37", "38", "39")
_SG_MOBILE = ("81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95",
              "96", "97")
_SG_OFFICE = ("61", "62", "63", "64", "65", "67", "68")
_GB_MOBILE = ("74", "75", "78")


@dataclass(slots=True)
class Org:
    id: int
    name: str
    category: str
    region: str
    slug: str
    weight: float
    project: tuple[str, str, str] | None = None  # (简体, English, region) for a project company


@dataclass
class World:
    rng: random.Random
    now: datetime
    orgs: list[Org] = field(default_factory=list)
    org_other: list[str] = field(default_factory=list)  # other names, "|"-separated
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> org indexes
    person_base: int = 0  # contact id of person 0; people are numbered after the organizations
    p_org: list[int] = field(default_factory=list)  # primary organization index, -1 for none
    p_name: list[str] = field(default_factory=list)
    p_lang: list[str] = field(default_factory=list)  # language of their minutes: en, s, tw, hk
    p_region: list[str] = field(default_factory=list)
    p_tier: list[str | None] = field(default_factory=list)
    org_people: list[list[int]] = field(default_factory=list)
    org_deals: dict[int, list[int]] = field(default_factory=dict)  # org index -> deal indexes
    deal_ids: list[int] = field(default_factory=list)
    deal_project: list[tuple[str, str, str]] = field(default_factory=list)
    deal_client: list[int] = field(default_factory=list)  # org index of each deal's client
    projects: list[tuple[str, str, str]] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def phone(self, region: str, mobile: bool) -> tuple[str, str]:
        """(as typed, E.164): a number valid for its country, written the way people write it."""
        r = self.rng
        if region == "CN":
            if mobile:
                n = r.choice(_CN_MOBILE) + f"{r.randrange(10**8):08d}"
                raw = (f"+86 {n[:3]} {n[3:7]} {n[7:]}" if r.random() < 0.6 else f"{n[:3]}-{n[3:7]}-{n[7:]}")
                return raw, "+86" + n
            area, lead = r.choice(_CN_OFFICE)
            local = lead + f"{r.randrange(10**7):07d}"
            raw = (f"+86 {area} {local[:4]} {local[4:]}" if r.random() < 0.6
                   else f"(0{area}) {local[:4]} {local[4:]}")
            return raw, f"+86{area}{local}"
        if region == "HK":
            n = r.choice(_HK_MOBILE if mobile else _HK_OFFICE) + f"{r.randrange(10**6):06d}"
            return f"+852 {n[:4]} {n[4:]}", "+852" + n
        if region == "TW":
            if mobile:
                n = "9" + r.choice(_TW_MOBILE) + f"{r.randrange(10**6):06d}"
                return f"+886 {n[:3]} {n[3:6]} {n[6:]}", "+886" + n
            n = "2" + r.choice("27") + f"{r.randrange(10**7):07d}"
            return f"+886 2 {n[1:5]} {n[5:]}", "+886" + n
        if region == "SG":
            n = r.choice(_SG_MOBILE if mobile else _SG_OFFICE) + f"{r.randrange(10**6):06d}"
            return f"+65 {n[:4]} {n[4:]}", "+65" + n
        if mobile:
            n = r.choice(_GB_MOBILE) + f"{r.randrange(10**8):08d}"
            return f"+44 {n[:4]} {n[4:]}", "+44" + n
        n = "207" + f"{r.randrange(10**7):07d}"
        return f"+44 20 {n[2:6]} {n[6:]}", "+44" + n

    def email(self, local_parts: list[str], slug: str | None) -> str:
        """A unique address at the organization's made-up domain (`.example.com`: reaches no one)."""
        local = ".".join(p for p in (_ascii(x) for x in local_parts) if p) or "contact"
        domain = f"{slug}.example.com" if slug else "mail.example.com"
        address, n = f"{local}@{domain}", 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())
