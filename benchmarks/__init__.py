"""Speed measurements (medians, ratios against an anchor in one run) and the package generator
the tests share: ``from benchmarks.gen_packages import generate``. Run a benchmark with the
project's interpreter from the project folder (``.venv/bin/python benchmarks/run.py``)."""
