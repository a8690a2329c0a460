"""An event, programme, alliance or venue found in a text, with its surface span."""

from dataclasses import dataclass, field

from graph.model import EntityType


@dataclass
class EventMention:
    type: EntityType
    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)
    deictic: bool = False
    head: str = ""
    #: named in a purpose clause or for its spirit: an entity, never the event the report's relations go to
    background: bool = False
    #: a background event a letter was sent to (总书记致X大会贺信): nothing of its clause was said there
    letter: bool = False
