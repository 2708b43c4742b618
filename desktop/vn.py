"""Vietnamese conventions the whole program shares: folding for search, the
alphabet's sort order, and the number and date formats of official documents.

Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

# --- search ---------------------------------------------------------------

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case and strip every diacritic: ``Xã An Lão`` -> ``xa an lao``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def matches(query: str, text: str) -> bool:
    """Diacritics- and case-insensitive containment of every word of ``query``."""
    hay = fold(text)
    return all(word in hay for word in fold(query).split())


# --- sort order -----------------------------------------------------------

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_SHAPE = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def _letters(word: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in nfc(word.casefold()):
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        letter = base
        for m in marks:
            if m in _TONES:
                tone = _TONES[m]
            elif m in _SHAPE:
                letter = {
                    "a\u0306": "ă",
                    "a\u0302": "â",
                    "e\u0302": "ê",
                    "o\u0302": "ô",
                    "o\u031b": "ơ",
                    "u\u031b": "ư",
                }.get(base + m, base)
        out.append((letter, tone))
    return out


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Key that sorts strings in Vietnamese dictionary order (letters, then tones)."""
    letters = _letters(text)
    primary = tuple(_ALPHABET.index(c) + 1 if c in _ALPHABET else 100 + ord(c) for c, _ in letters)
    tones = tuple(t for _, t in letters)
    return primary, tones, text


# --- numbers --------------------------------------------------------------


def format_number(value: Decimal | int | None, places: int | None = None, dash: str = "") -> str:
    """``1158731`` -> ``1.158.731``; ``329.7`` -> ``329,7``; None -> ``dash``.

    Without ``places`` the value's own decimals are kept (trailing zeros dropped).
    """
    if value is None:
        return dash
    d = Decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    else:
        d = d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
    sign = "-" if d < 0 else ""
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    if frac:
        out += "," + frac
    return sign + out


def format_points(value: Decimal | None, dash: str = "—") -> str:
    """Points as Vietnamese write them: ``30``, ``22,5``, ``1.000``, ``66,67``; ``dash`` when unknown."""
    if value is None:
        return dash
    text = format_number(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def parse_number(text: str) -> Decimal:
    """Parse a number as a Vietnamese user types it: ``1.158.731``, ``329,7``, ``12``."""
    t = text.strip().replace(" ", "").replace("\u00a0", "")
    if not t:
        raise ValueError("empty")
    if t.count(",") > 1:
        raise ValueError(text)
    if "," in t:
        whole, frac = t.split(",")
        t = whole.replace(".", "") + "." + frac
    elif t.count(".") >= 1:
        parts = t.split(".")
        # "1.158.731" (thousands) versus "12.5" (a decimal point typed the English way)
        if all(len(p) == 3 for p in parts[1:]) and parts[0].lstrip("-"):
            t = "".join(parts)
    return Decimal(t)


# --- dates ----------------------------------------------------------------


def _day(d: int) -> str:
    return f"{d:02d}"


def _month(m: int) -> str:
    # Decree 30: a leading zero on days below 10 and on months 1 and 2 only.
    return f"{m:02d}" if m < 3 else str(m)


def long_date(date: dt.date | None, place: str | None = None) -> str:
    """``Hải Phòng, ngày 06 tháng 4 năm 2021``; a blank date leaves room for the clerk."""
    if date is None:
        body = "ngày      tháng      năm"
        body += "      "
    else:
        body = f"ngày {_day(date.day)} tháng {_month(date.month)} năm {date.year}"
    return f"{place}, {body}" if place else body


def short_date(date: dt.date | None) -> str:
    """``06/4/2021``, ``05/01/2024``: a date in a table or a note, with the same leading zeros
    as the long form (day below 10, months 1 and 2)."""
    if date is None:
        return ""
    return f"{_day(date.day)}/{_month(date.month)}/{date.year}"


def cite_date(date: dt.date | None) -> str:
    """``ngày 05 tháng 01 năm 2024``: the date of a document cited in a sentence (the form its
    own header prints), empty when the date is unknown."""
    return long_date(date) if date is not None else ""


def doc_number(number: str | None, code: str) -> str:
    """``Số: 05/KH-UBND``; a blank number keeps the room the clerk writes in."""
    if number:
        n = number.strip()
        if n.isdigit() and len(n) < 2:
            n = n.zfill(2)
        return f"Số: {n}/{code}"
    return f"Số:       /{code}"


# --- Vietnam time ----------------------------------------------------------

# Việt Nam keeps UTC+7 all year (no daylight saving since 1975): a fixed offset needs no
# time-zone database (Windows has none for Python without the tzdata package).
VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7), "Asia/Ho_Chi_Minh")


def to_vietnam_time(t: dt.datetime | None) -> dt.datetime | None:
    """A stored time (naive UTC, or aware) as the wall-clock time in Việt Nam, naive, to the second."""
    if t is None:
        return None
    aware = t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)
    return aware.astimezone(VIETNAM_TZ).replace(tzinfo=None, microsecond=0)


def local_time(t: dt.datetime) -> dt.datetime:
    """A stored time (naive values are UTC, as the store keeps them) in Việt Nam's time, aware."""
    aware = t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)
    return aware.astimezone(VIETNAM_TZ)


# Qt's display format for a date being typed in a date box: fixed two-digit fields, so that the
# cursor's sections do not move while the official types (``setDisplayFormat``).
DATE_EDIT_FORMAT = "dd/MM/yyyy"


def day_month(date: dt.date) -> str:
    """``06/4``, ``15/01``: a day within a year that is said elsewhere (a week's bounds)."""
    return f"{_day(date.day)}/{_month(date.month)}"


def date_range(first: dt.date, last: dt.date) -> str:
    """``01/3/2026 - 08/6/2026``: a period, both ends in the short form."""
    return f"{short_date(first)} - {short_date(last)}"


def local_date(t: dt.datetime | None) -> str:
    """The day of a stored time in Việt Nam (``06/3/2024``); blank for no time."""
    return short_date(local_time(t).date()) if t is not None else ""


def format_local(t: dt.datetime | None) -> str:
    """``06/3/2024 14:30``: a stored time as Việt Nam's wall clock shows it; blank for no time.

    The one form of a date with a time on screen, in a message and in a command's output."""
    if t is None:
        return ""
    lt = local_time(t)
    return f"{short_date(lt.date())} {lt.hour:02d}:{lt.minute:02d}"


def format_local_seconds(t: dt.datetime) -> str:
    """``27/6/2024 09:15:00 +07:00``: a signing time to the second, with Việt Nam's offset."""
    lt = local_time(t)
    return f"{short_date(lt.date())} {lt.hour:02d}:{lt.minute:02d}:{lt.second:02d} +07:00"


# --- untrusted text -------------------------------------------------------

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0x7F: None} | {c: None for c in range(0x80, 0xA0)}


def clean_text(text: str) -> str:
    """Text from a file (a unit's package) without control characters, lone surrogates or
    non-characters, which break DOCX and XLSX files; tabs and line breaks are kept."""
    t = text.translate(_CONTROL)
    t = "".join(ch for ch in t if not (0xD800 <= ord(ch) <= 0xDFFF or ord(ch) in (0xFFFE, 0xFFFF)))
    return nfc(t)
