"""`make bench`: the benchmark runner, one module per measurement; benchmarks/run.py runs them."""
