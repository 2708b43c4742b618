"""The data folder's own Ed25519 signing key.

Made on first need and kept in ``DataDir.keys`` (owner-only permissions). Its
fingerprint is the SHA-256 of the raw public key, shown as eight groups of four
hex digits (``3f2a 9c41 ...``) so that two people can compare it over the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.errors import UserError
from desktop.fsutil import atomic_writer
from desktop.i18n import _
from desktop.paths import DataDir

KEY_FILE = "signing-ed25519.pem"


def key_path(data: DataDir) -> Path:
    return data.keys / KEY_FILE


def load_or_create(data: DataDir) -> Ed25519PrivateKey:
    """The folder's private key; a new one is made (0600) when there is none."""
    path = key_path(data)
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, OSError) as e:
            raise UserError(_("Khóa ký của thư mục dữ liệu bị hỏng: {file}.").format(file=path)) from e
        if not isinstance(key, Ed25519PrivateKey):
            raise UserError(_("Khóa ký của thư mục dữ liệu không phải Ed25519: {file}.").format(file=path))
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    data.keys.mkdir(parents=True, exist_ok=True)
    with atomic_writer(path) as fh:
        if os.name == "posix":
            os.fchmod(fh.fileno(), 0o600)
        fh.write(pem)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return key


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return base64.b64encode(public_raw(key)).decode("ascii")


def fingerprint_raw(raw: bytes) -> str:
    """``3f2a 9c41 0b7e 55d2 a1c0 88f3 7e19 4d6b``: 128 bits, grouped for reading aloud."""
    h = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(h[i : i + 4] for i in range(0, 32, 4))


def fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return fingerprint_raw(public_raw(key))


def normalise_fingerprint(text: str) -> str:
    h = "".join(ch for ch in text.lower() if ch in "0123456789abcdef")
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))


def decode_public(b64: str) -> Ed25519PublicKey | None:
    try:
        raw = base64.b64decode(b64.encode("ascii"), validate=True)
        if len(raw) != 32:
            return None
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def verify(pub: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        pub.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def folder_fingerprint(data: DataDir) -> str:
    return fingerprint(load_or_create(data))


def folder_public_b64(data: DataDir) -> str | None:
    """The folder's public key (base64), or None when it has no key yet; never makes one."""
    if not key_path(data).exists():
        return None
    try:
        return public_b64(load_or_create(data))
    except UserError:
        return None
