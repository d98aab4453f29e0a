"""The calculator's first inputs are chosen by the model: KEY_FIELDS holds the workload's size (volume,
corpus) and the inputs whose ranges move the default scenario's answer most."""

from __future__ import annotations

from calc import build_scenario
from calc._fields import FIELD_BY_NAME, KEY_FIELDS
from calc._render_pages import render_calculator
from calc._uncertainty import uncertainty

READER_KNOWS = ("queries_per_month", "corpus_tokens")  # the workload's size, which a reader knows


def test_key_fields_are_the_largest_drivers_of_the_default_answer() -> None:
    """Recomputed here: the one-at-a-time swing of the margin between the two cheapest approaches,
    for the default scenario; the key fields other than the workload's size are among its top six."""
    drivers = uncertainty(build_scenario({}), draws=10)["drivers"]
    top = [d["field"] for d in drivers[:6]]
    chosen = [f for f in KEY_FIELDS if f not in READER_KNOWS]
    assert len(chosen) == 4 and all(f in top for f in chosen), (chosen, top)
    assert all(f in KEY_FIELDS for f in READER_KNOWS)
    assert all(f in FIELD_BY_NAME for f in KEY_FIELDS)


def test_form_puts_questions_and_key_fields_first_and_folds_the_rest() -> None:
    html = render_calculator()
    form = html[html.index('<form id="rvf-form"'):html.index("</form>")]
    first_fold = form.index("<details")
    assert form.index('data-group="decision"') < form.index('data-group="key"') < first_fold
    for name in KEY_FIELDS:
        assert form.index(f'id="rvf-f-{name}"') < first_fold, name
        assert form.count(f'id="rvf-f-{name}"') == 1, name
    assert form.count('<details class="rvf-group rvf-fold"') >= 5
    assert form.count('class="rvf-changed"') == form.count('<details class="rvf-group rvf-fold"')
