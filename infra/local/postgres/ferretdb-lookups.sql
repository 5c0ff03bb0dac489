-- Read models find their documents by _id (docs/adr/0059). FerretDB 1.24, the read models' engine on this
-- machine, asks PostgreSQL for one with `_jsonb->'_id' @> $value`, which its own btree index on
-- `_jsonb->'_id'` cannot serve: every lookup scanned the whole collection, so each event cost more than the
-- one before. A GIN index on the same expression serves `@>`, when the plan is made for the actual
-- key (FerretDB passes the key `_id` as a parameter too): hence custom plans for this database.
-- Run by infra/local/engines.sh at every start; idempotent. MongoDB, in production, needs none of it.

SET client_min_messages = warning;

ALTER DATABASE ferretdb SET plan_cache_mode = force_custom_plan;

CREATE OR REPLACE FUNCTION public.athar_index_id_lookups(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> ''_id'') jsonb_path_ops)',
    'athar_id_' || substr(md5(target::text), 1, 16), target);
END
$$;

-- Every collection FerretDB creates from now on (a table with its `_jsonb` column) gets the index as it is made.
CREATE OR REPLACE FUNCTION public.athar_index_new_collection() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  created record;
BEGIN
  FOR created IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' LOOP
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = created.objid AND attname = '_jsonb' AND NOT attisdropped) THEN
      PERFORM public.athar_index_id_lookups(created.objid::regclass);
    END IF;
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS athar_index_new_collection;
CREATE EVENT TRIGGER athar_index_new_collection ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION public.athar_index_new_collection();

-- And the collections made before.
DO $$
DECLARE
  existing record;
BEGIN
  FOR existing IN
    SELECT c.oid FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = '_jsonb' AND NOT a.attisdropped
     WHERE c.relkind = 'r' AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  LOOP
    PERFORM public.athar_index_id_lookups(existing.oid::regclass);
  END LOOP;
END
$$;
