"""``[internal] employee_id_columns``: a company's own headers of an employee-number column.

Parsing (strict, like ``domains`` / ``terms``), layering (lists add up), routing to the ``pii_columns``
detector (built with the pii options and these), and the detector: a header that normalises to a configured
name is an ``employee_id`` column (category ``internal``, rule ``employee-id-column``), and
``[detectors] internal = false`` reads no employee-number column, built-in or configured.
"""
from __future__ import annotations

import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from promptscrub.config import Config, ConfigError, load_config_file, parse_config
from promptscrub.detectors.pii_columns import PiiColumnsDetector, table_kinds
from promptscrub.detectors._tables import tables
from promptscrub.restore import restore
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

COLUMNS = ["MA-Nr", "PNR", "Badge", "Ausweis-Nr"]


def employee_number(rng: random.Random) -> str:
    """A made-up employee number of the shapes companies use: E-0042137, K48213, 4471902."""
    digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 7)))
    return rng.choice(["E-", "K", "C-", "", "MA"]) + digits


def people(rng: random.Random, n: int = 3) -> list[tuple[str, str, str]]:
    """(employee number, department, city) rows: nothing else in them any detector reads."""
    depts = ["Einkauf", "Vertrieb", "Logistik", "Controlling", "IT-Betrieb"]
    cities = ["Kassel", "Ulm", "Trier", "Passau"]
    return [(employee_number(rng), rng.choice(depts), rng.choice(cities)) for _ in range(n)]


def semicolon_csv(header: str, rows: list[tuple[str, str, str]]) -> str:
    return f"{header};Abteilung;Standort\n" + "".join(f"{a};{b};{c}\n" for a, b, c in rows)


def markdown(header: str, rows: list[tuple[str, str, str]]) -> str:
    return (f"| {header} | Team | Location |\n|---|---|---|\n"
            + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in rows))


def config(doc: dict, tmp_path: Path | None = None) -> Config:
    return parse_config(doc, str((tmp_path or Path(".")) / "cfg.toml"))


def internal(values: list[str] | None = None, **extra: object) -> dict:
    doc: dict = {"internal": {"employee_id_columns": values if values is not None else COLUMNS}}
    doc.update(extra)
    return doc


def employee_cells(cfg: Config, text: str) -> list[tuple[str, str, str, str]]:
    return [(text[f.start:f.end], f.category, f.type, f.rule_id) for f in build_scrubber(cfg).find(text)
            if f.type == "EMPLOYEE_ID"]


# ------------------------------------------------------------------------------------------- parsing

def test_parsed_kept_in_order_without_duplicates(tmp_path: Path) -> None:
    cfg = config(internal(["MA-Nr", " PNR ", "MA-Nr", "Ausweis-Nr"]), tmp_path)
    assert cfg.internal.employee_id_columns == ("MA-Nr", "PNR", "Ausweis-Nr")
    assert cfg.internal.detector_options()["pii_columns"] == {"employee_id_columns": ["MA-Nr", "PNR", "Ausweis-Nr"]}


def test_absent_by_default() -> None:
    assert Config().internal.employee_id_columns == ()
    assert "pii_columns" not in Config().internal.detector_options()


@pytest.mark.parametrize(("value", "message"), [
    ("MA-Nr", "must be a list of strings"),
    ([1234], "must be a list of strings"),
    (["PNR", None], "must be a list of strings"),
    ([["PNR"]], "must be a list of strings"),
    ({"name": "PNR"}, "must be a list of strings"),
    ([""], "is not a column name"),
    (["   "], "is not a column name"),
    (["1234"], "is not a column name"),
    (["#"], "is not a column name"),
    (["x" * 65], "is not a column name"),
    (["MA\nNr"], "is not a column name"),
    (["(Nr)"], "reads as no column name"),
])
def test_strict(tmp_path: Path, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match="employee_id_columns") as exc:
        config(internal(value), tmp_path)  # type: ignore[arg-type]
    assert message in str(exc.value) and "cfg.toml" in str(exc.value)


def test_limits_accepted(tmp_path: Path) -> None:
    cfg = config(internal(["x", "N° Mitarbeiter", "a" * 64]), tmp_path)
    assert cfg.internal.employee_id_columns == ("x", "N° Mitarbeiter", "a" * 64)


def test_a_typo_in_the_key_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown key"):
        config({"internal": {"employee_id_column": ["PNR"]}}, tmp_path)


def test_layers_add_up(tmp_path: Path) -> None:
    (tmp_path / "central.toml").write_text('[internal]\nemployee_id_columns = ["MA-Nr", "PNR"]\n', encoding="utf-8")
    (tmp_path / "project.toml").write_text('[extend]\npath = "central.toml"\n\n'
                                           '[internal]\nemployee_id_columns = ["PNR", "Badge"]\n', encoding="utf-8")
    cfg = load_config_file(tmp_path / "project.toml")
    assert cfg.internal.employee_id_columns == ("MA-Nr", "PNR", "Badge")
    rng = random.Random("layers")
    for header in ("MA-Nr", "Badge"):  # one from each layer
        rows = people(rng)
        text = semicolon_csv(header, rows)
        assert [c[0] for c in employee_cells(cfg, text)] == [r[0] for r in rows]


def test_a_layer_without_the_key_keeps_the_base(tmp_path: Path) -> None:
    (tmp_path / "central.toml").write_text('[internal]\nemployee_id_columns = ["PNR"]\n', encoding="utf-8")
    (tmp_path / "project.toml").write_text('[extend]\npath = "central.toml"\n\n[internal]\nterms = ["Nightjar"]\n',
                                           encoding="utf-8")
    assert load_config_file(tmp_path / "project.toml").internal.employee_id_columns == ("PNR",)


# ---------------------------------------------------------------------------------------- end to end

@pytest.mark.parametrize("header", COLUMNS)
@pytest.mark.parametrize("form", [semicolon_csv, markdown])
def test_redacted_only_with_the_config(header: str, form) -> None:  # noqa: ANN001
    rng = random.Random(f"{header}-{form.__name__}")
    rows = people(rng)
    text = "Bitte die Liste prüfen:\n\n" + form(header, rows) + "\nDanke!\n"
    assert employee_cells(Config(), text) == []  # not a built-in header word
    found = employee_cells(config(internal()), text)
    assert found == [(r[0], "internal", "EMPLOYEE_ID", "employee-id-column") for r in rows]
    vault = Vault()
    red = build_scrubber(config(internal())).redact(text, vault)
    assert all(r[0] not in red.text for r in rows)
    assert "<EMPLOYEE_ID_1>" in red.text and header in red.text
    assert restore(red.text, vault).text == text


@pytest.mark.parametrize("header", ["ma_nr", "MA Nr", "MANr", "ma-nr (intern)", "PNR2", "AUSWEIS_NR", "badge"])
def test_headers_normalised_as_the_built_in_words(header: str) -> None:
    rng = random.Random(header)
    rows = people(rng, 2)
    text = semicolon_csv(header, rows)
    assert [c[0] for c in employee_cells(config(internal()), text)] == [r[0] for r in rows]


def test_accents_are_read_off_on_both_sides() -> None:
    rows = people(random.Random("accents"), 2)
    cfg = config(internal(["Numéro employé"]))
    for header in ("Numéro employé", "numero_employe", "NUMERO EMPLOYE"):
        assert [c[0] for c in employee_cells(cfg, markdown(header, rows))] == [r[0] for r in rows]


def test_only_an_equal_header_is_read() -> None:
    rng = random.Random("equal")
    cfg = config(internal(["PNR"]))
    for header in ("PNR Alt", "Old PNR", "PNRX", "Personal"):
        assert employee_cells(cfg, semicolon_csv(header, people(rng))) == [], header


def test_cells_keep_the_employee_number_shape() -> None:
    rng = random.Random("shape")
    good = [employee_number(rng) for _ in range(2)]
    cells = [good[0], "N/A", "unbekannt", "12", "Ä" * 5, "a-b-c-1", good[1], ""]
    text = "PNR;Abteilung;Standort\n" + "".join(f"{c};Einkauf;Ulm\n" for c in cells)
    assert [c[0] for c in employee_cells(config(internal(["PNR"])), text)] == good


def test_other_columns_of_the_table_as_before() -> None:
    """A configured header beside built-in ones: the built-in columns are read as without the config."""
    rng = random.Random("beside")
    number = employee_number(rng)
    phone = "+49 30 " + "".join(rng.choice(string.digits) for _ in range(7))
    text = f"Badge;Telefon;Abteilung\n{number};{phone};Vertrieb\n"
    without = [(f.type, text[f.start:f.end]) for f in build_scrubber(Config()).find(text)]
    with_cfg = [(f.type, text[f.start:f.end]) for f in build_scrubber(config(internal())).find(text)]
    assert ("PHONE", phone) in without and ("EMPLOYEE_ID", number) not in without
    assert sorted(with_cfg) == sorted(without + [("EMPLOYEE_ID", number)])


def test_internal_off_turns_it_off_with_the_built_in_columns() -> None:
    rng = random.Random("off")
    rows = people(rng)
    custom, builtin = semicolon_csv("MA-Nr", rows), semicolon_csv("Personalnummer", rows)
    assert len(employee_cells(config(internal()), custom)) == len(rows)
    assert len(employee_cells(Config(), builtin)) == len(rows)
    off = {"detectors": {"internal": False}}
    assert employee_cells(config(internal(**off)), custom) == []
    assert employee_cells(config(internal(**off)), builtin) == []
    assert employee_cells(config(off), builtin) == []


def test_internal_off_leaves_the_personal_data_columns() -> None:
    rng = random.Random("pii")
    number = employee_number(rng)
    phone = "0" + "".join(rng.choice(string.digits) for _ in range(10))
    text = f"MA-Nr;Telefon;Abteilung\n{number};{phone};Einkauf\n"
    scrubber = build_scrubber(config(internal(detectors={"internal": False})))
    got = [(f.type, text[f.start:f.end]) for f in scrubber.find(text)]
    assert ("PHONE", phone) in got and all(t != "EMPLOYEE_ID" for t, _ in got)


def test_routed_only_to_pii_columns() -> None:
    """build_scrubber gives pii_columns the pii options and these; the other detectors get what they got."""
    cfg = config(internal(["PNR"], pii={"phone": {"regions": ["DE"]}}))
    built = {d.name: d for d in build_scrubber(cfg).detectors}
    assert built["pii_columns"].options == {"employee_id_columns": ["PNR"]}  # type: ignore[attr-defined]
    plain_cfg = config({"pii": {"phone": {"regions": ["DE"]}}})
    plain = {d.name: getattr(d, "options", None) for d in build_scrubber(plain_cfg).detectors}
    assert {n: getattr(d, "options", None) for n, d in built.items() if n != "pii_columns"} == \
        {n: o for n, o in plain.items() if n != "pii_columns"}
    off = {d.name: d for d in build_scrubber(config(internal(["PNR"], detectors={"internal": False}))).detectors}
    assert off["pii_columns"].options == {"internal": False}  # type: ignore[attr-defined]


def test_detector_options_win_over_internal() -> None:
    rows = people(random.Random("options"), 2)
    cfg = config(internal(["PNR"], detector_options={"pii_columns": {"employee_id_columns": ["Badge"]}}))
    assert employee_cells(cfg, semicolon_csv("PNR", rows)) == []
    assert len(employee_cells(cfg, semicolon_csv("Badge", rows))) == 2


def test_no_leak_across_detectors_with_other_names() -> None:
    """table_kinds is cached per table: the configured names are part of the key."""
    rows = people(random.Random("leak"), 2)
    text = semicolon_csv("PNR", rows)
    table = tables(text)[0]
    assert table_kinds(table)[0] is None
    configured, plain, other = (PiiColumnsDetector({"employee_id_columns": ["PNR"]}), PiiColumnsDetector({}),
                                PiiColumnsDetector({"employee_id_columns": ["Badge"]}))
    for _ in range(2):  # the second round reads from the cache
        assert [text[f.start:f.end] for f in configured.detect(text)] == [r[0] for r in rows]
        assert plain.detect(text) == [] and other.detect(text) == []
        assert table_kinds(table)[0] is None


def test_bad_detector_options_are_ignored() -> None:
    text = semicolon_csv("PNR", people(random.Random("bad"), 1))
    for value in ("PNR", None, 5, [5]):
        assert PiiColumnsDetector({"employee_id_columns": value}).detect(text) == []


def test_no_new_import_without_the_key(tmp_path: Path) -> None:
    """Parsing a config without employee_id_columns does not load the table detector."""
    path = tmp_path / "cfg.toml"
    path.write_text('[internal]\ndomains = ["acme-corp.com"]\n', encoding="utf-8")
    code = ("import sys; from promptscrub.config import load_config_file; load_config_file(__import__('pathlib').Path("
            f"{str(path)!r})); print('promptscrub.detectors.pii_columns' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
