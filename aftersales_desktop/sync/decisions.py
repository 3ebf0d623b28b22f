"""Decisions taken on one document by two computers while apart: one winner everywhere, the loser undone.

Two managers of one outlet may decide the same document on two computers that cannot see each
other: a stocktake approved twice (each approval posts adjustments), a requisition approved on one
and rejected on the other (the approval leads to an issue), a return decided twice (refund here,
exchange there). When the steps meet, every site must end with the same status, the same ledger
and the same notice, without talking to the others. The rule:

- **Winner.** The document's status fold (domain.workflow: steps in (time, id) order, a step the
  status reached so far does not allow is ignored) keeps the first decision; the other decision is
  ignored. So the winner is the decision the status already shows, and every site picks the same.
- **The loser's effects.** A step that moved stock names its movements in ``data["movements"]``
  (stocktake approval, requisition issue and return, return completion). When the fold ignores
  such a step (it acted on a losing decision, or was itself one), each of its movements gets a
  reversal: the same movement with the quantity negated, id ``uuid5(REVERSAL_NAMESPACE, id)``.
- **The notice.** A ``conflicts`` row of kind ``decision`` names both decision steps (kind, who,
  when, what) with the winner as the kept value; its id is derived from the two step ids.

Reversals and notices are written here, by apply itself, and never go to the outbox: every site
that holds the steps and movements derives identical rows, so digests agree whatever the order the
bundles arrive in (INSERT OR IGNORE by derived id makes the derivation idempotent). Nothing here
imports a service; the folds come from the domain.

Limits: steps recorded before their movements were listed (older versions) are not reversed, but
still raise the notice. An ignored step's movements that have not arrived yet are reversed when
they arrive (the document is derived again whenever its steps or movements come in).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from aftersales_desktop.domain import quality, requisitions, stocktakes
from aftersales_desktop.domain.workflow import Folded, Step
from aftersales_desktop.storage.types import from_utc_text

#: Namespace of reversal movement ids: uuid5 of the reversed movement's id.
REVERSAL_NAMESPACE = uuid.UUID("0b6f4f1e-8f57-4d4c-9c1b-5a3e2d7c9e10")
#: Namespace of decision conflict ids: uuid5 of the document and the two decision steps.
DECISION_CONFLICT_NAMESPACE = uuid.UUID("a4c2e7d0-3b19-4f6a-8e25-71d9c0b6f3a8")
#: Note of a reversal movement. Stored data, identical on every site, so not translated here; the
#: ledger view shows it as written (like the "盘点 <number>" notes of stocktake adjustments).
REVERSAL_NOTE = "冲销：并发决定未生效"
#: Conflict kind of two concurrent decisions.
DECISION_KIND = "decision"
#: Details of a decision step copied into the notice (only what the step itself holds, so the
#: notice is the same on every site whenever it is made).
_NOTICE_DETAILS = ("outcome", "refund_fen", "compensation_fen", "adjustments", "value_fen", "approved")
_CHUNK = 500


@dataclass(frozen=True)
class DecisionRule:
    """How one kind of document decides: its table, its status fold and the step kinds that decide.

    ``stages`` groups the deciding kinds by the status they are taken from: a losing decision is
    paired with the applied one of its own stage (a return's second decision with the first
    decision, not with the approval that followed it).
    """

    doc_type: str
    table: str
    fold: Callable[[Iterable[Step]], Folded]
    stages: tuple[frozenset[str], ...]

    @property
    def decisions(self) -> frozenset[str]:
        """Every step kind that decides."""
        return frozenset().union(*self.stages)

    def stage(self, kind: str) -> frozenset[str]:
        """The kinds decided from the same status as ``kind``."""
        return next((stage for stage in self.stages if kind in stage), frozenset())


RULES: dict[str, DecisionRule] = {rule.doc_type: rule for rule in (
    DecisionRule(stocktakes.DOC_TYPE, "stocktakes", stocktakes.derive_status,
                 (frozenset({stocktakes.StocktakeStep.APPROVE, stocktakes.StocktakeStep.REOPEN,
                             stocktakes.StocktakeStep.CANCEL}),)),
    DecisionRule(requisitions.DOC_TYPE, "requisitions", requisitions.fold_requisition,
                 (frozenset({requisitions.StepKind.APPROVE, requisitions.StepKind.APPROVE_IN_PART,
                             requisitions.StepKind.REJECT}),)),
    DecisionRule(quality.RETURN_DOC, "return_cases", quality.fold_return_case,
                 (frozenset({quality.ReturnStep.DECIDE}),
                  frozenset({quality.ReturnStep.APPROVE, quality.ReturnStep.SEND_BACK}))),
)}

#: Movement columns naming the document that caused the movement: (column, lookup of its document).
_MOVEMENT_LINKS = {
    "stocktake_line_id": (stocktakes.DOC_TYPE, "SELECT id, stocktake_id FROM stocktake_lines WHERE id IN ({})"),
    "requisition_line_id": (requisitions.DOC_TYPE,
                            "SELECT id, requisition_id FROM requisition_lines WHERE id IN ({})"),
    "return_case_id": (quality.RETURN_DOC, None),
}


@dataclass
class DecisionStats:
    """What a derivation wrote: new decision conflicts and new reversal movements."""

    conflicts: int = 0
    reversals: int = 0


@dataclass(frozen=True)
class _Stored:
    """A step with what the fold does not need: its HLC and origin site."""

    step: Step
    hlc: str
    origin: str


def reversal_id(movement_id: str) -> str:
    """The id of the movement that reverses ``movement_id`` (the same on every site)."""
    return str(uuid.uuid5(REVERSAL_NAMESPACE, movement_id))


def decision_conflict_id(doc_type: str, doc_id: str, winner_id: str, loser_id: str) -> str:
    """The id of the notice of two concurrent decisions on one document."""
    return str(uuid.uuid5(DECISION_CONFLICT_NAMESPACE, f"{doc_type}|{doc_id}|{winner_id}|{loser_id}"))


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def documents_touched(connection: Connection, records: Iterable[dict]) -> set[tuple[str, str]]:
    """The (doc type, doc id) of decided documents whose steps or movements ``records`` bring."""
    found: set[tuple[str, str]] = set()
    lines: dict[str, set[str]] = defaultdict(set)
    for record in records:
        fields = record.get("f") or {}
        if record.get("t") == "workflow_events":
            doc_type, doc_id = fields.get("doc_type"), fields.get("doc_id")
            if doc_type in RULES and isinstance(doc_id, str):
                found.add((doc_type, doc_id))
        elif record.get("t") == "stock_movements":
            for column in _MOVEMENT_LINKS:
                value = fields.get(column)
                if isinstance(value, str):
                    lines[column].add(value)
    for column, ids in lines.items():
        doc_type, lookup = _MOVEMENT_LINKS[column]
        if lookup is None:
            found.update((doc_type, doc_id) for doc_id in ids)
            continue
        ordered = sorted(ids)
        for chunk in _chunks(ordered):
            for _line, doc_id in connection.exec_driver_sql(lookup.format(", ".join("?" * len(chunk))),
                                                           tuple(chunk)):
                found.add((doc_type, doc_id))
    return found


def contested_documents(connection: Connection) -> set[tuple[str, str]]:
    """Every document with more than one decision step (after a snapshot load: derive them all again)."""
    found = set()
    for rule in RULES.values():
        kinds = sorted(rule.decisions)
        found.update((rule.doc_type, doc_id) for (doc_id,) in connection.exec_driver_sql(
            f"SELECT doc_id FROM workflow_events WHERE deleted = 0 AND doc_type = ? AND kind IN "
            f"({', '.join('?' * len(kinds))}) GROUP BY doc_id HAVING count(*) > 1", (rule.doc_type, *kinds)))
    return found


def _steps(connection: Connection, doc_type: str, doc_ids: list[str]) -> dict[str, list[_Stored]]:
    found: dict[str, list[_Stored]] = defaultdict(list)
    for chunk in _chunks(doc_ids):
        for row_id, doc_id, kind, at, user_id, note, data, hlc, origin in connection.exec_driver_sql(
                "SELECT id, doc_id, kind, at, user_id, note, data, hlc, origin FROM workflow_events "
                f"WHERE deleted = 0 AND doc_type = ? AND doc_id IN ({', '.join('?' * len(chunk))})",
                (doc_type, *chunk)):
            try:
                details = json.loads(data or "{}")
            except ValueError:
                details = {}
            step = Step(row_id, kind, from_utc_text(at), user_id, note or "",
                        details if isinstance(details, dict) else {})
            found[doc_id].append(_Stored(step, hlc or "", origin or ""))
    return found


def _notice(stored: _Stored) -> dict:
    """What the conflict row says about one decision: which step, what, who, when, why."""
    step = stored.step
    value = {"step": step.id, "kind": step.kind, "user_id": step.user_id,
             "at": step.at.isoformat(), "note": step.note}
    for key in _NOTICE_DETAILS:
        if key in step.data:
            value[key] = step.data[key]
    return value


def derive(connection: Connection, documents: Iterable[tuple[str, str]]) -> DecisionStats:
    """Find the concurrent decisions of ``documents``; write their notices and the loser's reversals."""
    stats = DecisionStats()
    by_type: dict[str, list[str]] = defaultdict(list)
    for doc_type, doc_id in sorted(set(documents)):
        if doc_type in RULES:
            by_type[doc_type].append(doc_id)
    conflicts: list[dict] = []
    to_reverse: dict[str, tuple[str, str]] = {}  # movement id -> the document whose ignored step lists it
    for doc_type, doc_ids in by_type.items():
        rule = RULES[doc_type]
        for doc_id, stored in _steps(connection, doc_type, doc_ids).items():
            extra = {s.step.id: s for s in stored}
            folded = rule.fold(s.step for s in stored)
            decided = [s for s in folded.applied if s.kind in rule.decisions]
            for loser in folded.ignored:
                movements = loser.data.get("movements")
                if isinstance(movements, list):
                    to_reverse.update((m, (doc_type, doc_id)) for m in movements if isinstance(m, str))
                if loser.kind not in rule.decisions:
                    continue
                stage = rule.stage(loser.kind)
                earlier = [s for s in decided if s.kind in stage and _order(s) < _order(loser)]
                if not earlier:
                    continue  # ignored for another reason than a decision taken first
                winner = extra[earlier[-1].id]
                lost = extra[loser.id]
                conflicts.append({
                    "id": decision_conflict_id(doc_type, doc_id, winner.step.id, loser.id),
                    "table_name": rule.table, "row_id": doc_id, "field": "status", "kind": DECISION_KIND,
                    "kept_value": json.dumps(_notice(winner), ensure_ascii=False, sort_keys=True),
                    "kept_hlc": winner.hlc,
                    "lost_value": json.dumps(_notice(lost), ensure_ascii=False, sort_keys=True),
                    "lost_hlc": lost.hlc, "deleted": False, "origin": lost.origin, "hlc": lost.hlc})
    if conflicts:
        columns = list(conflicts[0])
        stats.conflicts = connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO conflicts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(row[c] for c in columns) for row in conflicts]).rowcount
    if to_reverse:
        stats.reversals = _reverse(connection, to_reverse)
    return stats


def _order(step: Step) -> tuple:
    """The order the status fold applies steps in."""
    return (step.at, step.id)


#: Documents whose movements name one of their lines: (movement column, the line's document).
_LINE_OF_DOCUMENT = {
    stocktakes.DOC_TYPE: ("stocktake_line_id", "SELECT stocktake_id FROM stocktake_lines WHERE id = ?"),
    requisitions.DOC_TYPE: ("requisition_line_id", "SELECT requisition_id FROM requisition_lines WHERE id = ?"),
}


def _belongs(connection: Connection, row: dict, doc_type: str, doc_id: str) -> bool:
    """True when the movement was caused by that document (a step may not list another's movements)."""
    if doc_type == quality.RETURN_DOC:
        return row["return_case_id"] == doc_id
    column, lookup = _LINE_OF_DOCUMENT[doc_type]
    if not row[column]:
        return False
    return connection.exec_driver_sql(lookup, (row[column],)).scalar() == doc_id


def _reverse(connection: Connection, listed: dict[str, tuple[str, str]]) -> int:
    """Write the reversal of each listed movement of its document (once); returns how many were written."""
    written = 0
    for chunk in _chunks(sorted(listed)):
        result = connection.exec_driver_sql(
            f"SELECT * FROM stock_movements WHERE deleted = 0 AND id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk))
        rows = [dict(row) for row in result.mappings() if _belongs(connection, row, *listed[row["id"]])]
        if not rows:
            continue
        reversals = []
        for row in rows:
            # Everything as the reversed movement (part, place, batch, document, time), the quantity
            # negated: the document's own sums (issued per line, held per case) go back by it too.
            row.update(id=reversal_id(row["id"]), quantity=-row["quantity"], note=REVERSAL_NOTE, created_by=None)
            reversals.append(row)
        columns = list(reversals[0])
        written += connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO stock_movements ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})", [tuple(r[c] for c in columns) for r in reversals]).rowcount
    return written
