"""Seals of the audit trail: the chain's head, signed with the data folder's key.

At each export, each backup asked for and each copy made before an import, the
program writes a seal: the id and hash of the newest audit entry and a digest of
the rows' state hashes, signed (Ed25519) with the key in ``keys/``. ``khcds check``
then refuses a trail whose sealed entries were deleted or rewritten, even when the
rewrite recomputed every hash with the public algorithm.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.orm import Base, utcnow


class AuditSeal(Base):
    __tablename__ = "audit_seals"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(32))  # export | backup
    last_entry_id: Mapped[int]  # 0 when the trail was empty
    head_hash: Mapped[str] = mapped_column(String(64))
    state_digest: Mapped[str] = mapped_column(String(64))  # the current rows' hashes, digested
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(Text)  # base64 of the Ed25519 signature of ``payload()``

    def payload(self) -> bytes:
        return (
            f"khcds-seal-1\n{self.last_entry_id}\n{self.head_hash}\n{self.state_digest}\n"
            f"{self.at.isoformat()}\n{self.reason}"
        ).encode()


__all__ = ["AuditSeal"]
