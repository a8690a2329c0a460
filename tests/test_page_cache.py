"""The embedded store's default page cache: a quarter of the usable memory, within 1–4 GB."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.settings import Settings
from graph.stores import page_cache
from graph.stores.embedded import ROWS_PER_BUFFER_POOL_MB, EmbeddedStore

memory = st.integers(min_value=0, max_value=10**7)


@given(memory)
def test_the_default_stays_within_one_and_four_gigabytes(memory_mb: int) -> None:
    assert page_cache.FLOOR_MB <= page_cache.default_page_cache_mb(memory_mb) <= page_cache.CEILING_MB


@given(memory, memory)
def test_more_memory_never_gives_a_smaller_page_cache(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert page_cache.default_page_cache_mb(low) <= page_cache.default_page_cache_mb(high)


@pytest.mark.parametrize(("memory_mb", "expected"), [(2048, 1024), (8192, 2048), (12_000, 3000), (65_536, 4096)])
def test_the_default_is_a_quarter_of_the_memory_between_the_bounds(memory_mb: int, expected: int) -> None:
    assert page_cache.default_page_cache_mb(memory_mb) == expected


def test_a_container_limit_below_the_machine_memory_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limit = tmp_path / "memory.max"
    limit.write_text(f"{512 * 1024**2}\n")
    monkeypatch.setattr(page_cache, "CGROUP_LIMITS", (limit,))
    assert page_cache.usable_memory_mb() == 512


def test_no_container_limit_leaves_the_machine_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limit = tmp_path / "memory.max"
    limit.write_text("max\n")
    monkeypatch.setattr(page_cache, "CGROUP_LIMITS", (limit, tmp_path / "absent"))
    assert page_cache.usable_memory_mb() > 512


def test_a_store_without_the_setting_takes_the_default_and_sizes_its_transactions_by_it(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "graph")  # type: ignore[call-arg]
    with EmbeddedStore.from_settings(settings) as store:
        assert store.buffer_pool_mb == page_cache.default_page_cache_mb()
        assert store.transaction_rows == store.buffer_pool_mb * ROWS_PER_BUFFER_POOL_MB


def test_the_setting_overrides_the_default(tmp_path: Path) -> None:
    settings = Settings(db_path=tmp_path / "graph", embedded_buffer_pool_mb=256)  # type: ignore[call-arg]
    with EmbeddedStore.from_settings(settings) as store:
        assert store.buffer_pool_mb == 256
