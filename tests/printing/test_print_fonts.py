"""The CJK font is found, embedded, cached; a bad path falls back with a warning."""
from frontdesk.printing import fonts


def test_system_font_is_truetype_and_embedded(font):
    assert font.embedded is True
    assert font.warning is None
    assert font.path and font.path.endswith((".ttf", ".ttc"))


def test_registered_once_per_process(font):
    assert fonts.register_cjk_font() is font


def test_configured_path_is_used(font):
    info = fonts.register_cjk_font(font.path)
    assert info.path == font.path and info.embedded


def test_unusable_path_falls_back_with_a_warning(tmp_path):
    bad = tmp_path / "not-a-font.ttf"
    bad.write_bytes(b"this is not a font")
    info = fonts.register_cjk_font(str(bad))
    assert info.path != str(bad)
    assert info.warning and str(bad) in info.warning


def test_cid_last_resort_is_marked_not_embedded():
    info = fonts._cid_font(None)
    assert info.name == "STSong-Light" and info.embedded is False and "STSong-Light" in info.warning


def test_fontconfig_candidates_are_truetype_only():
    for path, _ in fonts._fontconfig_candidates():
        assert path.lower().endswith((".ttf", ".ttc"))
