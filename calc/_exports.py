"""Exports of an estimate: CSV (one output per row, raw values) for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Mapping

from ._render import format_output, lookup_output, output_names

__all__ = ["to_csv"]


def to_csv(est: Mapping[str, Any]) -> str:
    """Rows of output name, raw value and rendered text, after the edition and model version."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["name", "value", "text"])
    writer.writerow(["edition", est["edition"], est["edition"]])
    writer.writerow(["model_version", est["model_version"], est["model_version"]])
    for name in output_names(est):
        value = lookup_output(est, name)
        raw = "" if value is None else (json.dumps(value) if isinstance(value, list) else value)
        writer.writerow([name, raw, format_output(name, value)])
    for key, value in est["scenario"].items():
        writer.writerow([f"scenario.{key}", value, value])
    return buf.getvalue()
