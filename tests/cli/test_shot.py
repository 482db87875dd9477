"""frontdesk shot: one page of the real window rendered offscreen to a PNG at the asked size."""
import os
import subprocess
import sys

import pytest

from frontdesk.cli import main


@pytest.fixture
def small_centre(centre, db_path):
    from frontdesk.store import answers
    answers.save_answer(centre["db"], centre["admin"], title="物业费缴纳", body="可在服务中心或微信缴纳。", hot=True)
    return db_path


def test_shot_writes_a_png_of_the_asked_size(small_centre, tmp_path):
    """Run as a user would (a separate process, no display): the PNG has the size and is not blank."""
    from PySide6.QtGui import QImage
    out = tmp_path / "answers.png"
    env = {**os.environ, "FRONTDESK_DB": str(small_centre)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "frontdesk", "shot", "--page", "answers", "--out", str(out),
                           "--size", "1024x640"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 640, 16)}
    assert len(colours) > 5


def test_shot_draws_chinese_glyphs_not_boxes(small_centre, tmp_path, qapp):
    """The font shot and the window use has real glyphs for the Chinese titles (no boxes)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from frontdesk.ui import theme
    theme.apply(qapp)
    metrics = QFontMetrics(qapp.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "常用答复登记看板设置")
    qapp.setStyleSheet("")
    qapp.setFont(QFont())


def test_unknown_page_exits_1_listing_the_valid_ones(small_centre, tmp_path, capsys):
    assert main(["shot", "--page", "nowhere", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "nowhere" in err and "answers" in err and "settings" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("args", [["--size", "big"], ["--size", "100x100"], ["--out-ext"]])
def test_bad_usage_exits_2(small_centre, tmp_path, args):
    if args == ["--out-ext"]:
        argv = ["shot", "--page", "answers", "--out", str(tmp_path / "x.jpg")]
    else:
        argv = ["shot", "--page", "answers", "--out", str(tmp_path / "x.png"), *args]
    assert main(argv) == 2


def test_help_text():
    with pytest.raises(SystemExit) as exit_:
        main(["shot", "--help"])
    assert exit_.value.code == 0
