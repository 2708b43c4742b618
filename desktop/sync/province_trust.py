"""The province key a unit folder trusts, shared by every package the province signs.

Template packages (``.khcdst``) and criteria set packages (``.khcdsc``) are both
signed by the province's key. A unit trusts one key: the first one only after the
officer confirms its fingerprint (read over the phone, or ``accept_new_key``), a
different one never until the trust is reset. The steps live here once; each
package module words its own refusal of a changed key.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import PackageError
from desktop.i18n import _
from desktop.services import units as usvc
from desktop.sync import keys as keymod

KEY_SETTING, FP_SETTING, PROVINCE_SETTING = "city_public_key", "city_key_fingerprint", "city_key_province"


def check_signer(
    session: Session,
    *,
    file: str,
    public_key: str,
    package_fingerprint: str,
    fingerprint: str | None,
    changed_key: str,
) -> bool:
    """Refuse a package signed by another key than the trusted one, or whose key differs from the
    fingerprint the officer confirmed. ``changed_key`` is the refusal's words, with ``{file}`` and
    ``{fp}`` (the trusted fingerprint). Returns True when no key is trusted yet (a first key)."""
    trusted = usvc.get_setting(session, KEY_SETTING)
    if trusted is not None and trusted != public_key:
        raise PackageError(changed_key.format(file=file, fp=usvc.get_setting(session, FP_SETTING)))
    first = trusted is None
    if (
        first
        and fingerprint is not None
        and keymod.normalise_fingerprint(fingerprint) != keymod.normalise_fingerprint(package_fingerprint)
    ):
        raise PackageError(
            _(
                "Tệp {file} bị từ chối: dấu vân tay đã đối chiếu ({given}) khác dấu vân tay khóa trong gói ({fp})."
            ).format(file=file, given=fingerprint, fp=package_fingerprint)
        )
    return first


def confirmed(accept_new_key: bool, fingerprint: str | None) -> bool:
    """Whether the officer confirmed a first key (after a phone check, or by typing its fingerprint)."""
    return accept_new_key or fingerprint is not None


def remember(session: Session, public_key: str, fingerprint: str, province: int | str) -> None:
    """Trust this key for the province from now on (in the caller's transaction)."""
    usvc.set_setting(session, KEY_SETTING, public_key)
    usvc.set_setting(session, FP_SETTING, fingerprint)
    usvc.set_setting(session, PROVINCE_SETTING, str(province))
