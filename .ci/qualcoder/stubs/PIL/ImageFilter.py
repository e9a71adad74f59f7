"""Harness stub for PIL.ImageFilter (import-time only)."""
def __getattr__(name):
    raise AttributeError("PIL.ImageFilter stub (qc harness): " + name + " not available")
