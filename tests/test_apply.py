from promptscrub.apply import presidio_splice, splice
from promptscrub.findings import Finding


def test_splice_replaces_exact_spans():
    text = "mail a@x.io or b@y.io\r\n"
    fs = [Finding(5, 11, "pii", "EMAIL", "e"), Finding(15, 21, "pii", "EMAIL", "e")]
    assert splice(text, fs, ["<EMAIL_1>", "<EMAIL_2>"]) == "mail <EMAIL_1> or <EMAIL_2>\r\n"


def test_presidio_engine_gives_the_same_text():
    """presidio-anonymizer's engine with our custom operator agrees with the exact splice."""
    text = "key=abc tel=123 key=abc"
    fs = [Finding(4, 7, "secret", "K", "k"), Finding(12, 15, "pii", "PHONE", "p"), Finding(20, 23, "secret", "K", "k")]
    reps = ["<K_1>", "<PHONE_1>", "<K_1>"]
    assert presidio_splice(text, fs, reps) == splice(text, fs, reps)
    assert presidio_splice("plain", [], []) == "plain"
