"""Errors a user can cause, carrying messages fit to show next to the field."""

from __future__ import annotations


class ValidationError(Exception):
    """Input that cannot be accepted. ``errors`` maps a field name to an English source message.

    Messages are translation keys: the GUI shows ``tr(message).format(**params)``.
    """

    def __init__(self, errors: dict[str, str] | None = None, params: dict[str, object] | None = None,
                 **field_errors: str) -> None:
        self.errors: dict[str, str] = dict(errors or {}, **field_errors)
        self.params: dict[str, object] = dict(params or {})
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))

    @classmethod
    def single(cls, field: str, message: str, **params: object) -> "ValidationError":
        """One field, one message, with format parameters."""
        return cls({field: message}, params)


class PermissionDenied(Exception):
    """The logged-in user's role may not do this."""

    def __init__(self, message: str = "You are not allowed to do this.", **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class NotFound(Exception):
    """A record that was asked for does not exist (or was deleted)."""

    def __init__(self, message: str = "Not found.", **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class Problem(Exception):
    """Something that stopped an operation, told to the user: a short ``code`` for programs and an
    English source ``message`` with ``params``, shown as ``tr(message, **params)``."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class Collector:
    """Gathers field errors so a form reports every problem at once, then raises one ValidationError."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.params: dict[str, object] = {}

    def add(self, field: str, message: str, **params: object) -> None:
        """Record an error for ``field`` unless it already has one."""
        self.errors.setdefault(field, message)
        self.params.update(params)

    def check(self, condition: bool, field: str, message: str, **params: object) -> bool:
        """Record ``message`` when ``condition`` is false; return ``condition``."""
        if not condition:
            self.add(field, message, **params)
        return condition

    def raise_if_any(self) -> None:
        """Raise the gathered errors, if there are any."""
        if self.errors:
            raise ValidationError(self.errors, self.params)


def user_message(error: Exception) -> str:
    """The translated message of a user-caused error, for a dialog or a command line."""
    from aftersales_desktop.i18n import tr

    if isinstance(error, ValidationError):
        return "\n".join(tr(m, **error.params) for m in error.errors.values())
    if isinstance(error, (PermissionDenied, NotFound, Problem)):
        return tr(error.message, **error.params)
    return str(error)
