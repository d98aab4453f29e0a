"""The command line, `python -m calc`: exit codes, output formats and error lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import calc
from calc._cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m calc ARGS` in a fresh interpreter from the repository root."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "calc", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        encoding="utf-8", timeout=120, check=False,
    )


# --- estimate --------------------------------------------------------------------------------


def test_estimate_table_shows_worked_example():
    """The default table prints the worked example's totals, break-even and latency (the methodology page lists the outputs)."""
    proc = run_cli("estimate", "--edition", "2026-11")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = proc.stdout
    assert "$15,762.90" in out  # rag tco
    assert "$22,340.00" in out  # finetune tco
    assert "$38,611.70" in out  # hybrid tco
    assert "$1,948.80" in out  # rag generation
    assert "1,362,885" in out  # break-even volume
    assert "229 ms" in out  # added latency of retrieval: 150 + 15 + 64
    assert "Cheapest: RAG" in out
    assert "edition=2026-11" in out


def test_estimate_json_equals_calc_estimate():
    """--format json prints exactly calc.estimate of the same scenario."""
    proc = run_cli("estimate", "queries_per_month=250000", "months=24", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    expected = calc.estimate(calc.build_scenario([("queries_per_month", "250000"), ("months", "24")]))
    assert json.loads(proc.stdout) == expected


def test_estimate_json_keeps_key_order(capsys):
    """The JSON output keeps the documented key order (sort_keys=False) and ends with a newline."""
    assert main(["estimate", "--format", "json"]) == 0
    text = capsys.readouterr().out
    assert text.endswith("}\n")
    assert list(json.loads(text)) == list(calc.estimate(calc.build_scenario({})))


def test_estimate_markdown_has_table_and_permalink(capsys):
    """--format markdown prints a Markdown table and the permalink query of the scenario."""
    assert main(["estimate", "queries_per_month=250000", "--format", "markdown", "--edition", "2026-11"]) == 0
    out = capsys.readouterr().out
    query = calc.build_scenario([("queries_per_month", "250000")], edition="2026-11").query()
    assert query == "edition=2026-11&queries_per_month=250000"
    assert query in out
    assert "|---" in out
    table_lines = [line for line in out.splitlines() if line.startswith("|")]
    assert len(table_lines) >= 3
    assert all(line.endswith("|") for line in table_lines)


def test_estimate_markdown_base_url(capsys):
    """--base-url puts the site address before the permalink in the Markdown output."""
    assert main(["estimate", "--format", "markdown", "--base-url", "https://example.org/", "--edition", "2026-11"]) == 0
    assert "https://example.org/calculator/?edition=2026-11" in capsys.readouterr().out


def test_estimate_preset_and_edition(capsys):
    """--preset and --edition reach the scenario: the table names the preset and the query carries both."""
    preset = next(iter(calc.EDITIONS[calc.LATEST_EDITION].presets))
    assert main(["estimate", "--preset", preset, "--edition", calc.LATEST_EDITION]) == 0
    out = capsys.readouterr().out
    assert f"preset {preset}" in out
    assert f"edition={calc.LATEST_EDITION}&preset={preset}" in out


def test_estimate_field_values_change_the_numbers(capsys):
    """A field=value word changes the estimate: retrains_per_year=0 makes fine-tuning $8,165.00 (golden case)."""
    assert main(["estimate", "retrains_per_year=0", "--edition", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "$8,165.00" in out
    assert "Cheapest: Fine-tuning" in out


def test_bad_fields_exit_2_with_one_line_each():
    """Bad values exit 2 with one 'error: <field>: ...' line per field on stderr and no traceback."""
    proc = run_cli("estimate", "months=2.5", "serving=API", "queries_per_month=nan")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3, proc.stderr
    assert sorted(line.split(":")[1].strip() for line in lines) == ["months", "queries_per_month", "serving"]
    assert all(line.startswith("error: ") for line in lines)
    assert "Traceback" not in proc.stderr


def test_malformed_word_and_bad_field_reported_together(capsys):
    """A word without '=' and a bad field are both reported, each on its own line."""
    assert main(["estimate", "queries_per_month", "months=0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "error: queries_per_month: expected name=value (for example queries_per_month=250000)",
        err[1],
    ]
    assert err[1].startswith("error: months: ")


def test_unknown_preset_and_edition_are_errors(capsys):
    """An unknown edition or preset exits 2 and names it."""
    assert main(["estimate", "--edition", "1999-01"]) == 2
    assert capsys.readouterr().err.startswith("error: edition: ")
    assert main(["estimate", "--preset", "no-such-preset"]) == 2
    assert capsys.readouterr().err.startswith("error: preset: ")


def test_field_given_twice_is_an_error(capsys):
    """The same field twice on the command line exits 2 naming it."""
    assert main(["estimate", "months=12", "months=24"]) == 2
    assert capsys.readouterr().err.startswith("error: months: ")


def test_unknown_field_is_a_warning_not_an_error(capsys):
    """An unknown field does not fail (old permalinks keep working); the table shows the warning."""
    assert main(["estimate", "no_such_field=1", "--edition", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "Warning: unknown parameter 'no_such_field'" in out
    assert "$15,762.90" in out


def test_bad_option_exits_2(capsys):
    """An unknown --format exits 2 with usage and an error line, without raising SystemExit."""
    assert main(["estimate", "--format", "xml"]) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "error: " in err


def test_missing_command_exits_2(capsys):
    """No subcommand is a usage error (exit 2)."""
    assert main([]) == 2
    assert "error: " in capsys.readouterr().err


def test_help_exits_0():
    """--help prints usage listing every subcommand and exits 0."""
    proc = run_cli("--help")
    assert proc.returncode == 0
    for command in ("estimate", "figures", "presets", "fields", "decide"):
        assert command in proc.stdout


# --- figures, presets, fields ------------------------------------------------------------------


def test_figures_lists_every_figure_with_source_and_date():
    """`figures` prints one line per figure with its id, unit, kind, confidence, date and source."""
    proc = run_cli("figures")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["id", "value", "unit", "kind", "confidence", "date", "source"]
    assert len(lines) == 1 + len(calc.FIGURES)
    for line, fig in zip(lines[1:], calc.FIGURES.values()):
        assert line.startswith(fig.id + " ")
        for part in (fig.unit, fig.kind, fig.confidence, fig.as_of, fig.source):
            assert part in line, (fig.id, part)


def test_figures_json_and_category(capsys):
    """`figures --format json --category gpu_prices` lists only that category, with value and source."""
    assert main(["figures", "--format", "json", "--category", "gpu_prices"]) == 0
    records = json.loads(capsys.readouterr().out)
    expected = [f for f in calc.FIGURES.values() if f.category == "gpu_prices"]
    assert [r["id"] for r in records] == [f.id for f in expected]
    for record, fig in zip(records, expected):
        assert record["value"] == fig.value and record["source"] == fig.source and record["as_of"] == fig.as_of


def test_figures_unknown_category_exits_2(capsys):
    """An unknown category exits 2 naming it."""
    assert main(["figures", "--category", "nope"]) == 2
    assert capsys.readouterr().err.startswith("error: category: ")


def test_presets_lists_name_kind_title(capsys):
    """`presets` lists every preset of the edition with its kind and title."""
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    presets = calc.EDITIONS[calc.LATEST_EDITION].presets.values()
    for preset in presets:
        line = next(line for line in out.splitlines() if line.startswith(preset.name + " "))
        assert preset.kind in line and preset.title in line


def test_presets_json(capsys):
    """`presets --format json` gives name, kind, title and values for each preset."""
    assert main(["presets", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in records] == list(calc.EDITIONS[calc.LATEST_EDITION].presets)
    assert all({"name", "kind", "title", "values"} <= set(r) for r in records)


def test_fields_lists_every_field_and_answer(capsys):
    """`fields` names every scenario field and decision answer."""
    assert main(["fields"]) == 0
    out = capsys.readouterr().out
    for field in (*calc.FIELDS, *calc.ANSWER_FIELDS):
        assert f"\n{field.name} " in out, field.name


# --- decide ------------------------------------------------------------------------------------


def test_decide_prints_recommendation_reasons_and_risks():
    """`decide` with answers prints a recommendation, the reasons with their links, and the risks."""
    proc = run_cli("decide", "knowledge_change=weekly", "needs_citations=yes", "stage=production")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("Recommendation: ")
    assert "Reasons:" in out and "Risks:" in out
    assert "(see guide/#" in out or "(see faq/#" in out
    assert "knowledge_change=weekly" in out  # the permalink query carries the answers


def test_decide_json(capsys):
    """`decide --format json` gives the recommendation, reasons and risks as JSON."""
    assert main(["decide", "behaviour_need=strict", "labelled_examples=20000", "ml_capacity=strong",
                 "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["recommendation"] in ("rag", "finetune", "hybrid")
    assert isinstance(record["reasons"], list) and record["reasons"]
    assert isinstance(record["risks"], list)
    assert record["answered"]["labelled_examples"] == 20000


def test_decide_bad_answers_exit_2():
    """Bad answer words exit 2 with one error line per answer and no traceback."""
    proc = run_cli("decide", "knowledge_change=daily", "stage=beta", "labelled_examples=-1")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert sorted(line.split(":")[1].strip() for line in lines) == ["knowledge_change", "labelled_examples", "stage"]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("argv", [["estimate"], ["figures"], ["presets"], ["fields"], ["decide"]])
def test_every_command_succeeds_through_main(argv, capsys):
    """Every subcommand returns 0 through main() and prints something."""
    assert main(argv) == 0
    assert capsys.readouterr().out.strip()
