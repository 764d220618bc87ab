"""secret_tables: password columns named in other languages, and the user column beside a password column.

Every value is made up for the test."""
from __future__ import annotations

import pytest

from promptscrub.detectors.secret_tables import USERNAME_RULE, SecretTablesDetector


def findings(text: str) -> dict[str, tuple[str, str]]:
    return {text[f.start:f.end]: (f.category, f.rule_id) for f in SecretTablesDetector({}).detect(text)}


@pytest.mark.parametrize("header", ["Passwort", "Wachtwoord", "Contraseña", "Senha", "Mot de passe", "Hasło", "Lösenord",
                                    "Salasana", "Şifre", "Пароль", "パスワード", "密码", "비밀번호", "סיסמה", "Mật khẩu"])
def test_a_password_column_named_in_another_language_is_read(header):
    text = f"Dienst,Konto,{header}\nIntranet,k.brandt,Wq7#rLm2Zt\n"
    assert findings(text)["Wq7#rLm2Zt"] == ("secret", "csv-secret-column")


@pytest.mark.parametrize("header", ["Username", "Benutzer", "Usuário", "Utente", "Gebruiker", "Kullanıcı adı", "Имя пользователя",
                                    "ユーザー名", "用户名", "Login"])
def test_the_user_column_beside_a_password_column_is_an_account(header):
    text = f"System\t{header}\tPassword\nShop\tm.lindqvist7\tZr5!kTq9Lm\n"
    got = findings(text)
    assert got["m.lindqvist7"] == ("pii", USERNAME_RULE)
    assert got["Zr5!kTq9Lm"][0] == "secret"


def test_html_and_markdown_tables_give_the_account_too():
    html = "<table>\n<tr><th>Tool</th><th>User</th><th>Password</th></tr>\n<tr><td>CRM</td><td>olga_r41</td><td>Pk3%vWm8Qz</td></tr>\n</table>\n"
    md = "| Tool | Login | Kennwort |\n|---|---|---|\n| CRM | h.becker | Tn6&qLx2Wv |\n"
    assert findings(html)["olga_r41"][0] == "pii"
    assert findings(md)["h.becker"][0] == "pii"


def test_a_user_column_without_a_password_column_is_not_read():
    assert findings("Name,User,Role\nAda,a.quist,editor\n") == {}


def test_an_address_a_placeholder_or_a_system_account_is_no_account():
    text = "Tool,User,Password\nA,jo@firma.example,Wq7#rLm2Zt\nB,admin,Hx4!pLm8Rt\nC,your_username,Kd2$wQz7Lp\n"
    assert {v for v, (cat, _) in findings(text).items() if cat == "pii"} == set()
