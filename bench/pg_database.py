"""The benchmarks' own PostgreSQL database: created on first use, so a bench runs on a fresh server."""

import dj_database_url
import psycopg2


def ensure_database(url: str) -> None:
    """Create the database that url names when the server does not have it yet."""
    cfg = dj_database_url.parse(url)
    conn = psycopg2.connect(
        dbname="postgres",
        user=cfg["USER"],
        password=cfg["PASSWORD"] or None,
        host=cfg["HOST"],
        port=cfg["PORT"] or 5432,
    )
    conn.autocommit = True
    with conn.cursor() as c:
        c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]])
        if not c.fetchone():
            c.execute(f'CREATE DATABASE "{cfg["NAME"]}"')
    conn.close()
