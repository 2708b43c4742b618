"""Periods, Vietnamese formats and order, the unit directory, money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.models import directory
from desktop.models.period import Period, PeriodKind, report_period
from desktop.vn import doc_number, fold, format_number, long_date, matches, parse_number, sort_key


def test_period_quarter() -> None:
    q = Period.parse("2024-Q1")
    assert q.kind is PeriodKind.QUARTER
    assert (q.start, q.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert q.label() == "Quý I/2024" and q.label(with_year=False) == "Quý I"
    assert Period.parse("2024-Q4").end == dt.date(2024, 12, 31)
    assert Period.parse("2024-02").end == dt.date(2024, 2, 29)
    assert Period.parse("2024-05").label() == "Tháng 5/2024"
    assert Period.parse("2021").label() == "Năm 2021"
    assert report_period(2024, "h1").label() == "6 tháng đầu năm 2024"
    assert Period.quarter_of(dt.date(2024, 8, 1)).code == "2024-Q3"
    assert Period.parse("2024-Q1") < Period.parse("2024-Q2")
    for bad in ("2024-Q5", "Quý I", "2024-13", "2023-02-29"):
        with pytest.raises(ValueError):
            Period.parse(bad)


def test_number_formats() -> None:
    assert format_number(Decimal("1158731")) == "1.158.731"
    assert format_number(Decimal("329.7")) == "329,7"
    assert format_number(Decimal("71659.75")) == "71.659,75"
    assert format_number(Decimal("-1234.50")) == "-1.234,5"
    assert format_number(Decimal("48239.00")) == "48.239"
    assert format_number(None, dash="-") == "-"
    assert parse_number("1.158.731") == Decimal("1158731")
    assert parse_number("329,7") == Decimal("329.7")
    assert parse_number("12.5") == Decimal("12.5")


def test_dates_decree_30() -> None:
    assert long_date(dt.date(2021, 4, 6), "Hải Phòng") == "Hải Phòng, ngày 06 tháng 4 năm 2021"
    assert long_date(dt.date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020"
    assert long_date(dt.date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"
    assert long_date(dt.date(2024, 2, 10)).endswith("tháng 02 năm 2024")
    assert long_date(dt.date(2024, 8, 10)) == "ngày 10 tháng 8 năm 2024"
    assert doc_number("5", "KH-UBND") == "Số: 05/KH-UBND"
    assert doc_number(None, "KH-UBND").startswith("Số:") and doc_number(None, "KH-UBND").endswith("/KH-UBND")


def test_fold_and_search() -> None:
    assert fold("Xã An Lão") == "xa an lao"
    assert fold("ĐẶC KHU Bạch Long Vĩ") == "dac khu bach long vi"
    assert matches("an lao", "Xã An Lão")
    assert not matches("an lao", "Xã An Hải")


def test_vietnamese_sort_order() -> None:
    words = ["Đồng", "Dương", "Ân", "An", "Ấp", "Bình", "Ă", "Ơn", "Ôn", "On", "Ưu", "Uy"]
    assert sorted(words, key=sort_key) == ["An", "Ă", "Ân", "Ấp", "Bình", "Dương", "Đồng", "On", "Ôn", "Ơn", "Uy", "Ưu"]
    s = sorted(["Đ", "D", "E", "Ê", "A", "Ă", "Â"], key=sort_key)
    assert s == ["A", "Ă", "Â", "D", "Đ", "E", "Ê"]
    assert sorted(["Lão", "Lao", "Lạo", "Láo"], key=sort_key) == ["Lao", "Lão", "Láo", "Lạo"]


def test_directory() -> None:
    assert len(directory.provinces()) == 34
    assert directory.count() == 3321
    hp = directory.find_province("Hải Phòng")
    assert hp and hp.code == 31 and hp.short_name == "Hải Phòng"
    assert len(directory.units(31)) == 114
    found = directory.search("an lao", 31)
    assert found[0].name == "Xã An Lão" and found[0].issuer_line == "XÃ AN LÃO"
    kinds = {u.kind for u in directory.units()}
    assert kinds == {"xã", "phường", "đặc khu"}
    assert directory.find_province("31") == hp and directory.find_province("P31") == hp


def test_money_is_exact_in_the_store(store) -> None:
    from sqlalchemy import text

    from desktop.models.types import Money

    with store.engine.begin() as con:
        con.execute(text("CREATE TABLE m (v TEXT)"))
    from sqlalchemy import Column, MetaData, Table

    t = Table("m", MetaData(), Column("v", Money()))
    with store.engine.begin() as con:
        con.execute(t.insert(), [{"v": Decimal("0.1")}, {"v": Decimal("71659.75")}])
        vals = [r[0] for r in con.execute(t.select())]
    assert vals == [Decimal("0.1"), Decimal("71659.75")]
    assert sum(vals) == Decimal("71659.85")
