"""Harness stub: qualcoder/speakers.py (imported by app.py) does `import qtawesome as qta`.
Only icons are requested from it; return empty QIcons."""
from PyQt6 import QtGui
def icon(*args, **kwargs):
    return QtGui.QIcon()
def __getattr__(name):
    return lambda *a, **k: None
