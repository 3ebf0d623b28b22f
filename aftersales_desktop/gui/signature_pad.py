"""A pad to sign on with a mouse, touchpad, finger or pen, recording strokes as normalised points."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QInputDevice, QKeyEvent, QKeySequence, QMouseEvent,
                           QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QResizeEvent,
                           QTabletEvent, QTouchEvent)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from aftersales_desktop.domain.signatures import MAX_POINTS, Point, Strokes
from aftersales_desktop.i18n import tr

PAPER = QColor("#fffffc")
BORDER = QColor("#c4c4c4")
GUIDE = QColor("#b8b8b8")
PLACEHOLDER = QColor("#9a9a9a")
INK = QColor("#14213d")  # blue-black, like a pen's ink; stays dark on the white paper in any theme
#: Points nearer than this (pixels) to the previous one add nothing visible and only bloat the slip.
MIN_STEP_PX = 1.0
BASELINE_AT = 0.72  # fraction of the height; leaves room for descenders below the line

_MOUSE, _TABLET, _TOUCH = "mouse", "tablet", "touch"
_TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                 QEvent.Type.TouchCancel)
# Qt synthesises mouse events from these devices only after delivering their own touch or tablet
# event, which the pad handles; drawing the mouse copy as well would draw every stroke twice.
_NOT_A_MOUSE = (QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.Stylus,
                QInputDevice.DeviceType.Airbrush, QInputDevice.DeviceType.Puck)


def fitted_rect(area: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of width/height ``aspect`` centred in ``area``."""
    if area.width() <= 0 or area.height() <= 0 or aspect <= 0:
        return QRectF(area)
    if area.width() / area.height() > aspect:
        width = area.height() * aspect
        return QRectF(area.x() + (area.width() - width) / 2, area.y(), width, area.height())
    height = area.width() / aspect
    return QRectF(area.x(), area.y() + (area.height() - height) / 2, area.width(), height)


def ink_width(rect: QRectF) -> float:
    """The pen width for a signature drawn into ``rect``: a ballpoint line at any pad size."""
    return min(4.0, max(1.5, rect.height() * 0.016))


def paint_strokes(painter: QPainter, strokes: tuple[tuple[Point, ...], ...], rect: QRectF,
                  color: QColor = INK) -> None:
    """Draw ``strokes`` (normalised points) into ``rect``: smooth paths, thicker where pressed harder."""
    base = ink_width(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        if not stroke:
            continue
        points = [QPointF(rect.x() + p.x * rect.width(), rect.y() + p.y * rect.height())
                  for p in stroke]
        if len(points) == 1:
            painter.setPen(_pen(color, base * _pressure_factor(stroke[0].pressure)))
            painter.drawPoint(points[0])
        elif any(p.pressure is not None for p in stroke):
            # One QPainterPath has one width; with pressure each segment gets its own, and round
            # caps join the segments without gaps.
            for i in range(1, len(points)):
                pressures = [p.pressure for p in (stroke[i - 1], stroke[i]) if p.pressure is not None]
                mean = sum(pressures) / len(pressures) if pressures else None
                painter.setPen(_pen(color, base * _pressure_factor(mean)))
                painter.drawLine(points[i - 1], points[i])
        else:
            painter.setPen(_pen(color, base))
            painter.drawPath(smooth_path(points))
    painter.restore()


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A path through ``points`` with quadratic curves between midpoints, so fast strokes look round."""
    path = QPainterPath(points[0])
    for i in range(1, len(points) - 1):
        middle = (points[i] + points[i + 1]) / 2
        path.quadTo(points[i], middle)
    path.lineTo(points[-1])
    return path


def _pressure_factor(pressure: float | None) -> float:
    # A light touch still leaves a visible line; a hard press about twice the base width.
    return 1.0 if pressure is None else 0.35 + 1.4 * min(1.0, max(0.0, pressure))


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class SignaturePad(QWidget):
    """A white pad that records a signature as strokes of normalised points (see ``Strokes``).

    Mouse and touchpad draw through mouse events, a touchscreen through touch events (first finger
    only), a pen through tablet events with its pressure. ``changed`` is emitted when a stroke
    ends, and on clear, undo and ``set_strokes``. Backspace or Ctrl+Z undoes a stroke, Delete clears.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._source: str | None = None  # the device drawing the current stroke
        self._touch_id = -1
        self._last_pos = QPointF()
        self._count = 0
        self._aspect: float | None = None  # fixed by the first point, so later resizes don't distort
        self._timer = QElapsedTimer()
        self._t_offset = 0
        self._read_only = False
        self._paper: QPixmap | None = None  # background and finished strokes, redrawn on change
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        help_text = tr("Sign with the mouse, a finger or a pen. Backspace or Ctrl+Z undoes the last "
                       "stroke; Delete clears the pad.")
        self.setToolTip(help_text)
        self.setAccessibleName(tr("Signature pad"))
        self.setAccessibleDescription(help_text)

    # ---- public API

    def strokes(self) -> Strokes:
        """The signature drawn so far, with the pad's width/height ratio."""
        done = [tuple(stroke) for stroke in self._strokes]
        if self._current:
            done.append(tuple(self._current))
        return Strokes(tuple(done), self._aspect or self._widget_aspect())

    def point_count(self) -> int:
        """How many points all strokes hold together."""
        return self._count

    def is_empty(self) -> bool:
        """True when nothing is drawn."""
        return self._count == 0

    def clear(self) -> None:
        """Remove every stroke."""
        self._strokes.clear()
        self._current = None
        self._source = None
        self._count = 0
        self._aspect = None
        self._timer.invalidate()
        self._repaint_all()
        self.changed.emit()

    def undo_stroke(self) -> None:
        """Remove the last stroke (nothing happens on an empty pad)."""
        self._finish_stroke(notify=False)
        if not self._strokes:
            return
        self._count -= len(self._strokes.pop())
        if not self._strokes:
            # Nothing left: the next stroke starts a new signature at t = 0 on the pad as it is now.
            self._aspect = None
            self._timer.invalidate()
        self._repaint_all()
        self.changed.emit()

    def set_strokes(self, strokes: Strokes) -> None:
        """Show a saved signature (drawn undistorted in its own aspect ratio)."""
        clean = strokes.normalised()
        self._strokes = [list(stroke) for stroke in clean.strokes]
        self._current = None
        self._source = None
        self._count = clean.point_count
        self._aspect = clean.aspect if self._count else None
        self._timer.invalidate()
        self._repaint_all()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Show the signature without letting anyone draw on it."""
        self._finish_stroke(notify=True)
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self._repaint_all()

    def is_read_only(self) -> bool:
        """True when input is ignored."""
        return self._read_only

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 160)

    # ---- capture

    def _widget_aspect(self) -> float:
        return self.width() / self.height() if self.width() > 0 and self.height() > 0 else 3.0

    def _ink_rect(self) -> QRectF:
        """Where normalised 0..1 maps to: the whole pad while signing, letterboxed for a saved one."""
        return fitted_rect(QRectF(self.rect()), self._aspect or self._widget_aspect())

    def _elapsed_ms(self) -> int:
        if not self._timer.isValid():
            # A pad that shows saved strokes continues their clock rather than restarting at 0.
            self._t_offset = max((p.t_ms for stroke in self._strokes for p in stroke), default=0)
            self._timer.start()
        return self._t_offset + int(self._timer.elapsed())

    def _make_point(self, pos: QPointF, pressure: float | None) -> Point:
        rect = self._ink_rect()
        x = min(1.0, max(0.0, (pos.x() - rect.x()) / rect.width()))
        y = min(1.0, max(0.0, (pos.y() - rect.y()) / rect.height()))
        if pressure is not None:
            pressure = min(1.0, max(0.0, pressure))
        return Point(x, y, self._elapsed_ms(), pressure)

    def _start_stroke(self, source: str, pos: QPointF, pressure: float | None) -> bool:
        """Begin a stroke at ``pos``; False when the pad takes no input (read-only or full)."""
        if self._read_only or self._count >= MAX_POINTS or self.width() <= 0 or self.height() <= 0:
            return False
        self._finish_stroke(notify=True)
        if self._count == 0:
            self._aspect = self._widget_aspect()
            self._timer.invalidate()
        self._current = [self._make_point(pos, pressure)]
        self._count += 1
        self._source = source
        self._last_pos = QPointF(pos)
        self.update()
        return True

    def _extend_stroke(self, pos: QPointF, pressure: float | None) -> None:
        if self._current is None or self._count >= MAX_POINTS:
            return
        step = pos - self._last_pos
        if math.hypot(step.x(), step.y()) < MIN_STEP_PX:
            return
        self._current.append(self._make_point(pos, pressure))
        self._count += 1
        self._last_pos = QPointF(pos)
        self.update()

    def _finish_stroke(self, *, notify: bool) -> None:
        if self._current is None:
            return
        self._strokes.append(self._current)
        self._current = None
        self._source = None
        self._repaint_all()
        if notify:
            self.changed.emit()

    def _drop_stroke(self) -> None:
        """Forget the stroke in progress (the system cancelled the touch sequence)."""
        if self._current is not None:
            self._count -= len(self._current)
            self._current = None
            self._source = None
            self.update()

    def _takes_mouse(self, event: QMouseEvent) -> bool:
        if self._read_only or self._source in (_TABLET, _TOUCH):
            return False
        return event.device().type() not in _NOT_A_MOUSE

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._takes_mouse(event):
            self._start_stroke(_MOUSE, event.position(), None)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._source == _MOUSE and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend_stroke(event.position(), None)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._source == _MOUSE and event.button() == Qt.MouseButton.LeftButton:
            self._extend_stroke(event.position(), None)
            self._finish_stroke(notify=True)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        if self._read_only:
            event.ignore()
            return
        device = event.pointingDevice()
        # Pens without a pressure sensor report a constant; record "unknown" rather than a guess.
        has_pressure = device is not None and bool(
            device.capabilities() & QInputDevice.Capability.Pressure)
        pressure = event.pressure() if has_pressure else None
        kind = event.type()
        if kind == QEvent.Type.TabletPress and event.button() == Qt.MouseButton.LeftButton:
            self._start_stroke(_TABLET, event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._source == _TABLET:
            self._extend_stroke(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._source == _TABLET:
            self._finish_stroke(notify=True)
        # Accepted (hovering too), so Qt does not synthesise mouse events that would draw again.
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS:
            return self._touch_event(event)
        return super().event(event)

    def _touch_event(self, event: QTouchEvent) -> bool:
        if self._read_only:
            event.ignore()  # let a scroll area around a shown signature scroll by touch
            return False
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._drop_stroke()
            event.accept()
            return True
        points = event.points()
        if kind == QEvent.Type.TouchBegin and points:
            self._touch_id = points[0].id()
            self._start_stroke(_TOUCH, points[0].position(), None)
        elif self._source == _TOUCH:
            first = next((p for p in points if p.id() == self._touch_id), None)
            if first is not None:
                self._extend_stroke(first.position(), None)
            released = first is None or first.state() == first.State.Released
            if kind == QEvent.Type.TouchEnd or released:
                self._finish_stroke(notify=True)
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self._read_only:
            if event.key() == Qt.Key.Key_Backspace or event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stroke()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.clear()
                event.accept()
                return
        super().keyPressEvent(event)

    # ---- painting

    def _repaint_all(self) -> None:
        self._paper = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._paper = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if (self._paper is None or self._paper.deviceIndependentSize().toSize() != self.size()
                or self._paper.devicePixelRatio() != self.devicePixelRatioF()):
            self._paper = self._draw_paper()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._paper)
        if self._current:
            paint_strokes(painter, (tuple(self._current),), self._ink_rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            frame = frame.adjusted(0.5, 0.5, -0.5, -0.5)
        else:
            painter.setPen(QPen(BORDER, 1))
        painter.drawRoundedRect(frame, 4, 4)
        painter.end()

    def _draw_paper(self) -> QPixmap:
        """Background, guide line and finished strokes: redrawn only when they change."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        width, height = self.width(), self.height()
        baseline = round(height * BASELINE_AT) + 0.5
        left, right = width * 0.06, width * 0.94
        painter.setPen(QPen(GUIDE, 1))
        painter.drawLine(QPointF(left, baseline), QPointF(right, baseline))
        font = QFont(self.font())
        font.setPixelSize(max(12, min(28, round(height * 0.14))))
        painter.setFont(font)
        painter.drawText(QRectF(left, baseline - font.pixelSize() * 1.4, font.pixelSize() * 1.2,
                                font.pixelSize() * 1.3),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "×")
        if self.is_empty():
            hint = QFont(self.font())
            hint.setPixelSize(max(12, min(22, round(height * 0.12))))
            hint.setItalic(True)
            painter.setFont(hint)
            painter.setPen(PLACEHOLDER)
            text = tr("No signature") if self._read_only else tr("Sign here")
            painter.drawText(QRectF(left, 0, right - left, baseline - 6),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        paint_strokes(painter, tuple(tuple(s) for s in self._strokes), self._ink_rect())
        painter.end()
        return pixmap


class SignatureField(QWidget):
    """A signature pad with "Undo stroke" and "Clear" buttons under it, for dialogs.

    Attributes: ``pad`` (the SignaturePad), ``undo_button``, ``clear_button``. ``changed``
    repeats the pad's signal.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad()
        self.undo_button = QPushButton(tr("Undo stroke"))
        self.undo_button.setObjectName("undo_stroke")
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setObjectName("clear_signature")
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        self._buttons = QWidget()
        self._buttons.setLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.pad, 1)
        column.addWidget(self._buttons)
        self.setFocusProxy(self.pad)
        self.pad.changed.connect(self._update_buttons)
        self.pad.changed.connect(self.changed)
        self._update_buttons()

    def strokes(self) -> Strokes:
        """The signature drawn on the pad."""
        return self.pad.strokes()

    def is_empty(self) -> bool:
        """True when nothing is drawn."""
        return self.pad.is_empty()

    def clear(self) -> None:
        """Empty the pad."""
        self.pad.clear()

    def set_strokes(self, strokes: Strokes) -> None:
        """Show a saved signature on the pad."""
        self.pad.set_strokes(strokes)

    def set_read_only(self, read_only: bool) -> None:
        """Show the signature only; the buttons are hidden."""
        self.pad.set_read_only(read_only)
        self._buttons.setVisible(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.pad.is_empty() and not self.pad.is_read_only()
        self.undo_button.setEnabled(editable)
        self.clear_button.setEnabled(editable)
