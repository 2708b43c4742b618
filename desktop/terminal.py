"""Text from files printed on a terminal: data, never commands.

A unit name in a package could carry ANSI escape sequences or other control
characters that move the cursor, recolour or rewrite what an official reads;
``clean`` removes them (and lone surrogates, which cannot be printed) before
anything from a file reaches standard output or error.
"""

from __future__ import annotations

import re

# CSI / OSC / other ESC sequences first, then every remaining C0/C1 control but tab
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without escape sequences, control characters, bidi overrides or lone surrogates."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
