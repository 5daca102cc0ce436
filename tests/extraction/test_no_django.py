"""The extraction package is pure Python: importing and running it loads no Django module."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_engine_runs_in_a_fresh_interpreter_without_loading_django():
    code = (
        "import sys; from commitments.extraction import extract; "
        "extract('Ik zal uw Kamer voor de zomer informeren.'); "
        "loaded = [m for m in sys.modules if m == 'django' or m.startswith('django.')]; "
        "print(','.join(loaded)); sys.exit(1 if loaded else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"django modules loaded: {done.stdout.strip()} {done.stderr[-500:]}"
