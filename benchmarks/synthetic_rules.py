"""A gitleaks-shaped rule pack of ~260 rules, generated, for benchmarking the engine.

Why: the built-in packs are written by others and change under us; a fixed synthetic pack with the
same shapes (keyword-assignment rules, prefixed tokens, PEM blocks, lookarounds, backrefs,
mid-pattern ``(?i)``, keywordless PII-like rules) keeps speed figures comparable over time. Every
rule carries examples, so the backend-equivalence tests can plant matches of each one.
"""
from __future__ import annotations

import random
from pathlib import Path

PROVIDERS = """adafruit adobe airtable algolia alibaba asana atlassian beamer bitbucket bittrex codecov
coinbase confluent contentful datadog discord doppler dropbox duffel dynatrace easypost etsy facebook
fastly finicity finnhub flickr flutterwave frameio freshbooks gitter gocardless grafana hashicorp heroku
hubspot intercom jfrog kraken kucoin launchdarkly linear linkedin mailchimp mailgun mapbox mattermost
messagebird netlify newrelic nytimes okta openai pinecone plaid planetscale postman prefect pulumi
rapidapi rubygems sendbird sendgrid sendinblue sentry shippo shopify sidekiq snyk squarespace sumologic
telegram travis trello twilio twitch typeform yandex zendesk zapier vercel cloudinary auth0 segment
mixpanel amplitude bugsnag rollbar loggly papertrail pagerduty opsgenie statuspage circleci buildkite
semaphore codeship bitrise appveyor""".split()
ASSIGN = (r"""(?i)[\w.-]{0,50}?(?:%s)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)"""
          r"""[\x60'"\s=]{0,5}(%s)(?:[\x60'"\s;]|\\[nr]|$)""")
TAIL = r"""(?:[\x60'"\s;]|\\[nr]|$)"""
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _token(rnd: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(n))


def _toml_str(s: str) -> str:
    return "'''" + s + "'''" if "'''" not in s and not s.endswith("'") else repr(s).replace("\\\\", "\\\\")


def synthetic_rules(seed: int = 8) -> list[dict]:
    """The pack as rule dicts (``rules.rule_from_dict`` input)."""
    rnd = random.Random(seed)
    rules: list[dict] = []
    for name in PROVIDERS:
        for kind, n in (("id", rnd.choice([16, 20, 24, 32])), ("secret", rnd.choice([32, 40, 43, 64]))):
            cls = rnd.choice(["[a-z0-9]", "[a-f0-9]", "[a-z0-9_-]", "[a-z0-9=_\\-]"])
            value = _token(rnd, n, "0123456789abcdef" if "f0" in cls else ALNUM)
            rules.append({"id": f"{name}-{kind}", "regex": ASSIGN % (name, f"{cls}{{{n}}}"), "keywords": [name],
                          "entropy": 2.0, "examples": [f"{name.upper()}_{kind.upper()} = '{value}'"]})
    prefixes = ["ghp_", "gho_", "ghu_", "ghs_", "glpat-", "xoxb-", "xoxp-", "sk_live_", "rk_live_", "pk_live_",
                "AKIA", "ASIA", "SG.", "key-", "npm_", "pypi-", "dop_v1_", "shpat_", "shpss_", "lin_api_",
                "hf_", "sq0atp-", "EAAC", "AIza", "ya29.", "dapi", "glsa_", "pscale_tkn_", "PMAK-", "vcp_"]
    for i, p in enumerate(prefixes):
        n = rnd.choice([20, 24, 32, 36, 40])
        body = "[A-Za-z0-9_]" if i % 3 else "[A-Z0-9]"
        rules.append({"id": f"token-{i:02d}", "regex": rf"\b({_re_escape(p)}{body}{{{n}}}){TAIL}", "keywords": [p.lower()],
                      "entropy": 3.0, "examples": [f"token: {p}{_token(rnd, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ234567')}"]})
    rules += [
        {"id": "private-key", "keywords": ["-----begin"], "examples": [
            "-----BEGIN RSA PRIVATE KEY-----\n" + _token(rnd, 64) + "\n" + _token(rnd, 64) + "\n-----END RSA PRIVATE KEY-----"],
         "regex": r"(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?KEY(?: BLOCK)?-----"},
        {"id": "generic-api-key", "keywords": ["key", "api", "token", "secret", "passw"], "entropy": 3.5,
         "examples": ["api_token = 'Zq8vX2pL9wRtYb7N'"],
         "regex": r"""(?i)[\w.-]{0,50}?(?:access|auth|(?-i:[Aa]pi|API)|credential|creds|key|passw(?:or)?d|secret|token)(?:[ \t\w.-]{0,20})[\s'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[\x60'"\s=]{0,5}([\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3})(?:[\x60'"\s;]|\\[nr]|$)"""},
        {"id": "jwt", "keywords": ["ey"], "examples": ["auth eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
         "regex": r"\b(ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?)" + TAIL},
        {"id": "curl-basic", "keywords": ["curl"], "examples": ["curl -u admin:hunter2hunter2 https://x"],
         "regex": r"\bcurl\b(?:.*?)[ \t](?:-u|--user)[ \t]+([^\s:]+:[^\s]{6,})"},
        {"id": "mid-i", "keywords": ["p8e-"], "examples": ["p8e-" + _token(rnd, 32)],
         "regex": r"\b(p8e-(?i)[a-z0-9]{32})(?:[\x60'\"\s;]|\\[nr]|$)"},
        {"id": "end-z", "keywords": ["zend_"], "examples": ["zend_" + _token(rnd, 20)], "regex": r"\b(zend_[a-z0-9]{20})\z"},
        {"id": "lookahead", "keywords": ["lk_"], "examples": ["x lk_" + _token(rnd, 24) + " y"],
         "regex": r"\blk_([a-z0-9]{24})(?=\s|$)(?!\s*#nosecret)"},
        {"id": "lookbehind", "keywords": ["passwd"], "examples": ["passwd: Xy7#kq92LmZ"], "regex": r"(?<=passwd: )(\S{8,40})"},
        {"id": "backref", "keywords": ["pw="], "examples": ["pw='S3cr3tValue99'"], "regex": r"pw=(['\"])([^'\"]{8,64})\1", "secret_group": 2},
        {"id": "conn-string", "keywords": ["://"], "examples": ["postgres://admin:S3cr3tPassw0rd@db.example.com/app"],
         "regex": r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:@/]{1,64}:([^\s@/]{3,128})@[^\s/]+"},
        # keywordless, PII/internal-shaped: these run on every text
        {"id": "s-email", "category": "pii", "examples": ["mail jane.doe@example.org now"],
         "regex": r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b"},
        {"id": "s-ipv4", "category": "pii", "examples": ["host 10.12.250.3 up"],
         "regex": r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"},
        {"id": "s-us-ssn", "category": "pii", "examples": ["ssn 123-45-6789"], "regex": r"\b(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"},
        {"id": "s-card", "category": "pii", "examples": ["card 4111 1111 1111 1111"], "regex": r"\b(?:\d[ -]?){13,18}\d\b"},
        {"id": "ticket", "category": "internal", "examples": ["see OPS-4521"], "regex": r"\b(?:OPS|SEC|INFRA|PAY)-\d{3,6}\b"},
        {"id": "corp-host", "category": "internal", "examples": ["ssh build-01.corp.acme.io"],
         "regex": r"\b[a-z0-9-]{1,63}\.corp\.acme\.io\b"},
        {"id": "unicode-word", "category": "internal", "examples": ["projet Écureuil-42 ok"], "regex": r"\b\w+-4\d\b"},
    ]
    return rules


def _re_escape(s: str) -> str:
    import re

    return re.escape(s)


def write_pack(folder: Path, seed: int = 8) -> Path:
    """Write the pack as one TOML file under ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for r in synthetic_rules(seed):
        lines.append("[[rules]]")
        for key, value in r.items():
            if isinstance(value, list):
                lines.append(f"{key} = [{', '.join(_basic(v) for v in value)}]")
            elif isinstance(value, str):
                lines.append(f"{key} = {_basic(value)}")
            else:
                lines.append(f"{key} = {value}")
        lines.append("")
    path = folder / "synthetic.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _basic(s: str) -> str:
    """A TOML basic string (JSON escaping is valid TOML for these)."""
    import json

    return json.dumps(s, ensure_ascii=False)


if __name__ == "__main__":
    import sys

    print(write_pack(Path(sys.argv[1] if len(sys.argv) > 1 else "bench-rules")))
