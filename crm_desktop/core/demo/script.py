"""简体 → 繁體 for the demo's prose (never for names: see names.py), with Taiwan or Hong Kong wording."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter(variant: str) -> opencc.OpenCC:
    # s2twp also swaps words (项目 → 專案), as a writer in Taipei would; s2hk keeps 項目.
    return opencc.OpenCC("s2twp" if variant == "tw" else "s2hk")


@cache
def to_traditional(text: str, variant: str = "tw") -> str:
    return _converter(variant).convert(text)


def in_language(text_zh: str, lang: str) -> str:
    """The 简体 text as written in `lang` ("s", "tw" or "hk")."""
    return text_zh if lang == "s" else to_traditional(text_zh, lang)
