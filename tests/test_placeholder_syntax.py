from promptscrub.placeholder_syntax import find_placeholders, format_placeholder


def test_format_and_find_agree():
    text = "to " + format_placeholder("AWS_ACCESS_KEY", 2) + " and <EMAIL_3fa9c1>."
    assert [m.key for m in find_placeholders(text)] == ["<AWS_ACCESS_KEY_2>", "<EMAIL_3fa9c1>"]


def test_longer_ids_are_not_prefixes():
    assert [m.key for m in find_placeholders("<EMAIL_12>")] == ["<EMAIL_12>"]
