"""Bookmarks, collections, tags, reading state and notes on a real data folder."""

import sqlite3

from desktop.domain.filters import ResourceFilter, Scope
from desktop.domain.userdata import ReadingState
from desktop.paths import DataPaths
from desktop.storage import resources_repo as repo
from desktop.storage import userdata_notes as notes
from desktop.storage import userdata_repo as ud
from desktop.storage.facets import personal_tag_counts
from desktop.storage.search import search_ids
from desktop.storage.store import Store
from desktop.storage.userdata_db import UserData, open_userdata

PAKISTAN = "calp-2021-sp-covid-pakistan"
ETHIOPIA = "calp-2021-sp-covid-ethiopia-brief"


def found(store: Store, **options: object) -> set[str]:
    f = ResourceFilter(**options)  # type: ignore[arg-type]
    with store.read() as conn:
        return {r.uid for r in repo.rows_by_ids(conn, store.labels, search_ids(conn, f), "en")}


def test_a_star_makes_the_resource_appear_under_bookmarked(
    store: Store, userdata: UserData
) -> None:
    with userdata.write() as conn:
        assert ud.set_bookmarked(conn, PAKISTAN, True)
        assert not ud.set_bookmarked(conn, PAKISTAN, True)  # already starred
    assert found(store, bookmarked=True) == {PAKISTAN}
    with userdata.write() as conn:
        ud.set_bookmarked(conn, PAKISTAN, False)
    assert found(store, bookmarked=True) == set()


def test_a_resource_can_be_in_several_collections(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        field = ud.create_collection(conn, "Field visit")
        reading = ud.create_collection(conn, "قائمة القراءة")
        for c in (field, reading):
            ud.set_in_collection(conn, c.id, PAKISTAN, True)
        ud.set_in_collection(conn, reading.id, ETHIOPIA, True)
    assert found(store, collection_id=reading.id) == {PAKISTAN, ETHIOPIA}
    assert found(store, collection_id=field.id) == {PAKISTAN}
    with userdata.read() as conn:
        assert [c.size for c in ud.collections(conn)] == [1, 2]
        assert ud.marks(conn, PAKISTAN).collection_ids == {field.id, reading.id}


def test_a_deleted_collection_comes_back_with_its_members(userdata: UserData) -> None:
    with userdata.write() as conn:
        c = ud.create_collection(conn, "Field visit")
        ud.set_in_collection(conn, c.id, PAKISTAN, True)
        saved, members = ud.delete_collection(conn, c.id)
    with userdata.write() as conn:
        assert ud.collections(conn) == []
        ud.restore_collection(conn, saved, members)
        assert ud.collection_members(conn, c.id) == [PAKISTAN]
        assert ud.collection(conn, c.id).uid == c.uid


def test_personal_tags_filter_and_count_as_a_facet(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        ud.set_tags(conn, PAKISTAN, ["urgent", "مراجعة"])
        ud.set_tags(conn, ETHIOPIA, ["urgent"])
    assert found(store, personal_tags=frozenset({"مراجعة"})) == {PAKISTAN}
    with store.read() as conn:
        counts = personal_tag_counts(conn, ResourceFilter(personal_tags=frozenset({"مراجعة"})))
    assert [(c.value, c.count) for c in counts] == [("urgent", 2), ("مراجعة", 1)]
    with userdata.write() as conn:
        assert ud.set_tags(conn, PAKISTAN, []) == ("urgent", "مراجعة")


def test_reading_state_and_last_opened(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        ud.mark_opened(conn, PAKISTAN, at="2026-01-02T10:00:00.000+00:00")
        assert ud.set_reading_state(conn, PAKISTAN, ReadingState.READ) is ReadingState.UNREAD
        ud.set_reading_state(conn, ETHIOPIA, ReadingState.READING)
    with userdata.read() as conn:
        assert ud.reading_state(conn, PAKISTAN) == (
            ReadingState.READ,
            "2026-01-02T10:00:00.000+00:00",
        )
        assert ud.reading_states(conn, [PAKISTAN, ETHIOPIA, "other"]) == {
            PAKISTAN: ReadingState.READ,
            ETHIOPIA: ReadingState.READING,
        }
    assert found(store, reading_states=frozenset({"read"})) == {PAKISTAN}
    assert PAKISTAN not in found(store, reading_states=frozenset({"unread"}))


def test_notes_keep_times_and_go_through_the_trash(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        first = notes.add_note(conn, PAKISTAN, "first")
        notes.add_note(conn, PAKISTAN, "second")
        saved = notes.save_note(
            conn, first.note_uid, "first, edited", at="2099-01-01T00:00:00.000+00:00"
        )
    assert saved.created_at == first.created_at and saved.updated_at.startswith("2099")
    assert found(store, has_notes=True) == {PAKISTAN}
    with userdata.write() as conn:
        notes.delete_note(conn, first.note_uid)
        assert [n.body for n in notes.notes_for(conn, PAKISTAN)] == ["second"]
        assert [n.body for n in notes.trash(conn)] == ["first, edited"]
        notes.restore_note(conn, first.note_uid)
        assert len(notes.notes_for(conn, PAKISTAN)) == 2
        notes.delete_note(conn, first.note_uid)
        assert notes.empty_trash(conn) == 1
        assert notes.trash(conn) == []


def test_note_search_scope_finds_arabic_in_notes_only_when_asked(
    store: Store, userdata: UserData
) -> None:
    with userdata.write() as conn:
        notes.add_note(conn, ETHIOPIA, "زيارة ميدانية مع الشركاء\nvisited the warehouse")
    assert found(store, query="الزيارات الميدانية", scope=Scope.NOTES) == {ETHIOPIA}
    assert found(store, query="مستودع", scope=Scope.NOTES) == set()
    assert found(store, query="زيارة", scope=Scope.NOTES) == {ETHIOPIA}
    assert found(store, query="ميدانيه", scope=Scope.NOTES) == {ETHIOPIA}  # ة/ه folded
    assert found(store, query="زياره", scope=Scope.EVERYTHING) == {ETHIOPIA}
    assert found(store, query="زيارة", scope=Scope.CATALOGUE) == set()
    assert found(store, query="warehouses", scope=Scope.NOTES) == {ETHIOPIA}  # stem
    assert PAKISTAN in found(store, query="Pakistan", scope=Scope.EVERYTHING)
    assert found(store, query="Pakistan", scope=Scope.NOTES) == set()
    assert found(store, query="Ethiopia -warehouse", scope=Scope.EVERYTHING) == {
        "calp-2020-space-early-response-ethiopia"
    }


def test_a_note_in_the_trash_is_not_found(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        n = notes.add_note(conn, ETHIOPIA, "warehouse")
        notes.delete_note(conn, n.note_uid)
    assert found(store, query="warehouse", scope=Scope.NOTES) == set()


def test_a_one_megabyte_note_saves_and_is_searchable(store: Store, userdata: UserData) -> None:
    body = ("سطر عربي طويل للاختبار " * 20 + "\n" + "an English line " * 20 + "\n") * 1400
    assert len(body.encode()) > 1_000_000
    with userdata.write() as conn:
        n = notes.add_note(conn, PAKISTAN, body + "needle")
    with userdata.read() as conn:
        assert notes.note(conn, n.note_uid).body == body + "needle"
    assert found(store, query="needle", scope=Scope.NOTES) == {PAKISTAN}


def test_ten_thousand_bookmarks(store: Store, userdata: UserData) -> None:
    uids = [f"unknown-{i:05}" for i in range(10_000)] + [PAKISTAN]
    with userdata.write() as conn:
        ud.set_many_bookmarked(conn, uids)
    with userdata.read() as conn:
        assert len(ud.bookmarks(conn)) == 10_001
        assert ud.bookmarked_uids(conn, uids[::7]) == set(uids[::7])
    assert found(store, bookmarked=True) == {PAKISTAN}


def test_notes_written_before_schema_2_are_indexed_when_opened(
    store: Store, data_paths: DataPaths
) -> None:
    with sqlite3.connect(data_paths.userdata) as conn:  # as an older Daleel wrote it: no index
        conn.execute(
            "INSERT INTO notes (note_uid, uid, body, created_at, updated_at) "
            "VALUES ('old', ?, 'مستودع', '2020-01-01', '2020-01-01')",
            (PAKISTAN,),
        )
    conn.close()
    assert found(store, query="مستودع", scope=Scope.NOTES) == set()
    open_userdata(data_paths).close()
    assert found(store, query="مستودع", scope=Scope.NOTES) == {PAKISTAN}


def test_every_mark_the_list_paints_comes_in_one_read(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        ud.set_bookmarked(conn, PAKISTAN, True)
        ud.set_reading_state(conn, ETHIOPIA, ReadingState.READING)
        ud.set_reading_state(conn, PAKISTAN, ReadingState.UNREAD)
        note = notes.add_note(conn, ETHIOPIA, "to read again")
    with userdata.read() as conn:
        assert ud.every_mark(conn) == ({PAKISTAN}, {ETHIOPIA: ReadingState.READING}, {ETHIOPIA})
    with userdata.write() as conn:
        notes.delete_note(conn, note.note_uid)  # in the trash: no longer a mark
    with userdata.read() as conn:
        assert ud.every_mark(conn)[2] == set()
