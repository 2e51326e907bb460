"""R12 §4.4: the text of a rank shared by a group, written for each member when it is read."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from counsel.rules.types import TraceStep


class SharedRank:
    """The words of R12 for a group of engagements with equal keys, and its ids.

    A member's text names all the others, so the texts of a group of g hold g × (g − 1)
    ids, and groups grow with the district (hundreds share a total among 200,000): written
    out, they were most of the memory of a large year, and reading them back from memory
    most of the time taken to write its result. The group keeps its words and its ids
    once (「、」-separated); a member's text is cut from them when it is read.
    """

    __slots__ = ("_escaped", "_head", "_heads", "_id_list", "_ids", "_sep", "_starts", "_tail")

    def __init__(
        self,
        head: str,
        heads: Mapping[int, str],
        tail: str,
        ids: Sequence[str],
        separator: str = "、",
    ):
        self._head = head
        self._heads = heads  # members whose keys are written otherwise (see ranking)
        self._tail = tail
        self._id_list = ids
        self._sep = separator
        self._ids = separator.join(ids)
        # _starts[i]: where id i begins; the one after the last is past a separator to come.
        starts = [0]
        for ident in ids:
            starts.append(starts[-1] + len(ident) + len(separator))
        self._starts = starts
        self._escaped: tuple[Callable[[str], str], SharedRank] | None = None

    def text(self, i: int) -> str:
        """The text of member i: the others' ids, its own cut out."""
        head = self._heads.get(i, self._head) if self._heads else self._head
        ids, starts, last = self._ids, self._starts, len(self._starts) - 2
        if i == 0:
            return f"{head}{ids[starts[1] :]}{self._tail}"
        if i == last:
            return f"{head}{ids[: starts[last] - len(self._sep)]}{self._tail}"
        return f"{head}{ids[: starts[i]]}{ids[starts[i + 1] :]}{self._tail}"

    def escaped(self, i: int, escape: Callable[[str], str]) -> str:
        """escape(text(i)) for an `escape` that maps each character on its own (as JSON
        escapes a string): the group's words and ids are escaped once, not every text."""
        if self._escaped is None or self._escaped[0] is not escape:
            heads = {k: escape(v) for k, v in self._heads.items()}
            ids = [escape(ident) for ident in self._id_list]
            group = SharedRank(
                escape(self._head), heads, escape(self._tail), ids, escape(self._sep)
            )
            self._escaped = (escape, group)
        return self._escaped[1].text(i)


class SharedRankStep(TraceStep):
    """The R12 step of member `i` of a SharedRank: a TraceStep whose text is written when
    read, equal to (and hashed as) the TraceStep with that text."""

    def __init__(self, group: SharedRank, i: int) -> None:
        # The dataclass is frozen: its fields are set as its own __init__ sets them.
        object.__setattr__(self, "rule", "R12")
        object.__setattr__(self, "section", "§4.4")
        object.__setattr__(self, "_group", group)
        object.__setattr__(self, "_member", i)

    @property
    def text(self) -> str:
        group: SharedRank = self.__dict__["_group"]
        return group.text(self.__dict__["_member"])

    def escaped(self, escape: Callable[[str], str]) -> str:
        """escape(self.text), for an `escape` that maps each character on its own."""
        group: SharedRank = self.__dict__["_group"]
        return group.escaped(self.__dict__["_member"], escape)

    def _written(self) -> TraceStep:
        return TraceStep(self.rule, self.section, self.text)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TraceStep):
            return (self.rule, self.section, self.text) == (other.rule, other.section, other.text)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._written())

    def __repr__(self) -> str:
        return repr(self._written())

    def __reduce__(self) -> tuple[type[TraceStep], tuple[str, str, str]]:
        return (TraceStep, (self.rule, self.section, self.text))
