"""A bold Korean title prints in a bold Hangul face, in every family a frame can choose."""

import subprocess

import pytest

from studio.core.document.model import BookFormat, Page
from studio.core.layout.fonts import FAMILIES, chain, face
from studio.core.layout.templates import new_page
from studio.core.output.book_pdf import render_pdf
from studio.core.output.snapshot import BookSnapshot

BOLD_HANGUL = {"rounded": "NanumSquareRoundB", "serif": "NanumMyeongjoBold", "sans": "NanumGothicBold"}
REGULAR_HANGUL = {"rounded": "NanumSquareRoundR", "serif": "NanumMyeongjo", "sans": "NanumGothic"}


def test_every_family_has_a_bold_hangul_face_of_its_own():
    assert set(BOLD_HANGUL) == set(FAMILIES)
    for family_id, family in FAMILIES.items():
        assert family.hangul_bold.name == BOLD_HANGUL[family_id] and family.hangul_bold.bold
        assert family.hangul_bold.qt_family == family.hangul.qt_family  # the screen finds it as the bold style
        assert chain(family_id, "래리의 티파티", bold=True)[0] == BOLD_HANGUL[family_id]
        assert chain(family_id, "래리의 티파티")[0] == REGULAR_HANGUL[family_id]


def _embedded_fonts(path) -> dict[str, str]:
    """pdffonts: each font's name (subset prefix cut off) → whether it is embedded."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = {}
    for line in lines[2:]:
        name, *rest = line.split()
        fonts[name.split("+", 1)[-1]] = rest[-5]  # columns: name type encoding emb sub uni object ID
    return fonts


@pytest.mark.parametrize("family", sorted(BOLD_HANGUL))
def test_a_bold_korean_title_embeds_the_bold_hangul_face(family, tmp_path):
    fmt = BookFormat(8.5, 8.5, title="래리의 티파티")
    page = new_page("title", fmt, 1, "title", page_id=1)
    page = Page(1, 0, tuple(f.moved(text="래리의 티파티", props={**f.props, "family": family})
                            if f.slot == "title" else f for f in page.frames), "title", "title")
    out = render_pdf(BookSnapshot(fmt, (page,), {}, {}), tmp_path / "title.pdf", pages=[page]).paths[0]
    fonts = _embedded_fonts(out)
    assert fonts.get(BOLD_HANGUL[family]) == "yes", fonts
    assert REGULAR_HANGUL[family] not in fonts  # the title's letters are all in the bold face
    assert face(BOLD_HANGUL[family]).file.endswith(f"{BOLD_HANGUL[family]}.ttf")
