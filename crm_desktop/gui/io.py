"""What a widget inside a page needs to reach the vault: the page's own fetch and write
(`pages.base.Page`), so answers after a lock are dropped and writes tell the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Io(Protocol):
    def fetch(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              **kwargs: Any) -> None: ...

    def write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None: ...
