"""Harness stub: qualcoder/helpers.py does `from PIL import Image, ImageOps, ImageFilter`
at import time only; the REFI code path does not use PIL."""
