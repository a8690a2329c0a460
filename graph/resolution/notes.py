"""Why an entity got its canonical identity: one :class:`Note` per rule that fired."""

from dataclasses import dataclass

#: Separates notes in the ``resolution`` text stored on MENTIONS relationships.
NOTE_SEPARATOR = " | "


@dataclass(frozen=True)
class Note:
    """One applied rule: its name and the evidence it rests on (a table row, a sentence, a name form)."""

    rule: str
    evidence: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.evidence}"


def explain(notes: list[Note]) -> str | None:
    """The notes as one line (``None`` when no rule changed anything)."""
    return NOTE_SEPARATOR.join(str(n) for n in notes) or None
