#!/usr/bin/env python3
"""Usage: QT_QPA_PLATFORM=offscreen python3 qc_import.py IN.qdpx OUTDIR

Creates a new empty QualCoder project in OUTDIR (QualCoder's own MainWindow.new_project),
imports IN.qdpx with QualCoder's RefiImport(app, textedit, "qdpx") and prints JSON.
OUTDIR must not exist (or be empty). Exit 2 if the import raised.
"""
import os
import sys
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 64
    if not os.path.isfile(argv[1]):
        sys.stderr.write(f"no such file: {argv[1]}\n")
        return 1
    import qc_common as qc
    try:
        mw, _new_log = qc.create_project(argv[2])
        try:
            te = qc.run_refi_import(mw.app, argv[1])
        except BaseException as err:  # noqa: BLE001
            if isinstance(err, SystemExit):
                raise
            sys.stderr.write(f"qc_import: QualCoder RefiImport raised {type(err).__name__}: {err}\n")
            traceback.print_exc(file=sys.stderr)
            return 2
        doc = {"log": te.toPlainText()}
        doc.update(qc.dump_project(mw.app))
        doc["messages"] = qc.MESSAGES
        doc["warnings"] = qc.LOG_RECORDS
        qc.emit_json(doc)
        mw.app.conn.close()
        return 0
    finally:
        qc.cleanup_run_dir()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
