"""Words the Snowball stemmers must not cut: proper names and known false friends.

Snowball stems by rule, not by meaning, so a few words fall onto the stem of an unrelated word:
"البحرين" (Bahrain) onto "بحر" (sea), "السودان" onto "سود" (black), "لبنان" onto "لبن" (milk),
"united" onto "unit", "experiment" onto "experience". Like a stemmer's keyword marker, this
table gives such words their own stem. Keys are exact forms as `text.fold` and
`text.strip_article` leave them (ة→ه, ى→ي, hamza on a carrier dropped, no article); values are
the stem indexed for them. Every entry answers a trap measured by bench/search_quality.py.
"""

from __future__ import annotations

# Country and place names the Arabic stemmer would cut (and their own spelling variants).
_ARABIC_NAMES = (
    "اردن",
    "افغانستان",
    "امارات",
    "ايران",
    "باكستان",
    "بحرين",
    "جيبوتي",
    "سعوديه",
    "سودان",
    "عمان",
    "غزه",
    "فلسطين",
    "لبنان",
    "ليبيا",
    "مالطا",
    "هايتي",
    "كينيا",
    "اثيوبيا",
    "اوغندا",
    "نيجيريا",
    "تشاد",
    "سوريا",
)

# Words that are a trap for a neighbour with the same Snowball stem; the family shares a key.
_ARABIC_FAMILIES: dict[str, tuple[str, ...]] = {
    "سوريا": ("سوريه", "سوري", "سوريون", "سوريين", "سوريات"),  # not سور (a wall), سوره (a sura)
    "عمله": ("عملات",),  # currency, not عمل (work) nor عمليات (operations)
    "عمليه": ("عمليات",),  # operations, not عمل (work)
    "سلامه": ("سلامتها",),  # safety, not سلام (peace)
}

_ENGLISH_FAMILIES: dict[str, tuple[str, ...]] = {
    "united": (),  # the United Nations, not a unit
    "aids": (),  # the disease, not aid
    "experiment": ("experiments", "experimental", "experimenting", "experimented"),
    "national": ("nationally", "nationals"),  # not the United Nations
    "responsible": ("responsibly",),  # not a response
    "responsibility": ("responsibilities",),
}


def _table(names: tuple[str, ...], families: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {name: name for name in names}
    for key, members in families.items():
        table[key] = key
        table.update((member, key) for member in members)
    return table


ARABIC_STEMS: dict[str, str] = _table(_ARABIC_NAMES, _ARABIC_FAMILIES)
ENGLISH_STEMS: dict[str, str] = _table((), _ENGLISH_FAMILIES)
