from __future__ import annotations

import pytest

from studio.core import i18n


@pytest.mark.parametrize("environ, expected", [
    ({"LANGUAGE": "ko_KR:en"}, "ko"),
    ({"LANGUAGE": "fr:ko"}, "ko"),  # the first language the studio speaks, in the order asked
    ({"LANG": "ko_KR.UTF-8"}, "ko"),
    ({"LC_ALL": "C"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "en", "LANG": "ko_KR.UTF-8"}, "en"),  # LANGUAGE comes first, as for gettext
    ({}, "en"),
])
def test_the_system_language_is_read_as_gettext_reads_it(environ, expected):
    assert i18n.system_language(environ) == expected


def test_a_choice_in_settings_wins_over_the_system():
    assert i18n.resolve_language("en", {"LANG": "ko_KR.UTF-8"}) == "en"
    assert i18n.resolve_language("", {"LANG": "ko_KR.UTF-8"}) == "ko"
    assert i18n.resolve_language("xx", {"LANG": "ko_KR.UTF-8"}) == "ko"


def test_korean_messages_and_their_plurals():
    i18n.set_language("ko")
    try:
        assert i18n.language() == "ko"
        heard = []
        stop = i18n.on_language_change(heard.append)
        i18n.set_language("en")
        i18n.set_language("en")  # no change, no news
        stop()
        assert heard == ["en"]
        assert i18n.ngettext("{n} page", "{n} pages", 1).format(n=1) == "1 page"
        assert i18n.ngettext("{n} page", "{n} pages", 3).format(n=3) == "3 pages"
    finally:
        i18n.set_language("en")
