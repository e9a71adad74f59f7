"""Harness stub installed as sys.modules['qualcoder.ai_llm'].

The real qualcoder/ai_llm.py imports langchain, openai, Bio, httpx, json_repair ...
(none needed for REFI). qualcoder/app.py imports get_default_ai_models and
update_ai_models from it (used only for the AI section of config.ini), and
__main__.new_project() instantiates AiLLM. With AI disabled (the default) the
REFI code path never calls the LLM.
"""


def get_default_ai_models():
    return []


def update_ai_models(current_models, current_model_index, settings=None):
    return current_models, current_model_index, None


class _NoopVectorstore:
    def __getattr__(self, name):
        return lambda *a, **k: None


class AiLLM:
    def __init__(self, app=None, main_window_textedit=None, *args, **kwargs):
        self.app = app
        self.sources_vectorstore = _NoopVectorstore()

    def init_llm(self, *args, **kwargs):
        return None

    def close(self, *args, **kwargs):
        return None

    def __getattr__(self, name):
        return lambda *a, **k: None
