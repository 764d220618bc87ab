"""Generated company data for the internal-identifier family: a config, prompts that plant identifiers, and
ordinary prompts that must come out unchanged.

Used by ``tests/test_gen_internal.py`` (every planted identifier is redacted; ordinary prompts get no
internal findings) and by ``benchmarks/bench_internal.py`` (10,000 terms and 50 custom rules). Everything
is derived from a seed, so a failure names a reproducible prompt.

    python benchmarks/gen_internal.py OUT_DIR [--terms 10000] [--rules 50]
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = "bra cor dex fal gri hal jun kes lor mav nox orp pel quor rav sel tam umb vor wex yar zen".split()
CONFIG = '''[internal]
domains = ["acme.internal", "acme-corp.com"]
terms = ["Nightjar", "BLUEFALCON", "Project Tamarind"]
terms_files = ["codenames.txt"]

[[code_rules]]
id = "acme-packages"
tokens = ["Name", "Name.Namespace"]
regex = \'\'\'^acme_\\w+\'\'\'
'''


@dataclass(frozen=True)
class Prompt:
    """A generated prompt and the identifiers planted in it (each must be absent from the redacted text)."""

    text: str
    planted: tuple[str, ...]


def codenames(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct made-up codenames (two or three syllables, some two words), none an English word."""
    rng = random.Random(seed)
    out: dict[str, None] = {}
    while len(out) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
        if rng.random() < 0.1:
            word += " " + "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        out[word] = None
    return list(out)


def ticket_prefixes(n: int) -> list[str]:
    """``n`` distinct team ticket prefixes like ``QAB``."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [f"Q{letters[i // len(letters) % len(letters)]}{letters[i % len(letters)]}" for i in range(n)]


def write_company(root: Path, n_terms: int = 200, n_rules: int = 5, code_rules: bool = True) -> Path:
    """A company config in ``root``: fixed domains and terms, ``n_terms`` generated codenames, ``n_rules`` ticket rules."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "codenames.txt").write_text("# generated\n" + "\n".join(codenames(n_terms)) + "\n", encoding="utf-8")
    text = CONFIG if code_rules else CONFIG.split("[[code_rules]]")[0]
    for p in ticket_prefixes(n_rules):
        text += f'\n[[rules]]\nid = "ticket-{p.lower()}"\nregex = \'\'\'\\b{p}-\\d{{3,6}}\\b\'\'\'\nkeywords = ["{p.lower()}-"]\n'
    path = root / ".promptscrub.toml"
    path.write_text(text, encoding="utf-8")
    return path


def planted_prompts(n: int, n_terms: int = 200, n_rules: int = 5, seed: int = 1) -> list[Prompt]:
    """Prompts mixing prose and code, each planting a handful of internal identifiers of every kind."""
    rng = random.Random(seed)
    names = codenames(n_terms)
    prefixes = ticket_prefixes(n_rules)
    out = []
    for i in range(n):
        term = rng.choice(names + ["Nightjar", "BLUEFALCON", "Project Tamarind"])
        host = f"{rng.choice(['ledger', 'build', 'grafana', 'vault'])}-{rng.randint(1, 99)}.{rng.choice(['acme.internal', 'corp', 'lan', 'acme-corp.com'])}"
        ip = rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                         f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
        email = f"{rng.choice(['dana', 'lee', 'sam'])}.{rng.choice(['ortiz', 'kim', 'novak'])}@acme-corp.com"
        ticket = f"{rng.choice(prefixes)}-{rng.randint(100, 99999)}"
        account = f"{rng.randint(2, 9)}{rng.randint(10**10, 10**11 - 1)}"
        bucket = f"acme-{rng.choice(['ledger', 'ml', 'logs'])}-{rng.randint(1, 999)}"
        project = f"acme-{rng.choice(['ledger', 'ci', 'data'])}-prod-{rng.randint(10, 99)}"
        sub = "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48))
        ns = f"payments-{rng.choice(['prod', 'staging', 'dev'])}{rng.randint(1, 9)}"
        svc = f"ledger-api.team{rng.randint(1, 99)}.svc.cluster.local"
        pkg = f"acme_{rng.choice(['ledger', 'auth', 'billing'])}{rng.randint(1, 9)}"
        remote = f"git@git{rng.randint(1, 9)}.acme.internal:pay/repo{rng.randint(1, 99)}.git"
        text = (
            f"[{i}] {term} is failing again ({ticket}). The primary {host} ({ip}) stopped answering; "
            f"ping {email} if you see it.\n\n"
            f"Infra: AWS account {account}, state in s3://{bucket}/tf, GCP projects/{project}/locations/eu/x, "
            f"/subscriptions/{sub}/resourceGroups/x, kubectl -n {ns} get pods, {svc}:8080, remote {remote}.\n\n"
            f"```python\nimport {pkg}.client\n\nclient = {pkg}.client.connect(retries=3)\n```\n"
        )
        out.append(Prompt(text, (term, ticket, host, ip, email, account, bucket, project, sub, ns, svc, pkg, remote.split("@")[1].split(":")[0])))
    return out


ORDINARY = [
    "How do I reverse a list in Python? I tried `xs[::-1]` but want it in place.",
    "Our service runs version 10.2.3.4 of the agent; upgrading to release 10.3.0.1 broke TLS. Any idea?",
    "The docs say to use localhost:8080 or 127.0.0.1 while testing, and example.local in samples.",
    "Clone it with `git clone git@github.com:psf/requests.git` or https://gitlab.com/inkscape/inkscape.git.",
    "Why does `threading.local()` lose values across asyncio tasks? self.local = threading.local()",
    "Run `kubectl -n kube-system get pods` and attach arn:aws:iam::aws:policy/ReadOnlyAccess to the role.",
    "Public DNS 8.8.8.8 and 1.1.1.1 resolve fine; 203.0.113.7 is from the documentation range.",
    "My code is in ~/projects/myapp/src/main.py and the tests in ~/projects/myapp/tests.",
    "```python\nimport requests\n\nresp = requests.get('https://api.github.com/repos/python/cpython')\nprint(resp.json()['stargazers_count'])\n```\n",
    "```js\nimport express from 'express';\nconst app = express();\napp.listen(3000);\n```\n",
    "The AWS docs use account 123456789012 in every example ARN, like arn:aws:iam::123456789012:role/Admin.",
    "Please summarise the difference between a Kestrel-style web server and a reverse proxy.",
    "Is Phoenix LiveView a good fit for dashboards? Compare with Django channels.",
    "Set tenant_id = 00000000-0000-0000-0000-000000000000 in the sample config before running.",
]


def ordinary_prompts() -> list[str]:
    """Everyday prompts that mention nothing company-internal (but plenty that looks close)."""
    return list(ORDINARY)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--terms", type=int, default=10_000)
    ap.add_argument("--rules", type=int, default=50)
    ap.add_argument("--prompts", type=int, default=20)
    args = ap.parse_args()
    cfg = write_company(args.out, args.terms, args.rules)
    for i, p in enumerate(planted_prompts(args.prompts, args.terms, args.rules)):
        (args.out / f"planted-{i:03d}.md").write_text(p.text, encoding="utf-8")
    for i, text in enumerate(ordinary_prompts()):
        (args.out / f"ordinary-{i:03d}.md").write_text(text, encoding="utf-8")
    print(cfg)


if __name__ == "__main__":
    main()
