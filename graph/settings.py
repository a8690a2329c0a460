"""All configuration, read from ``CRAFTGRAPH_*`` environment variables and an optional ``.env`` file.

Settings are read when :func:`get_settings` is first called, never at import time.
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CRAFTGRAPH_", env_file=".env", extra="ignore")

    store: Literal["embedded", "neo4j"] = Field("embedded", description="Which store to use.")
    db_path: Path = Field(Path("data/craftgraph.lbdb"), description="Directory of the embedded store.")

    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("craftgraph-dev")
    neo4j_database: str = "neo4j"
    neo4j_home: Path = Field(Path(".cache/neo4j"), description="Where `craftgraph neo4j install` puts Neo4j.")
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "2g"
    neo4j_pagecache: str = "2g"
    neo4j_jvm_options: str = Field(
        "",
        description="Extra JVM options of the project's Neo4j server, after Neo4j's own; for a short-lived server "
        "doing one bulk load on a small machine, -XX:TieredStopAtLevel=1 (C1 only) saves the C2 compile time.",
    )
    neo4j_version: str = Field("5.26.30", description="Neo4j Community release fetched from Maven Central.")
    neo4j_browser_version: str = Field("5.24.0", description="Neo4j Browser served on the HTTP port; empty: none.")
    neo4j_start_timeout_s: float = Field(180.0, gt=0)
    neo4j_stop_timeout_s: float = Field(60.0, gt=0)
    neo4j_instance: Path | None = Field(None, description="Folder of the server's conf, data, logs (default: home).")
    neo4j_max_retry_time_s: float = Field(15.0, ge=0, description="How long the driver retries a failed write.")

    base_iri: str = "https://craftgraph.example.org/id/"
    write_batch_size: int = Field(2000, ge=1)
    embedded_transaction_rows: int | None = Field(
        None, ge=1, description="Rows per embedded-store transaction. Each commit checkpoints, rewriting the "
        "relationship groups its rows touch, so fewer commits are faster, but the checkpoint must fit in the buffer "
        "pool; default: 120 per MB of CRAFTGRAPH_EMBEDDED_BUFFER_POOL_MB (122,880 with 1,024 MB)."
    )
    embedded_buffer_pool_mb: int | None = Field(
        None, ge=128, description="Memory of the embedded store's page cache; a larger one makes large loads faster "
        "(larger commits); default: a quarter of the memory (or the container's limit), 1,024 to 4,096 MB. At 64 MB "
        "even one small document fails to write."
    )
    embedded_read_only: bool = Field(
        False, description="Open the embedded store to read only; any number of processes may, while none writes "
        "(each server process of `craftgraph serve --workers N` does)."
    )
    query_timeout_s: float = Field(10.0, gt=0)
    query_row_cap: int = Field(10_000, ge=1)
    export_page_size: int = Field(5000, ge=1, description="Rows per Cypher page when exporting RDF.")
    load_workers: int = Field(0, ge=0, description="Extraction processes for `craftgraph load`; 0: one per core.")
    tagger: bool = Field(
        True, description="Find names with the trained mention tagger besides the rules; false: the rules alone."
    )
    tagger_model: Path | None = Field(
        None, description="Mention tagger model file (`craftgraph tagger train` writes one); default: the packaged one."
    )
    load_batch_documents: int = Field(
        2000, ge=1, description="Least documents per store write; documents extracted while a write runs all go "
        "into the next one (group commit), so slower commits on a big graph come larger and rarer."
    )
    load_max_pending_documents: int = Field(
        4_000, ge=1, description="Most extracted documents waiting for the store during a load (bounds memory, "
        "about 0.4 MB per document; extraction waits beyond it)."
    )
    load_chunk_documents: int = Field(8, ge=1, description="Documents sent to an extraction process at a time.")
    spark_master: str = Field(
        "local[*]", description="Spark master of `craftgraph spark extract` (`local[*]`: every core of this "
        "machine; `spark://host:7077`, `yarn`, `k8s://...`: a cluster whose executors have craftgraph[spark])."
    )
    source_root: Path | None = Field(
        None, description="Folder that document sources are relative to (`load` refuses files outside it); default: "
        "each folder given to `load` (a file given alone: its own folder). A page's URL (Markdown front matter, "
        "HTML canonical link, JSON Lines `url`/`source`) is its source wherever it is read from."
    )

    api_token: SecretStr | None = None
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_threads: int | None = Field(
        None, ge=1, description="Requests the API answers at once (default: 4 embedded, 16 Neo4j); others wait."
    )
    api_workers: int = Field(
        1, ge=1, description="Server processes for `craftgraph serve`; each answers on the same port, so answers "
        "that need the store scale with cores. With more than one, the embedded store is opened read-only."
    )
    api_access_log: bool = Field(True, description="Log one line per HTTP request.")
    api_cache_mb: int = Field(
        64, ge=0, description="Memory for answers the API keeps to serve again (0: none); any write through the "
        "server's store empties it."
    )
    api_cache_check_s: float = Field(
        0.5, ge=0, description="With a store other clients may write (Neo4j): how often, at most, the API asks it "
        "whether the graph changed since answers were kept; a kept answer is never older than this after a write "
        "(0: keep no answers). The embedded store has no other writer, so its answers serve until the graph changes."
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
