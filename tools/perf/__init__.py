"""One benchmark for issue 21: `python -m tools.perf` prints every figure in one table.

Each row is measured beside a naive baseline in the same process, so ratios compare
like with like on whatever machine runs it. Numbers are for reading, never asserted.
"""
