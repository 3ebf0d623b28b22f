"""Money as integer fen (1/100 CNY); never floats."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def yuan_to_fen(text: str | Decimal | int) -> int:
    """Parse a yuan amount ('12.50', Decimal) into fen; rejects more than two decimals."""
    try:
        value = Decimal(str(text).strip().replace(",", "").replace("¥", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {text!r}") from exc
    if not value.is_finite():  # 'inf', 'NaN', 'sNaN' parse as Decimals but are no amount
        raise ValueError(f"not an amount: {text!r}")
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"more than two decimals: {text!r}")
    return int(fen)


def format_fen(fen: int) -> str:
    """'¥1,234.50' for 123450 fen."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def fen_to_yuan_text(fen: int) -> str:
    """'1234.50' for 123450 fen: what a yuan field shows for editing (yuan_to_fen reads it back)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan}.{cents:02d}"
