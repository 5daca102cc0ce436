import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_reading_every_format_loads_no_django():
    script = (
        "import sys\n"
        "from commitments.reading import read_document\n"
        "from commitments.reading import pdf, html, officiele_xml, docx, plaintext\n"
        "assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')], 'django imported'\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
