-- Athar's PostgreSQL roles (docs/adr/0018). Idempotent: run by infra/local/engines.sh on every start
-- (fresh or existing data dir) and by the postgres container on its first start (docker-compose.yml).
-- Run as a superuser, connected to the database "athar".
--
--   athar_owner  owns Athar's schemas: creates and migrates them (ATHAR_PG_MIGRATION_URL) and grants
--                athar_app what each table needs;
--   athar_app    what the services connect as (ATHAR_PG_URL): it can append and read events but not
--                update, delete or truncate them, and can create nothing.
-- The passwords are the local development ones; production sets its own (docs/security.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'athar_owner') THEN
    CREATE ROLE athar_owner LOGIN PASSWORD 'athar_owner' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'athar_app') THEN
    CREATE ROLE athar_app LOGIN PASSWORD 'athar_app' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

GRANT CONNECT, CREATE ON DATABASE athar TO athar_owner;
GRANT CONNECT ON DATABASE athar TO athar_app;
REVOKE CREATE ON DATABASE athar FROM athar_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- A data dir made before these roles existed: the default instance's schemas, created by the
-- superuser, pass to athar_owner so that its migrations can alter them (tables carry their sequences
-- and indexes along).
DO $$
DECLARE
  s record;
  t record;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname IN ('athar_events', 'athar_messaging', 'athar_http', 'athar_notifications', 'athar_personal_data')
             AND nspowner <> (SELECT oid FROM pg_roles WHERE rolname = 'athar_owner')
  LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO athar_owner', s.nspname);
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = s.nspname AND c.relkind IN ('r', 'p')
    LOOP
      EXECUTE format('ALTER TABLE %I.%I OWNER TO athar_owner', s.nspname, t.relname);
    END LOOP;
  END LOOP;
END $$;
