"""Reading the unit data bundled with the ``vietnamadminunits`` package, offline.

The package's own API parses addresses and may geocode over the network; the reference
loaders only need its tables, so they read the bundled SQLite database and conversion JSON
directly. Everything here is plain Python data: no RDF, no naming rules.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bomay.errors import LoadError

PACKAGE = "vietnamadminunits"


@dataclass(frozen=True)
class RawUnit:
    """One unit as the package's tables hold it (names exactly as written there)."""

    code: str
    name: str  # full name with its type word, e.g. "Phường Bến Nghé"
    short: str  # name without the type word, e.g. "Bến Nghé"
    type_word: str  # "Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn", "Đặc khu"
    level: str  # "province" | "district" | "commune"
    parent_code: str | None
    province_code: str
    key: str  # the package's folded key, used by the conversion table
    lat: float | None = None
    lon: float | None = None
    area_km2: float | None = None


@dataclass(frozen=True)
class RawShare:
    """Territory of an old unit that went into a new one on 2025-07-01."""

    old_code: str
    old_level: str  # "commune", or "district" for the five island districts without wards
    new_code: str
    whole: bool


@dataclass(frozen=True)
class RawData:
    old_units: tuple[RawUnit, ...]  # provinces, districts, communes before 2025-07-01
    new_units: tuple[RawUnit, ...]  # provinces and communes from 2025-07-01
    province_sources: dict[str, tuple[str, ...]]  # new province code -> old province codes
    commune_shares: tuple[RawShare, ...]


def _data_dir() -> Path:
    try:
        return Path(str(resources.files(PACKAGE).joinpath("data")))
    except ModuleNotFoundError as exc:
        raise LoadError(f"the {PACKAGE} package is not installed; reinstall bomay") from exc


COMMUNE_TYPE_WORDS = ("Phường", "Xã", "Thị trấn", "Đặc khu")


def _commune_name_and_type(full: str, type_word: str) -> tuple[str, str]:
    """Name and type of a commune; the name's own type word wins over the type column.

    Twelve rows disagree (e.g. "Phường 5" typed "Xã", "Thị Trấn Prao"): the name is what the
    resolutions use, so its type word, in the usual case, decides.
    """
    for word in COMMUNE_TYPE_WORDS:
        if full.lower().startswith(word.lower() + " "):
            return word + full[len(word):], word
    return full, type_word


def _canonical_name(full: str, type_word: str) -> str:
    """The full name with its type word in the usual case: "Thị Xã Phú Mỹ" -> "Thị xã Phú Mỹ"."""
    if full.lower().startswith(type_word.lower() + " "):
        return type_word + full[len(type_word):]
    return full


def _type_word(full: str, short: str) -> str:
    """The type word of a full name: "Thành phố Thủ Đức" with short "Thủ Đức" -> "Thành phố"."""
    if short and full.endswith(short):
        return full[: len(full) - len(short)].strip()
    return full.split(" ", 1)[0]


@lru_cache(maxsize=1)
def load_raw() -> RawData:
    """Both eras, the province mapping and the commune conversion, read once per process."""
    folder = _data_dir()
    db_path, json_path = folder / "dataset.db", folder / "converter_2025.json"
    for path in (db_path, json_path):
        if not path.is_file():
            raise LoadError(f"{path}: missing from the {PACKAGE} package; reinstall it")
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        old_units, old_keys = _old_units(con)
        new_units, new_keys, new_province_keys = _new_units(con)
    finally:
        con.close()
    conv = json.loads(json_path.read_text(encoding="utf-8"))
    old_province_by_key = {u.key: u.code for u in old_units if u.level == "province"}
    province_sources = {
        new_province_keys[new_key]: tuple(old_province_by_key[k] for k in olds)
        for new_key, olds in conv["DICT_PROVINCE"].items()
    }
    shares: list[RawShare] = []
    for pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            for old in olds:
                code, level = old_keys[old.rstrip("_")]
                shares.append(RawShare(code, level, new_keys[(pkey, wkey)], True))
    for pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            code, level = old_keys[old.rstrip("_")]
            for target in targets:
                shares.append(RawShare(code, level, new_keys[(pkey, target["newWardKey"])], False))
    return RawData(tuple(old_units), tuple(new_units), province_sources, tuple(shares))


def _old_units(con: sqlite3.Connection) -> tuple[list[RawUnit], dict[str, tuple[str, str]]]:
    rows = con.execute(
        "SELECT province, provinceShort, provinceCode, provinceKey, provinceLat, provinceLon, "
        "district, districtShort, districtType, districtCode, districtKey, districtLat, districtLon, "
        "ward, wardShort, wardType, wardCode, wardKey, wardLat, wardLon "
        "FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
    ).fetchall()
    units: dict[str, RawUnit] = {}
    keys: dict[str, tuple[str, str]] = {}
    for (prov, prov_short, pcode, pkey, plat, plon, dist, dist_short, dist_type, dcode, dkey, dlat, dlon,
         ward, ward_short, ward_type, wcode, wkey, wlat, wlon) in rows:
        pid, did = f"p{pcode}", f"d{dcode}"
        if pid not in units:
            units[pid] = RawUnit(pcode, prov, prov_short, _type_word(prov, prov_short), "province", None,
                                 pcode, pkey, plat, plon)
        if did not in units:
            units[did] = RawUnit(dcode, _canonical_name(dist, dist_type), dist_short, dist_type, "district", pcode,
                                 pcode, dkey, dlat, dlon)
            keys[f"{pkey}_{dkey}"] = (dcode, "district")
        if wcode:
            name, word = _commune_name_and_type(ward, ward_type)
            units[f"w{wcode}"] = RawUnit(wcode, name, ward_short, word, "commune", dcode, pcode, wkey, wlat, wlon)
            keys[f"{pkey}_{dkey}_{wkey}"] = (wcode, "commune")
    return list(units.values()), keys


def _new_units(con: sqlite3.Connection) -> tuple[list[RawUnit], dict[tuple[str, str], str], dict[str, str]]:
    rows = con.execute(
        "SELECT province, provinceShort, provinceCode, provinceKey, provinceLat, provinceLon, "
        "ward, wardShort, wardType, wardCode, wardKey, wardLat, wardLon, wardAreaKm2 "
        "FROM admin_units ORDER BY provinceCode, wardCode"
    ).fetchall()
    units: dict[str, RawUnit] = {}
    keys: dict[tuple[str, str], str] = {}
    province_keys: dict[str, str] = {}
    for prov, prov_short, pcode, pkey, plat, plon, ward, ward_short, ward_type, wcode, wkey, wlat, wlon, area in rows:
        pid = f"p{pcode}"
        if pid not in units:
            units[pid] = RawUnit(pcode, prov, prov_short, _type_word(prov, prov_short), "province", None,
                                 pcode, pkey, plat, plon)
            province_keys[pkey] = pcode
        name, word = _commune_name_and_type(ward, ward_type)
        units[f"w{wcode}"] = RawUnit(wcode, name, ward_short, word, "commune", pcode, pcode, wkey, wlat, wlon, area)
        keys[(pkey, wkey)] = wcode
    return list(units.values()), keys, province_keys
