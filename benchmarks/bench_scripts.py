#!/usr/bin/env python3
"""Throughput of ``promptscrub redact`` on text in other scripts: Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Thai, Chinese, Japanese, Korean, and Latin with diacritics (Vietnamese), beside plain ASCII prose.

Each text is generated: sentences of made-up words drawn from the script's letters (word lengths of the
language: one or two characters for Chinese, four to nine for Russian), capitalised where the script has
case, with a date, a number, an e-mail or an order id now and then, ~1 MB each. Made-up words keep the
detectors' lists out of it: this measures the cost of reading a script, not of what a text says.

    python benchmarks/bench_scripts.py                      every script, 3 runs each
    python benchmarks/bench_scripts.py --against /tmp/old/src   the same runs with another checkout (PYTHONPATH)
    python benchmarks/bench_scripts.py --scripts ru,zh --mb 2

Figures are MB/s (the minimum time of the runs) and the ratio to Python reading and writing the same bytes,
timed in the same session; with ``--against``, the ratio of the two checkouts and whether their outputs
are identical.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable

#: script -> (letters, word lengths, words a sentence, whether it has capitals, word separator, full stop)
SCRIPTS: dict[str, tuple[str, tuple[int, int], tuple[int, int], bool, str, str]] = {
    "ascii": ("abcdefghijklmnopqrstuvwxyz", (2, 9), (6, 16), True, " ", ". "),
    "vi": ("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ", (1, 5), (8, 18), True, " ", ". "),
    "ru": ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (3, 9), (6, 14), True, " ", ". "),
    "el": ("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ", (3, 9), (6, 14), True, " ", ". "),
    "ar": ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", (3, 7), (6, 14), False, " ", ". "),
    "he": ("אבגדהוזחטיכלמנסעפצקרשת", (2, 6), (6, 14), False, " ", ". "),
    "hi": ("अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह", (2, 6), (6, 14), False, " ", "। "),
    "th": ("กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะาิีึืุูเแโใไ่้", (2, 8), (4, 10), False, "", " "),
    "zh": ("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济留", (1, 2), (8, 20), False, "", "。"),
    "ja": ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソ日本人大年出中子上生見行事自分時間会社", (1, 4), (8, 18), False, "", "。"),
    "ko": ("가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후그느드르므브스으즈츠크트프흐기니디리미비시이지치키티피히", (1, 4), (6, 14), False, " ", ". "),
}


def sentence(rnd: random.Random, script: str) -> str:
    letters, (w0, w1), (n0, n1), cased, sep, stop = SCRIPTS[script]
    words = ["".join(rnd.choice(letters) for _ in range(rnd.randint(w0, w1))) for _ in range(rnd.randint(n0, n1))]
    if cased:
        words[0] = words[0].capitalize()
    roll = rnd.random()
    if roll < 0.05:
        words.insert(rnd.randrange(len(words) + 1), f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(1950, 2025)}")
    elif roll < 0.10:
        words.insert(rnd.randrange(len(words) + 1), str(rnd.randint(1, 10**6)))
    elif roll < 0.12:
        words.insert(rnd.randrange(len(words) + 1), f"u{rnd.randrange(10**5)}@example.com")
    elif roll < 0.14:
        words.insert(rnd.randrange(len(words) + 1), f"#{rnd.randrange(10**7)}")
    return sep.join(words) + stop


def text(script: str, mb: float, seed: int = 11) -> str:
    rnd = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < mb * 1e6:
        para = "".join(sentence(rnd, script) for _ in range(rnd.randint(2, 6))).rstrip() + "\n\n"
        out.append(para)
        size += len(para.encode("utf-8"))
    return "".join(out)


def best_of(cmd: list[str], src: Path, out: Path, runs: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(runs):
        with open(src, "rb") as fin, open(out, "wb") as fout:
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env)
            best = min(best, time.perf_counter() - t0)
        if proc.returncode:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-400:]}")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scripts", default=",".join(SCRIPTS), help="comma-separated: " + ",".join(SCRIPTS))
    ap.add_argument("--mb", type=float, default=1.0, help="size of each generated text")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", metavar="SRC", help="also time the checkout whose package is under SRC (PYTHONPATH)")
    args = ap.parse_args()
    copy = [PY, "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read())"]
    redact = [PY, "-m", "promptscrub", "redact", "-"]
    this_env = dict(os.environ)
    other_env = dict(os.environ, PYTHONPATH=args.against) if args.against else None
    with tempfile.TemporaryDirectory(prefix="ps-scripts-") as tmp:
        work = Path(tmp)
        for script in args.scripts.split(","):
            src = work / f"{script}.txt"
            src.write_text(text(script, args.mb), encoding="utf-8")
            mb = src.stat().st_size / 1e6
            for env in (this_env, other_env):  # build the caches outside the timings
                if env is not None:
                    best_of(redact, src, work / "warm.out", 1, env)
            base = best_of(copy, src, work / "copy.out", args.runs, this_env)
            this = best_of(redact, src, work / "this.out", args.runs, this_env)
            line = f"{script:6s} {mb:.2f} MB: {mb / this:6.2f} MB/s ({this / base:5.1f}x read+write)"
            if other_env is not None:
                other = best_of(redact, src, work / "other.out", args.runs, other_env)
                same = filecmp.cmp(work / "this.out", work / "other.out", shallow=False)
                line += f"   --against {mb / other:6.2f} MB/s: {other / this:5.2f}x faster, output identical: {same}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
