"""Harness stub: qualcoder/helpers.py does `import pymupdf` at import time.
The REFI import/export code path never calls it. Any real use raises."""
def __getattr__(name):
    raise AttributeError(f"pymupdf stub (qc harness): attribute {name!r} not available")
