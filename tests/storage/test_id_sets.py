"""Id sets: bitmaps of resource ids, listed in a sort order (search.py's title-first ranking)."""

from desktop.domain.filters import Sort
from desktop.storage.id_sets import Snapshot, pack, parse_ids, unpack
from desktop.storage.ranked import Ranked


def snapshot_of(newest: list[int]) -> Snapshot:
    snap = Snapshot(("test",), max(newest) + 1)
    snap.set_order(Sort.NEWEST, newest)
    return snap


def test_a_set_lists_its_members_in_the_order_asked() -> None:
    snap = snapshot_of([5, 2, 9, 0, 7, 3])
    assert snap.ordered(snap.id_set([0, 3, 9]), Sort.NEWEST) == [9, 0, 3]
    assert snap.ordered(snap.id_set([]), Sort.NEWEST) == []


def test_a_resource_added_after_the_snapshot_is_left_out_of_its_sets() -> None:
    snap = snapshot_of([5, 2, 9, 0, 7, 3])  # ids 0-9; an import has since added 10 and 12
    assert snap.ordered(snap.id_set([12, 3, 10, 9]), Sort.NEWEST) == [9, 3]
    for newer_anywhere in ([3, 9, 10], [3, 12, 9], [10, 12]):  # last, mid-list, only newer ones
        assert snap.members(snap.id_set(newer_anywhere)) == [
            i for i in (3, 9) if i in newer_anywhere
        ]


def test_ids_read_from_sqlites_group_concat() -> None:
    assert parse_ids(None) == [] and parse_ids("") == []
    assert parse_ids("7") == [7]
    assert parse_ids("12,3,100000") == [12, 3, 100000]


def test_title_matches_come_first_then_the_rest_each_newest_first() -> None:
    snap = snapshot_of([5, 2, 9, 0, 7, 3, 1])
    in_title, elsewhere = snap.id_set([3, 2]), snap.id_set([1, 9, 5])
    assert snap.ordered_groups(in_title, elsewhere, Sort.RELEVANCE) == [2, 3, 5, 9, 1]


def test_packing_flags_to_bits_and_back_loses_nothing() -> None:
    flags = bytes([1, 0, 0, 1, 1, 0, 0, 0, 0, 1])
    assert unpack(pack(flags), len(flags)) == flags
    assert pack(flags) == 0b1000011001


def test_the_first_page_is_the_start_of_the_whole_list() -> None:
    """The window paints `head` before `everything` is ordered: they must agree."""
    newest = [5, 2, 9, 0, 7, 3, 1, 8, 6, 4]
    snap = snapshot_of(newest)
    ranked = Ranked(snap, [snap.id_set([3, 2]), snap.id_set([1, 9, 5, 4])], Sort.NEWEST)
    assert ranked.total == 6
    for count in range(8):
        assert ranked.head(count) == list(ranked.everything()[:count])
    assert Ranked.of([4, 1]).head(1) == [4]


def test_relevance_without_words_lists_newest_first() -> None:
    snap = snapshot_of([5, 2, 9])
    ranked = Ranked(snap, [snap.id_set([2, 5, 9])], Sort.RELEVANCE)
    assert ranked.head(2) == [5, 2] and ranked.everything() == (5, 2, 9)
