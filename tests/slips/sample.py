"""A realistic slip for tests and benchmarks: Chinese names, a long address, many parts, drawn signatures."""

from __future__ import annotations

import math

from aftersales_desktop.domain.signatures import Point, Strokes
from aftersales_desktop.domain.slips import canonical_json, content_hash

LONG_ADDRESS = ("上海市浦东新区张江高科技园区碧波路690号张江微电子港3号楼5层501-503室 客户前台 "
                "请在工作日9:00-17:00送达")
CUSTOMER_NAME = "欧阳娜娜"
_PART_NAMES = ["定影组件", "转印辊", "搓纸轮", "分离垫", "激光扫描器", "显影辊", "充电辊", "清洁刮板",
               "废粉仓", "芯片（兼容 CF283A 系列，含固件升级）", "齿轮组", "供粉仓密封条", "感光鼓单元",
               "加热膜", "压力辊"]
TERMS = {"zh_CN": ("1. 更换部件自维修之日起保修 90 天，人为损坏、使用非原装耗材造成的故障不在保修范围内。\n"
                   "2. 维修后如出现同一故障，请凭本维修单联系售后维修网点，我们将再次上门维修，直至客户满意。\n"
                   "3. 客户签名即表示已确认维修结果及费用。"),
         "en": ("1. Replaced parts carry a 90-day warranty from the repair date; damage by misuse or "
                "non-genuine consumables is not covered.\n"
                "2. Should the same fault return, contact the service outlet with this slip and we will "
                "come again until you are satisfied.\n"
                "3. By signing, the customer confirms the repair result and the charges.")}


def sample_strokes(seed: int = 0, pressure: bool = True, points: int = 120) -> Strokes:
    """A signature-like scribble: a looping curve and an underline, with pressure rising and falling."""
    loop = []
    for i in range(points):
        t = i / (points - 1)
        x = 0.08 + 0.8 * t
        y = 0.5 + 0.28 * math.sin(2 * math.pi * (2.5 + seed * 0.3) * t) * math.cos(math.pi * t * 0.7)
        p = 0.25 + 0.7 * math.sin(math.pi * t) if pressure else None
        loop.append(Point(x, y, int(t * 1500), p))
    underline = [Point(0.12 + 0.75 * i / 19, 0.86 - 0.04 * i / 19, 1700 + 20 * i,
                       (0.6 - 0.4 * i / 19) if pressure else None) for i in range(20)]
    dot = [Point(0.9, 0.3, 2200, 0.5 if pressure else None)]
    return Strokes((tuple(loop), tuple(underline), tuple(dot)), aspect=3.0)


def sample_content(parts: int = 15, *, customer_name: str = CUSTOMER_NAME, address: str = LONG_ADDRESS,
                   revision: int = 1, technician_method: str = "drawn") -> dict:
    """Slip content as the repair service would snapshot it, with ``parts`` replaced parts."""
    rows = []
    for i in range(parts):
        quantity = 1 + i % 3
        unit = 1200 + 850 * i
        rows.append({"model": f"RM1-{8808 + i * 7}-000CN" if i % 4 else f"RM1-{8808 + i}",
                     "name": _PART_NAMES[i % len(_PART_NAMES)], "quantity": quantity,
                     "unit_price_fen": unit, "amount_fen": quantity * unit})
    parts_fen = sum(r["amount_fen"] for r in rows)
    labour = {"minutes": 45, "rate_fen_per_hour": 8000, "amount_fen": 6000}
    content = {
        "schema": 1, "number": "SH01-R202611-0007", "revision": revision,
        "supersedes": None if revision < 2 else {"revision": revision - 1, "hash": "ab12cd34" + "0" * 56},
        "correction_reason": "" if revision < 2 else "更正备件数量（定影组件应为 1 个）",
        "issued_at": "2026-11-27T10:51:00+08:00",
        "outlet": {"code": "SH01", "name": "上海浦东售后维修网点", "address": "上海市浦东新区张江路88号",
                   "phone": "021-58881234"},
        "job": {"number": "SH01-J202611-0042", "created_at": "2026-11-25T09:12:00+08:00"},
        "customer": {"name": customer_name, "company": "上海张江微电子有限公司", "phone": "13812345678",
                     "address": address},
        "product": {"brand": "HP", "model": "CF283A", "name": "83A 黑色硒鼓", "type": "toner",
                    "serial": "CN12345678"},
        "fault": {"category": "print_quality",
                  "description": "打印有竖条纹，页面左侧约 2 厘米处有一条黑色竖线，持续约一周。"},
        "repair": {"technician": "王师傅", "recorded_at": "2026-11-27T10:40:00+08:00", "fault_confirmed": True,
                   "symptom": "打印测试页左侧出现黑色竖条纹，浓度偏低。",
                   "diagnosis": "定影组件磨损，感光鼓表面有划痕。",
                   "work_done": "更换定影组件及感光鼓单元，清洁激光扫描器窗口，校准浓度。",
                   "test_performed": "打印测试页 5 张", "test_passed": True, "outcome": "fixed"},
        "parts": rows,
        "labour": labour,
        "totals": {"parts_fen": parts_fen, "labour_fen": labour["amount_fen"],
                   "total_fen": parts_fen + labour["amount_fen"]},
        "currency": "CNY",
        "terms": dict(TERMS),
        "signatures": {
            "customer": {"name": customer_name, "method": "drawn", "signed_at": "2026-11-27T10:50:00+08:00",
                         "strokes_sha256": sample_strokes(0).sha256()},
            "technician": {"name": "王师傅", "method": technician_method,
                           "signed_at": "2026-11-27T10:49:00+08:00",
                           "strokes_sha256": sample_strokes(1, pressure=False).sha256()
                           if technician_method == "drawn" else ""}},
    }
    return content


def sample_signatures() -> dict[str, Strokes]:
    """The strokes whose hashes sample_content records: the customer's with pressure, the technician's without."""
    return {"customer": sample_strokes(0), "technician": sample_strokes(1, pressure=False)}


def signed_sample(parts: int = 15, **options: object) -> tuple[dict, dict[str, Strokes], str]:
    """(content, strokes by role, content hash) of a signed slip, ready for render_slip."""
    content = sample_content(parts, **options)  # type: ignore[arg-type]
    return content, sample_signatures(), content_hash(canonical_json(content))
