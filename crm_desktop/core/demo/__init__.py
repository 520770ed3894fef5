"""The demo vault: a realistic, bilingual (English / 简体 / 繁體) project-financing book of business
to try crm-desktop on, and to measure it at 100k contacts. `build_demo(vault, contacts=300)`."""

from .generator import DemoStats, build_demo

__all__ = ["DemoStats", "build_demo"]
