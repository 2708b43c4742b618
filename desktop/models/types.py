"""Column types: exact money, periods and JSON lists, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from desktop.models.period import Period


class Money(TypeDecorator[Decimal]):
    """An exact decimal: TEXT on SQLite (which has no exact numeric), NUMERIC elsewhere."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(20, 4, asdecimal=True))

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        d = Decimal(value)
        if not d.is_finite():
            raise ValueError("money must be finite")
        if dialect.name == "sqlite":
            return format(d, "f")
        return d

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))


class PeriodType(TypeDecorator[Period]):
    impl = String(16)
    cache_ok = True

    def process_bind_param(self, value: Period | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = Period.parse(value)
        return value.code

    def process_result_value(self, value: str | None, dialect: Dialect) -> Period | None:
        return None if value is None else Period.parse(value)


class JsonList(TypeDecorator[list[Any]]):
    """A small JSON list kept as text (recipients, levels)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(list(value), ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any] | None:
        return None if value is None else list(json.loads(value))
