"""Commands: demo load, users create, database upgrade."""

import pytest
from sqlalchemy import inspect, select

from catalogue.demo.load import counts
from catalogue.extensions import db
from catalogue.models import User

BOTH_BACKENDS = True


def test_demo_load_twice_gives_the_same_counts(app, runner):
    with app.app_context():
        before = counts()
    result = runner.invoke(args=["demo", "load"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert counts() == before
    assert before["communes"] == 18
    assert before["products"] >= 29
    assert before["stamps"] > 0


def test_migration_upgrades_an_empty_database(app_factory):
    app = app_factory(demo=False)
    with app.app_context():
        tables = set(inspect(db.engine).get_table_names())
    assert {"product", "evaluation", "lot", "stamp", "scan", "user"} <= tables


def test_demo_load_if_empty_leaves_existing_data_alone(runner):
    result = runner.invoke(args=["demo", "load", "--if-empty"])
    assert result.exit_code == 0
    assert "not loaded" in result.output


def create(runner, *args, password="long enough passphrase 42"):
    return runner.invoke(
        args=["users", "create", *args, "--password-stdin"], input=password + "\n"
    )


def test_users_create_producer_account(app, runner):
    slug = "htx-binh-hang-trung"
    with app.app_context():
        from catalogue.models import Producer

        slug = db.session.scalars(select(Producer.slug)).first()
    result = create(
        runner, "Chu.The@Example.vn", "--role", "producer", "--producer", slug
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalar(select(User).filter_by(email="chu.the@example.vn"))
        assert user.producer.slug == slug
        assert user.password_hash.startswith("scrypt:")


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (
            ["x@example.vn", "--role", "producer", "--producer", "nobody"],
            None,
            "No producer",
        ),
        (["x@example.vn", "--role", "producer"], None, "--producer"),
        (["not-an-email", "--role", "officer"], None, "not a valid e-mail"),
        (["x@example.vn", "--role", "officer"], "short", "at least 10"),
        (["x@example.vn", "--role", "officer"], "password12345", "too easy"),
    ],
)
def test_users_create_refuses_bad_input_clearly(runner, args, password, message):
    result = create(runner, *args, **({"password": password} if password else {}))
    assert result.exit_code == 1
    assert message in result.output


def test_users_create_refuses_duplicate_email(runner):
    assert create(runner, "o@example.vn", "--role", "officer").exit_code == 0
    again = create(runner, "O@example.vn", "--role", "officer")
    assert again.exit_code == 1
    assert "already exists" in again.output
