"""Harness stub installed as sys.modules['qualcoder.media_player_qt'].

The real module imports PyQt6.QtMultimedia / QtMultimediaWidgets (not installed);
qualcoder/helpers.py imports MediaInstance and make_vlc_instance from it at import
time only. The REFI import/export code path does not play media.
"""


class MediaInstance:
    def __init__(self, *args, **kwargs):
        raise RuntimeError("media_player_qt stub (qc harness): no media playback")


def make_vlc_instance(*args, **kwargs):
    return None
