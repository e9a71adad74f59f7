"""Harness stub for PIL.Image (import-time only)."""
def __getattr__(name):
    raise AttributeError("PIL.Image stub (qc harness): " + name + " not available")
