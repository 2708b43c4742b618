"""One translation mechanism for the whole program: the Qt catalogue.

Vietnamese is the source language. Every user-facing string is in
``resources/translations/khcds_<lang>.ts`` (compiled to ``.qm``): the views'
``tr()`` strings under their class's context, the Qt-free core's ``_()``
strings under the context ``core`` (extracted by ``scripts/i18n_extract.py``).
``set_language("en")`` loads the compiled catalogue for ``_()``; the window's
``install_translator`` calls it too, so ``--lang en`` translates both.
Only ``QtCore.QTranslator`` is used (no application object, no GUI).
"""

from __future__ import annotations

from typing import Any

from desktop.resources import resource_path

CORE_CONTEXT = "core"

_translator: Any = None
_language = "vi"


def set_language(lang: str) -> bool:
    """Switch ``_()`` to ``lang``; False (and Vietnamese) when no catalogue is shipped."""
    global _translator, _language
    _translator = None
    _language = "vi"
    if not lang or lang.startswith("vi"):
        return True
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    if not tr.load(f"khcds_{lang}", str(resource_path("translations"))):
        return False
    _translator = tr
    _language = lang
    return True


def language() -> str:
    """The language ``_()`` speaks (``vi`` when no catalogue is loaded)."""
    return _language


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it (enum words: documents
    print the Vietnamese, the window shows ``_()`` of it)."""
    return message


def _(message: str) -> str:
    if _translator is None:
        return message
    return str(_translator.translate(CORE_CONTEXT, message)) or message
