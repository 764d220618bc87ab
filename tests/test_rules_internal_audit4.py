"""Internal identifiers a held-out leak audit found in clear, with values generated here: hosts under
.int / .private and corp-labelled company domains, DNS zones in prose, S3 buckets and GCP projects in
config, AWS account ids in prose, and client host names in DHCP logs; plus what must stay."""
from __future__ import annotations

import pytest

from promptscrub.config import Config
from promptscrub.internal_validators import (
    company_internal_host, gcp_project_id, int_private_hostname, int_private_hostname_in_context, s3_bucket_name,
)
from promptscrub.scrubber import build_scrubber


@pytest.fixture(scope="module")
def scrubber():  # noqa: ANN201
    return build_scrubber(Config())


def _found(scrubber, text: str) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(text[f.start:f.end], f.type) for f in scrubber.find(text)}


@pytest.mark.parametrize(("text", "value", "type_"), [
    # .int / .private
    ('sql.Open("postgres", "host=rpt-04.waw.int user=api dbname=api")', "rpt-04.waw.int", "INTERNAL_HOST"),
    ("remote vpn-gw.osl.int 1194", "vpn-gw.osl.int", "INTERNAL_HOST"),
    ("ALLOWED_HOSTS = ['nexus-3.int', 'www.quillco.com']", "nexus-3.int", "INTERNAL_HOST"),
    ("ntp_server=time2.int", "time2.int", "INTERNAL_HOST"),
    ("url: jdbc:postgresql://pg-replica.dc7.private:5432/orders", "pg-replica.dc7.private", "INTERNAL_HOST"),
    ("10.9.8.7   mq-west.dc7.private   mq", "mq-west.dc7.private", "INTERNAL_HOST"),
    ("10.9.8.8   kafka.int", "kafka.int", "INTERNAL_HOST"),
    ('"Default": "Server=tcp:mssql.int,1433;Initial Catalog=Billing"', "mssql.int", "INTERNAL_HOST"),
    ("New-PSDrive -Name Z -Root \\\\share.private\\dept", "share.private", "INTERNAL_HOST"),
    ("bootstrap.servers=broker.int:9093", "broker.int", "INTERNAL_HOST"),
    ("<string>https://payments.private/v2</string>", "payments.private", "INTERNAL_HOST"),
    ("showed lag on search.dc2.int peaking at 9 min", "search.dc2.int", "INTERNAL_HOST"),
    ("Host: search.waw.int (10.3.3.3)", "search.waw.int", "INTERNAL_HOST"),
    # corp-labelled hosts in a company domain, zones in prose
    ("HostName invoices-2.corp.quillco.net", "invoices-2.corp.quillco.net", "INTERNAL_HOST"),
    ("http://metrics.eu-north.corp.quillco.net:3000/d/x", "metrics.eu-north.corp.quillco.net", "INTERNAL_HOST"),
    ("session.save_path = \"tcp://cache-9.intra.quillco.de:6379\"", "cache-9.intra.quillco.de", "INTERNAL_HOST"),
    ("Update DNS (Route53 zone corp.quillco.io).", "corp.quillco.io", "INTERNAL_HOST"),
    ("Update DNS (Route53 zone quillco-int.net).", "quillco-int.net", "INTERNAL_HOST"),
    # S3 buckets and GCP projects in config
    ("AWS_BUCKET=quillco-prod-audit-5e0b7d", "quillco-prod-audit-5e0b7d", "S3_BUCKET"),
    ("aws.s3.bucket=quillco-logs-eu-west-1-09ab11", "quillco-logs-eu-west-1-09ab11", "S3_BUCKET"),
    ("S3_BUCKET: quillco-exports-3", "quillco-exports-3", "S3_BUCKET"),
    ('  bucket_name = "quillco-ml-artifacts"', "quillco-ml-artifacts", "S3_BUCKET"),
    ('s3.upload_file(p, Bucket="quillco-raw-2024q1", Key=k)', "quillco-raw-2024q1", "S3_BUCKET"),
    ('  project = "heron-ml-318822"', "heron-ml-318822", "GCP_PROJECT"),
    ('  project_id = "heron-ledger-prod"', "heron-ledger-prod", "GCP_PROJECT"),
    ("// quota is billed to GCP project heron-data-600412", "heron-data-600412", "GCP_PROJECT"),
    # AWS account ids in prose
    ("4. Update DNS in the 604118273359 account.", "604118273359", "AWS_ACCOUNT_ID"),
    ("assume the role in account 6041-1827-3359", "6041-1827-3359", "AWS_ACCOUNT_ID"),
    ("the staging account 604118273359 has it", "604118273359", "AWS_ACCOUNT_ID"),
    # DHCP logs
    ("Mar 2 08:01:17 fw2 dhcpd[311]: DHCPACK on 10.3.0.44 to 5c:aa:01:9e:33:d2 (Galaxy-A54-Ingrid7) via eth1",
     "Galaxy-A54-Ingrid7", "HOSTNAME"),
    ("dhcpd[311]: DHCPREQUEST for 10.3.0.45 from 5c:aa:01:9e:33:d3 (LAPTOP-PVIDAL03) via eth1", "LAPTOP-PVIDAL03", "HOSTNAME"),
    ("dnsmasq-dhcp[99]: DHCPACK(eth0) 192.168.20.14 5c:aa:01:9e:33:d4 Sorens-MacBook-Air", "Sorens-MacBook-Air", "HOSTNAME"),
])
def test_redacts(scrubber, text: str, value: str, type_: str) -> None:  # noqa: ANN001
    assert (value, type_) in _found(scrubber, text)


def test_account_id_beats_credit_card(scrubber) -> None:  # noqa: ANN001
    # a Luhn-valid 4-4-4 id has the credit-card shape too; the account context wins the tie on length
    text = "Update DNS in the 501843958916 account."  # Luhn-valid, a 12-digit Maestro prefix: CREDIT_CARD alone
    assert ("501843958916", "CREDIT_CARD") in _found(scrubber, "paid with 501843958916 yesterday")
    assert ("501843958916", "AWS_ACCOUNT_ID") in _found(scrubber, text)


@pytest.mark.parametrize("text", [
    "WHO guidance at https://www.who.int/news and apps.who.int; NATO at nato.int", "key.private and np.int",
    "this.state.private = true", "if op1.int == op2.int: return divmod(op1.int, op2.int)", "x = value.int()", "Route53 zone example.com", "intranet.example.com",
    "import com.quillco.internal.util.Io;", "bucket_name = os.environ['BUCKET']", "AWS_BUCKET=my-bucket",
    "bucket_name: your-bucket-name", "S3_BUCKET=${S3_BUCKET}", 'project = "requests-toolbelt"', "project roadmap-2024",
    'project = var.project', "the 123456789012 account", "account 604118273359", "Jira project ABC-1234",
    "dhcpd: DHCPACK on 10.3.0.44 to 5c:aa:01:9e:33:d2 via eth1",
])
def test_leaves_alone(scrubber, text: str) -> None:  # noqa: ANN001
    assert [f for f in scrubber.find(text) if f.category == "internal" and f.type != "IP_ADDRESS"] == []


@pytest.mark.parametrize(("fn", "value", "ok"), [
    (int_private_hostname, "rpt-04.waw.int", True), (int_private_hostname, "search.dc2.int", True), (int_private_hostname, "search.waw.int", False), (int_private_hostname, "gateway.jvm.int", False),
    (int_private_hostname, "nexus-3.private", True), (int_private_hostname, "op1.int", False), (int_private_hostname, "who.int", False),
    (int_private_hostname, "apps.who.int", False), (int_private_hostname, "vault.int", False),
    (int_private_hostname, "self.x-1.private", False), (int_private_hostname, "Key.Private", False),
    (int_private_hostname_in_context, "vault.int", True), (int_private_hostname_in_context, "nato.int", False),
    (company_internal_host, "corp.quillco.io", True), (company_internal_host, "intranet.example.com", False),
    (s3_bucket_name, "quillco-prod-audit-5e0b7d", True), (s3_bucket_name, "quillco.logs.7", True),
    (s3_bucket_name, "my-bucket", False), (s3_bucket_name, "self.bucket", False), (s3_bucket_name, "a..b-1", False),
    (s3_bucket_name, "10.1.2.3", False), (s3_bucket_name, "Quillco-1", False), (s3_bucket_name, "ab", False),
    (gcp_project_id, "heron-ml-318822", True), (gcp_project_id, "heron", False), (gcp_project_id, "my-project-1", False),
    (gcp_project_id, "roadmap-2024", False), (gcp_project_id, "1heron-ml", False), (gcp_project_id, "heron-ml-", False),
])
def test_validators(fn, value: str, ok: bool) -> None:  # noqa: ANN001
    assert fn(value) is ok
