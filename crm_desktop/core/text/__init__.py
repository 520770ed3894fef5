"""Text keys for matching: one place that folds, romanizes and normalizes what users type."""

from .keys import PinyinKeys, digits, fold, is_cjk, org_key, pinyin_keys

__all__ = ["PinyinKeys", "digits", "fold", "is_cjk", "org_key", "pinyin_keys"]
