"""The signature pad records mouse, pen and touch strokes as normalised points and draws them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from aftersales_desktop.domain.signatures import Point, Strokes
from aftersales_desktop.gui import signature_pad
from aftersales_desktop.gui.signature_pad import SignatureField, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(400, 150)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wave(start_x: int = 40, end_x: int = 340, y: int = 80) -> list[QPoint]:
    """Points along a zigzag, the way a hand writes."""
    return [QPoint(x, y + (15 if (x // 20) % 2 else -15)) for x in range(start_x, end_x + 1, 20)]


def drag(qtbot, widget, points: list[QPoint]) -> None:
    """Press, move with the left button held (QTest.mouseMove holds no button), release."""
    qtbot.mousePress(widget, LEFT, NO_KEYS, points[0])
    for point in points[1:]:
        QApplication.sendEvent(widget, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(point), QPointF(widget.mapToGlobal(point)),
            Qt.MouseButton.NoButton, LEFT, NO_KEYS))
    qtbot.mouseRelease(widget, LEFT, NO_KEYS, points[-1])


def pen_device(*, pressure: bool = True) -> QPointingDevice:
    caps = QInputDevice.Capability.Position
    if pressure:
        caps |= QInputDevice.Capability.Pressure
    return QPointingDevice("test pen", 4711, QInputDevice.DeviceType.Stylus,
                           QPointingDevice.PointerType.Pen, caps, 1, 2)


def pen_event(widget, device, kind: QEvent.Type, point: QPoint, pressure: float) -> QTabletEvent:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else LEFT
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else LEFT
    event = QTabletEvent(kind, device, QPointF(point), QPointF(widget.mapToGlobal(point)), pressure,
                         0.0, 0.0, 0.0, 0.0, 0.0, NO_KEYS, button, held)
    QApplication.sendEvent(widget, event)
    return event


def pen_stroke(widget, device, points: list[QPoint], pressure: float) -> list[QTabletEvent]:
    events = [pen_event(widget, device, QEvent.Type.TabletPress, points[0], pressure)]
    events += [pen_event(widget, device, QEvent.Type.TabletMove, p, pressure) for p in points[1:]]
    events.append(pen_event(widget, device, QEvent.Type.TabletRelease, points[-1], 0.0))
    return events


def dark_pixels_near(image: QImage, x: int, y: int, radius: int = 3) -> int:
    return sum(1 for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1)
               if QColor(image.pixel(x + dx, y + dy)).lightness() < 110)


def test_a_mouse_stroke_records_normalised_points_without_pressure(qtbot, pad):
    points = wave()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        drag(qtbot, pad, points)
    strokes = pad.strokes()
    assert len(strokes.strokes) == 1
    stroke = strokes.strokes[0]
    assert len(stroke) == len(points)
    assert pad.point_count() == len(points) and not pad.is_empty()
    assert all(0 <= p.x <= 1 and 0 <= p.y <= 1 and p.pressure is None for p in stroke)
    assert stroke[0].x == pytest.approx(40 / 400) and stroke[0].y == pytest.approx(65 / 150)
    assert stroke[0].t_ms == 0
    assert [p.t_ms for p in stroke] == sorted(p.t_ms for p in stroke)
    assert strokes.aspect == pytest.approx(400 / 150)


def test_points_closer_than_a_pixel_and_moves_outside_are_tamed(qtbot, pad):
    drag(qtbot, pad, [QPoint(50, 50), QPoint(50, 50), QPoint(60, 50), QPoint(900, -40)])
    stroke = pad.strokes().strokes[0]
    assert len(stroke) == 3  # the repeated point was dropped
    assert (stroke[-1].x, stroke[-1].y) == (1.0, 0.0)  # dragged off the pad: clamped to the edge


def test_undo_and_clear(qtbot, pad):
    drag(qtbot, pad, wave(y=50))
    drag(qtbot, pad, wave(y=100))
    assert len(pad.strokes().strokes) == 2
    first = pad.strokes().strokes[0]
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.undo_stroke()
    assert pad.strokes().strokes == (first,)
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty() and pad.strokes().strokes == ()
    pad.undo_stroke()  # nothing to undo: no error
    assert pad.is_empty()


def test_the_second_signature_starts_its_clock_at_zero(qtbot, pad):
    drag(qtbot, pad, wave())
    qtbot.wait(30)
    pad.clear()
    drag(qtbot, pad, wave())
    assert pad.strokes().strokes[0][0].t_ms == 0


def test_keyboard_backspace_and_ctrl_z_undo_delete_clears(qtbot, pad):
    for y in (40, 80, 120):
        drag(qtbot, pad, wave(y=y))
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Backspace)
    assert len(pad.strokes().strokes) == 2
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes().strokes) == 1
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    assert "Backspace" in pad.toolTip() and "Delete" in pad.toolTip()
    assert pad.accessibleName() == "Signature pad" and pad.accessibleDescription()


def test_a_pen_records_its_pressure_and_is_not_drawn_twice_as_a_mouse(qtbot, pad):
    device = pen_device()
    points = wave()
    events = pen_stroke(pad, device, points, 0.7)
    assert all(event.isAccepted() for event in events)  # so Qt synthesises no mouse events
    # Had Qt synthesised the mouse copy anyway, it carries the pen as its device: not drawn.
    QApplication.sendEvent(pad, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(points[0]),
                                            QPointF(pad.mapToGlobal(points[0])), LEFT, LEFT,
                                            NO_KEYS, device))
    QApplication.sendEvent(pad, QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(points[1]),
                                            QPointF(pad.mapToGlobal(points[1])), LEFT,
                                            Qt.MouseButton.NoButton, NO_KEYS, device))
    strokes = pad.strokes().strokes
    assert len(strokes) == 1 and len(strokes[0]) == len(points)
    assert all(p.pressure == pytest.approx(0.7) for p in strokes[0])


def test_a_pen_without_a_pressure_sensor_records_no_pressure(qtbot, pad):
    pen_stroke(pad, pen_device(pressure=False), wave(), 1.0)
    assert all(p.pressure is None for p in pad.strokes().strokes[0])


def test_hovering_pen_draws_nothing(qtbot, pad):
    device = pen_device()
    for point in wave():
        pen_event(pad, device, QEvent.Type.TabletMove, point, 0.0)
    assert pad.is_empty()


def test_a_finger_on_a_touchscreen_draws_one_stroke(qtbot, pad):
    device = QTest.createTouchDevice()
    points = wave()
    QTest.touchEvent(pad, device).press(0, points[0], pad).commit()
    for point in points[1:]:
        QTest.touchEvent(pad, device).move(0, point, pad).commit()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.touchEvent(pad, device).release(0, points[-1], pad).commit()
    qtbot.wait(20)  # any mouse events Qt might synthesise from the touches would arrive now
    strokes = pad.strokes().strokes
    assert len(strokes) == 1 and len(strokes[0]) == len(points)
    assert all(p.pressure is None for p in strokes[0])
    assert strokes[0][0].x == pytest.approx(40 / 400)


def test_a_second_finger_is_ignored(qtbot, pad):
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 60), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(80, 60), pad).press(1, QPoint(300, 120), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 60), pad).move(1, QPoint(330, 130), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(120, 60), pad).release(1, QPoint(330, 130), pad).commit()
    strokes = pad.strokes().strokes
    assert len(strokes) == 1
    assert all(p.y == pytest.approx(60 / 150) for p in strokes[0])


def test_set_strokes_shows_a_saved_signature_and_read_only_ignores_input(qtbot, pad):
    saved = Strokes(((Point(0.1, 0.6, 0), Point(0.5, 0.6, 40), Point(0.9, 0.6, 80)),), aspect=400 / 150)
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.set_strokes(saved)
    pad.set_read_only(True)
    drag(qtbot, pad, wave())
    pen_stroke(pad, pen_device(), wave(), 0.5)
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.strokes() == saved
    image = pad.grab().toImage()
    assert dark_pixels_near(image, 200, 90) > 0  # (0.5, 0.6) of a 400 x 150 pad


def test_a_saved_signature_keeps_its_shape_on_a_pad_of_another_shape(qtbot, pad):
    pad.set_strokes(Strokes(((Point(0.0, 0.5, 0), Point(1.0, 0.5, 50)),), aspect=4.0))
    pad.resize(400, 300)  # a 400 x 100 band centred vertically: the line stays at y = 150
    image = pad.grab().toImage()
    assert dark_pixels_near(image, 200, 150) > 0
    assert dark_pixels_near(image, 200, 75, radius=2) == 0


def test_points_beyond_the_limit_are_ignored(qtbot, pad, monkeypatch):
    monkeypatch.setattr(signature_pad, "MAX_POINTS", 5)
    drag(qtbot, pad, wave())  # 16 points offered
    assert pad.point_count() == 5
    drag(qtbot, pad, wave(y=120))
    assert pad.point_count() == 5 and len(pad.strokes().strokes) == 1


def test_the_drawn_stroke_is_painted(qtbot, pad):
    drag(qtbot, pad, [QPoint(40, 60), QPoint(200, 60), QPoint(360, 60)])
    image = pad.grab().toImage()
    for x in (60, 120, 200, 280, 340):
        assert dark_pixels_near(image, x, 60) > 0, x
    assert dark_pixels_near(image, 200, 20) == 0  # the paper elsewhere stays clean


def test_the_field_buttons_follow_the_pad(qtbot):
    field = SignatureField()
    qtbot.addWidget(field)
    field.resize(460, 220)
    field.show()
    qtbot.waitExposed(field)
    assert not field.undo_button.isEnabled() and not field.clear_button.isEnabled()
    drag(qtbot, field.pad, wave(y=50))
    drag(qtbot, field.pad, wave(y=90))
    assert field.undo_button.isEnabled() and field.clear_button.isEnabled()
    with qtbot.waitSignal(field.changed, timeout=1000):
        qtbot.mouseClick(field.undo_button, LEFT)
    assert len(field.strokes().strokes) == 1
    qtbot.mouseClick(field.clear_button, LEFT)
    assert field.is_empty() and not field.undo_button.isEnabled()
    field.set_strokes(Strokes(((Point(0.2, 0.5, 0), Point(0.8, 0.5, 10)),)))
    field.set_read_only(True)
    assert not field.undo_button.isVisible() and not field.clear_button.isVisible()
