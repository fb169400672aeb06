"""Local drawings that stand in for product photos (demo products have none)."""

import unicodedata

# Food drawings by the words of the Vietnamese name, checked in this order (so
# "Nấm rơm Phương Trà" is a mushroom, not tea). With diacritics, so gạo (rice) is
# not Gáo (Gáo Giồng) and trứng (eggs) is not Trung.
FOOD_MOTIFS = (
    ("lotus", ("sen",)),
    ("honey", ("mật ong",)),
    ("fish", ("mắm", "cá", "khô")),
    ("dried", ("sấy", "mứt")),
    ("mango", ("xoài",)),
    ("rice", ("gạo", "lúa")),
    ("mushroom", ("nấm",)),
    ("eggs", ("trứng",)),
    ("greens", ("rau",)),
    ("fruit", ("cam", "chanh", "ổi", "bưởi", "quýt")),
    ("tea", ("trà",)),
)


def food_motif(name_vi: str) -> str | None:
    """A drawing for what a food product is, from the words of its Vietnamese name."""
    words = unicodedata.normalize("NFC", name_vi).lower().split()
    text = " ".join(words)
    for motif, keys in FOOD_MOTIFS:
        if any((" " in key and key in text) or key in words for key in keys):
            return motif
    return None
