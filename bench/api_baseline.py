"""The benchmark's baseline: the same list query through raw psycopg2 and json in a minimal WSGI app."""

import json
import os
from urllib.parse import parse_qs

import psycopg2

COLUMNS = (
    "id, number, text, actor, ministry_id, chamber, action, subject, deadline_kind, deadline_text, due_date, "
    "status, review_state, fulfilled_on, merged_into_id, created_at, updated_at"
)
_connection = None


def _cursor():
    global _connection
    if _connection is None:
        _connection = psycopg2.connect(os.environ["DATABASE_URL"])
        _connection.autocommit = True
    return _connection.cursor()


def app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    cursor = _cursor()
    cursor.execute(
        f"SELECT {COLUMNS} FROM commitments_commitment WHERE status = %s AND ministry_id = %s "
        "AND updated_at < now() - interval '5 seconds' ORDER BY updated_at, id LIMIT %s",
        [
            query.get("status", ["open"])[0],
            int(query.get("ministry", ["1"])[0]),
            int(query.get("page_size", ["100"])[0]) + 1,
        ],
    )
    names = [column.name for column in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    body = json.dumps({"results": rows[:-1]}, default=str).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]
