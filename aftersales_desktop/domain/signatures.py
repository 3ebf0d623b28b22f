"""Signatures as strokes: normalised points with time and optional pressure, hashed for slips."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum

from aftersales_desktop.domain.enums import N_

#: Fewer points than this in all strokes together is a tap or a slip of the finger, not a signature.
MIN_POINTS = 8
#: A signature larger than this (points) is refused: it would bloat every slip and sync bundle.
MAX_POINTS = 20_000
_DECIMALS = 4


class SignatureMethod(StrEnum):
    """How the signer signed: drew on the pad, or typed a name and confirmed it explicitly."""

    DRAWN = "drawn"
    TYPED = "typed"

    @property
    def label(self) -> str:
        return {SignatureMethod.DRAWN: N_("Signed on the pad"),
                SignatureMethod.TYPED: N_("Typed name, confirmed")}[self]


class SignerRole(StrEnum):
    """Who signs a slip."""

    CUSTOMER = "customer"
    TECHNICIAN = "technician"


@dataclass(frozen=True)
class Point:
    """One sample: x and y from 0 to 1 across the pad, milliseconds since signing began, pressure 0..1."""

    x: float
    y: float
    t_ms: int
    pressure: float | None = None  # None: the device reports no pressure (mouse, most touchpads)


@dataclass(frozen=True)
class Strokes:
    """A drawn signature: strokes of points, and the pad's width/height ratio to draw it undistorted."""

    strokes: tuple[tuple[Point, ...], ...] = ()
    aspect: float = 3.0

    @property
    def point_count(self) -> int:
        return sum(len(stroke) for stroke in self.strokes)

    @property
    def is_empty(self) -> bool:
        return self.point_count == 0

    def to_json(self) -> str:
        """Compact, canonical JSON: equal strokes give equal bytes (and so an equal hash)."""
        data = {"aspect": round(self.aspect, _DECIMALS),
                "strokes": [[[round(p.x, _DECIMALS), round(p.y, _DECIMALS), int(p.t_ms),
                              None if p.pressure is None else round(p.pressure, _DECIMALS)]
                             for p in stroke] for stroke in self.strokes]}
        return json.dumps(data, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Strokes:
        """Inverse of :meth:`to_json`; empty text gives no strokes."""
        if not text:
            return cls()
        data = json.loads(text)
        strokes = tuple(tuple(Point(float(x), float(y), int(t), None if p is None else float(p))
                              for x, y, t, p in stroke) for stroke in data.get("strokes", []))
        return cls(strokes, float(data.get("aspect", 3.0)))

    def sha256(self) -> str:
        """Hex SHA-256 of the canonical JSON."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    def normalised(self) -> Strokes:
        """The same strokes with coordinates clamped to 0..1, pressure to 0..1 and empty strokes dropped."""
        def clamp(v: float) -> float:
            return min(1.0, max(0.0, v))
        return Strokes(tuple(tuple(Point(clamp(p.x), clamp(p.y), max(0, p.t_ms),
                                         None if p.pressure is None else clamp(p.pressure))
                                   for p in stroke) for stroke in self.strokes if stroke),
                       self.aspect if self.aspect > 0 else 3.0)


@dataclass(frozen=True)
class SignatureInput:
    """What the signing screen hands to the service: drawn strokes, or a typed name with confirmation."""

    signer_name: str
    method: SignatureMethod = SignatureMethod.DRAWN
    strokes: Strokes = field(default_factory=Strokes)
    typed_confirmed: bool = False  # the explicit "the customer agrees" tick for a typed signature
