"""Claims checked: every seed claim has a declared sweep and a computed verdict (calc/_claim_checks.py, _claim_sweep.py, _claim_page.py).

Expected numbers are worked out by hand from the model's formulas (the methodology page) and the
figures' values, typed here; they are never read back from calc's output.
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
from html.parser import HTMLParser

import pytest

from calc import _claims
from calc._catalogue import CLAIMS, FIGURE_BY_ID
from calc._fields import FIELD_BY_NAME

OUTSIDE = {"claim.labelled_examples", "claim.update_time_rag", "claim.hybrid_hallucination_reduction"}


def _point(claim_id: str, part: str | None = None, **settings: str) -> tuple[tuple[str, str], ...]:
    """The parameters of the one sweep point of a claim with the given axis settings."""
    check = _claims.CHECK_BY_ID[claim_id]
    found = [
        p for p in _claims.sweep_points(check)
        if (part is None or p.part == part) and all((k, v) in p.settings for k, v in settings.items())
    ]
    assert len(found) == 1, f"{claim_id} {settings}: {len(found)} points match"
    return found[0].params


def _result(results: list[_claims.ClaimResult], claim_id: str) -> _claims.ClaimResult:
    return next(r for r in results if r.claim_id == claim_id)


# --- coverage and declarations -------------------------------------------------------------------


def test_every_claim_has_exactly_one_check() -> None:
    """Each claim of CLAIMS has a ClaimCheck and no check names an unknown claim."""
    assert sorted(_claims.CHECK_BY_ID) == sorted(c.id for c in CLAIMS)
    assert len(_claims.CHECKS) == len(CLAIMS)


def test_check_claims_returns_one_result_per_claim_in_order() -> None:
    """check_claims() gives one result per claim, in the order of the claims table."""
    results = _claims.check_claims()
    assert [r.claim_id for r in results] == [c.id for c in CLAIMS]
    assert [r.text for r in results] == [c.text for c in CLAIMS]


def test_sweeps_are_declared_bounded_and_evaluated_in_full() -> None:
    """Each testable claim has a sweep of at most 200 points per part, and every point is evaluated."""
    results = {r.claim_id: r for r in _claims.check_claims()}
    for check in _claims.CHECKS:
        if check.claim_id in OUTSIDE:
            assert check.metric is None and check.sweeps == ()
            continue
        assert check.metric is not None and check.sweeps, check.claim_id
        assert all(1 < s.size() <= 200 for s in check.sweeps), check.claim_id
        expected = sum(s.size() for s in check.sweeps)
        assert len(_claims.sweep_points(check)) == expected
        assert results[check.claim_id].n_points == expected


def test_no_price_is_typed_into_a_sweep() -> None:
    """Every swept or fixed value of a money field comes from a figure (fig:<id>), never a typed number."""
    for check in _claims.CHECKS:
        for sweep in check.sweeps:
            pairs = list(sweep.base) + [(a.name, v) for a in sweep.axes for v in a.values]
            for name, value in pairs:
                if name in FIELD_BY_NAME and FIELD_BY_NAME[name].unit.startswith("USD"):
                    assert value.startswith("fig:"), f"{check.claim_id}: {name}={value} is typed"
                if value.startswith("fig:"):
                    assert value[4:].partition("@")[0] in FIGURE_BY_ID, value


def test_outside_claims_say_why() -> None:
    """Labelled-data, re-index-time and hallucination claims are 'outside the model' with a reason."""
    for r in _claims.check_claims():
        if r.claim_id in OUTSIDE:
            assert r.verdict == "outside" and r.verdict_text == "outside the model"
            assert r.share is None and r.n_points == 0 and r.model_min is None
            assert len(r.outside_reason) > 60
        else:
            assert r.verdict != "outside" and r.share is not None


# --- verdict rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "verdict"),
    [(1.0, "supported"), (0.8, "supported"), (0.5, "conditional"), (1e-9, "conditional"),
     (0.0, "not-supported")],
)
def test_classify_follows_the_share_rule(share: float, verdict: str) -> None:
    """share >= 0.8 supported; 0 < share < 0.8 conditional; 0 not supported."""
    assert _claims.classify(share) == verdict


def test_classify_rejects_a_share_outside_zero_to_one() -> None:
    """A share below 0 or above 1 is a bug, not a verdict."""
    with pytest.raises(ValueError):
        _claims.classify(1.5)
    with pytest.raises(ValueError):
        _claims.classify(-0.1)


def test_verdict_agrees_with_share_and_range() -> None:
    """Each result's verdict is classify(share), and n_in_range / n_points is the share."""
    for r in _claims.check_claims():
        if r.verdict == "outside":
            continue
        assert r.share == r.n_in_range / r.n_points
        assert r.verdict == _claims.classify(r.share)
        assert r.model_min is not None and r.model_max is not None and r.model_min <= r.model_max
        if r.verdict == "conditional":
            assert r.holds_where


# --- hand computations (the methodology page's formulas) ------------------------------------------


def test_full_70b_cycle_on_aws_p5_by_hand() -> None:
    """Full 70B, 5,000 x 1,000 tokens x 3 epochs, MFU 0.30, AWS p5 at $6.88: 3 runs x (C + 24) x 6.88."""
    params = _point("claim.full_ft_70b_cycle", gpu="gpu-h100-aws-p5",
                    train_examples="fig:assume.train_examples", mfu="fig:assume.mfu@low")
    tokens = 5000 * 1000 * 3  # examples x tokens/example x epochs
    flops = 6 * 70e9 * tokens  # 6.3e18
    memory_gb = 70e9 * 16 / 1e9 * 1.2  # 1,344 GB
    needed = math.ceil(memory_gb / (0.9 * 80))  # 19 GPUs
    gpus = math.ceil(needed / 8) * 8  # whole p5 instances: 24
    compute = flops / (989e12 * 0.30) / 3600  # about 5.898 GPU-hours
    cost = 3 * (compute + gpus * 1) * 6.88  # 3 x 29.898 x 6.88 = about $617.10
    assert gpus == 24
    assert cost == pytest.approx(617.10, abs=0.01)
    got = _claims.metric_value(_claims.M_COST_PER_CYCLE, params)
    assert got == pytest.approx(cost, abs=1e-5)


def test_qlora_saving_on_one_gpu_instances_by_hand() -> None:
    """70B, 1,000 examples, RunPod (1 GPU per instance): full needs 19 GPUs, QLoRA 1; price cancels."""
    params = _point("claim.qlora_cost_reduction", gpu="gpu-h100-runpod-secure", model_params_b="70",
                    train_examples="fig:assume.train_examples@low")
    tokens = 1000 * 1000 * 3
    full_compute = 6 * 70e9 * tokens / (989e12 * 0.35) / 3600  # about 1.011 GPU-hours
    qlora_compute = 4 * 70e9 * tokens / (989e12 * 0.35) / 3600  # two thirds of that
    full_gpus = math.ceil(70e9 * 16 / 1e9 * 1.2 / 72)  # 1,344 GB / 72 GB -> 19
    qlora_gpus = math.ceil(70e9 * 0.55 / 1e9 * 1.2 / 72)  # 46.2 GB -> 1
    saving = 1 - (qlora_compute + qlora_gpus * 1) / (full_compute + full_gpus * 1)  # about 0.916
    assert (full_gpus, qlora_gpus) == (19, 1)
    assert _claims.metric_value(_claims.M_QLORA_SAVING, params) == pytest.approx(saving, abs=1e-6)
    assert saving >= 0.9  # so this point is one of the QLoRA claim's supported points


def test_rag_infra_of_the_default_scenario_by_hand() -> None:
    """Defaults on Pinecone: (embeddings 14.10 + vector DB 12 x 50 + orchestration 12 x 300) / 12 = 351.175."""
    params = _point("claim.rag_infra_mid_scale_monthly", workload="default",
                    vector_store="vector-pinecone-standard")
    # Embeddings: month 1 (50M corpus + 100,000 x 500 query tokens) x $0.02/1M = $2.00;
    # months 2-12 (5M churn + 50M query tokens) x $0.02/1M = $1.10 each: $14.10 in all.
    embeddings = 2.00 + 11 * 1.10
    # Index 97,657 vectors x 1536 x 4 B = 0.6 GB: usage $0.198 + $0.96 a month, under the $50 minimum.
    vector_db = 12 * 50.0
    expected = (embeddings + vector_db + 12 * 300.0) / 12
    assert _claims.metric_value(_claims.M_RAG_INFRA, params) == pytest.approx(expected, abs=1e-5)


def test_figure_override_reaches_default_fields() -> None:
    """Overriding a default's figure (orchestration $300 -> $0) changes the default point: 614.10 / 12."""
    check = _claims.CHECK_BY_ID["claim.rag_infra_mid_scale_monthly"]
    point = next(p for p in _claims.sweep_points(check, figures={"assume.orchestration_monthly": 0})
                 if p.settings == (("workload", "default"), ("vector_store", "vector-pinecone-standard")))
    assert _claims.metric_value(_claims.M_RAG_INFRA, point.params) == pytest.approx((14.10 + 600) / 12, abs=1e-5)


# --- a figure change flips a verdict -------------------------------------------------------------


def test_tenfold_aws_h100_price_flips_the_70b_verdict() -> None:
    """At $6.88 no 70B point reaches $5,000 (max about $1,320, on Azure); at $68.80 the 6 AWS p5 points do."""
    before = _result(_claims.check_claims(), "claim.full_ft_70b_cycle")
    # By hand, the dearest point: 6 x 70e9 x 3e7 / (989e12 x 0.3) / 3600 = 11.80 GPU-h; 3 x (11.80 + 24) x 12.29.
    assert before.verdict == "not-supported"
    assert before.model_max == pytest.approx(3 * (6 * 70e9 * 3e7 / (989e12 * 0.3) / 3600 + 24) * 12.29, abs=1e-4)

    price = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price"].value
    after = _result(_claims.check_claims(figures={"gpu.h100_sxm.aws_p5.price": price * 10}),
                    "claim.full_ft_70b_cycle")
    # The cheapest p5 point: 1,000 examples at MFU 0.40: 3 x (0.885 + 24) x 68.80 = about $5,136 >= $5,000.
    cheapest_p5 = 3 * (6 * 70e9 * 3e6 / (989e12 * 0.40) / 3600 + 24) * 68.80
    assert cheapest_p5 > 5000
    assert (after.n_in_range, after.n_points) == (6, 42)  # 3 example counts x 2 MFUs on p5 only
    assert after.verdict == "conditional"
    assert "H100 SXM on AWS p5.48xlarge" in after.holds_where
    assert FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price"].value == price  # the override left the figure alone
    assert _result(_claims.check_claims(), "claim.full_ft_70b_cycle").verdict == "not-supported"


def test_unknown_figure_override_is_an_error() -> None:
    """A misspelt figure id in an override raises instead of silently changing nothing."""
    with pytest.raises(KeyError):
        _claims.check_claims(figures={"gpu.h100.no_such_offer": 1.0})


def test_ft_duration_note_matches_the_numbers() -> None:
    """The note says no run in the sweep lasts days: the model's longest run is under 24 hours."""
    r = _result(_claims.check_claims(), "claim.ft_duration")
    assert "days" in r.note
    assert r.model_max is not None and r.model_max < 24


# --- rendering -----------------------------------------------------------------------------------

_MONEY_OR_PERCENT = re.compile(r"\$\s?\d|\d\s?%")


class _PageText(HTMLParser):
    """Collects text nodes with whether an enclosing element names a figure or an output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[tuple[str, bool]] = []
        self.ids: list[str] = []
        self.unbalanced: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {k for k, _ in attrs}
        named = bool(names & {"data-output", "data-figure"})
        self.stack.append((tag, named))
        self.ids += [v for k, v in attrs if k == "id" and v]

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.unbalanced.append(tag)
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append((data, any(named for _, named in self.stack)))


def _parse(html: str) -> _PageText:
    parser = _PageText()
    parser.feed(html)
    parser.close()
    return parser


def test_render_has_no_bare_money_or_percent() -> None:
    """Every money amount or percentage in the claims page sits inside an element naming its figure or output."""
    page = _parse(_claims.render_claims_table())
    bare = [t for t, named in page.texts if not named and _MONEY_OR_PERCENT.search(t)]
    assert bare == []
    assert not page.unbalanced and not page.stack


def test_render_has_a_stable_anchor_and_verdict_per_claim() -> None:
    """Each claim gets an h2 id (dots -> dashes) and a verdict element whose class matches its result."""
    html = _claims.render_claims_table()
    page = _parse(html)
    for r in _claims.check_claims():
        anchor = r.claim_id.replace(".", "-")
        assert page.ids.count(anchor) == 1
        assert f'<h2 id="{anchor}">' in html
        assert (f'<strong class="rvf-verdict rvf-verdict--{r.verdict}" '
                f'data-output="claims.{r.claim_id}.verdict"') in html
        if r.model_min is not None:
            assert f'data-output="claims.{r.claim_id}.min" data-value="{round(r.model_min, 6)}"' in html
    # A swept figure bound shows the bound (MFU low end 0.30), not the figure's own value (0.35).
    assert ('data-output="claims.claim.full_ft_70b_cycle.sweep.mfu.low" data-value="0.3" '
            'data-figure-bound="assume.mfu@low"') in html


def test_render_escapes_claim_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Markup in a claim's text or source is shown as text, never parsed as HTML."""
    claim = next(c for c in CLAIMS if c.id == "claim.ft_duration")
    hostile = dataclasses.replace(claim, text='<script>alert("x")</script> & more', source="<b>src</b>")
    monkeypatch.setitem(_claims._CLAIM_BY_ID, claim.id, hostile)  # type: ignore[arg-type]
    html = _claims.render_claims_table()
    assert "<script>" not in html and "<b>src</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in html
    assert "&lt;b&gt;src&lt;/b&gt;" in html


def test_claims_page_computes_in_under_five_seconds() -> None:
    """The whole claims page, from a cold estimate cache, renders in under 5 s in CPython."""
    _claims._estimate.cache_clear()
    start = time.perf_counter()
    _claims.render_claims_table()
    assert time.perf_counter() - start < 5.0


# --- the claims under the later edition ------------------------------------------------------------

def test_later_edition_results_are_the_sweep_checked_in_that_edition() -> None:
    """compare_claims gives, per claim, check_claims() of 2026-11 and check_claims(edition='2026-12')."""
    from calc._claim_editions import compare_claims

    pairs = compare_claims(edition="2026-12")
    first, later = _claims.check_claims(), _claims.check_claims(edition="2026-12")
    assert [p.first for p in pairs] == first and [p.later for p in pairs] == later
    for p in pairs:
        assert p.differs == (p.first.verdict != p.later.verdict)
        assert (p.reason != "") == p.differs


def test_api_model_axis_sweeps_the_later_editions_api_presets() -> None:
    """2026-12 has none of 2026-11's API model presets: its axis is every api_model preset of 2026-12."""
    from calc._claim_sweep import axis_values
    from calc._editions import EDITIONS

    old = ("model-gpt-4-1", "model-gpt-4-1-mini")
    assert axis_values("api_model", old, "2026-11") == old
    want = tuple(n for n, p in EDITIONS["2026-12"].presets.items() if p.kind == "api_model")
    assert len(want) >= 5 and axis_values("api_model", old, "2026-12") == want
    gpus = ("gpu-h100-aws-p5", "gpu-l4-aws-g6")  # in both editions: unchanged
    assert axis_values("gpu", gpus, "2026-12") == gpus


def test_a_verdict_that_differs_names_the_input_that_moved_it() -> None:
    """With the p5 H100 at ten times its price in 2026-12 only, the 70B verdict differs between the
    editions, and the reason names the GPU-hour price: set back, no point is in the range (0%) against
    6 of 42 (14.3%, the six p5 points derived by hand in the tenfold test above)."""
    from calc._claim_editions import compare_claim

    fid = "gpu.h100_sxm.aws_p5.price"
    price = FIGURE_BY_ID[fid].value
    pair = compare_claim(_claims.CHECK_BY_ID["claim.full_ft_70b_cycle"], edition="2026-12",
                         figures={fid: price * 10})
    assert (pair.first.verdict, pair.later.verdict, pair.differs) == ("not-supported", "conditional", True)
    assert (pair.later.n_in_range, pair.later.n_points) == (6, 42)
    assert FIELD_BY_NAME["gpu_hour_price"].label in pair.reason
    assert "$68.80" in pair.reason and "$6.88" in pair.reason
    assert "0%" in pair.reason and "14.3%" in pair.reason

    html = _claims.render_claims_table(figures={fid: price * 10})
    assert 'data-output="claims.claim.full_ft_70b_cycle.later.verdict" data-value="conditional"' in html
    assert "The verdict differs from edition 2026-11" in html


def test_claims_page_shows_the_later_verdict_of_every_tested_claim() -> None:
    html = _claims.render_claims_table()
    for r in _claims.check_claims(edition="2026-12"):
        if r.verdict != "outside":
            assert f'data-output="claims.{r.claim_id}.later.verdict" data-value="{r.verdict}"' in html
