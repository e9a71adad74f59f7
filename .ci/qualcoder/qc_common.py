"""Shared headless plumbing for the QualCoder REFI-QDA harness.

* re-executes under Debian's /usr/bin/python3 when the current interpreter has no PyQt6
* isolates HOME (QualCoder writes ~/.qualcoder/config.ini, recent_projects.txt and uses
  ~/.qualcoder/<project> as the export staging folder) in a throw-away temp dir
* never writes .pyc files into the QualCoder source tree
* installs import-time stubs (see stubs/)
* patches every modal dialog / file dialog so nothing blocks
* re-uses MainWindow.new_project / open_project from qualcoder/__main__.py *verbatim*
  (their source is extracted with ast and bound to a small headless stand-in for the
  main window), so the project schema/folders come from QualCoder's own code.
"""
import os
import sys

HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
QC_SRC = os.environ.get("QC_SRC", "/tmp/qc/src")
STUBS_DIR = os.path.join(HARNESS_DIR, "stubs")
DEBIAN_PY = "/usr/bin/python3"

# ---------------------------------------------------------------- interpreter bootstrap
try:
    import PyQt6  # noqa: F401
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PY) and os.path.exists(DEBIAN_PY) \
            and not os.environ.get("QC_HARNESS_REEXEC"):
        os.environ["QC_HARNESS_REEXEC"] = "1"
        os.execv(DEBIAN_PY, [DEBIAN_PY] + sys.argv)
    raise

sys.dont_write_bytecode = True
os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast  # noqa: E402
import contextlib  # noqa: E402
import hashlib  # noqa: E402
import importlib  # noqa: E402
import logging  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

WORK_ROOT = os.path.join(tempfile.gettempdir(), "claimdiff-qualcoder")
os.makedirs(WORK_ROOT, exist_ok=True)
# One private scratch dir per run: fake HOME + copies of inputs + export staging
RUN_DIR = tempfile.mkdtemp(prefix="run_", dir=WORK_ROOT)
FAKE_HOME = os.path.join(RUN_DIR, "home")
os.makedirs(os.path.join(FAKE_HOME, ".qualcoder"), exist_ok=True)
os.makedirs(os.path.join(FAKE_HOME, "Documents"), exist_ok=True)
os.environ["HOME"] = FAKE_HOME
os.environ["XDG_RUNTIME_DIR"] = os.path.join(RUN_DIR, "xdg")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(FAKE_HOME, ".config")
os.environ["XDG_DATA_HOME"] = os.path.join(FAKE_HOME, ".local", "share")


def cleanup_run_dir():
    shutil.rmtree(RUN_DIR, ignore_errors=True)


sys.path.insert(0, STUBS_DIR)
sys.path.insert(0, QC_SRC)

# Everything QualCoder print()s (e.g. "No module named 'vlc'") goes to stderr so that
# stdout carries only the harness' JSON.
REAL_STDOUT = sys.stdout
sys.stdout = sys.stderr

from PyQt6 import QtCore, QtGui, QtWidgets  # noqa: E402

QAPP = QtWidgets.QApplication.instance() or QtWidgets.QApplication([sys.argv[0]])

import qualcoder  # noqa: E402,F401  (installs builtins._ = gettext.gettext)

# Stubs for QualCoder's own heavy modules that are only needed at import time.
sys.modules["qualcoder.ai_llm"] = importlib.import_module("qualcoder_ai_llm_stub")
sys.modules["qualcoder.media_player_qt"] = importlib.import_module("qualcoder_media_player_qt_stub")

from qualcoder import helpers as qc_helpers  # noqa: E402
from qualcoder.app import App  # noqa: E402
from qualcoder.helpers import Message, get_default_user_directory  # noqa: E402
from qualcoder import refi as qc_refi  # noqa: E402
from qualcoder.refi import RefiImport, RefiExport  # noqa: E402
from qualcoder_ai_llm_stub import AiLLM  # noqa: E402

# ---------------------------------------------------------------- logging capture
LOG_RECORDS = []


class _Collector(logging.Handler):
    def emit(self, record):
        try:
            LOG_RECORDS.append(f"{record.levelname} {record.name}: {record.getMessage()}")
        except Exception:  # pragma: no cover
            pass


_qc_logger = logging.getLogger("qualcoder")
_qc_logger.addHandler(_Collector(level=logging.WARNING))
_qc_logger.setLevel(logging.DEBUG)
_qc_logger.propagate = False
logging.getLogger("__main__").addHandler(_Collector(level=logging.WARNING))

# ---------------------------------------------------------------- dialog patches
MESSAGES = []        # every suppressed QMessageBox / Message: {"title","text"}
DIALOG_CALLS = []    # every intercepted dialog call
ANSWERS = {          # what the patched file dialogs return
    "getOpenFileName": None,
    "getSaveFileName": None,
    "getExistingDirectory": None,
}


def _file_dialog(kind):
    def fake(*args, **kwargs):
        DIALOG_CALLS.append(kind)
        ans = ANSWERS.get(kind)
        if ans is None:
            raise RuntimeError(f"qc harness: unexpected QFileDialog.{kind}{args[1:3]}")
        if kind == "getExistingDirectory":
            return ans
        # Qt returns (path, selected_filter); QualCoder treats an empty filter as "cancelled"
        flt = kwargs.get("filter", args[3] if len(args) > 3 else "") or "*"
        return ans, flt.split(";;")[0]
    return staticmethod(fake)


for _kind in ANSWERS:
    setattr(QtWidgets.QFileDialog, _kind, _file_dialog(_kind))


def _msgbox_exec(self, *a, **k):
    MESSAGES.append({"title": self.windowTitle(), "text": self.text()})
    return int(QtWidgets.QMessageBox.StandardButton.Ok.value)


def _dialog_exec(self, *a, **k):
    DIALOG_CALLS.append(f"{type(self).__name__}.exec")
    return int(QtWidgets.QDialog.DialogCode.Accepted.value)


QtWidgets.QMessageBox.exec = _msgbox_exec
Message.exec = _msgbox_exec
QtWidgets.QDialog.exec = _dialog_exec


def _static_msg(kind):
    def fake(parent, title, text, *a, **k):
        MESSAGES.append({"title": title, "text": text, "static": kind})
        if kind == "question":
            return QtWidgets.QMessageBox.StandardButton.Yes
        return QtWidgets.QMessageBox.StandardButton.Ok
    return staticmethod(fake)


for _kind in ("question", "warning", "information", "critical"):
    setattr(QtWidgets.QMessageBox, _kind, _static_msg(_kind))


# ---------------------------------------------------------------- MainWindow methods, verbatim
def _load_mainwindow_methods(names=("new_project", "open_project")):
    main_py = os.path.join(QC_SRC, "qualcoder", "__main__.py")
    with open(main_py, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=main_py)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    ns = {
        # the module-level names of qualcoder/__main__.py these methods use
        "__name__": "qualcoder.__main__", "App": App, "AiLLM": AiLLM, "Message": Message,
        "get_default_user_directory": get_default_user_directory,
        "QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets, "Path": Path,
        "datetime": __import__("datetime"), "sqlite3": sqlite3, "os": os, "shutil": shutil,
        "logger": logging.getLogger("qualcoder.__main__"), "logging": logging, "sys": sys,
    }
    out = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name in names:
            mod = ast.Module(body=[node], type_ignores=[])
            exec(compile(mod, main_py, "exec"), ns)  # keeps original line numbers
            out[node.name] = ns[node.name]
    missing = set(names) - set(out)
    if missing:
        raise RuntimeError(f"MainWindow methods not found in {main_py}: {missing}")
    return out


_MW = _load_mainwindow_methods()


class _Null:
    """Absorbs any attribute access / call (menus, tabs, chat window ...)."""

    def __getattr__(self, name):
        return _Null()

    def __call__(self, *a, **k):
        return _Null()


class _UI:
    def __init__(self, textedit):
        self.textEdit = textedit
        self.tabWidget = _Null()
        self.tab_action_log = self.tab_reports = self.tab_coding = self.tab_manage = None


class HeadlessMainWindow:
    """Just enough of qualcoder.__main__.MainWindow for new_project()/open_project()."""

    new_project = _MW["new_project"]
    open_project = _MW["open_project"]

    def __init__(self, textedit):
        self.app = App()
        self.app.ai = AiLLM(self.app, textedit)
        self.ui = _UI(textedit)
        self.project = {"databaseversion": "", "date": "", "memo": "", "about": ""}
        self.journal_display = None
        self.ai_chat_window = _Null()

    # GUI-only bits of MainWindow
    def close_project(self):
        if self.app.conn is not None:
            self.app.conn.commit()
            self.app.conn.close()
        self.app.conn = None
        self.app.project_path = ""
        self.app.project_name = ""

    def setWindowTitle(self, *a):
        pass

    def fill_recent_projects_menu_actions(self):
        pass

    def clear_tab_widgets(self, *a, **k):
        pass

    def project_summary_report(self):
        pass

    def show_menu_options(self):
        pass

    def hide_menu_options(self):
        pass


def create_project(project_dir):
    """Create a new empty QualCoder project whose folder is exactly project_dir.
    Returns (main_window, textedit_used_by_new_project)."""
    project_dir = os.path.abspath(project_dir)
    if os.path.isdir(project_dir) and not os.listdir(project_dir):
        os.rmdir(project_dir)
    if os.path.exists(project_dir):
        raise SystemExit(f"qc harness: output project folder already exists and is not empty: {project_dir}")
    parent = os.path.dirname(project_dir)
    os.makedirs(parent, exist_ok=True)
    te = QtWidgets.QTextEdit()
    mw = HeadlessMainWindow(te)
    mw.app.settings["directory"] = parent
    # new_project() appends ".qda" to what the save dialog returns
    ANSWERS["getSaveFileName"] = project_dir[:-4] if project_dir.endswith(".qda") else project_dir
    mw.new_project()
    ANSWERS["getSaveFileName"] = None
    app = mw.app
    if not app.project_path or app.conn is None:
        raise SystemExit("qc harness: QualCoder new_project() did not create a project: "
                         + te.toPlainText() + repr(MESSAGES))
    if os.path.abspath(app.project_path) != project_dir:
        # OUTDIR without .qda suffix: QualCoder made OUTDIR.qda - move it into place
        app.conn.commit()
        app.conn.close()
        shutil.move(app.project_path, project_dir)
        app.create_connection(project_dir)
    return mw, te


def run_refi_import(app, qdpx_path):
    """Run QualCoder's RefiImport exactly as MainWindow.refi_project_import does.
    The .qdpx is first copied into the private run dir, because RefiImport extracts the
    zip next to the file ('<file minus 4 chars>_temporary')."""
    src = os.path.abspath(qdpx_path)
    if not os.path.isfile(src):
        raise SystemExit(f"qc harness: no such file: {src}")
    in_dir = os.path.join(RUN_DIR, "in")
    os.makedirs(in_dir, exist_ok=True)
    local = os.path.join(in_dir, os.path.basename(src))
    shutil.copyfile(src, local)
    te = QtWidgets.QTextEdit()
    ANSWERS["getOpenFileName"] = local
    try:
        RefiImport(app, te, "qdpx")
        if "getOpenFileName" not in DIALOG_CALLS or not te.toPlainText():
            raise RuntimeError("qc harness: RefiImport returned without importing anything")
    finally:
        ANSWERS["getOpenFileName"] = None
        if app.conn is not None:
            app.conn.commit()
        QAPP.processEvents()
    return te


def run_refi_export(app, out_qdpx, maxqda_line_endings=False):
    """Run QualCoder's RefiExport(app, textedit, 'project'); copy the result to out_qdpx."""
    export_dir = os.path.join(RUN_DIR, "export")
    os.makedirs(export_dir, exist_ok=True)
    te = QtWidgets.QTextEdit()
    ANSWERS["getExistingDirectory"] = export_dir
    orig_init = qc_refi.RefiLineEndings.__init__
    if maxqda_line_endings:
        def init(self, *a, **k):
            orig_init(self, *a, **k)
            self.ui.radioButton_maxqda.setChecked(True)
        qc_refi.RefiLineEndings.__init__ = init
    try:
        RefiExport(app, te, "project")
    finally:
        ANSWERS["getExistingDirectory"] = None
        qc_refi.RefiLineEndings.__init__ = orig_init
    produced = sorted(Path(export_dir).glob("*.qdpx"))
    if len(produced) != 1:
        raise RuntimeError(f"qc harness: expected one exported .qdpx in {export_dir}, found {produced}")
    out_qdpx = os.path.abspath(out_qdpx)
    os.makedirs(os.path.dirname(out_qdpx), exist_ok=True)
    shutil.copyfile(produced[0], out_qdpx)
    return te


def _sha(text):
    if text is None:
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def dump_project(app):
    cur = app.conn.cursor()
    q = lambda sql: cur.execute(sql).fetchall()  # noqa: E731
    out = {}
    out["sources"] = [
        {"id": r[0], "name": r[1], "memo": r[2], "mediapath": r[4],
         "fulltext_len": None if r[3] is None else len(r[3]), "fulltext_sha256": _sha(r[3])}
        for r in q("select id, name, memo, fulltext, mediapath from source order by id")]
    docs = Path(app.project_path) / "documents"
    out["documents_files"] = [
        {"name": p.name, "bytes": p.stat().st_size,
         "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in sorted(docs.iterdir()) if p.is_file()] if docs.is_dir() else []
    out["codes"] = [
        {"cid": r[0], "name": r[1], "memo": r[2], "category": r[3], "color": r[4], "parent_code": r[5]}
        for r in q("select c.cid, c.name, c.memo, cc.name, c.color, p.name from code_name c "
                   "left join code_cat cc on cc.catid=c.catid left join code_name p on p.cid=c.supercid "
                   "order by c.cid")]
    out["categories"] = [
        {"catid": r[0], "name": r[1], "memo": r[2], "parent": r[3]}
        for r in q("select c.catid, c.name, c.memo, p.name from code_cat c "
                   "left join code_cat p on p.catid=c.supercatid order by c.catid")]
    out["codings"] = [
        {"code": r[0], "source": r[1], "pos0": r[2], "pos1": r[3], "seltext": r[4], "memo": r[5],
         "owner": r[6]}
        for r in q("select cn.name, s.name, ct.pos0, ct.pos1, ct.seltext, ct.memo, ct.owner from code_text ct "
                   "left join code_name cn on cn.cid=ct.cid left join source s on s.id=ct.fid "
                   "order by s.name, ct.pos0, ct.pos1, cn.name")]
    out["annotations"] = [
        {"source": r[0], "pos0": r[1], "pos1": r[2], "memo": r[3], "owner": r[4]}
        for r in q("select s.name, a.pos0, a.pos1, a.memo, a.owner from annotation a "
                   "left join source s on s.id=a.fid order by s.name, a.pos0, a.pos1")]
    out["journals"] = [{"name": r[0], "jentry": r[1]} for r in q("select name, jentry from journal order by jid")]
    out["project_memo"] = q("select memo from project")[0][0]
    return out


def emit_json(doc):
    import json
    REAL_STDOUT.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    REAL_STDOUT.flush()
