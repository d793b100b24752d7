"""`studio export … --for T [--preflight [--json]]`: the pages sized for a printer, checked, exit 2 when refused."""

import json

import pikepdf
import pytest

from studio.cli import main
from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.layout.book import add_page, set_title, story_pages
from tests.core.output.conftest import add_picture, jpeg


def _book(folder, story: int, target: str = ""):
    """A square book with covers, title and dedication, `story` story pages with 300 DPI pictures and words."""
    path = folder / f"Larry{story}.storybook"
    project = Project.create(path)
    project.set_book_format(BookFormat(8.5, 8.5, title="Larry's Tea", author="Mia", target=target))
    set_title(project, "Larry's Tea")
    while len(story_pages(project)) < story:
        add_page(project)
    picture = add_picture(project, jpeg(2640, 2640))
    for n, page in enumerate(story_pages(project), start=1):
        project.set_frame_image(page.frame("image").id, picture)
        project.set_frame_text(page.frame("text").id, f"Page {n}: Larry pours the tea.")
    project.close()
    return path


def test_for_kdp_the_pdf_has_kdp_pages_and_says_so(tmp_path, capsys):
    book, out = _book(tmp_path, 2), tmp_path / "kdp.pdf"
    assert main(["export", str(book), "--pdf", str(out), "--for", "kdp"]) == 0
    assert "For Amazon KDP: 8.625 × 8.75 in pages" in capsys.readouterr().out
    with pikepdf.open(out) as pdf:
        assert [float(v) for v in pdf.pages[0].MediaBox] == [0, 0, 621, 630]


def test_a_short_book_fails_preflight_with_exit_2_and_the_list_on_stderr(tmp_path, capsys):
    book = _book(tmp_path, 2)
    assert main(["export", str(book), "--pdf", str(tmp_path / "short.pdf"), "--for", "kdp", "--preflight"]) == 2
    err = capsys.readouterr().err
    assert "preflight for Amazon KDP: short.pdf" in err
    assert ("✗ 4 pages: Amazon KDP prints at least 24, and no more than 10 of them may be blank at the end: the book "
            "needs 20 more pages with pictures or words") in err  # blank padding would only be refused in turn


def test_a_good_book_passes_for_kdp_and_its_cover_too(tmp_path, capsys):
    book = _book(tmp_path, 22)
    args = ["export", str(book), "--pdf", str(tmp_path / "in.pdf"), "--cover", str(tmp_path / "cover.pdf"),
            "--for", "kdp", "--preflight"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "in.pdf: passed" in err and "cover.pdf: passed" in err


def test_json_gives_each_file_and_finding(tmp_path, capsys):
    book = _book(tmp_path, 2)
    code = main(["export", str(book), "--pdf", str(tmp_path / "short.pdf"), "--for", "kdp", "--preflight", "--json"])
    assert code == 2
    report = json.loads(capsys.readouterr().out)  # stdout holds the JSON alone
    assert report["target"] == "kdp" and report["passed"] is False
    [file] = report["files"]
    assert file["path"] == str(tmp_path / "short.pdf") and file["kind"] == "book"
    count = next(f for f in file["findings"] if f["rule"] == "page_count")
    assert count["severity"] == "blocking" and count["page"] is None and count["fix"] is None
    assert count["message"].startswith("4 pages: Amazon KDP prints at least 24") and "20 more pages" in count["message"]


def test_the_books_own_print_target_is_used_when_none_is_said(tmp_path, capsys):
    book = _book(tmp_path, 2, target="lulu")
    assert main(["export", str(book), "--pdf", str(tmp_path / "lulu.pdf"), "--preflight"]) == 2
    assert "Lulu prints at least 32" in capsys.readouterr().err
    project = Project.open(book)
    edits.set_print_target(project, "")
    assert project.history.undo().name == "No print target"
    project.close()


@pytest.mark.parametrize("args, said", [
    (["--preflight"], "say which printer to check for: --for kdp|ingramspark|lulu|printshop|home"),
    (["--json"], "--json prints the preflight's findings: add --preflight"),
    (["--for", "blurb"], "invalid choice: 'blurb'"),
])
def test_preflight_mistakes_are_one_line_and_exit_2(tmp_path, capsys, args, said):
    book = _book(tmp_path, 1)
    try:
        code = main(["export", str(book), "--pdf", str(tmp_path / "x.pdf"), *args])
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code
    assert code == 2
    assert said in capsys.readouterr().err


def test_lengths_chosen_in_settings_hold_on_the_command_line(tmp_path, capsys):
    from studio.core import units
    from studio.core.settings import Settings, config_dir, load_settings, save_settings

    save_settings(Settings(lengths="mm"))
    try:
        book = _book(tmp_path, 2)
        assert main(["export", str(book), "--pdf", str(tmp_path / "kdp.pdf"), "--for", "kdp"]) == 0
        assert "For Amazon KDP: 219.1 × 222.3 mm pages" in capsys.readouterr().out  # 8.625 × 8.75 in
    finally:
        units.set_units("")
    (config_dir() / "settings.json").write_text('{"lengths": "cubits"}', encoding="utf-8")  # a hand edit
    assert load_settings().lengths == ""
