"""The README stays true: every environment variable the settings read is in its table."""

import re

from tests.locations import ROOT

SETTINGS = (ROOT / "tracker" / "settings.py").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_of_the_settings_is_documented():
    read = set(re.findall(r'env_(?:str|int|bool|list)\(\s*"([A-Z0-9_]+)"', SETTINGS))
    assert read, "the settings read no environment variables?"
    missing = sorted(name for name in read if f"`{name}`" not in README)
    assert not missing, f"README's configuration table lacks {missing}"


def test_the_two_commands_exist_and_are_executable():
    for command in ("bin/demo", "bin/test"):
        assert f"{command}\n" in README
        assert (ROOT / command).stat().st_mode & 0o111
