"""Validators of the built-in internal rules: shape is the regex's job, these drop the uninformative values."""
from __future__ import annotations

import pytest

from promptscrub.internal_validators import aws_account_id, internal_hostname, nonzero_guid, private_ip, tenant_hostname
from promptscrub import internal_validators as iv
from promptscrub.validators import VALIDATORS


@pytest.mark.parametrize(("value", "ok"), [
    ("10.20.3.17", True), ("172.16.0.5", True), ("192.168.1.20", True), ("100.72.14.9", True), ("169.254.12.7", True),
    ("fd12:3456:789a:1::42", True), ("fe80::1c2d:3e4f:fe5a:6b7c%eth0", True),
    ("10.0.0.0", False), ("192.168.255.255", False), ("10.0.0.1", False), ("192.168.1.1", False),
    ("10.0.0.2", True), ("192.168.1.2", True), ("169.254.169.254", False), ("8.8.8.8", False),
    ("127.0.0.1", False), ("172.32.0.1", False), ("fe80::", False), ("2001:db8::1", False), ("300.1.1.1", False),
])
def test_private_ip(value: str, ok: bool) -> None:
    assert private_ip(value) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("493812057736", True), ("4938-1205-7736", True), ("123456789012", False), ("111111111111", False), ("49381205773", False),
])
def test_aws_account_id(value: str, ok: bool) -> None:
    assert aws_account_id(value) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("build-07.acme.internal", True), ("DC01.ACME.LOCAL", True), ("self.local", False), ("Foo.internal", False),
    ("example.local", False), ("threading.local", False),
])
def test_internal_hostname(value: str, ok: bool) -> None:
    assert internal_hostname(value) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("acme-ci.jfrog.io", True), ("Xq7TbR2w.jfrog.io", True), ("INITECH.okta.com", True),
    ("example.okta.com", False), ("mycompany.jfrog.io", False), ("yourcompany.myshopify.com", False),
])
def test_tenant_hostname(value: str, ok: bool) -> None:
    """Mixed case is a host under a vendor suffix (DNS ignores case); only documentation stand-ins are dropped."""
    assert tenant_hostname(value) is ok


def test_nonzero_guid_and_registration() -> None:
    assert nonzero_guid("3f2b8c71-5d4e-4a9b-8c6d-2e1f0a9b7c35")
    assert not nonzero_guid("00000000-0000-0000-0000-000000000000")
    assert {"private_ip", "aws_account_id", "nonzero_guid", "internal_hostname", "tenant_hostname"} <= set(VALIDATORS)


def test_ticket_key_rejects_standards_and_public_trackers():
    from promptscrub.internal_validators import ticket_key

    assert ticket_key("PAYR-4471") and ticket_key("LEDG-16840")
    for public in ("RFC-7231", "UTF-8", "SHA-256", "CVE-2024", "GH-4471", "SPARK-26175", "Pep-8", "STEP-2"):
        assert not ticket_key(public), public


@pytest.mark.parametrize("value,ok", [
    ("acme-ml-checkpoints", True), ("ledger", True), ("acme_exports.eu", True),
    ("bucket", False), ("my-bucket", False), ("your_bucket_name", False), ("example-data", False), ("storage", False),
])
def test_gcs_bucket_name(value: str, ok: bool) -> None:
    assert iv.gcs_bucket_name(value) is ok


@pytest.mark.parametrize("value,ok", [("test-project", False), ("demo-project", False), ("acme-test", True)])
def test_gcp_project_id_templates(value: str, ok: bool) -> None:
    assert iv.gcp_project_id(value) is ok
