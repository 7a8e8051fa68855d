"""Docs that cannot drift: every command, option and table column is documented in README.md."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from timeline.cli import cli
from timeline.tables import SCHEMAS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands() -> None:
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make seed", "make test"]


@pytest.mark.parametrize("name", sorted(cli.commands))  # type: ignore[attr-defined]
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    command = cli.commands[name]  # type: ignore[attr-defined]
    assert f"timeline {name}" in README
    for param in command.params:
        if isinstance(param, click.Option):
            assert any(opt in README for opt in param.opts), f"{name} {param.opts} is not in README.md"


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_table_column_is_documented(table: str) -> None:
    section = README.split(f"### {table}", 1)[1] if f"### {table}" in README else README
    for column in SCHEMAS[table]:
        assert column in section, f"{table}.{column} is not documented in README.md"
