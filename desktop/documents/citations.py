"""One way to cite a document in a sentence: the căn cứ lines and the body text share it.

``cite(number, date, issuer, subject)`` names the document by the type code in its number
(``2260/QĐ-UBND`` is a Quyết định, ``05/KH-UBND`` a Kế hoạch, ``11-KH/BCĐ`` a Party plan),
with the date in the form its own header prints (``ngày 05 tháng 01 năm 2024``). A decision
that promulgates a plan is cited with the plan it attaches. ``normalise`` repairs text written
before (a decision called a plan, ``về về``, ``05/1/2024``) without touching anything else.

Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.services.doc_text import fix_dates as fix_dates
from desktop.vn import cite_date, fold, nfc

# Phụ lục III of Decree 30 (state documents) and the Party's own codes (Hướng dẫn 36-HD/VPTW)
KIND_WORDS = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "KL": "Kết luận",
    "KHHĐ": "Kế hoạch hành động",
    "CV": "Công văn",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "L": "Luật",
}
_WORDS_BY_LENGTH = sorted(set(KIND_WORDS.values()) | {"Văn bản"}, key=len, reverse=True)
_NUMBER = r"[0-9][0-9A-Za-zĐđ.]*(?:[-/][A-Za-zĐđÂâĂăÊêÔôƠơƯư0-9.]+)+"
_CITED = re.compile(r"\b(" + "|".join(re.escape(w) for w in _WORDS_BY_LENGTH) + r")(\s+số\s+)(" + _NUMBER + r")")
_SHORT_DATE = re.compile(r"\bngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\b")


def type_code(number: str | None) -> str | None:
    """``QĐ`` for ``2260/QĐ-UBND``, ``KH`` for ``11-KH/BCĐ`` (Party form); None when the
    number carries no type code (``6074/BTTTT-CĐSQG``, a công văn)."""
    if not number:
        return None
    n = number.strip()
    m = re.match(r"^[0-9][0-9a-zA-Z.]*/([^/\s-]+)(?:-|$)", n)  # state form: 05/KH-UBND
    if m and m.group(1) in KIND_WORDS:
        return m.group(1)
    m = re.match(r"^[0-9][0-9a-zA-Z.]*-([^/\s]+)/", n)  # Party form: 11-KH/BCĐ, 52-NQ/TW
    if m and m.group(1) in KIND_WORDS:
        return m.group(1)
    return None


def kind_word(number: str | None, default: str = "Văn bản") -> str:
    code = type_code(number)
    return KIND_WORDS[code] if code else default


def about(subject: str | None) -> str:
    """`` về phê duyệt ...``: the subject after ``về``, never ``về về``."""
    s = " ".join(nfc(subject or "").split()).rstrip(" ;.,")
    if not s:
        return ""
    if fold(s).startswith("ve "):
        s = s[3:].lstrip()
    return " về " + s[:1].lower() + s[1:]


def cite(
    number: str | None,
    date: dt.date | None = None,
    issuer: str | None = None,
    subject: str | None = None,
    *,
    kind: str | None = None,
    attached: str | None = None,
    with_subject: bool = True,
) -> str:
    """``Quyết định số 2260/QĐ-UBND ngày 03 tháng 5 năm 2016 của Ủy ban nhân dân Thành phố
    Hồ Chí Minh về ...``; with ``attached`` (the plan a decision promulgates):
    ``Kế hoạch ... ban hành kèm theo Quyết định số ...``."""
    word = KIND_WORDS.get(kind or "", "") or kind_word(number)
    num = (number or "…").strip()
    head = f"{word} số {num}"
    when = cite_date(date)
    if when:
        head += " " + when
    if issuer:
        head += f" của {issuer.strip()}"
    if attached and word == "Quyết định":
        title = " ".join(nfc(attached).split()).strip(' “”"')
        if not fold(title).startswith("ke hoach"):
            title = "Kế hoạch " + title[:1].lower() + title[1:]
        return f"{title} ban hành kèm theo {head}"
    return head + (about(subject) if with_subject else "")


def _fix_kind(m: re.Match[str]) -> str:
    word, sep, number = m.group(1), m.group(2), m.group(3)
    code = type_code(number)
    if code and KIND_WORDS[code] != word and not (word == "Kế hoạch hành động" and code == "KHHĐ"):
        word = KIND_WORDS[code]
    return word + sep + number


def _long(m: re.Match[str]) -> str:
    try:
        return cite_date(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    except ValueError:
        return m.group(0)


def normalise(text: str) -> str:
    """Repair a citation written elsewhere: the document's type from its number, ``về về``,
    ``ngày 05/1/2024`` in the long form, other dates with their leading zeros."""
    t = _CITED.sub(_fix_kind, nfc(text))
    t = re.sub(r"\b([Vv]ề)\s+[Vv]ề\b", r"\1", t)
    return fix_dates(_SHORT_DATE.sub(_long, t))


def template_citation(t: object, *, with_subject: bool = True) -> str:
    """The province's plan (a template) as cited by a commune's documents."""
    return cite(
        getattr(t, "number", None),
        getattr(t, "date", None),
        getattr(t, "issuer", None),
        getattr(t, "title", None),
        kind=getattr(t, "kind", None),
        attached=getattr(t, "attached_plan_title", None),
        with_subject=with_subject,
    )


def party_number(number: str | None, type_code_: str, body_code: str) -> str:
    """``11-KH/BCĐ``: a Party document's number and symbol (no ``Số:`` colon form)."""
    n = (number or "…").strip()
    if n.isdigit() and len(n) < 2:
        n = n.zfill(2)
    return f"{n}-{type_code_}/{body_code}"
