"""The raw-bytes limits before parsing: the quick test decides ordinary packages alone, and
every number that is too long is still refused, wherever it stands."""

from __future__ import annotations

import json

import pytest

from desktop.errors import PackageError
from desktop.sync import package as pkg

LONG = "1" * (pkg.MAX_NUMBER_DIGITS + 1)


@pytest.mark.parametrize(
    "raw",
    [
        "[" + LONG + "]",
        '{"a": -0.' + "0" * 40 + "}",
        LONG,
        '{"a":1e' + LONG + "}",
        '{"a":[1,\n\t ' + LONG + "]}",
        '{"a":"x","b":' + LONG + "}",
        '{"a":"' + LONG + '", "b": ' + LONG + "}",
    ],
)
def test_long_numbers_refused(raw: str) -> None:
    with pytest.raises(PackageError, match="quá dài"):
        pkg.check_json_limits(raw.encode(), "data.json")


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps({"prev_hash": "0" * 64, "n": [1, 2.5, -3e10]}),
        json.dumps(["x: " + LONG, "[" + LONG, ", " + LONG]),  # inside strings: the exact test clears them
        json.dumps({"a": "a" + LONG + "b"}),
    ],
)
def test_digits_inside_strings_pass(raw: str) -> None:
    pkg.check_json_limits(raw.encode(), "data.json")


def test_ordinary_package_takes_the_quick_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real export (its audit trail starts from a hash of zeros) never needs strings set aside."""
    raw = json.dumps({"audit": [{"prev_hash": "0" * 64, "hash": "ab" * 32}], "percent": 50}).encode()

    class Refuse:
        def sub(self, *_a: object) -> bytes:
            raise AssertionError("the exact test ran")

    monkeypatch.setattr(pkg, "_JSON_STRING", Refuse())
    pkg.check_json_limits(raw, "data.json")
