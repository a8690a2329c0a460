"""Who may open an embedded store at once: one writing process, or any number of reading ones (the
server's workers), never both; a store opened to read refuses every write."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.errors import StoreUnavailableError, WriteNotAllowedError
from graph.settings import Settings
from graph.stores import directory_lock
from graph.stores.embedded import EmbeddedStore
from tests.records import FORUM, forum_report, second_report

REPO = Path(__file__).resolve().parents[1]

#: Opens the store given in argv[1] (to read when argv[2] is "read") and prints what happened.
OPEN_ELSEWHERE = (
    "import sys\nfrom graph.errors import StoreUnavailableError\nfrom graph.stores.embedded import EmbeddedStore\n"
    "try:\n    EmbeddedStore(sys.argv[1], read_only=sys.argv[2] == 'read').close()\n    print('opened')\n"
    "except StoreUnavailableError as e:\n    print(e)\n"
)


def open_in_another_process(path: Path, mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_ELSEWHERE, str(path), mode], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    """A store directory holding one document, closed."""
    with EmbeddedStore(tmp_path / "graph") as store:
        store.write_records([forum_report()])
    return tmp_path / "graph"


def test_a_store_opened_to_read_answers_queries(loaded: Path) -> None:
    with EmbeddedStore(loaded, read_only=True) as store:
        rows = store.run("MATCH (f:Forum {name: $name}) RETURN f.name", {"name": FORUM}).rows
    assert rows == [[FORUM]]


WRITES: dict[str, Callable[[EmbeddedStore], object]] = {
    "write documents": lambda store: store.write_records([second_report()]),
    "remove a document": lambda store: store.remove_document("forum-report.txt"),
    "clear": lambda store: store.clear(),
    "a writing query": lambda store: store.run("CREATE (:Place {key: 'x', name: 'x'})", write=True),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_a_store_opened_to_read_refuses_every_write_and_keeps_its_graph(
    loaded: Path, write: Callable[[EmbeddedStore], object]
) -> None:
    with EmbeddedStore(loaded, read_only=True) as store:
        before = store.stats()
        with pytest.raises(WriteNotAllowedError, match="read-only"):
            write(store)
        assert store.stats() == before


def test_reading_a_store_that_does_not_exist_says_to_load_first(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="craftgraph load"):
        EmbeddedStore(tmp_path / "nothing", read_only=True)
    assert not (tmp_path / "nothing").exists()


def test_several_processes_read_one_store_at_once(loaded: Path) -> None:
    with EmbeddedStore(loaded, read_only=True):
        assert open_in_another_process(loaded, "read") == "opened"


def test_no_process_writes_a_store_that_another_reads(loaded: Path) -> None:
    with EmbeddedStore(loaded, read_only=True):
        refused = open_in_another_process(loaded, "write")
    assert "another process reads or writes it" in refused and str(loaded) in refused


def test_no_process_reads_a_store_that_another_writes(loaded: Path) -> None:
    with EmbeddedStore(loaded):
        refused = open_in_another_process(loaded, "read")
    assert "another process writes it" in refused and str(loaded) in refused


def test_a_closed_reader_lets_a_writer_in(loaded: Path) -> None:
    EmbeddedStore(loaded, read_only=True).close()
    assert open_in_another_process(loaded, "write") == "opened"


def test_one_process_may_open_its_store_twice_and_keeps_it_until_both_close(loaded: Path) -> None:
    first = EmbeddedStore(loaded)
    second = EmbeddedStore(loaded, read_only=True)
    first.close()
    assert "another process" in open_in_another_process(loaded, "write")
    second.close()
    assert open_in_another_process(loaded, "write") == "opened"


def test_closing_twice_gives_the_lock_back_once(loaded: Path) -> None:
    first = EmbeddedStore(loaded, read_only=True)
    second = EmbeddedStore(loaded, read_only=True)
    first.close()
    first.close()
    assert "another process" in open_in_another_process(loaded, "write")
    second.close()


def test_the_setting_opens_the_store_to_read(loaded: Path) -> None:
    settings = Settings(db_path=loaded, embedded_read_only=True)  # type: ignore[call-arg]
    with EmbeddedStore.from_settings(settings) as store:
        assert store.read_only


@pytest.fixture
def unwritable_lock_file(loaded: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``loaded``, whose lock file can no longer be created or written, as on a read-only mount (root ignores
    file modes here)."""
    real_open = directory_lock.os.open

    def refusing_writes(path: object, flags: int, *args: object) -> int:
        if flags & (directory_lock.os.O_CREAT | directory_lock.os.O_RDWR | directory_lock.os.O_WRONLY):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(directory_lock.os, "open", refusing_writes)
    return loaded


def test_a_store_whose_lock_file_cannot_be_written_is_still_read(unwritable_lock_file: Path) -> None:
    with EmbeddedStore(unwritable_lock_file, read_only=True) as store:
        assert store.run("MATCH (f:Forum {name: $name}) RETURN f.name", {"name": FORUM}).rows == [[FORUM]]


def test_a_lock_file_that_cannot_be_created_is_reported_with_the_directory(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (loaded / directory_lock.LOCK_FILE).unlink()
    monkeypatch.setattr(directory_lock.os, "open", _refuse_all)
    with pytest.raises(StoreUnavailableError, match=f"cannot lock the embedded store at .*{loaded.name}"):
        EmbeddedStore(loaded, read_only=True)


def _refuse_all(*args: object) -> int:
    raise PermissionError(13, "Permission denied")


def written_by_an_older_version(path: Path) -> None:
    """The store as a version before MENTIONS ``stated`` left it."""
    import ladybug

    from graph.stores.embedded import DATABASE_FILE

    database = ladybug.Database(str(path / DATABASE_FILE))
    try:
        ladybug.Connection(database).execute("ALTER TABLE MENTIONS DROP stated")
    finally:
        database.close()


def test_a_reader_of_a_store_an_older_version_wrote_is_told_to_upgrade_it(loaded: Path) -> None:
    written_by_an_older_version(loaded)
    with pytest.raises(StoreUnavailableError, match=r"older craftgraph.*without CRAFTGRAPH_EMBEDDED_READ_ONLY"):
        EmbeddedStore(loaded, read_only=True)


def test_a_store_an_older_version_wrote_reads_once_opened_for_writing(loaded: Path) -> None:
    written_by_an_older_version(loaded)
    EmbeddedStore(loaded).close()
    with EmbeddedStore(loaded, read_only=True) as store:
        assert store.run("MATCH ()-[m:MENTIONS]->() RETURN count(m.stated)").rows == [[0]]
