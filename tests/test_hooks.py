"""Agent hooks against recorded payloads (tests/fixtures/hooks, built from each agent's documented schema)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_subprocess import FIXTURES, promptscrub
from typer.testing import CliRunner

from promptscrub.cli import app
from promptscrub.hook_install import merged

runner = CliRunner()
HOOKS = FIXTURES / "hooks"


def hook(agent: str, fixture: str, config: Path, *extra: str):
    payload = (HOOKS / fixture).read_text()
    return runner.invoke(app, ["hook", agent, "--config", str(config), *extra], input=payload)


@pytest.mark.parametrize("agent,fixture,value", [
    ("claude-code", "claude-code.UserPromptSubmit.json", "PAY-1234"),
    ("codex", "codex.UserPromptSubmit.json", "PAY-777"),
])
def test_a_prompt_with_a_finding_is_blocked_with_types_not_values(agent: str, fixture: str, value: str, ticket_config: Path):
    r = hook(agent, fixture, ticket_config, "--block", "custom")
    assert r.exit_code == 0
    reply = json.loads(r.stdout)
    assert reply["decision"] == "block"
    assert "ACME_TICKET" in reply["reason"] and "custom" in reply["reason"]
    assert value not in r.stdout + r.stderr and "PAY-" not in r.stdout


@pytest.mark.parametrize("agent,fixture", [
    ("claude-code", "claude-code.PreToolUse.Bash.json"),
    ("claude-code", "claude-code.PreToolUse.Write.json"),
    ("codex", "codex.PreToolUse.json"),
])
def test_a_tool_call_with_a_finding_is_denied(agent: str, fixture: str, ticket_config: Path):
    r = hook(agent, fixture, ticket_config, "--block", "all")
    out = json.loads(r.stdout)["hookSpecificOutput"]
    assert out["hookEventName"] == "PreToolUse" and out["permissionDecision"] == "deny"
    assert "ACME_TICKET" in out["permissionDecisionReason"] and "PAY-" not in r.stdout


def test_gemini_denies_before_agent_and_before_tool(ticket_config: Path):
    for fixture in ("gemini.BeforeAgent.json", "gemini.BeforeTool.json"):
        r = hook("gemini", fixture, ticket_config, "--block", "custom")
        reply = json.loads(r.stdout)
        assert reply["decision"] == "deny" and "ACME_TICKET" in reply["reason"] and "PAY-" not in r.stdout
    clean = hook("gemini", "gemini.BeforeTool.clean.json", ticket_config, "--block", "all")
    assert clean.exit_code == 0 and json.loads(clean.stdout) == {}


def test_clean_prompts_other_events_and_other_categories_pass_silently(ticket_config: Path):
    assert hook("claude-code", "claude-code.UserPromptSubmit.clean.json", ticket_config, "--block", "all").stdout == ""
    assert hook("claude-code", "claude-code.PostToolUse.json", ticket_config, "--block", "all").stdout == ""
    # the default blocks secrets only; a custom ticket id does not block
    r = hook("claude-code", "claude-code.UserPromptSubmit.json", ticket_config)
    assert r.exit_code == 0 and r.stdout == ""


def test_a_bad_payload_blocks_fail_closed(isolated_home: Path):
    r = promptscrub("hook", "claude-code", home=isolated_home, input=b"not json")
    assert r.returncode == 2 and r.stdout == b"" and b"blocking to be safe" in r.stderr
    r = promptscrub("hook", "gemini", home=isolated_home, input=b'{"hook_event_name": "BeforeAgent"}')
    assert r.returncode == 2


def test_the_real_console_script_blocks(ticket_config: Path, isolated_home: Path):
    payload = (HOOKS / "claude-code.PreToolUse.Bash.json").read_bytes()
    r = promptscrub("hook", "claude-code", "--config", str(ticket_config), "--block", "custom", home=isolated_home, input=payload)
    assert r.returncode == 0 and json.loads(r.stdout)["hookSpecificOutput"]["permissionDecision"] == "deny"


# ---- install -------------------------------------------------------------------------------

def test_install_shows_a_diff_and_needs_yes_without_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    r = runner.invoke(app, ["hook", "install", "claude-code"])
    assert r.exit_code == 1 and "+++ " in r.stdout and "UserPromptSubmit" in r.stdout
    assert not (tmp_path / ".claude" / "settings.json").exists()


def test_install_preserves_settings_backs_up_and_is_idempotent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = tmp_path / ".claude" / "settings.json"
    settings.parent.mkdir()
    original = {"model": "opus", "permissions": {"allow": ["Bash(ls:*)"]},
                "hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "my-guard.sh"}]}]}}
    settings.write_text(json.dumps(original, indent=2))
    settings.chmod(0o640)
    r = runner.invoke(app, ["hook", "install", "claude-code", "--yes"])
    assert r.exit_code == 0, r.stderr
    doc = json.loads(settings.read_text())
    assert doc["model"] == "opus" and doc["permissions"] == original["permissions"]
    pre = doc["hooks"]["PreToolUse"]
    assert pre[0] == original["hooks"]["PreToolUse"][0] and "promptscrub hook claude-code" in pre[1]["hooks"][0]["command"]
    assert "promptscrub hook claude-code" in doc["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"]
    assert json.loads((settings.parent / "settings.json.promptscrub.bak").read_text()) == original
    assert settings.stat().st_mode & 0o777 == 0o640
    again = runner.invoke(app, ["hook", "install", "claude-code", "--yes"])
    assert "already installed" in again.stdout and json.loads(settings.read_text()) == doc


def test_install_refuses_a_file_that_is_not_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = tmp_path / ".gemini" / "settings.json"
    settings.parent.mkdir()
    settings.write_text("{ broken")
    r = runner.invoke(app, ["hook", "install", "gemini", "--yes"])
    assert r.exit_code == 2 and settings.read_text() == "{ broken"


@pytest.mark.parametrize("agent,events,path", [
    ("codex", ("UserPromptSubmit", "PreToolUse"), ".codex/hooks.json"),
    ("gemini", ("BeforeAgent", "BeforeTool"), ".gemini/settings.json"),
])
def test_install_for_codex_and_gemini(agent: str, events: tuple[str, str], path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["hook", "install", agent, "--scope", "project", "--yes"])
    assert r.exit_code == 0, r.stderr
    doc = json.loads((tmp_path / path).read_text())
    for event in events:
        assert f"promptscrub hook {agent}" in doc["hooks"][event][-1]["hooks"][0]["command"]


def test_reinstalling_with_other_options_replaces_our_entry():
    first = merged({}, "claude-code", "python -m promptscrub hook claude-code")
    second = merged(first, "claude-code", "python -m promptscrub hook claude-code --block all")
    assert len(second["hooks"]["UserPromptSubmit"]) == 1
    assert second["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"].endswith("--block all")
