"""Checking a signature given on a signing screen and turning it into a Signature row.

Shared by every signed record (repair slips, inspection reports): a drawn signature needs enough
points and not too many, a typed one needs its signer's explicit confirmation.
"""

from __future__ import annotations

from datetime import datetime

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.errors import Collector
from aftersales_desktop.domain.signatures import MAX_POINTS, MIN_POINTS, SignatureInput, SignatureMethod, Strokes
from aftersales_desktop.storage.models import Signature

#: What a typed signature without its tick is told on a slip (the customer signs by typing).
CUSTOMER_TYPED_CONFIRMATION = N_("Tick the confirmation: the customer agrees to sign with a typed name.")


def check_signature(errors: Collector, field_name: str, given: SignatureInput,
                    typed_confirmation: str = CUSTOMER_TYPED_CONFIRMATION) -> None:
    """Collect what is wrong with ``given`` under ``field_name`` (and ``<field>_name``, ``<field>_confirmed``)."""
    errors.check(bool(given.signer_name.strip()), f"{field_name}_name", "Enter the signer's name as printed.")
    if given.method == SignatureMethod.TYPED:
        errors.check(given.typed_confirmed, f"{field_name}_confirmed", typed_confirmation)
    else:
        errors.check(given.strokes.point_count >= MIN_POINTS, field_name,
                     "The signature pad is empty: please sign before confirming.")
        errors.check(given.strokes.point_count <= MAX_POINTS, field_name,
                     "This signature is too long: clear the pad and sign again.")


def signature_row(given: SignatureInput, role: str, now: datetime, user_id: str | None) -> Signature:
    """A new (not yet added) Signature row for a checked signature, strokes normalised and hashed."""
    strokes = given.strokes.normalised() if given.method == SignatureMethod.DRAWN else Strokes()
    return Signature(signer_role=str(role), signer_name=given.signer_name.strip(), user_id=user_id,
                     method=given.method.value, strokes=strokes.to_json() if not strokes.is_empty else "",
                     strokes_sha256=strokes.sha256(), signed_at=now, specimen=False)
