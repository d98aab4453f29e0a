"""Exports of an estimate: CSV (one output per row, raw values) for spreadsheets."""

from __future__ import annotations

import json
from typing import Any, Mapping

from ._encode import csv_row
from ._render import format_output, lookup_output, output_names

__all__ = ["to_csv"]


def to_csv(est: Mapping[str, Any]) -> str:
    """Rows of output name, raw value and rendered text, after the edition and model version."""
    # csv_row writes what csv.writer(lineterminator="\n") does, without importing csv (_encode.py).
    rows = [csv_row(["name", "value", "text"]),
            csv_row(["edition", est["edition"], est["edition"]]),
            csv_row(["model_version", est["model_version"], est["model_version"]])]
    for name in output_names(est):
        value = lookup_output(est, name)
        raw = "" if value is None else (json.dumps(value) if isinstance(value, list) else value)
        rows.append(csv_row([name, raw, format_output(name, value)]))
    for key, value in est["scenario"].items():
        rows.append(csv_row([f"scenario.{key}", value, value]))
    return "".join(rows)
