"""What a Korean reader sees of printing: the preflight's findings and fix buttons, what a fix did, the export's
notes and the printers' and papers' names, all in Korean, while the codes a program reads stay English."""

from studio.core import i18n
from studio.core.app.preflight_fixes import apply_fix
from studio.core.document.model import BookFormat
from studio.core.output.cover import BINDINGS
from studio.core.output.exports import ExportChoice, export
from studio.core.output.preflight import preflight
from studio.core.output.snapshot import snapshot
from studio.core.output.targets import TARGETS
from studio.core.stickers.labels import LABELS
from tests.core.output.conftest import jpeg


def test_a_short_book_for_lulu_is_told_in_korean_and_its_fix_says_what_it_did(make_book, tmp_path, korean):
    project = make_book(story=22, picture=jpeg(2640, 2640), fmt=BookFormat(8.5, 8.5, title="래리의 차"))
    result = export(snapshot(project), ExportChoice("book", target="lulu"), tmp_path / "lulu.pdf")
    assert result.notes[0] == "Lulu용: 페이지 222.3 × 222.3mm, 네 면 모두 도련."  # lengths in mm, as Korea prints
    [count] = [f for f in preflight(tmp_path / "lulu.pdf", "lulu", fmt=project.book_format())
               if f.rule == "page_count"]
    assert count.message == "24쪽: Lulu는 최소 32쪽부터 인쇄해요."
    assert count.fix_label == "빈 페이지 8장 추가"
    assert count.as_dict()["fix"] == "add_blank_pages" and count.as_dict()["severity"] == "blocking"
    assert apply_fix(project, count, "lulu") == "뒤표지 앞에 빈 페이지 8장을 추가했어요."
    project.close()


def test_names_from_the_tables_follow_the_language_without_being_made_again(korean):
    assert TARGETS["printshop"].label == "인쇄소" and TARGETS["home"].name == "가정용 프린터"
    assert TARGETS["lulu"].papers["casewrap"].label == "양장본 (케이스랩)"
    assert BINDINGS["hardcover"].label == "양장본 (케이스 라미네이트)"
    assert LABELS["avery-5160"].label == "Avery 5160 · 2⅝ × 1인치, Letter 한 장에 30개"
    i18n.set_language("en")
    assert TARGETS["printshop"].label == "A print shop" and TARGETS["printshop"].name == "a print shop"
    assert TARGETS["lulu"].papers["casewrap"].label == "Hardcover casewrap"


def test_before_you_print_names_a_size_the_chosen_printer_does_not_print(make_book, korean):
    from studio.core.output.exports import for_target
    from studio.core.output.report import book_report

    book = snapshot(make_book(story=2, fmt=BookFormat(8, 8, title="래리")))
    lulu = book_report(for_target(book, "lulu"))
    assert lulu.warnings[-1] == "Lulu에서는 203.2 × 203.2mm 페이지를 인쇄하지 않아요. 책 설정에서 지원하는 크기를 고르세요."
    assert not any("8 × 8" in line for line in book_report(for_target(book, "printshop")).lines())
