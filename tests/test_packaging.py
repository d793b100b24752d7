"""The desktop files a distribution or a user installs (packaging/) agree with each other and pass the
freedesktop validators, and the version is the same wherever a person reads it."""

from __future__ import annotations

import configparser
import importlib.metadata
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studio import DESKTOP_ID, __version__

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{DESKTOP_ID}.desktop"
MIME = PACKAGING / f"{DESKTOP_ID}-mime.xml"
FDO_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (apt: appstream)")
def test_metainfo_passes_appstreamcli_validate():
    run = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "W:" not in run.stdout and "E:" not in run.stdout, run.stdout


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt: desktop-file-utils)")
def test_desktop_file_passes_desktop_file_validate():
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_launcher_metainfo_and_file_type_name_each_other():
    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == component.findtext("icon") == DESKTOP_ID
    assert entry["Exec"].split()[0] in [b.text for b in component.iter("binary")]
    mime_type = ET.parse(MIME).getroot().find(f"{FDO_MIME}mime-type")
    assert mime_type is not None
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")
    assert [m.text for m in component.iter("mediatype")] == [mime_type.get("type")]
    assert mime_type.find(f"{FDO_MIME}glob").get("pattern") == "*.storybook"
    assert "studio" in importlib.metadata.entry_points(group="console_scripts").names


def test_every_icon_size_is_there_at_its_size():
    from PIL import Image

    generic = ET.parse(MIME).getroot().find(f"{FDO_MIME}mime-type/{FDO_MIME}generic-icon").get("name")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        for kind, name in (("apps", DESKTOP_ID), ("mimetypes", generic)):
            with Image.open(PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / kind / f"{name}.png") as icon:
                assert icon.size == (size, size)
                assert icon.getchannel("A").getextrema() == (0, 255)  # drawn, with a transparent surround
    assert (PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()


def test_version_is_the_same_in_the_package_the_command_and_the_metainfo():
    assert importlib.metadata.version("picture-book-studio") == __version__
    run = subprocess.run([sys.executable, "-m", "studio", "--version"], capture_output=True, text=True, timeout=120)
    assert run.stdout.split() == ["Picture", "Book", "Studio", __version__]
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest.get("version") == __version__


def test_install_script_puts_everything_under_the_data_folder(tmp_path):
    share = tmp_path / "share"
    subprocess.run(["sh", str(PACKAGING / "install-desktop.sh")], check=True, capture_output=True,
                   env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(share), "HOME": str(tmp_path)})
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{DESKTOP_ID}.xml").is_file()
    subprocess.run(["sh", str(PACKAGING / "install-desktop.sh"), "--remove"], check=True, capture_output=True,
                   env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(share), "HOME": str(tmp_path)})
    assert not (share / "applications" / DESKTOP.name).exists()
