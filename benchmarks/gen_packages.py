"""Generate realistic unit export packages for city-import benchmarks and tests.

Each package is what a real commune would send: a plan made from the 325/KH-UBND
template (tasks adopted for the commune level plus a varied number of its own),
mid-year progress with statuses, percents, notes, evidence metadata, measured
targets and budget lines, signed with the unit's own Ed25519 key. Plans vary in
size (15 to 80 tasks) and progress, reproducibly from a seed.

    python benchmarks/gen_packages.py OUT_DIR --count 114 --province 31
    python benchmarks/gen_packages.py OUT_DIR --count 3321            (the whole country)
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop import __version__
from desktop.models import directory
from desktop.sync import keys as keymod
from desktop.sync import package as pkg

STATUSES = ["done", "in_progress", "in_progress", "not_started", "late", "done", "cancelled"]
EXTRA = [
    ("Chính quyền số", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
    ("Xã hội số", "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến"),
    ("Kinh tế số", "Hỗ trợ hộ kinh doanh thanh toán không dùng tiền mặt"),
    ("Hạ tầng số", "Nâng cấp thiết bị mạng, máy tính tại Bộ phận Một cửa"),
    ("Nhận thức số", "Duy trì hoạt động Tổ công nghệ số cộng đồng"),
    ("Dữ liệu số", "Cập nhật, làm sạch dữ liệu dân cư, đất đai trên địa bàn"),
    ("An toàn thông tin mạng", "Rà soát, khắc phục lỗ hổng an toàn thông tin"),
]


def base_data(year: int = 2024) -> dict[str, Any]:
    """The data part of a real demo commune's export."""
    from sqlalchemy import select

    from desktop.models.orm import Plan
    from desktop.services.demo import run_demo
    from desktop.store import open_store

    with tempfile.TemporaryDirectory() as d:
        store = open_store(d, daily_backups=False)
        run_demo(store, year=year)
        with store.session() as s:
            data = pkg.plan_data(s.scalar(select(Plan)))
        store.close()
    return data


def vary(base: dict[str, Any], unit: directory.Unit, rnd: random.Random) -> dict[str, Any]:
    d = copy.deepcopy(base)
    d["unit"].update(
        code=unit.code,
        name=unit.name,
        province_code=unit.province_code,
        issuer_line=unit.issuer_line,
        place_name=unit.short_name,
    )
    d["plan"]["subject"] = f"Chuyển đổi số {unit.name[:1].lower()}{unit.name[1:]} năm {d['plan']['year']}"
    own_template = [t for t in d["tasks"] if t["template_ref"] is None][:1]
    tasks = list(d["tasks"])  # budget lines point at some of these: keep them all
    extra = rnd.randint(0, 60)
    next_id = max(t["id"] for t in d["tasks"]) + 1
    for i in range(extra):
        pillar, content = rnd.choice(EXTRA)
        t = copy.deepcopy(own_template[0]) if own_template else copy.deepcopy(tasks[0])
        t.update(
            id=next_id + i,
            template_ref=None,
            pillar=pillar,
            group_ref=f"own:{pillar}",
            group_title=pillar.upper(),
            content=f"{content} (đợt {i + 1})",
            position=len(tasks) + i,
        )
        tasks.append(t)
    year = d["plan"]["year"]
    for t in tasks:
        st = rnd.choice(STATUSES)
        pct = {"done": 100, "not_started": 0, "cancelled": 0}.get(st, rnd.randint(5, 95))
        t["status"], t["percent"] = st, pct
        t["updates"] = (
            []
            if st == "not_started"
            else [
                {
                    "on_date": dt.date(year, rnd.randint(1, 6), rnd.randint(1, 28)).isoformat(),
                    "period": None,
                    "status": st,
                    "percent": pct,
                    "note": "Cập nhật tiến độ",
                    "author": "Cán bộ phụ trách",
                }
            ]
        )
        if st != "done":
            t["evidence"] = []
    for g in d["targets"]:
        goal = float(g["value"] or 50)
        for m in g["measurements"]:
            m["value"] = str(round(min(100.0, goal * rnd.uniform(0.4, 1.2)), 1))
    d["tasks"] = tasks
    return d


def write_package(
    out_dir: Path, data: dict[str, Any], revision: int, rnd: random.Random, key: Ed25519PrivateKey | None = None
) -> Path:
    key = key or Ed25519PrivateKey.generate()
    u = data["unit"]
    manifest = {
        "format": pkg.FORMAT,
        "format_version": pkg.FORMAT_VERSION,
        "program_version": __version__,
        "unit": {"code": u["code"], "name": u["name"], "province_code": u["province_code"]},
        "template": {"id": data["plan"]["template_id"], "version": data["plan"]["template_version"]},
        "year": data["plan"]["year"],
        "revision": revision,
        "created_at": pkg.utc_iso(dt.datetime(data["plan"]["year"], 6, 30, 8, rnd.randint(0, 59), tzinfo=dt.UTC)),
        "public_key": keymod.public_b64(key),
    }
    out = out_dir / pkg.default_file_name(u["code"], data["plan"]["year"], revision)
    pkg.write_signed_zip(out, manifest, [(pkg.DATA, pkg.canonical_json(data))], key)
    return out


def generate(out_dir: Path, count: int, province: int | None = None, seed: int = 1, year: int = 2024) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    units = directory.units(province)[:count]
    if len(units) < count:
        raise SystemExit(f"only {len(units)} units in the directory for that scope")
    base = base_data(year)
    rnd = random.Random(seed)
    return [write_package(out_dir, vary(base, u, rnd), 1, rnd) for u in units]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=114)
    ap.add_argument("--province", type=int)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    files = generate(a.out, a.count, a.province, a.seed)
    print(f"{len(files)} packages in {a.out}")


if __name__ == "__main__":
    main()
