"""Audit 5 (pii / internal): user names in JSON user objects, the subscription id in az account show output,
the project id in gcloud config output."""
from __future__ import annotations

import json
import random
import uuid

import pytest

from promptscrub.config import Config
from promptscrub.scrubber import build_scrubber

SCRUBBER = build_scrubber(Config())


def found(text: str, value: str, type_: str) -> bool:
    start = text.index(value)
    return any(f.start <= start and f.end >= start + len(value) and f.type == type_ for f in SCRUBBER.find(text))


def typed(text: str, type_: str) -> list[str]:
    return [text[f.start:f.end] for f in SCRUBBER.find(text) if f.type == type_]


def handle(rng: random.Random) -> str:
    first = rng.choice(["mkowal", "thaugen", "rpatel", "lfern", "okeefe", "bvarga", "jnakamura"])
    return first + rng.choice(["", "7", "-dev", "92", ".x"]).rstrip(".x") + rng.choice(["", "j", "k"])


@pytest.mark.parametrize("seed", range(5))
def test_user_names_in_json_user_objects(seed: int):
    rng = random.Random(seed)
    name = handle(rng)
    cases = [
        json.dumps({"userIdentity": {"type": "IAMUser", "principalId": "AIDA" + "Q" * 4, "userName": name}}, indent=2),
        json.dumps({"user": {"id": str(rng.randrange(10**5)), "username": name, "ip_address": "10.1.2.3"}}),
        json.dumps({"user_name": name, "action": "export"}),
        json.dumps({"author": {"login": name, "id": rng.randrange(10**7), "node_id": "MDQ6VXNlcjE"}}, indent=2),
    ]
    for text in cases:
        assert found(text, name, "USERNAME"), text


@pytest.mark.parametrize("value", ["admin", "root", "ci", "deploy", "svc-billing", "github-actions", "{{ user }}",
                                   "<username>", "Benutzername", "OrganizationAccountAccessRole", "$DB_USER"])
def test_generic_service_and_placeholder_accounts_are_not_user_names(value: str):
    text = json.dumps({"username": value, "userName": value})
    assert typed(text, "USERNAME") == []


def test_login_outside_a_user_object_is_not_a_user_name():
    assert typed(json.dumps({"login": "Anmelden", "logout": "Abmelden"}), "USERNAME") == []


@pytest.mark.parametrize("seed", range(3))
def test_az_account_show_subscription_id(seed: int):
    rng = random.Random(seed)
    sub, tenant = str(uuid.UUID(int=rng.getrandbits(128), version=4)), str(uuid.UUID(int=rng.getrandbits(128), version=4))
    text = json.dumps({"environmentName": "AzureCloud", "homeTenantId": tenant, "id": sub, "isDefault": True,
                       "managedByTenants": [], "name": "Ledger Prod", "state": "Enabled", "tenantId": tenant,
                       "user": {"name": "ops@acme.io", "type": "user"}}, indent=2)
    assert found(text, sub, "AZURE_SUBSCRIPTION_ID")


def test_a_plain_object_id_is_not_a_subscription():
    text = json.dumps({"id": str(uuid.UUID(int=random.Random(9).getrandbits(128), version=4)), "name": "order"})
    assert typed(text, "AZURE_SUBSCRIPTION_ID") == []


@pytest.mark.parametrize("project", ["lynx-billing-prod-5512", "orca-ml-448120", "kite-data-77"])
def test_gcloud_config_output_project(project: str):
    listing = f"$ gcloud config list\n[core]\naccount = ops@acme.io\ndisable_usage_reporting = True\nproject = {project}\n"
    assert found(listing, project, "GCP_PROJECT")
    printed = f"$ gcloud config get-value project\n{project}\n"
    assert found(printed, project, "GCP_PROJECT")
    notice = f"$ gcloud config get-value project\nYour active configuration is: [prod]\n{project}\n"
    assert found(notice, project, "GCP_PROJECT")


def test_gcloud_config_unset_and_placeholder_projects():
    assert typed("$ gcloud config get-value project\n(unset)\n", "GCP_PROJECT") == []
    assert typed("[core]\nproject = my-project-123\n", "GCP_PROJECT") == []
