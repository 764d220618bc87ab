"""Company internals the audit-11 classes pointed at: AWS account ids in lists and CDK keys, buckets named after
their use or after the company, Kubernetes namespaces in Kustomizations, prose and CLI output; and the names every
cluster and every network shares (cluster.local, kubernetes.default.svc, public DNS resolvers) left alone.

Every value is generated here or made up for the test."""
from __future__ import annotations

import random

import pytest

from promptscrub.config import Config, parse_config
from promptscrub.scrubber import build_scrubber
from promptscrub.vault import Vault

RNG = random.Random(1111)


def account() -> str:
    """A fresh twelve-digit account id (no documentation sample: those start 1, 2, 4, 7 or 0 and repeat)."""
    return str(RNG.randrange(3, 10)) + "".join(RNG.choice("0123456789") for _ in range(11))


def label(*parts: str) -> str:
    """A made-up team-env style name (``quillon-ops-7``)."""
    syll = ["qu", "ill", "on", "ver", "tal", "bra", "mo", "dex", "fen", "rik", "sol", "zan"]
    word = "".join(RNG.choice(syll) for _ in range(3))
    return "-".join((word, *parts, str(RNG.randrange(2, 99))))


@pytest.fixture(scope="module")
def scrubber():
    return build_scrubber(Config())


@pytest.fixture(scope="module")
def company():
    """A made-up company: domain ``norvale.io`` (and its internal zone), codename ``Brightfin``."""
    doc = {"internal": {"domains": ["norvale.io", "norvale.internal"], "terms": ["Brightfin"]}}
    return build_scrubber(parse_config(doc, "test.toml"))


def values(scrubber, text: str, category: str = "internal") -> set[str]:
    return {text[f.start:f.end] for f in scrubber.find(text) if f.category == category}


def assert_redacted(scrubber, text: str, planted: set[str]) -> None:
    out = scrubber.redact(text, Vault()).text
    left = {v for v in planted if v in out}
    assert not left, f"left in clear: {left}\n{out}"


A = [account() for _ in range(16)]
NS = [label(env) for env in ("prod", "qa", "staging", "canary", "dev", "uat")]

CASES = {
    "every id of a Terraform provider's allowed / forbidden account list": (
        f'provider "aws" {{\n  region = "eu-north-1"\n  allowed_account_ids   = ["{A[0]}", "{A[1]}",\n    "{A[2]}"]\n'
        f"  forbidden_account_ids = [ '{A[3]}' ]\n}}\n",
        {A[0], A[1], A[2], A[3]},
    ),
    "a Pulumi stack's aws:allowedAccountIds as a YAML block list": (
        f'config:\n  aws:region: ap-south-1\n  aws:allowedAccountIds:\n    - "{A[4]}"\n    - {A[5]}\n  app:replicas: "3"\n',
        {A[4], A[5]},
    ),
    "cdk.context.json lookup keys and a bootstrap environment": (
        f'{{\n  "availability-zones:account={A[6]}:region=ca-central-1": ["ca-central-1a"],\n'
        f'  "ssm:account={A[7]}:parameterName=/cdk/ami:region=ca-central-1": "ami-0f00"\n}}\n'
        f"$ npx cdk bootstrap aws://{A[8]}/ca-central-1\n",
        {A[6], A[7], A[8]},
    ),
    "a StackSets --accounts list, an IAM condition and a principal": (
        f"aws cloudformation create-stack-instances --stack-set-name guardrails --accounts {A[9]} {A[10]} --regions us-east-2\n"
        f'{{"Principal": {{"AWS": "{A[11]}"}}, "Condition": {{"StringEquals": {{"aws:SourceAccount": ["{A[12]}", "{A[13]}"]}}}}}}\n',
        {A[9], A[10], A[11], A[12], A[13]},
    ),
    "account ids in AWS Organizations list-accounts output": (
        f'{{"Accounts": [{{"Id": "{A[14]}", "Arn": "arn:aws:organizations::{A[15]}:account/o-q1w2e3r4t5/{A[14]}",'
        f' "Status": "ACTIVE"}}]}}\n',
        {A[14], A[15]},
    ),
    "a bucket under a key that names its use": (
        'state_bucket   = "fjordlyn-tfstate-euw1"\nlogsBucket: fjordlyn-alb-logs-2\nexport TF_STATE_BUCKET=fjordlyn-tf-9\n',
        {"fjordlyn-tfstate-euw1", "fjordlyn-alb-logs-2", "fjordlyn-tf-9"},
    ),
    "a Kustomization's namespace": (
        f"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: {NS[0]}\nresources:\n  - ../../base\n",
        {NS[0]},
    ),
    "a namespace named in a runbook's prose and in the API server's messages": (
        f"Before the freeze, who still needs edit rights in the `{NS[1]}` namespace?\n"
        f"Error from server (NotFound): namespaces \"{NS[2]}\" not found\n"
        f"We drained the {NS[3]} namespace last night.\n",
        {NS[1], NS[2], NS[3]},
    ),
    "a namespace in kubectl describe and helm status output": (
        f"Name:         api-5c9d7-abcde\nNamespace:    {NS[4]}\nPriority:     0\n\n"
        f"NAME: api\nLAST DEPLOYED: Mon Jun  2 08:00:00 2025\nNAMESPACE: {NS[5]}\nSTATUS: deployed\n",
        {NS[4], NS[5]},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_internal_value_is_redacted(scrubber, name):
    text, planted = CASES[name]
    found = values(scrubber, text)
    assert all(any(v in f for f in found) for v in planted), f"missed: {planted} vs {found}"
    assert_redacted(scrubber, text, planted)


def test_company_named_resources_and_codenames_with_a_dash(company):
    """A dashed name starting with the company domain's name is its resource; a codename followed by a dash
    inside an identifier is still the codename."""
    bucket, image = label("tfstate"), label("ledger")
    text = (f'backend_cfg = {{ bucket = "norvale-{bucket}" }}\nimage: ghcr.io/norvale/norvale-{image}:1.2\n'
            "cluster: brightfin-eks-east\n")
    assert_redacted(company, text, {f"norvale-{bucket}", f"norvale-{image}", "brightfin-eks-east"})


def test_company_name_rule_keeps_hosts_identifiers_and_other_companies(company):
    text = ("see https://status.norvale-cdn.com and norvale_client, NorvaleClient; email ops@norvale-mail.example\n"
            "the word norvale alone, and anorvale-thing\n")
    assert {f.type for f in company.find(text) if f.category == "internal"} <= {"EMAIL"}
    assert "norvale_client" in company.redact(text, Vault()).text


CLEAN = {
    "CoreDNS's Corefile and a pod's resolv.conf (the default cluster domain, public resolvers)": (
        ".:53 {\n    errors\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n    }\n"
        "    forward . 1.1.1.1 8.8.8.8 9.9.9.9\n}\n"
        "search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n"
    ),
    "an ArgoCD Application deploying to the in-cluster API server": (
        "spec:\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: argocd\n"
        "  # dns: kube-dns.kube-system.svc.cluster.local\n"
    ),
    "public resolvers in a netplan, systemd-resolved and unbound config": (
        "nameservers:\n  addresses: [8.8.4.4, 1.0.0.1, 208.67.222.222, 208.67.220.220]\n"
        "DNS=149.112.112.112 94.140.14.14 2606:4700:4700::1111 2001:4860:4860::8844\n"
        "forward-addr: 2620:fe::fe\n"
    ),
    "namespace talk in code and docs": (
        "namespace detail {\nint helper();\n}  // the `std` namespace is reserved\n"
        "Move it to the non-prod namespace. A per-tenant namespace is one option; see the `kube-system` namespace.\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\"> uses the SVG namespace 'http://www.w3.org/2000/svg'\n"
    ),
    "account-like keys that hold no literal id": (
        "allowed_account_ids = var.allowed_account_ids\naccounts: 3\n"
        "env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION }\n"
        'rate_bucket = "burst-10"\nstate_bucket = var.state_bucket\n'
    ),
}


@pytest.mark.parametrize("name", list(CLEAN))
def test_clean_text_is_unchanged(scrubber, name):
    text = CLEAN[name]
    assert scrubber.redact(text, Vault()).text == text
