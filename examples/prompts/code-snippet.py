# Why does this return 401 from the GitHub API? The token works with curl.
import requests

GITHUB_TOKEN = "ghp_EQBKuzK8UXgrsqlvYQqGL9TMknwnJNH6nysb"
ANTHROPIC_API_KEY = "sk-ant-api03-2tOE0FCfRQ7QvYugk3fa9vo6iM713uwplt6yb_jT-uY704T9foyyM5jmqeLb7PwBH2N1zLePZlSfnK-9UpXdxgAyJ9ujjAA"


def list_repos(org: str) -> list[str]:
    resp = requests.get(
        f"https://api.github.com/orgs/{org}/repos",
        headers={"Authorization": f"token {GITHUB_TOKEN}"},
        timeout=10,
    )
    resp.raise_for_status()
    return [r["name"] for r in resp.json()]


print(list_repos("acme-platform"))
