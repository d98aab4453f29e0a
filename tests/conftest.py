"""Shared test configuration: Hypothesis profiles.

HYPOTHESIS_PROFILE=ci (the default) runs about 200 examples per property; HYPOTHESIS_PROFILE=bench
(used by ``make bench``) runs 10,000. Neither has a deadline: an estimate runs a break-even search.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "bench", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
