"""The built-in internal packs through the default scrubber: what they redact, and what they leave alone."""
from __future__ import annotations

import pytest

from promptscrub.config import Config
from promptscrub.rules import builtin_rules_dir, load_rules, rule_files
from promptscrub.rulecheck import check_rules
from promptscrub.scrubber import build_scrubber


@pytest.fixture(scope="module")
def scrubber():  # noqa: ANN201
    return build_scrubber(Config())


def test_packs_examples_pass() -> None:
    assert check_rules(load_rules(rule_files(builtin_rules_dir() / "internal"))) == []


@pytest.mark.parametrize(("text", "value", "type_"), [
    ("db at 10.20.3.17:5432", "10.20.3.17", "IP_ADDRESS"),
    ("ping build-07.acme.internal", "build-07.acme.internal", "INTERNAL_HOST"),
    ("http://ledger-api.payments.svc.cluster.local:8080", "ledger-api.payments.svc.cluster.local", "K8S_SERVICE"),
    ("arn:aws:iam::493812057736:role/acme-deployer", "493812057736", "AWS_ACCOUNT_ID"),
    ("arn:aws:iam::493812057736:role/acme-deployer", "acme-deployer", "AWS_RESOURCE"),
    ("aws s3 cp s3://acme-prod-ledger/x .", "acme-prod-ledger", "S3_BUCKET"),
    ("projects/acme-ledger-prod/topics/payments", "acme-ledger-prod", "GCP_PROJECT"),
    ("/subscriptions/3f2b8c71-5d4e-4a9b-8c6d-2e1f0a9b7c35/resourceGroups/rg", "3f2b8c71-5d4e-4a9b-8c6d-2e1f0a9b7c35", "AZURE_SUBSCRIPTION_ID"),
    ('tenant_id = "9b1c4e2a-7f3d-4c8b-a5e6-1d2f3a4b5c6d"', "9b1c4e2a-7f3d-4c8b-a5e6-1d2f3a4b5c6d", "AZURE_TENANT_ID"),
    ("kubectl -n payments-prod get pods", "payments-prod", "K8S_NAMESPACE"),
    ("ssh://git@git.acme.io:7999/pay/ledger.git", "pay/ledger", "GIT_REPO"),
    ("issuer https://hooli-payments.okta.com/oauth2/default", "hooli-payments.okta.com", "OKTA_TENANT"),
    ("see https://vandelay.atlassian.net/browse/IMP-7", "vandelay.atlassian.net", "ATLASSIAN_SITE"),
    ("AZURE_OPENAI_ENDPOINT=https://pied-gpt.openai.azure.com/", "pied-gpt.openai.azure.com", "MICROSOFT_TENANT"),
    ('{"type": "service_account", "project_id": "initech-pricing-qa-17", "private_key_id": "x"}',
     "initech-pricing-qa-17", "GCP_PROJECT"),
    ("DefaultEndpointsProtocol=https;AccountName=acmeledgerstg7;AccountKey=q8v==;EndpointSuffix=core.windows.net",
     "acmeledgerstg7", "AZURE_RESOURCE"),
])
def test_redacts(scrubber, text: str, value: str, type_: str) -> None:  # noqa: ANN001
    found = {(text[f.start:f.end], f.type) for f in scrubber.find(text)}
    assert (value, type_) in found


@pytest.mark.parametrize("text", [
    "version 10.2.3.4 is out", "threading.local()", "see example.local", "git@github.com:psf/requests.git",
    "kubectl -n kube-system get pods", "kubectl -n ingress-nginx get pods", "helm install cm jetstack/cert-manager -n cert-manager",
    "arn:aws:iam::aws:policy/ReadOnlyAccess", "~/projects/myapp/src/main.py",
    "arn:aws:iam::123456789012:role/Admin", "127.0.0.1 and 169.254.169.254",
    "docs at https://developer.okta.com and https://api.slack.com", "https://your-org.okta.com/oauth2",
    "https://marketplace.visualstudio.com/items", "https://{yourDomain}.auth0.com",
])
def test_leaves_alone(scrubber, text: str) -> None:  # noqa: ANN001
    assert [f for f in scrubber.find(text) if f.category == "internal"] == []
