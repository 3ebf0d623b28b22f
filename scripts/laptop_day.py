"""A technician's laptop day in screenshots: join through the wizard, prepare, work offline, sync back.

python3 scripts/laptop_day.py OUT [--lang zh_CN] [--size 1366x768]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--jobs", type=int, default=300)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="laptop-day-"))
    os.environ["AFTERSALES_KEY_DIR"] = str(root / "keys")

    from PySide6.QtWidgets import QApplication, QWizard
    from sqlalchemy import select

    from aftersales_desktop.domain.enums import Role, RepairOutcome
    from aftersales_desktop.domain.signatures import Point, SignatureInput, Strokes
    from aftersales_desktop.domain.slips import SlipFormat
    from aftersales_desktop.gui import setup_wizard
    from aftersales_desktop.gui.app import application
    from aftersales_desktop.gui.login_dialog import LoginDialog
    from aftersales_desktop.gui.main_window import MainWindow
    from aftersales_desktop.gui.setup_wizard import SetupWizard
    from aftersales_desktop.services import field, jobs, passwords, slips
    from aftersales_desktop.services.context import AppContext
    from aftersales_desktop.services.demo import seed_demo
    from aftersales_desktop.services.outlet import AccountDraft, OutletDraft, log_in, set_up_outlet, user_by_username
    from aftersales_desktop.storage.database import open_database
    from aftersales_desktop.storage.models import Job, User, Visit
    from aftersales_desktop.sync import membership
    from aftersales_desktop.sync.engine import SyncEngine

    passwords._N = 2**4
    app = application(args.lang)

    def cycle(db, folder):
        return SyncEngine(db, folder).run_cycle()

    def pump(seconds=0.3):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def wait_for(check, timeout=60.0):
        end = time.monotonic() + timeout
        while not check():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.05)

    def shot(widget, name):
        pump(0.3)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def pdf_png(pdf: bytes, name: str, dpi: int = 110):
        pdf_path = root / f"{name}.pdf"
        pdf_path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf_path), str(out / name)],
                       check=True)
        print(out / f"{name}.png")

    share = root / "share"
    share.mkdir()
    # Head office and the outlet's counter PC, already on the share.
    hq_dir, outlet_dir = root / "HQ", root / "SH01"
    hq = open_database(hq_dir)
    set_up_outlet(hq, OutletDraft("HQ", "总部售后服务中心"), AccountDraft("admin", "总部管理员", "secret1"))
    membership.initialise_share(hq, share)
    seed_demo(outlet_dir, jobs=args.jobs, outlet_code="SH01", outlet_name="上海浦东售后服务网点")
    counter = open_database(outlet_dir)
    membership.join_share(counter, share, name="SH01 前台电脑")
    for request in membership.pending_requests(hq):
        membership.approve(hq, request.site_id)
    for _ in range(2):
        cycle(hq, hq_dir), cycle(counter, outlet_dir)
    # The technician with the most visits today and tomorrow.
    now = datetime.now(timezone.utc)
    with counter.reader() as session:
        rows = session.execute(select(Visit.technician_id, User.username).join(User, User.id == Visit.technician_id)
                               .where(Visit.starts_at >= now - timedelta(hours=12),
                                      Visit.starts_at < now + timedelta(days=2))).all()
    if not rows:
        raise SystemExit("the demo outlet has no visits today")
    counts: dict = {}
    for technician_id, username in rows:
        counts[(technician_id, username)] = counts.get((technician_id, username), 0) + 1
    technician_id, username = max(counts, key=counts.get)
    print("technician", username, counts[(technician_id, username)], "visits")
    membership.publish_snapshot(hq, hq_dir)

    # The laptop's first start: the wizard.
    laptop_dir = root / "laptop"
    laptop = open_database(laptop_dir)
    setup_wizard.APPROVAL_POLL_MS = 300
    wizard = SetupWizard(laptop)
    wizard.resize(min(width, 760), min(height - 80, 600))
    wizard.show()
    shot(wizard, "01-wizard-start")
    wizard.start_page.join_outlet.setChecked(True)
    wizard.next()
    page = wizard.join_page
    page.folder.setText(str(share))
    page.code.setText("SH01")
    page.device.setText("李伟的笔记本")
    shot(wizard, "02-wizard-join")
    wizard.next()
    wait = wizard.wait_page
    wait_for(lambda: wait.status.text() != "")
    pump(1.0)
    shot(wizard, "03-wizard-waiting")
    request, = membership.pending_requests(hq)
    subprocess.run([sys.executable, "-m", "aftersales_desktop", "--data-dir", str(hq_dir), "share", "requests"],
                   check=False)
    membership.approve(hq, request.site_id)
    wait_for(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    shot(wizard, "04-wizard-approved")
    wizard.next()
    receive = wizard.receive_page
    pump(0.6)
    shot(wizard, "05-wizard-receiving")
    wait_for(lambda: receive.ready or receive.again.isVisible(), timeout=120)
    shot(wizard, "06-wizard-received")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    pump()

    login = LoginDialog(laptop)
    login.show()
    login.username.setText(username)
    shot(login, "07-login")
    login.close()

    user = log_in(laptop, username, "demo123")
    ctx = AppContext(laptop, user)
    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()
    view = window.show_page("field")
    wait_for(lambda: view.day is not None, timeout=60)
    pump(1.5)
    shot(window, "08-prepare-for-the-field")
    pdf_png(field.visit_sheet(ctx, "a4").pdf, "09-visit-sheet-a4")
    pdf_png(field.visit_sheet(ctx, "80mm").pdf, "09-visit-sheet-80mm", dpi=203)

    # Out of the office: the share is gone; repairs and signed slips go on.
    away = root / "share-away"
    share.rename(away)
    visit = view.day.today[0] if view.day.today else view.day.tomorrow[0]
    visit_job = visit.job_id
    repair = jobs.record_repair(ctx, visit_job, jobs.RepairDraft(
        fault_confirmed=True, symptom="打印有黑色竖条", diagnosis="硒鼓感光鼓划伤", work_done="更换硒鼓，清洁定影组件",
        labour_minutes=35, test_performed="打印测试页十张", test_passed=True, outcome=RepairOutcome.FIXED))
    strokes = Strokes(((*(Point(i / 30, 0.5 + 0.3 * ((i % 6) - 3) / 3, i * 10) for i in range(30)),),))
    customer = SignatureInput(visit.customer_name, strokes=strokes)
    slip = slips.issue_slip(ctx, repair.id, customer, SignatureInput(user.display_name, strokes=strokes))
    document = slips.get_slip(ctx, slip.id)
    rendered = slips.render_document(document, SlipFormat.ROLL_80, font=slips.font_path(laptop))
    pdf_png(rendered.pdf, "10-slip-80mm", dpi=203)
    print("slip", document.number)
    view.sync_and_prepare()
    wait_for(lambda: view.sync_button.isEnabled(), timeout=60)
    pump(1.0)
    shot(window, "11-offline")

    # Back at the outlet: one Sync now.
    away.rename(share)
    view.sync_and_prepare()
    wait_for(lambda: view.sync_button.isEnabled() and view.summary_label.isVisible(), timeout=120)
    pump(1.0)
    shot(window, "12-back-sync-summary")
    window.close()
    cycle(counter, outlet_dir)
    cycle(hq, hq_dir)

    # Head office's Sync page, Sites tab.
    admin = AppContext(hq, user_by_username(hq, "admin"))
    hq_window = MainWindow(admin)
    hq_window.resize(width, height)
    hq_window.show()
    sync_page = hq_window.show_page("sync")
    pump(1.0)
    tabs = getattr(sync_page, "tabs", None)
    if tabs is not None:
        for index in range(tabs.count()):
            if "Sites" in tabs.tabText(index) or "站点" in tabs.tabText(index):
                tabs.setCurrentIndex(index)
    pump(1.5)
    shot(hq_window, "13-hq-sites")
    hq_window.close()
    with counter.reader() as session:
        print("repair on the counter PC:", session.scalar(select(Job.number).where(Job.id == visit_job)))
    QApplication.processEvents()
    shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
