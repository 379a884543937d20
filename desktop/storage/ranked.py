"""A search's matches in their order, with the first page available before the whole list.

Ordering 70,000 matches (a pass over every resource in the sort order) costs ~10 ms at 100k
resources; the first 50 of them, found by walking the order until 50 members are met, cost
well under 1 ms when the matches are dense, and a few ms at worst. The window paints the
first page from `head` and takes the whole list from `everything` right after.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.filters import Sort
from desktop.storage.id_sets import IdSet, Snapshot


class Ranked:
    """The members of `groups` (disjoint sets), group by group, each group in `sort` order;
    or a list already in order (bm25 ranking)."""

    def __init__(
        self,
        snap: Snapshot | None,
        groups: Sequence[IdSet] = (),
        sort: Sort = Sort.NEWEST,
        in_order: Sequence[int] | None = None,
    ) -> None:
        if len(groups) > 2:
            raise ValueError("a ranking has one or two groups")
        self._snap, self._groups = snap, tuple(groups)
        self._sort = Sort.NEWEST if sort is Sort.RELEVANCE else sort  # no words: newest first
        self._all: tuple[int, ...] | None = None if in_order is None else tuple(in_order)

    @classmethod
    def of(cls, ids: Sequence[int]) -> Ranked:
        return cls(None, in_order=ids)

    @property
    def total(self) -> int:
        if self._all is not None:
            return len(self._all)
        return sum(group.bit_count() for group in self._groups)

    def head(self, count: int) -> list[int]:
        """The first `count` ids of `everything()`, without ordering the rest."""
        if self._all is not None or self._snap is None:
            return list(self.everything()[:count])
        order, found = self._snap.orders[self._sort], list[int]()
        for group in self._groups:
            if len(found) >= count:
                break
            if not group:
                continue
            flags = self._snap.flags(group)
            for rid in order:
                if flags[rid]:
                    found.append(rid)
                    if len(found) == count:
                        break
        return found

    def everything(self) -> tuple[int, ...]:
        if self._all is None:
            self._all = tuple(self._ordered())
        return self._all

    def _ordered(self) -> list[int]:
        snap, groups, sort = self._snap, self._groups, self._sort
        if snap is None or not groups:
            return []
        if len(groups) == 1:
            return snap.ordered(groups[0], sort)
        return snap.ordered_groups(groups[0], groups[1], sort)
