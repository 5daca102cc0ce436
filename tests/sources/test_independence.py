"""The sources client is pure Python: importing and using it loads no Django module."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_client_and_mappings_load_without_django():
    code = (
        "import sys; import commitments.sources, commitments.sources.toezegging, commitments.sources.documents; "
        "from commitments.sources.toezegging import read_toezegging; "
        "read_toezegging({'Id': 'a', 'GewijzigdOp': '2025-01-01T00:00:00Z', 'Status': 'Openstaand'}); "
        "loaded = [m for m in sys.modules if m == 'django' or m.startswith('django.')]; "
        "print(','.join(loaded)); sys.exit(1 if loaded else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"django modules loaded: {done.stdout.strip()} {done.stderr[-500:]}"
