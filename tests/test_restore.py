from promptscrub.restore import restore
from promptscrub.vault import Vault


def test_restores_known_and_lists_unknown():
    v = Vault()
    v.placeholder_for("EMAIL", "a@x.io")
    out = restore("write to <EMAIL_1>, not <EMAIL_7>", v)
    assert out.text == "write to a@x.io, not <EMAIL_7>"
    assert out.unresolved == ["<EMAIL_7>"]
    assert out.restored == 1
