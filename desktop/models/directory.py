"""The official directory of units (2025): 34 provinces and 3,321 commune-level units.

It comes from the ``vietnam-provinces`` package. Units outside it (a legacy
district, a provincial department) are ``CustomUnit`` rows of the store and are
joined in by ``desktop.services.units``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from desktop.models.enums import Level
from desktop.vn import fold, sort_key

# division_type value -> the header word and level
_UNIT_WORDS = {"xã": "XÃ", "phường": "PHƯỜNG", "đặc khu": "ĐẶC KHU"}


@dataclass(frozen=True)
class Province:
    code: int
    name: str  # "Thành phố Hải Phòng", "Cao Bằng"
    kind: str  # "tỉnh" | "thành phố trung ương"

    @property
    def short_name(self) -> str:
        """``Hải Phòng`` for ``Thành phố Hải Phòng``: the place name of its documents."""
        if self.code == NATIONAL_CODE:
            return "Hà Nội"
        for prefix in ("Thành phố ", "Tỉnh "):
            if self.name.startswith(prefix):
                return self.name[len(prefix) :]
        return self.name

    @property
    def body_name(self) -> str:
        """``THÀNH PHỐ HẢI PHÒNG`` / ``TỈNH CAO BẰNG`` as a header prints it."""
        if self.kind == "tỉnh":
            return f"TỈNH {self.short_name}".upper()
        return f"THÀNH PHỐ {self.short_name}".upper()

    @property
    def directory_code(self) -> str:
        return f"P{self.code:02d}"

    @property
    def is_national(self) -> bool:
        return self.code == NATIONAL_CODE


@dataclass(frozen=True)
class Unit:
    """A commune-level unit of the directory (xã, phường, đặc khu), or a custom unit."""

    code: str  # ward code as 5 digits ("11629"), or a custom code
    name: str  # "Xã An Lão"
    kind: str  # "xã" | "phường" | "đặc khu" | custom kind
    province_code: int | None
    level: Level = Level.COMMUNE

    @property
    def short_name(self) -> str:
        for prefix in ("Xã ", "Phường ", "Đặc khu "):
            if self.name.startswith(prefix):
                return self.name[len(prefix) :]
        return self.name

    @property
    def issuer_line(self) -> str:
        """``XÃ AN LÃO``: the second header line under ``ỦY BAN NHÂN DÂN``."""
        return self.name.upper()

    @property
    def search_key(self) -> str:
        return fold(self.name)


# The whole country as one consolidation scope (a ministry's view over all 3,321 units).
NATIONAL_CODE = 0
NATIONAL = Province(NATIONAL_CODE, "Toàn quốc", "quốc gia")
_NATIONAL_WORDS = {"all", "toan quoc", "quoc gia", "0", "00", "p00"}


def _province_rows() -> list[list[object]]:
    from vietnam_provinces import Province as VP

    return [[int(p.code), p.name, p.division_type.value] for p in VP.iter_all()]


@functools.lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    # the package's import builds an enum of every ward: the 34 rows are kept between runs
    from desktop.schema_cache import cached_table

    rows = cached_table("provinces", "vietnam_provinces", _province_rows)
    items = [Province(int(code), str(name), str(kind)) for code, name, kind in rows]
    return tuple(sorted(items, key=lambda p: sort_key(p.short_name)))


@functools.lru_cache(maxsize=1)
def _wards() -> dict[str, Unit]:
    from vietnam_provinces import Ward

    out: dict[str, Unit] = {}
    for w in Ward.iter_all():
        code = f"{int(w.code):05d}"
        out[code] = Unit(code, w.name, w.division_type.value, int(w.province_code))
    return out


def province(code: int) -> Province:
    if code == NATIONAL_CODE:
        return NATIONAL
    for p in provinces():
        if p.code == code:
            return p
    raise KeyError(code)


def find_province(text: str) -> Province | None:
    """A province by code (``31``, ``P31``) or name (``hai phong``); ``ALL`` is the whole country."""
    t = text.strip()
    if fold(t) in _NATIONAL_WORDS:
        return NATIONAL
    digits = t[1:] if t[:1] in "pP" else t
    if digits.isdigit():
        try:
            return province(int(digits))
        except KeyError:
            return None
    key = fold(t)
    for p in provinces():
        if fold(p.name) == key or fold(p.short_name) == key:
            return p
    return None


def units(province_code: int | None = None) -> list[Unit]:
    """The units of a province (all 3,321 for ``None`` or the national scope)."""
    if province_code == NATIONAL_CODE:
        province_code = None
    items = [u for u in _wards().values() if province_code is None or u.province_code == province_code]
    return sorted(items, key=lambda u: sort_key(u.short_name))


def unit(code: str) -> Unit | None:
    c = code.strip()
    if c.isdigit():
        c = f"{int(c):05d}"
    return _wards().get(c)


def search(query: str, province_code: int | None = None, limit: int | None = None) -> list[Unit]:
    """Units whose name contains every word of ``query``, ignoring diacritics and case.

    ``an lao`` finds ``Xã An Lão``; exact short-name matches come first. Over the whole
    country (no ``province_code``) the query may also name the province: ``lạng sơn``
    finds the units of Lạng Sơn, ``an lao hai phong`` finds Xã An Lão of Hải Phòng.
    """
    q = fold(query)
    words = q.split()
    by_name = [u for u in units(province_code) if all(w in u.search_key for w in words)]
    by_name.sort(key=lambda u: (fold(u.short_name) != q, not fold(u.short_name).startswith(q), sort_key(u.short_name)))
    found = by_name
    if province_code in (None, NATIONAL_CODE) and words:
        named = {u.code for u in by_name}
        padded = f" {q} "
        for p in provinces():
            short = fold(p.short_name)
            for phrase in (f" tinh {short} ", f" thanh pho {short} ", f" {short} "):
                if phrase in padded:
                    rest = padded.replace(phrase, " ", 1).split()
                    found += [u for u in units(p.code) if u.code not in named and all(w in u.search_key for w in rest)]
                    break
    return found[:limit] if limit else found


def count() -> int:
    return len(_wards())
