"""The program's own errors: each carries one plain Vietnamese message for the user."""

from __future__ import annotations


class KhcdsError(Exception):
    """An error whose message is fit to show a user as it is (Vietnamese, one line)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserError(KhcdsError):
    """Bad input or a request that cannot be carried out; nothing was changed."""


class StoreError(KhcdsError):
    """The data store cannot be opened or used (newer schema, damaged file, no space)."""


class TemplateError(UserError):
    """A template file that does not validate; the message names the file and the field."""


class PackageError(UserError):
    """An import or export package that is refused; the message says why."""
