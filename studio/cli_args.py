"""The command line's value checks: a value is read, then checked, and either fails with one line saying what was
expected (argparse prints it and exits 2)."""

from __future__ import annotations

import argparse
from typing import Callable, TypeVar

from studio.core.i18n import _

T = TypeVar("T")


def checked(read: Callable[[str], T], unreadable: str, ok: Callable[[T], bool] = lambda _value: True,
            out_of_range: str = "", **names: object) -> Callable[[str], T]:
    """An argparse `type=`: `read(text)`, which raises ValueError for text that is not such a value (then
    `unreadable`), and `ok(value)`, else `out_of_range`. Both messages may name {text} and {value}, and any of
    `names`; they are marked for the catalogue (`N_`) where they are written and looked up here, when one is said."""
    def parse(text: str) -> T:
        try:
            value = read(text)
        except ValueError:
            raise argparse.ArgumentTypeError(_(unreadable).format(text=text, **names)) from None
        if not ok(value):
            raise argparse.ArgumentTypeError(_(out_of_range).format(text=text, value=value, **names))
        return value
    return parse
