"""Fast row inserts for restore, below SQLAlchemy's per-row statement machinery:
PostgreSQL gets COPY, SQLite a plain DBAPI executemany. Values still go through
each column type's bind processor, so they are stored exactly as the ORM would."""

from collections.abc import Callable

from catalogue.backup.archive import bind_type


def row_writer(conn, table) -> Callable[[list[list]], None]:
    """A function writing chunks of positional rows (table column order) into a
    table, inside the connection's open transaction."""
    dialect = conn.dialect
    columns = list(table.columns)
    processors = [
        bind_type(c).dialect_impl(dialect).bind_processor(dialect) for c in columns
    ]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in columns)
    target = quote(table.name)
    dbapi = conn.connection.dbapi_connection

    def prepared(rows):
        for row in rows:
            yield [
                v if proc is None or v is None else proc(v)
                for v, proc in zip(row, processors, strict=True)
            ]

    if dialect.name == "postgresql":
        statement = f"COPY {target} ({names}) FROM STDIN"

        def write(rows: list[list]) -> None:
            with dbapi.cursor() as cursor, cursor.copy(statement) as copy:
                for row in prepared(rows):
                    copy.write_row(row)

        return write

    statement = (
        f"INSERT INTO {target} ({names}) VALUES ({', '.join('?' * len(columns))})"
    )

    def write(rows: list[list]) -> None:
        cursor = dbapi.cursor()
        try:
            cursor.executemany(statement, list(prepared(rows)))
        finally:
            cursor.close()

    return write
