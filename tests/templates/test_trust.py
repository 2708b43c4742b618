"""Template packages are trusted per province: only from the province's confirmed key, only for the
unit's own province; the key is replaced only by an explicit reset."""

from __future__ import annotations

import json
from pathlib import Path

from tests.templates.test_new_version import _unit

BAC_SON = "06325"


def _publish(cli, tmp_path: Path, name: str, province: str, tid: str, version: int = 1) -> Path:
    from desktop.services import city
    from desktop.store import open_store

    d = tmp_path / name
    if not d.exists():
        s = open_store(d)
        city.init_city(s, province)
        s.close()
    draft = tmp_path / f"{name}-{tid}-{version}.json"
    assert (
        cli(
            "--data-dir",
            d,
            "template",
            "draft",
            "--blank",
            "--province",
            province,
            "--id",
            tid,
            "--version",
            str(version),
            "--out",
            draft,
        ).code
        == 0
    )
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["document"].update(number="12/KH-UBND", date="2026-01-15", title="Chuyển đổi số năm 2026")
    data["document"]["signer"]["name"] = "Nguyễn Văn A"
    data["task_groups"] = [
        {
            "id": "I",
            "number": "I",
            "title": "CHÍNH QUYỀN SỐ",
            "pillar": "Chính quyền số",
            "tasks": [
                {
                    "id": "I.1",
                    "number": "1",
                    "content": "Số hóa hồ sơ thủ tục hành chính",
                    "lead": "UBND các xã",
                    "levels": ["commune"],
                }
            ],
        }
    ]
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"{name}-{tid}-v{version}.khcdst"
    r = cli("--data-dir", d, "template", "publish", draft, "--out", out)
    assert r.code == 0, r.err
    return out


def test_template_of_another_province_refused(cli, tmp_path: Path) -> None:
    unit = _unit(tmp_path, BAC_SON)  # Lạng Sơn
    cao_bang = _publish(cli, tmp_path, "cb-city", "4", "cb-mau-2026")
    before = (unit / "khcds.sqlite3").read_bytes()
    r = cli("--data-dir", unit, "template", "import", cao_bang, "--accept-new-key")
    assert r.code == 1 and "phát hành cho Cao Bằng, không phải Lạng Sơn của đơn vị này" in r.err
    assert (unit / "khcds.sqlite3").read_bytes() == before
    r = cli("--data-dir", unit, "template", "trust")
    assert "Chưa tin cậy khóa nào" in r.out


def test_first_key_confirmed_then_pinned_then_reset(cli, tmp_path: Path) -> None:
    unit = _unit(tmp_path, BAC_SON)
    genuine = _publish(cli, tmp_path, "ls-city", "20", "ls-mau-2026")
    # a dry run shows the key without trusting it
    r = cli("--data-dir", unit, "template", "import", "--dry-run", genuine)
    assert r.code == 0 and "chưa được tin cậy" in r.out
    fp = r.out.split("dấu vân tay ")[1].split(":")[0]
    # a wrong fingerprint read over the phone is refused
    r = cli("--data-dir", unit, "template", "import", genuine, "--fingerprint", "0000 1111 2222 3333")
    assert r.code == 1 and "khác dấu vân tay khóa trong gói" in r.err
    r = cli("--data-dir", unit, "template", "import", genuine, "--fingerprint", fp)
    assert r.code == 0, r.err
    r = cli("--data-dir", unit, "template", "trust", "--json")
    info = json.loads(r.out)
    assert info["fingerprint"] == fp and info["province_code"] == 20

    # another folder claiming Lạng Sơn with its own key: refused, even with --accept-new-key
    forged = _publish(cli, tmp_path, "ls-forger", "20", "ls-mau-2026", version=2)
    r = cli("--data-dir", unit, "template", "import", forged, "--accept-new-key")
    assert r.code == 1 and "khóa ký khác khóa của thành phố đã tin cậy" in r.err and "--reset" in r.err

    # the province really changed its key (phone check): reset, then the new key is confirmed
    r = cli("--data-dir", unit, "template", "trust", "--reset")
    assert r.code == 0 and fp in r.out
    r = cli("--data-dir", unit, "template", "import", forged)
    assert r.code == 1 and "Chưa nhập" in r.out
    r = cli("--data-dir", unit, "template", "import", forged, "--accept-new-key")
    assert r.code == 0, r.err
    assert json.loads(cli("--data-dir", unit, "template", "trust", "--json").out)["fingerprint"] != fp


def test_reset_in_the_window(qtbot, demo_store, tmp_path: Path, messages, window_factory) -> None:
    from PySide6.QtGui import QAction

    from desktop.services import city
    from desktop.store import open_store
    from desktop.sync import template_package as tp

    cs = open_store(tmp_path / "hp-city")
    city.init_city(cs, "31")
    draft = tp.draft(cs, "hp-325-2024", tmp_path / "mau.json")
    pub = tp.publish(cs, draft, tmp_path)
    cs.close()
    assert tp.import_package(demo_store, pub.path, accept_new_key=True).first_key
    assert tp.trusted_key(demo_store)["fingerprint"] == pub.fingerprint
    w = window_factory(demo_store)
    action = w.findChild(QAction, "action_reset_template_trust")
    action.trigger()
    assert messages[0][0] == "ask" and pub.fingerprint in messages[0][1]
    assert tp.trusted_key(demo_store)["fingerprint"] is None
    # the next package asks again
    assert tp.import_package(demo_store, pub.path).pending
