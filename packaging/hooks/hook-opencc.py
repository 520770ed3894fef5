"""Replaces the contrib hook, which copies all of opencc/clib (its command-line tools, headers and
static libraries): the module needs only the conversion tables under clib/share/opencc."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("opencc", includes=["clib/share/**"])
