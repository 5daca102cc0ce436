"""On PostgreSQL, refuse DELETE and TRUNCATE of the commitment history too (0003 refused UPDATE).

Before, only the ORM refused deletes, so a DELETE or TRUNCATE in SQL emptied the history. The
trigger lets them through only in a maintenance session: one that ran
`SET tracker.history_maintenance = 'on'` (a custom setting, per session or with SET LOCAL per
transaction). No connection of the app sets it. The test suite's connections do, so that
flushing the test database between transactional tests (a TRUNCATE of every table) still works;
a migration or a deliberate purge by a DBA sets it with SET LOCAL in its own transaction.

Why a setting and not a role: a role would have to exist on every server (and CI) and the app
would need a second set of credentials; a setting is one statement, visible in the SQL that uses it.
The trigger is per statement, so it fires even for a DELETE that matches no row.
SQLite keeps the ORM's refusal only: it has no TRUNCATE, and its flush is a DELETE.
"""

from django.db import migrations

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION commitment_event_no_delete() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('tracker.history_maintenance', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION USING MESSAGE = 'commitment history is append-only: ' || TG_OP
    || ' refused (only a session with tracker.history_maintenance = on may)';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER commitment_event_no_delete BEFORE DELETE OR TRUNCATE ON commitments_commitmentevent
FOR EACH STATEMENT EXECUTE FUNCTION commitment_event_no_delete();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS commitment_event_no_delete ON commitments_commitmentevent;
DROP FUNCTION IF EXISTS commitment_event_no_delete();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_UP)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN)


class Migration(migrations.Migration):
    dependencies = [("commitments", "0011_ingest_run_attempts")]
    operations = [migrations.RunPython(forwards, backwards)]
