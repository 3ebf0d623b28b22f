"""Plain-Python rules: ids, clocks, numbering, enums, state machines, validation. No Qt, no ORM."""
