"""`scan --format sarif`: SARIF 2.1.0, checked against the schema's required structure by hand.

The OASIS schema file is not vendored (its licence is the OASIS IPR policy, not an open-source
licence), so this test encodes the parts of sarif-schema-2.1.0.json our output uses: required
properties, enums, minimums and — as the schema's ``additionalProperties: false`` demands — the
allowed property names of every object we emit.
"""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from promptscrub.cli import app

runner = CliRunner()

ALLOWED = {
    "sarifLog": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
            "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
            "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
            "specialLocations", "properties"},
    "tool": {"driver", "extensions", "properties"},
    "toolComponent": {"guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName",
                      "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
                      "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
                      "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                      "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"},
    "reportingDescriptor": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
                            "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"},
    "reportingConfiguration": {"enabled", "level", "rank", "parameters", "properties"},
    "multiformatMessageString": {"text", "markdown", "properties"},
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
               "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
               "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
               "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"},
    "message": {"text", "markdown", "id", "arguments", "properties"},
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"},
    "physicalLocation": {"address", "artifactLocation", "region", "contextRegion", "properties"},
    "artifactLocation": {"uri", "uriBaseId", "index", "description", "properties"},
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength",
               "snippet", "message", "sourceLanguage", "properties"},
    "artifactContent": {"text", "binary", "rendered", "properties"},
}
LEVELS = {"none", "note", "warning", "error"}


def keys(obj: dict, kind: str) -> None:
    assert isinstance(obj, dict), kind
    extra = set(obj) - ALLOWED[kind]
    assert not extra, f"{kind} has properties the schema forbids: {extra}"


def check_sarif(doc: dict) -> None:
    keys(doc, "sarifLog")
    assert doc["version"] == "2.1.0" and isinstance(doc["runs"], list)
    for run in doc["runs"]:
        keys(run, "run")
        keys(run["tool"], "tool")
        driver = run["tool"]["driver"]
        keys(driver, "toolComponent")
        assert isinstance(driver["name"], str) and driver["name"]
        assert run.get("columnKind") in (None, "utf16CodeUnits", "unicodeCodePoints")
        for base in run.get("originalUriBaseIds", {}).values():
            keys(base, "artifactLocation")
        rules = driver.get("rules", [])
        assert len({r["id"] for r in rules}) == len(rules)
        for rule in rules:
            keys(rule, "reportingDescriptor")
            assert isinstance(rule["id"], str)
            for d in ("shortDescription", "fullDescription"):
                if d in rule:
                    keys(rule[d], "multiformatMessageString")
                    assert isinstance(rule[d]["text"], str)
            if "defaultConfiguration" in rule:
                keys(rule["defaultConfiguration"], "reportingConfiguration")
                assert rule["defaultConfiguration"].get("level", "warning") in LEVELS
        for res in run["results"]:
            keys(res, "result")
            keys(res["message"], "message")
            assert "text" in res["message"] or "id" in res["message"]
            assert res.get("level", "warning") in LEVELS
            if "ruleIndex" in res:
                assert isinstance(res["ruleIndex"], int) and res["ruleIndex"] >= -1
                assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            assert all(isinstance(v, str) for v in res.get("partialFingerprints", {}).values())
            for loc in res["locations"]:
                keys(loc, "location")
                phys = loc["physicalLocation"]
                keys(phys, "physicalLocation")
                assert "artifactLocation" in phys or "address" in phys
                keys(phys["artifactLocation"], "artifactLocation")
                region = phys["region"]
                keys(region, "region")
                for k in ("startLine", "startColumn", "endLine", "endColumn"):
                    assert isinstance(region[k], int) and region[k] >= 1
                assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])
                keys(region["snippet"], "artifactContent")


def test_sarif_is_valid_and_never_quotes_a_value(ticket_config: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text("first line\nsee PAY-1234 and PAY-98765 — ünïcode PAY-555\n", encoding="utf-8")
    (tmp_path / "src" / "b c.txt").write_text("PAY-4242", encoding="utf-8")
    r = runner.invoke(app, ["scan", "src", "--format", "sarif", "--config", str(ticket_config)])
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    check_sarif(doc)
    results = doc["runs"][0]["results"]
    assert len(results) == 4
    for value in ("PAY-1234", "PAY-98765", "PAY-555", "PAY-4242"):
        assert value not in r.stdout
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"] == {"uri": "src/a.txt", "uriBaseId": "%SRCROOT%"}
    assert first["region"]["startLine"] == 2 and first["region"]["startColumn"] == 5 and first["region"]["endColumn"] == 13
    assert first["region"]["snippet"]["text"] == "see <ACME_TICKET> and <ACME_TICKET> — ünïcode <ACME_TICKET>"
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in results}
    assert "src/b%20c.txt" in uris


def test_sarif_with_nothing_found_is_valid(ticket_config: Path, tmp_path: Path):
    (tmp_path / "a.txt").write_text("nothing\n")
    r = runner.invoke(app, ["scan", str(tmp_path / "a.txt"), "--format", "sarif", "--config", str(ticket_config)])
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    check_sarif(doc)
    assert doc["runs"][0]["results"] == []


def test_pre_commit_hook_definition():
    text = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text()
    for line in ("- id: promptscrub", "entry: promptscrub scan", "language: python", "types: [text]"):
        assert line in text
