"""Translation of the strings that the Qt-free core shows to users.

Core messages are written in Vietnamese (the shipped language) and wrapped in
``_()`` so that they can be extracted and translated; the views use Qt's
``tr()``. ``set_language("en")`` switches the core to the English catalogue
when one is installed in ``resources/translations``.
"""

from __future__ import annotations

import gettext

from desktop.resources import resource_path

_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(lang: str) -> None:
    global _translation
    if lang.startswith("vi"):
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "khcds", localedir=str(resource_path("translations")), languages=[lang], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
