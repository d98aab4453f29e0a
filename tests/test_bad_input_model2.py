"""Bad values of model 2's fields: each error names the field, the value received and the allowed
range, in ``build_scenario``, on the command line (exit 2, one ``error:`` line per field) and in the
browser worker's reply; a fine-tuned prompt longer than the base prompt is a warning, not an error."""

from __future__ import annotations

import json

import pytest

import calc
from calc._cli import main
from calc.browser import handle

# (field, value, the allowed range as the message states it)
BAD = [
    ("cached_prompt_share", "1.5", "0 to 1 share"),
    ("cached_prompt_share", "-0.1", "0 to 1 share"),
    ("cached_prompt_share", "nan", "0 to 1 share"),
    ("cached_prompt_share", "inf", "0 to 1 share"),
    ("cached_prompt_share", "abc", "0 to 1 share"),
    ("ft_prompt_tokens", "-1", "0 to 1e6 tokens"),
    ("ft_prompt_tokens", "-0.5", "0 to 1e6 tokens"),
    ("context_window_tokens", "100000001", "0 to 1e8 (a whole number)"),
    ("context_window_tokens", "1e400", "0 to 1e8 (a whole number)"),
    ("context_window_tokens", "131072.5", "0 to 1e8 (a whole number)"),
    ("context_window_tokens", "-1", "0 to 1e8 (a whole number)"),
]
_IDS = [f"{name}={value}" for name, value, _ in BAD]


@pytest.mark.parametrize(("name", "value", "allowed"), BAD, ids=_IDS)
def test_scenario_error_names_field_value_and_range(name: str, value: str, allowed: str):
    """build_scenario raises one error for the field, quoting the value and the allowed range."""
    with pytest.raises(calc.ValidationError) as info:
        calc.build_scenario({name: value}, edition="2026-12")
    [error] = info.value.errors
    assert error.field == name
    assert error.value == value
    assert f"'{value}'" in error.message
    assert f"allowed: {allowed}" in error.message
    assert str(error).startswith(f"{name}: ")


@pytest.mark.parametrize(("name", "value", "allowed"), BAD, ids=_IDS)
def test_cli_error_names_field_value_and_range(name: str, value: str, allowed: str, capsys):
    """`python -m calc estimate name=value` exits 2 with one error line naming all three, nothing on stdout."""
    assert main(["estimate", f"{name}={value}"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"error: {name}: '{value}' ")
    assert f"allowed: {allowed}" in lines[0]


def test_every_bad_model2_field_is_reported_at_once(capsys):
    """Three bad model-2 fields in one command give three error lines, one per field."""
    assert main(["estimate", "cached_prompt_share=nan", "ft_prompt_tokens=-3", "context_window_tokens=1e9"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert sorted(line.split(":")[1].strip() for line in lines) == [
        "cached_prompt_share", "context_window_tokens", "ft_prompt_tokens"]


@pytest.mark.parametrize(("name", "value", "allowed"), BAD[:6], ids=_IDS[:6])
def test_worker_reply_names_field_value_and_range(name: str, value: str, allowed: str):
    """The browser worker answers ok: false with the same field, value and message."""
    reply = json.loads(handle(json.dumps({"type": "estimate", "params": [[name, value]]})))
    assert reply["ok"] is False
    [error] = reply["errors"]
    assert error["field"] == name and error["value"] == value and f"allowed: {allowed}" in error["message"]


@pytest.mark.parametrize("value", ["0", "1", "100000000"])
def test_context_window_ends_are_accepted(value: str):
    """A window of 0 or of the 1e8 maximum is valid; 0 leaves long context infeasible, with the reason."""
    est = calc.estimate(calc.build_scenario({"context_window_tokens": value, "corpus_tokens": "1000"}))
    assert est["scenario"]["context_window_tokens"] == int(value)
    # 1,000 corpus tokens + the default 500-token prompt = 1,500 tokens
    assert est["long_context"]["feasible"] is (1500 <= int(value))
    assert (est["long_context"]["infeasible_reason"] is None) is (1500 <= int(value))


def test_ft_prompt_longer_than_prompt_is_a_warning(capsys):
    """ft_prompt_tokens above prompt_tokens is priced as asked, with a warning naming both values."""
    scenario = calc.build_scenario({"ft_prompt_tokens": "900", "prompt_tokens": "500"}, edition="2026-12")
    [warning] = scenario.warnings
    assert "ft_prompt_tokens (900)" in warning and "prompt_tokens (500)" in warning
    est = calc.estimate(scenario)
    assert est["warnings"] == [warning]
    assert est["scenario"]["ft_prompt_tokens"] == 900
    # the CLI prints it and succeeds: in the table, and on stderr for decide
    assert main(["estimate", "ft_prompt_tokens=900", "prompt_tokens=500"]) == 0
    assert f"Warning: {warning}" in capsys.readouterr().out
    assert main(["decide", "ft_prompt_tokens=900", "prompt_tokens=500"]) == 0
    assert f"warning: {warning}" in capsys.readouterr().err


def test_ft_prompt_equal_to_prompt_is_not_a_warning():
    """The fine-tuned model may be sent the whole prompt: equal lengths give no warning."""
    assert calc.build_scenario({"ft_prompt_tokens": "500", "prompt_tokens": "500"}).warnings == ()
