"""Make the commitment history append-only in the database itself.

The ORM already refuses updates and deletes; the trigger also stops raw SQL and other
clients from rewriting who changed what. DELETE stays possible at the SQL level only so
that test-database flushes and a deliberate DBA purge keep working.
"""

from django.db import migrations

SQLITE_UP = """
CREATE TRIGGER commitment_event_no_update BEFORE UPDATE ON commitments_commitmentevent
BEGIN SELECT RAISE(ABORT, 'commitment history is append-only'); END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS commitment_event_no_update;"

POSTGRES_UP = """
CREATE OR REPLACE FUNCTION commitment_event_no_update() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'commitment history is append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER commitment_event_no_update BEFORE UPDATE ON commitments_commitmentevent
FOR EACH ROW EXECUTE FUNCTION commitment_event_no_update();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS commitment_event_no_update ON commitments_commitmentevent;
DROP FUNCTION IF EXISTS commitment_event_no_update();
"""


def forwards(apps, schema_editor):
    sql = {"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    sql = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("commitments", "0002_seed_recesses")]
    operations = [migrations.RunPython(forwards, backwards)]
