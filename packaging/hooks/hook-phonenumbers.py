"""Replaces the contrib hook, which collects every submodule: phonenumbers imports each region's
metadata lazily (so they must be named), but place names, carriers and time zones (40 MB) are
never used by crm-desktop, which only parses and formats numbers."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = [*collect_submodules("phonenumbers.data"), *collect_submodules("phonenumbers.shortdata")]
excludedimports = ["phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata"]
