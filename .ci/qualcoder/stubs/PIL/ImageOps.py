"""Harness stub for PIL.ImageOps (import-time only)."""
def __getattr__(name):
    raise AttributeError("PIL.ImageOps stub (qc harness): " + name + " not available")
