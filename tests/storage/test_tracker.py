"""The priorities tracker: seed priorities, history, local and retired priorities."""

from datetime import date

import pytest

from desktop.domain.userdata import (
    InvalidTrackerValueError,
    PriorityOrigin,
    TrackerEntry,
    TrackerStatus,
)
from desktop.paths import DataPaths, shipped_catalogue
from desktop.storage import tracker_repo as tracker
from desktop.storage.store import Store, open_store
from desktop.storage.userdata_db import UserData

SEED = [
    "sp-2021-overview-paper",
    "sp-2021-mena-capacity",
    "sp-2021-brc-gp-mapping",
    "sp-2021-brc-grand-bargain-mapping",
]
THEME = "social-protection"


def track(store: Store, userdata: UserData, pid: str, **changes: object) -> TrackerEntry:
    with store.read() as conn:
        about = tracker.about(conn, pid)
    with userdata.write() as conn:
        return tracker.save_entry(conn, tracker.entry(conn, pid).edited(**changes), about)


def test_the_tracker_shows_the_four_seed_priorities_in_both_languages(store: Store) -> None:
    with store.read() as conn:
        english = tracker.tracked_priorities(conn, "en")
        arabic = tracker.tracked_priorities(conn, "ar")
    assert [p.id for p in english] == SEED == [p.id for p in arabic]
    assert all(p.entry.status is TrackerStatus.NOT_STARTED for p in english)
    assert english[0].text.startswith("Commission") and arabic[0].text.startswith("التكليف")


def test_a_status_change_is_in_the_history_and_survives_a_restart(
    store: Store, userdata: UserData, data_paths: DataPaths
) -> None:
    track(store, userdata, SEED[1], status=TrackerStatus.IN_PROGRESS, progress=40)
    track(store, userdata, SEED[1], status=TrackerStatus.BLOCKED, next_step="Call the cluster")
    store.close()
    userdata.close()
    reopened = open_store(data_paths, shipped_catalogue())
    with reopened.read() as conn:
        [p] = [p for p in tracker.tracked_priorities(conn, "en") if p.id == SEED[1]]
        changes = tracker.history(conn, SEED[1])
    reopened.close()
    assert (p.entry.status, p.entry.progress, p.entry.next_step) == (
        TrackerStatus.BLOCKED,
        40,
        "Call the cluster",
    )
    assert [(c.field, c.old_value, c.new_value) for c in changes] == [
        ("next_step", "", "Call the cluster"),
        ("status", "in_progress", "blocked"),
        ("progress", "0", "40"),
        ("status", "not_started", "in_progress"),
    ]
    assert all(c.changed_at for c in changes)


def test_bad_values_are_refused(store: Store, userdata: UserData) -> None:
    with pytest.raises(InvalidTrackerValueError):
        track(store, userdata, SEED[0], progress=101)
    with pytest.raises(InvalidTrackerValueError):
        track(store, userdata, SEED[0], target_date="next week")


def test_filter_by_status_and_overdue(store: Store, userdata: UserData) -> None:
    track(
        store, userdata, SEED[0], status=TrackerStatus.DONE, progress=100, target_date="2020-01-01"
    )
    track(store, userdata, SEED[2], status=TrackerStatus.IN_PROGRESS, target_date="2020-01-01")
    track(store, userdata, SEED[3], target_date="2999-01-01")
    with store.read() as conn:
        done = tracker.tracked_priorities(conn, "en", statuses=frozenset({TrackerStatus.DONE}))
        late = tracker.overdue(conn, "en", date(2026, 1, 1))
        [overview] = tracker.theme_progress(conn, "en", date(2026, 1, 1))
    assert [p.id for p in done] == [SEED[0]]
    assert [p.id for p in late] == [SEED[2]]  # done items are never overdue
    assert (overview.priorities, overview.done, overview.progress, overview.overdue) == (
        4,
        1,
        25,
        1,
    )


def test_local_priorities_add_edit_reorder_archive(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        a = tracker.add_local_priority(conn, THEME, "Country office: map social registries")
        b = tracker.add_local_priority(conn, THEME, "خطة المكتب القطري")
        tracker.reorder_local_priorities(conn, THEME, [b.id, a.id])
        tracker.edit_local_priority(conn, a.id, text="Map social registries (Yemen)")
    with store.read() as conn:
        shown = tracker.tracked_priorities(conn, "en", theme_id=THEME)
    assert [p.id for p in shown] == [*SEED, b.id, a.id]
    assert shown[-1].origin is PriorityOrigin.LOCAL and shown[-1].text.endswith("(Yemen)")
    with userdata.write() as conn:
        tracker.edit_local_priority(conn, b.id, archived=True)
    with store.read() as conn:
        assert b.id not in [p.id for p in tracker.tracked_priorities(conn, "en")]
        archived = tracker.tracked_priorities(conn, "en", include_archived=True)
    assert [p.archived for p in archived if p.id == b.id] == [True]


def test_links_to_resources(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        assert tracker.set_linked(conn, SEED[0], "calp-2021-sp-covid-pakistan", True)
        tracker.set_linked(conn, SEED[0], "calp-2021-sp-covid-ethiopia-brief", True)
        tracker.set_linked(conn, SEED[0], "calp-2021-sp-covid-pakistan", False)
    with store.read() as conn:
        [first, *_] = tracker.tracked_priorities(conn, "en")
    assert first.links == ("calp-2021-sp-covid-ethiopia-brief",)


def test_a_reworded_priority_keeps_its_tracking_and_a_dropped_one_is_retired(
    store: Store, userdata: UserData
) -> None:
    track(store, userdata, SEED[3], status=TrackerStatus.IN_PROGRESS, progress=60)
    with store.write() as conn:  # a catalogue update: one reworded, one dropped
        conn.exec_driver_sql(
            "UPDATE priority_texts SET text = 'Reworded' WHERE priority_id = ? AND lang = 'en'",
            (SEED[0],),
        )
        conn.exec_driver_sql("DELETE FROM priorities WHERE id = ?", (SEED[3],))
    track(store, userdata, SEED[0], progress=10)
    with store.read() as conn:
        shown = {p.id: p for p in tracker.tracked_priorities(conn, "ar")}
        [overview] = tracker.theme_progress(conn, "en", date(2026, 1, 1))
    assert shown[SEED[0]].entry.progress == 10 and not shown[SEED[0]].retired
    retired = shown[SEED[3]]
    assert retired.retired and retired.entry.progress == 60 and retired.theme_id == THEME
    assert retired.text.startswith("استضافة")  # the text kept from before it was dropped
    assert overview.priorities == 3  # retired priorities are not counted in progress


def test_an_untracked_dropped_priority_disappears(store: Store) -> None:
    with store.write() as conn:
        conn.exec_driver_sql("DELETE FROM priorities WHERE id = ?", (SEED[3],))
    with store.read() as conn:
        assert [p.id for p in tracker.tracked_priorities(conn, "en")] == SEED[:3]


def test_five_hundred_tracker_entries(store: Store, userdata: UserData) -> None:
    with userdata.write() as conn:
        for i in range(500):
            p = tracker.add_local_priority(conn, THEME, f"Local priority {i}")
            tracker.save_entry(conn, TrackerEntry(p.id).edited(progress=i % 101))
    with store.read() as conn:
        shown = tracker.tracked_priorities(conn, "en")
        [overview] = tracker.theme_progress(conn, "en", date(2026, 1, 1))
    assert len(shown) == 504 and overview.priorities == 504
    assert sum(p.entry.progress for p in shown) == sum(i % 101 for i in range(500))
