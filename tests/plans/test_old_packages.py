"""A package made before plans had an identity imports as its year's annual UBND plan, and a
later package of that plan (with its identity) replaces it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from desktop.store import open_store
from desktop.sync import keys
from desktop.sync.package import DATA, MANIFEST, canonical_json, write_signed_zip

IDENTITY = ("uid", "kind", "issuer", "start_date", "end_date", "implements", "report_rules", "previous_year")


def _as_before_identity(d: Path, new: Path, old: Path) -> None:
    """Rewrite ``new`` as the program wrote packages before: no plan identity; signed again."""
    z = zipfile.ZipFile(new)
    manifest = json.loads(z.read(MANIFEST))
    data = json.loads(z.read(DATA))
    del manifest["plan"]
    manifest.pop("parts")
    for k in IDENTITY:
        del data["plan"][k]
    for g in data["targets"]:
        for k in ("city_value_max", "value_max", "groups", "measure", "baseline", "baseline_note", "due"):
            del g[k]
        for m in g["measurements"]:
            del m["groups"]
    s = open_store(d)
    try:
        write_signed_zip(old, manifest, [(DATA, canonical_json(data))], keys.load_or_create(s.data))
    finally:
        s.close()


def test_old_package_is_the_years_annual_plan(demo_dir: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "new-r1.khcds"
    assert cli("--data-dir", demo_dir, "export", "--year", "2024", "--out", first).code == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _as_before_identity(demo_dir, first, inbox / "11629-2024-r001.khcds")
    city = tmp_path / "city"
    assert cli("--data-dir", city, "city", "init", "--province", "31").code == 0
    r = cli("--data-dir", city, "city", "import", inbox)
    assert r.code == 0 and "Mới" in r.out, r.out + r.err
    st = json.loads(cli("--data-dir", city, "city", "status", "--year", "2024", "--json").out)
    mine = [u for u in st["units"] if u["code"] == "11629"]
    assert [(u["revision"], u["kind"]) for u in mine] == [(1, "hang_nam")]
    # the next revision, made by this program, is the same plan: it replaces the old one
    assert cli("--data-dir", demo_dir, "export", "--year", "2024", "--out", inbox / "r2.khcds").code == 0
    r = cli("--data-dir", city, "city", "import", inbox)
    assert "Bản mới hơn" in r.out, r.out
    st = json.loads(cli("--data-dir", city, "city", "status", "--year", "2024", "--json").out)
    assert [u["revision"] for u in st["units"] if u["code"] == "11629"] == [2]
    for kind in ("trien_khai", "chien_dich"):
        st = json.loads(cli("--data-dir", city, "city", "status", "--year", "2024", "--kind", kind, "--json").out)
        assert all(u["revision"] is None for u in st["units"])
