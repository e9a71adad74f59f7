#!/usr/bin/env python3
"""Usage: QT_QPA_PLATFORM=offscreen python3 qc_roundtrip.py IN.qdpx OUT.qdpx [--maxqda-line-endings]

Imports IN.qdpx (as qc_import.py) into a temporary QualCoder project, then exports the
whole project with QualCoder's RefiExport(app, textedit, "project") to OUT.qdpx.
Prints a small JSON summary. Exit 2 if import raised, 3 if export raised.
"""
import os
import sys
import traceback
import zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    maxqda = "--maxqda-line-endings" in argv[1:]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 64
    in_qdpx, out_qdpx = args
    if not os.path.isfile(in_qdpx):
        sys.stderr.write(f"no such file: {in_qdpx}\n")
        return 1
    import qc_common as qc
    try:
        stem = os.path.splitext(os.path.basename(in_qdpx))[0] or "project"
        # the project name becomes the <Project name="..."> of the export
        proj_dir = os.path.join(qc.RUN_DIR, "project", stem + ".qda")
        mw, _ = qc.create_project(proj_dir)
        try:
            te_in = qc.run_refi_import(mw.app, in_qdpx)
        except BaseException as err:  # noqa: BLE001
            if isinstance(err, SystemExit):
                raise
            sys.stderr.write(f"qc_roundtrip: QualCoder RefiImport raised {type(err).__name__}: {err}\n")
            traceback.print_exc(file=sys.stderr)
            return 2
        try:
            te_out = qc.run_refi_export(mw.app, out_qdpx, maxqda_line_endings=maxqda)
        except BaseException as err:  # noqa: BLE001
            if isinstance(err, SystemExit):
                raise
            sys.stderr.write(f"qc_roundtrip: QualCoder RefiExport raised {type(err).__name__}: {err}\n")
            traceback.print_exc(file=sys.stderr)
            return 3
        with zipfile.ZipFile(out_qdpx) as z:
            members = z.namelist()
        qc.emit_json({"out": os.path.abspath(out_qdpx), "zip_members": members,
                      "import_log": te_in.toPlainText(), "export_log": te_out.toPlainText(),
                      "messages": qc.MESSAGES, "warnings": qc.LOG_RECORDS})
        mw.app.conn.close()
        return 0
    finally:
        qc.cleanup_run_dir()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
