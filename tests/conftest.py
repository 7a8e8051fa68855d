"""Shared fixtures: the seed article and a built seed timeline (built once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4af24b45e95ba1e9.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_timeline():  # type: ignore[no-untyped-def]
    import timeline

    return timeline.build(SEED)
