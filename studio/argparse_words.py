"""The words of Python's argparse (usage lines, section titles, its errors) in the studio's catalogue, so that
`studio --help` and a mistyped option read in the studio's language. argparse looks them up through its own
module-level `_` and `ngettext`; `speak()` points those at the studio's. The list below is only read by the
message extractor (packaging/i18n.py): the texts are argparse's own, from Python 3.11–3.13."""

from __future__ import annotations

import argparse

from studio.core import i18n


def speak() -> None:
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def _catalogue() -> None:  # never called: it lists argparse's words for the extractor
    N_ = i18n.N_
    ngettext = i18n.ngettext
    N_("usage: ")
    N_("positional arguments")
    N_("options")
    N_("show this help message and exit")
    N_("show program's version number and exit")
    N_("argument %(argument_name)s: %(message)s")
    N_("%(prog)s: error: %(message)s\n")
    N_("unrecognized arguments: %s")
    N_("the following arguments are required: %s")
    N_("one of the arguments %s is required")
    N_("not allowed with argument %s")
    N_("expected one argument")
    N_("expected at most one argument")
    N_("expected at least one argument")
    ngettext("expected %s argument", "expected %s arguments", 0)
    N_("ambiguous option: %(option)s could match %(matches)s")
    N_("unexpected option string: %s")
    N_("invalid %(type)s value: %(value)r")
    N_("invalid choice: %(value)r (choose from %(choices)s)")
    N_("ignored explicit argument %r")
    N_("unknown parser %(parser_name)r (choices: %(choices)s)")
