"""Secrets in network gear and ops configs, in HTML tables and in SOPS files are redacted (audit 10).

Every value here is made up for the test."""
from __future__ import annotations

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


def secret_values(scrubber, text: str) -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.category == "secret"}


# (text, the secrets in it)
CASES = {
    "a Cisco enable password in clear text and a user's type-7 password are redacted": (
        "rtr-edge-4#show run | include enable|username\n"
        "enable password 0 Tm4!qLr8Vz2Kp\n"
        "username noc privilege 15 password 7 121A0C0411045D5679\n",
        {"Tm4!qLr8Vz2Kp", "121A0C0411045D5679"},
    ),
    "a Cisco user's weak clear-text password is a password all the same": (
        "username helpdesk privilege 5 secret 0 Tulpe1991!\n", {"Tulpe1991!"},
    ),
    "a TACACS+ key in a tacacs server block and an old-style RADIUS key are redacted": (
        "tacacs server ACS-B\n address ipv4 10.30.2.8\n single-connection\n key 0 Rb7Kw2nQx9Lp\n"
        "radius-server host 10.30.2.9 auth-port 1812 key 7 02050D480809\n",
        {"Rb7Kw2nQx9Lp", "02050D480809"},
    ),
    "an SNMP community on IOS and in snmpd.conf is redacted": (
        "snmp-server community Ne7wJq2Rt5Lm RO 20\n"
        "rocommunity Hv3pWz8Kd1Qs 172.20.0.0/16\n"
        "com2sec readonly default Pz6mTq1Wx4Rn\n",
        {"Ne7wJq2Rt5Lm", "Hv3pWz8Kd1Qs", "Pz6mTq1Wx4Rn"},
    ),
    "both pass phrases of an snmpd.conf createUser line are redacted": (
        'createUser poller SHA-512 "Wk2.Lp9vRt4!Zq" AES256 "Jd8-Nx3qMv7*Ty"\n',
        {"Wk2.Lp9vRt4!Zq", "Jd8-Nx3qMv7*Ty"},
    ),
    "SNMPv3 pass phrases on an snmpget command line are redacted": (
        "snmpget -v3 -l authPriv -u poller -a SHA -A Gq5vLr8Kw2Zp -x AES -X Mt3nWq7Lx9Rb core-sw sysName.0\n",
        {"Gq5vLr8Kw2Zp", "Mt3nWq7Lx9Rb"},
    ),
    "a keepalived VRRP auth_pass is redacted": (
        "vrrp_instance VI_7 {\n    authentication {\n        auth_type PASS\n        auth_pass Qw3rTz9k\n    }\n}\n",
        {"Qw3rTz9k"},
    ),
    "the password of an lftp -u user,password login is redacted": (
        "lftp -u exports,Zr8!Kq2vLm5Wx sftp://sftp.partner.example <<EOF\nmirror /out /in\nbye\nEOF\n",
        {"Zr8!Kq2vLm5Wx"},
    ),
    "a pass phrase echoed into gpg --passphrase-fd 0 is redacted": (
        '$ echo "cobalt-meadow-lantern-fjord42" | gpg --batch --pinentry-mode loopback --passphrase-fd 0 -d db.dump.gpg\n',
        {"cobalt-meadow-lantern-fjord42"},
    ),
    "a NixOS wireless network's psk is redacted": (
        '{\n  networking.wireless.networks."Dachboden".psk = "thistle-copper-harbor-nine9";\n}\n',
        {"thistle-copper-harbor-nine9"},
    ),
    "the password in a .curlrc user line is redacted": (
        '$ cat ~/.curlrc\nuser = "fetcher:Vk9+Lq2mWr7*Tz"\nsilent\n', {"Vk9+Lq2mWr7*Tz"},
    ),
    "a Junos $9$ secret is redacted": (
        'set system tacacs-server 10.30.2.8 secret "$9$Qx7Fn6CA0BIhrKMW8LXx-dVbwsY2g"\n',
        {"$9$Qx7Fn6CA0BIhrKMW8LXx-dVbwsY2g"},
    ),
    "a password under a password column of an HTML table in a details block is redacted": (
        "<details>\n<summary>Break-glass</summary>\n\n<table>\n"
        "<tr><th>host</th><th>user</th><th>password</th></tr>\n"
        "<tr><td>pg-17.internal</td><td>postgres</td><td><code>Lx4~Wq8vTz2-Km6n</code></td></tr>\n"
        "</table>\n</details>\n",
        {"Lx4~Wq8vTz2-Km6n"},
    ),
    "an HTML table in upper case with a colspan header and a token column is read": (
        "<TABLE>\n<THEAD><TR><TH>Env</TH><TH COLSPAN=2>Login</TH><TH>API token</TH></TR></THEAD>\n"
        "<TBODY><TR><TD>prod</TD><TD>svc</TD><TD>rw</TD><TD><kbd>Qm8vTz3nWb1xK9pLr5Yc</kbd></TD></TR></TBODY>\n</TABLE>\n",
        {"Qm8vTz3nWb1xK9pLr5Yc"},
    ),
    "a secret a SOPS file keeps in clear text by its unencrypted suffix is redacted": (
        "db_password: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]\n"
        "relay_password_unencrypted: Hb+Wq9vLmZ*Tk\n"
        "sops:\n    unencrypted_suffix: _unencrypted\n",
        {"Hb+Wq9vLmZ*Tk"},
    ),
}

CLEAN = {
    "a Cisco type 6 key (AES under the box's master key) is no clear-text secret": (
        "tacacs server ACS-C\n address ipv4 10.30.2.10\n key 6 FgTZNeOFQNaRKDaZ[XKfQhebLFKR\n"
    ),
    "default communities and placeholders are left alone": (
        "rocommunity public 127.0.0.1\nsnmp-server community <RO-STRING> RO\n"
        "lftp -u mirror,$MIRROR_PASS sftp://files.example\n"
        'echo "$GPG_PASSPHRASE" | gpg --batch --passphrase-fd 0 -d a.gpg\n'
    ),
    "an HTML table without a secret column, and prose about tables, are left alone": (
        "<table><tr><th>Algorithm</th><th>Complexity</th></tr>\n"
        "<tr><td>quicksort</td><td>O(n log n)</td></tr></table>\n"
        "Use a <table> for tabular data, not for layout.\n"
    ),
    "a docker compose user: uid:gid and a Python open() are not credentials": (
        'services:\n  app:\n    user: "1000:1000"\nwith open(path) as f:\n    data = f.read()\n'
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_secret_is_redacted(scrubber, name):
    text, secrets = CASES[name]
    found = secret_values(scrubber, text)
    assert secrets <= found, f"missed: {secrets - found}"
    out_text = scrubber.redact(text, Vault()).text
    for value in secrets:
        assert value not in out_text


@pytest.mark.parametrize("name", list(CLEAN))
def test_no_secret_found(scrubber, name):
    assert secret_values(scrubber, CLEAN[name]) == set()


def test_cisco_hashes_stay_password_hashes(scrubber):
    """enable secret 5/8/9 and username ... secret 9 hold one-way hashes: reported as the hashes they are
    (password-hash-crypt), never as a clear-text Cisco password."""
    text = ("enable secret 5 $1$Kq7v$Wq9vLm2Kx7Tz3nWb1xK9p.\n"
            "username admin privilege 15 secret 9 $9$Xq2Lp7Wv$Tz3nWb1xK9pLr5YcQm8vTz3nWb1xK9pLr5YcQm8\n")
    found = [f for f in scrubber.find(text) if f.category == "secret"]
    assert found and all(f.type == "PASSWORD_HASH" for f in found)
