"""`LANGUAGE=ko studio export BOOK --pdf out.pdf --for lulu --preflight` tells a Korean parent, in Korean, what the
printer would refuse and how to fix it; `--json` keeps the codes a program reads in English."""

import json
import os

from tests.test_cli_faults import studio
from tests.test_cli_targets import _book


def test_korean_preflight_for_lulu_and_json_codes_stay_english(tmp_path):
    book = _book(tmp_path, 22)  # a title page, a dedication and 22 story pages: 24 interior pages
    env = dict(os.environ, LANGUAGE="ko", XDG_CONFIG_HOME=str(tmp_path / "config"))  # no Settings choice
    done = studio("export", book, "--pdf", tmp_path / "lulu.pdf", "--for", "lulu", "--preflight", env=env)
    assert done.returncode == 2, done.stderr
    assert "  · Lulu용: 페이지 222.3 × 222.3mm, 네 면 모두 도련." in done.stdout.splitlines()
    assert f"저장했어요: {tmp_path / 'lulu.pdf'}" in done.stdout.splitlines()
    err = done.stderr.splitlines()
    assert "Lulu 인쇄 전 점검: lulu.pdf: 문제 1개" in err
    [refused] = [line for line in err if line.startswith("  ✗")]
    assert refused == "  ✗ 24쪽: Lulu는 최소 32쪽부터 인쇄해요. [고치기: 빈 페이지 8장 추가]"

    as_json = studio("export", book, "--pdf", tmp_path / "lulu.pdf", "--for", "lulu", "--preflight", "--json",
                     env=env)
    assert as_json.returncode == 2
    report = json.loads(as_json.stdout)
    assert report["target"] == "lulu" and report["passed"] is False
    [finding] = report["files"][0]["findings"]
    assert (finding["rule"], finding["severity"], finding["fix"], finding["count"]) == \
        ("page_count", "blocking", "add_blank_pages", 8)
    assert "32" in finding["message"] and "인쇄해요" in finding["message"]
    assert finding["fix_label"] == "빈 페이지 8장 추가"
