"""The benchmark's baseline: the same reads through raw psycopg2 and json in a minimal WSGI app.

/?status=&ministry=&page_size=   the list page (one query)
/<id>/                           a commitment's detail: its row, mentions, relations, fulfilments,
                                 history and addressees, one query each as the product reads them
"""

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


DETAIL = {
    "commitment": f"SELECT {COLUMNS}, "
    "(SELECT name FROM commitments_ministry m WHERE m.id = ministry_id) AS ministry_name "
    "FROM commitments_commitment WHERE id = %s",
    "mentions": 'SELECT id, commitment_id, document_id, quote, start, "end", rule, confidence, deadline_text, '
    "condition, refers_to_earlier, extractor_version, created_at FROM commitments_mention WHERE commitment_id = %s",
    "relations": "SELECT id, source_id, target_id, kind, document_id, note, created_at "
    "FROM commitments_commitmentrelation WHERE source_id = %s OR target_id = %s",
    "fulfilments": "SELECT f.id, f.document_id, f.extent, f.state, f.evidence, u.username, f.decided_at, f.created_at "
    "FROM commitments_fulfilment f LEFT JOIN auth_user u ON u.id = f.decided_by_id WHERE f.commitment_id = %s",
    "history": "SELECT e.id, e.field, e.old_value, e.new_value, e.reason, u.username, e.source, e.created_at "
    "FROM commitments_commitmentevent e LEFT JOIN auth_user u ON u.id = e.user_id WHERE e.commitment_id = %s",
    "addressed_to": "SELECT a.id, a.kind, a.name, a.abbreviation, l.source FROM commitments_commitmentaddressee l "
    "JOIN commitments_addressee a ON a.id = l.addressee_id WHERE l.commitment_id = %s",
}


def _rows(cursor, sql, params):
    cursor.execute(sql, params)
    names = [column.name for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def detail(commitment_id):
    cursor = _cursor()
    data = {}
    for name, sql in DETAIL.items():
        data[name] = _rows(cursor, sql, [commitment_id] * sql.count("%s"))
    data.update(data.pop("commitment")[0])
    return data


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/").strip("/")
    if path.isdigit():
        body = json.dumps(detail(int(path)), default=str).encode()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
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
