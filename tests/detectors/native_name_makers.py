"""Person names in native scripts assembled at test time (family names from the detector's own lists or the
commonest ones, made-up given names), shared by the names detector's tests of native-script text; each test
file passes its own seeded ``random.Random``."""
from __future__ import annotations

import random

from promptscrub.detectors.names import NameDetector

HAN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
JA_GIVEN = ["健", "翼", "直人", "沙織", "拓海", "美穂"]
HANGUL_GIVEN = "민서준지하은우현수빈도윤예진"


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in NameDetector().detect(text)]


def zh(rng: random.Random) -> str:
    return rng.choice("王李张刘陈杨赵周吴徐") + "".join(rng.sample(HAN_GIVEN, 2))


def ja(rng: random.Random) -> str:
    return rng.choice(["佐藤", "鈴木", "中村", "小林", "山口", "松本"]) + " " + rng.choice(JA_GIVEN)


def ko(rng: random.Random) -> str:
    return rng.choice("김이박최정강조윤장") + "".join(rng.sample(HANGUL_GIVEN, 2))
