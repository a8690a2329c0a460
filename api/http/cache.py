"""Answers kept in memory and served again while the graph they came from is unchanged.

Analysts ask the same relationship questions over and over (a forum's speakers, a person's profile), and
an answer costs several store queries and its folding into JSON; sending a kept answer costs almost
nothing. An answer is kept with a write count of the moment its request arrived, and serves only while
that count is unchanged:

- the embedded store locks its directory, so its own count (``GraphStore.generation``) sees every write;
- a store other clients may write (Neo4j) adds the changes of ``GraphStore.revision()`` (the database's last
  committed transaction), asked again once ``CRAFTGRAPH_API_CACHE_CHECK_S`` has passed: a kept answer serves
  as long as nobody writes, and at most that long (plus one round trip) after somebody does.

``GET /ask`` is kept by its question (decoded, so the spellings of one request share an answer): the
answer echoes the question as asked, so questions that differ by a space are different questions.

Only successful ``GET`` answers of the relationship endpoints are kept, within a memory budget
(``CRAFTGRAPH_API_CACHE_MB``, least recently used first out). When a token is required, a kept answer
goes only to a request that carries it. Everything here runs on the event loop thread: no locks.
"""

import asyncio
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import anyio.to_thread
from fastapi.security.utils import get_authorization_scheme_param
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import CraftgraphError
from graph.settings import Settings
from graph.store import GraphStore

from .deps import token_accepted

#: Paths whose GET answers depend on the graph alone (and the query string).
CACHED_PREFIXES: tuple[str, ...] = (
    "/forums/", "/persons/", "/honors/", "/organizations/", "/alliances/", "/connections", "/search", "/ask",
)
#: Paths whose answer depends on one query parameter alone: kept by its decoded value, not the raw query
#: string (q=%E8%B0%81, q=%e8%b0%81 and q=%E8%B0%81&x=1 ask one question).
KEYED_BY: dict[str, str] = {"/ask": "q"}
#: One answer may take at most this share of the budget, so a huge answer does not push out all others.
LARGEST_SHARE = 8
HIT_HEADER = (b"x-craftgraph-cache", b"hit")

Key = tuple[str, bytes]


@dataclass(frozen=True)
class KeptAnswer:
    generation: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 200


@dataclass
class AnswerCache:
    """Kept answers, least recently used first out once ``budget_bytes`` is spent; each serves until the
    write count changes."""

    budget_bytes: int
    _entries: OrderedDict[Key, KeptAnswer] = field(default_factory=OrderedDict)
    _generation: int = 0
    _used: int = 0

    def get(self, key: Key, generation: int) -> KeptAnswer | None:
        self._follow(generation)
        answer = self._entries.get(key)
        if answer is None:
            return None
        self._entries.move_to_end(key)
        return answer

    def put(self, key: Key, answer: KeptAnswer) -> None:
        self._follow(answer.generation)
        if answer.generation != self._generation or answer.size * LARGEST_SHARE > self.budget_bytes:
            return
        if key in self._entries:
            self._drop(key)
        self._entries[key] = answer
        self._used += answer.size
        while self._used > self.budget_bytes:
            self._drop(next(iter(self._entries)))

    def __len__(self) -> int:
        return len(self._entries)

    def _follow(self, generation: int) -> None:
        """Forget everything kept under an older write count."""
        if generation > self._generation:
            self._entries.clear()
            self._used = 0
            self._generation = generation

    def _drop(self, key: Key) -> None:
        self._used -= self._entries.pop(key).size


@dataclass
class RevisionWatch:
    """The write count of a store other clients may write: its own count plus the changes of its
    ``revision()`` seen so far. The revision is asked again once ``check_s`` has passed since the last ask
    began; requests arriving meanwhile wait for that one ask. An ask that fails counts as a change, so no
    kept answer outlives a store that cannot say it is unchanged."""

    store: GraphStore
    check_s: float
    clock: Callable[[], float] = time.monotonic
    _revision: str | None = None
    _changes: int = 0
    _asked_at: float = -math.inf
    _asking: "asyncio.Future[None] | None" = None

    async def generation(self) -> int:
        if self.clock() - self._asked_at >= self.check_s:
            if self._asking is None:
                self._asking = asyncio.ensure_future(self._ask())
            await asyncio.shield(self._asking)
        return self.store.generation + self._changes

    async def _ask(self) -> None:
        started = self.clock()
        try:
            revision: str | None = await anyio.to_thread.run_sync(self.store.revision)
        except CraftgraphError:
            revision = None  # the request goes on to the store, which answers with the reason
        finally:
            self._asking = None
        if revision is None or revision != self._revision:
            self._changes += 1
        self._revision, self._asked_at = revision, started


def request_key(path: str, query_string: bytes) -> Key:
    """What a kept answer is found by: the path and the query string, or for a path of ``KEYED_BY`` the
    one value of its parameter, decoded as the app decodes it (a repeated parameter keeps the raw string)."""
    name = KEYED_BY.get(path)
    if name is not None:
        values = [v for k, v in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True) if k == name]
        if len(values) == 1:
            return path, values[0].encode("utf-8", "surrogatepass")
    return path, query_string


class AnswerCacheMiddleware:
    """Serves kept answers before routing; keeps the successful answers of the paths in CACHED_PREFIXES."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self._cache: AnswerCache | None = None
        self._watch: RevisionWatch | None = None
        self._disabled = settings.api_cache_mb == 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._disabled or not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        store = scope["app"].state.store
        cache = self._cache or self._open(store)
        if cache is None:
            await self.app(scope, receive, send)
            return
        key = request_key(scope["path"], scope["query_string"])
        # before the answer is read: a write during it makes it unkept
        generation = await self._watch.generation() if self._watch else store.generation
        kept = cache.get(key, generation)
        if kept is not None:
            await send({"type": "http.response.start", "status": kept.status, "headers": [*kept.headers, HIT_HEADER]})
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self.app(scope, receive, _Recorder(send, lambda answer: cache.put(key, answer), generation))

    def _cacheable(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(CACHED_PREFIXES):
            return False
        if self.settings.api_token is None:
            return True
        header = next((v for k, v in scope["headers"] if k == b"authorization"), b"").decode("latin-1")
        scheme, credentials = get_authorization_scheme_param(header)
        return token_accepted(self.settings.api_token, scheme, credentials)  # otherwise the app answers 401

    def _open(self, store: GraphStore) -> AnswerCache | None:
        if not store.sole_writer:
            if self.settings.api_cache_check_s == 0:
                self._disabled = True
                return None
            self._watch = RevisionWatch(store, self.settings.api_cache_check_s)
        self._cache = AnswerCache(self.settings.api_cache_mb * 1024 * 1024)
        return self._cache


class _Recorder:
    """Passes an answer on unchanged and, when it is a complete 200, hands a copy to ``keep``."""

    def __init__(self, send: Send, keep: Callable[[KeptAnswer], None], generation: int) -> None:
        self._send, self._keep, self._generation = send, keep, generation
        self._status = 0
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        await self._send(message)
        if message["type"] == "http.response.start":
            self._status, self._headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body" and self._status == 200:
            self._body.append(message.get("body", b""))
            if not message.get("more_body", False):
                self._keep(KeptAnswer(self._generation, 200, self._headers, b"".join(self._body)))
