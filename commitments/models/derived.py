"""Two columns of a commitment that the database keeps: `promised_on` and `lowest_confidence`.

promised_on        the earliest date of the documents that mention it, else the (UTC) day it was
                   recorded: "open since" in the list, the dashboard's oldest open promises
lowest_confidence  the lowest confidence of its mentions: the review queue's order

Before, both were correlated subqueries over the mentions, computed for every row of the list
(728 ms of a 1.1 s page at 1,000,000 commitments) and impossible to index. Triggers keep them,
so every write path (the ORM, bulk inserts, a merge moving mentions, a document given its date,
plain SQL) updates them and none has to remember to; Commitment.save() never writes them back.

SQLite rebuilds a table for some schema changes, which drops its triggers: `ensure_triggers`
runs after every migrate and creates any that are missing.
"""

# PostgreSQL: statement triggers with transition tables, so a bulk insert of mentions refreshes
# each commitment once; the refresh writes only rows whose values change.
POSTGRES_UP = """
CREATE OR REPLACE FUNCTION commitment_refresh_derived(ids bigint[]) RETURNS void AS $$
  UPDATE commitments_commitment c SET promised_on = v.promised_on, lowest_confidence = v.low
  FROM (
    SELECT c2.id, COALESCE(MIN(d.date), (c2.created_at AT TIME ZONE 'UTC')::date) AS promised_on,
           MIN(m.confidence) AS low
    FROM commitments_commitment c2
    LEFT JOIN commitments_mention m ON m.commitment_id = c2.id
    LEFT JOIN commitments_document d ON d.id = m.document_id
    WHERE c2.id = ANY(ids)
    GROUP BY c2.id
  ) v
  WHERE c.id = v.id
    AND (c.promised_on IS DISTINCT FROM v.promised_on OR c.lowest_confidence IS DISTINCT FROM v.low)
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION commitment_derived_on_insert() RETURNS trigger AS $$
BEGIN
  IF NEW.promised_on IS NULL THEN
    NEW.promised_on := (NEW.created_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER commitment_derived_on_insert BEFORE INSERT ON commitments_commitment
FOR EACH ROW EXECUTE FUNCTION commitment_derived_on_insert();

CREATE OR REPLACE FUNCTION commitment_derived_from_mentions() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM commitment_refresh_derived(ARRAY(SELECT DISTINCT commitment_id FROM new_mentions));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM commitment_refresh_derived(ARRAY(SELECT DISTINCT commitment_id FROM old_mentions));
  ELSE
    PERFORM commitment_refresh_derived(ARRAY(
      SELECT unnest(ARRAY[o.commitment_id, n.commitment_id])
      FROM old_mentions o JOIN new_mentions n ON n.id = o.id
      WHERE (o.commitment_id, o.document_id, o.confidence)
            IS DISTINCT FROM (n.commitment_id, n.document_id, n.confidence)
    ));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER mention_derived_insert AFTER INSERT ON commitments_mention
REFERENCING NEW TABLE AS new_mentions FOR EACH STATEMENT EXECUTE FUNCTION commitment_derived_from_mentions();
CREATE TRIGGER mention_derived_delete AFTER DELETE ON commitments_mention
REFERENCING OLD TABLE AS old_mentions FOR EACH STATEMENT EXECUTE FUNCTION commitment_derived_from_mentions();
CREATE TRIGGER mention_derived_update AFTER UPDATE ON commitments_mention
REFERENCING OLD TABLE AS old_mentions NEW TABLE AS new_mentions
FOR EACH STATEMENT EXECUTE FUNCTION commitment_derived_from_mentions();

CREATE OR REPLACE FUNCTION commitment_derived_from_document_dates() RETURNS trigger AS $$
BEGIN
  PERFORM commitment_refresh_derived(ARRAY(
    SELECT DISTINCT m.commitment_id
    FROM old_documents o JOIN new_documents n ON n.id = o.id JOIN commitments_mention m ON m.document_id = n.id
    WHERE o.date IS DISTINCT FROM n.date
  ));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER document_derived_dates AFTER UPDATE ON commitments_document
REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
FOR EACH STATEMENT EXECUTE FUNCTION commitment_derived_from_document_dates();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS document_derived_dates ON commitments_document;
DROP TRIGGER IF EXISTS mention_derived_update ON commitments_mention;
DROP TRIGGER IF EXISTS mention_derived_delete ON commitments_mention;
DROP TRIGGER IF EXISTS mention_derived_insert ON commitments_mention;
DROP TRIGGER IF EXISTS commitment_derived_on_insert ON commitments_commitment;
DROP FUNCTION IF EXISTS commitment_derived_from_document_dates();
DROP FUNCTION IF EXISTS commitment_derived_from_mentions();
DROP FUNCTION IF EXISTS commitment_derived_on_insert();
DROP FUNCTION IF EXISTS commitment_refresh_derived(bigint[]);
"""
POSTGRES_BACKFILL = """
UPDATE commitments_commitment c SET promised_on = COALESCE(f.first, (c.created_at AT TIME ZONE 'UTC')::date),
    lowest_confidence = f.low
FROM (
  SELECT m.commitment_id, MIN(d.date) AS first, MIN(m.confidence) AS low
  FROM commitments_mention m JOIN commitments_document d ON d.id = m.document_id
  GROUP BY m.commitment_id
) f
WHERE f.commitment_id = c.id;
UPDATE commitments_commitment SET promised_on = (created_at AT TIME ZONE 'UTC')::date WHERE promised_on IS NULL;
"""

SQLITE_REFRESH = """
UPDATE commitments_commitment SET
  promised_on = COALESCE(
    (SELECT MIN(d.date) FROM commitments_mention m JOIN commitments_document d ON d.id = m.document_id
     WHERE m.commitment_id = commitments_commitment.id),
    date(created_at)),
  lowest_confidence = (SELECT MIN(m.confidence) FROM commitments_mention m
                       WHERE m.commitment_id = commitments_commitment.id)
WHERE {where};
"""
SQLITE_TRIGGERS = {
    "commitment_derived_on_insert": """
CREATE TRIGGER IF NOT EXISTS commitment_derived_on_insert AFTER INSERT ON commitments_commitment
WHEN NEW.promised_on IS NULL
BEGIN UPDATE commitments_commitment SET promised_on = date(NEW.created_at) WHERE id = NEW.id; END;
""",
    "mention_derived_insert": "CREATE TRIGGER IF NOT EXISTS mention_derived_insert AFTER INSERT ON commitments_mention "
    "BEGIN " + SQLITE_REFRESH.format(where="id = NEW.commitment_id") + " END;",
    "mention_derived_delete": "CREATE TRIGGER IF NOT EXISTS mention_derived_delete AFTER DELETE ON commitments_mention "
    "BEGIN " + SQLITE_REFRESH.format(where="id = OLD.commitment_id") + " END;",
    "mention_derived_update": "CREATE TRIGGER IF NOT EXISTS mention_derived_update "
    "AFTER UPDATE OF commitment_id, document_id, confidence ON commitments_mention "
    "BEGIN " + SQLITE_REFRESH.format(where="id IN (OLD.commitment_id, NEW.commitment_id)") + " END;",
    "document_derived_dates": "CREATE TRIGGER IF NOT EXISTS document_derived_dates "
    "AFTER UPDATE OF date ON commitments_document WHEN OLD.date IS NOT NEW.date "
    "BEGIN "
    + SQLITE_REFRESH.format(where="id IN (SELECT commitment_id FROM commitments_mention WHERE document_id = NEW.id)")
    + " END;",
}
SQLITE_BACKFILL = SQLITE_REFRESH.format(where="1")


def install(schema_editor) -> None:
    """Create the triggers and fill both columns for the rows already there (migration 0019)."""
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_UP)
        schema_editor.execute(POSTGRES_BACKFILL)
    elif vendor == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            schema_editor.execute(sql)
        schema_editor.execute(SQLITE_BACKFILL)


def uninstall(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_DOWN)
    elif vendor == "sqlite":
        for name in SQLITE_TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


def ensure_triggers(using="default", **kwargs) -> None:
    """post_migrate: put back SQLite triggers that a later table rebuild dropped."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite" or "commitments_commitment" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(cursor, "commitments_commitment")}
        if "promised_on" not in columns:  # migrated back before 0019
            return
        for sql in SQLITE_TRIGGERS.values():
            cursor.execute(sql)
