#!/usr/bin/env bash
# One database and one login role per instance of the graph, each role owning only its own database.
#
# Run by the postgres image (docker-entrypoint-initdb.d) once, when its data directory is empty.
# It is idempotent, so it can be run again by hand to add an instance or to set new passwords:
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/01-instances.sh
#
# Instance NAME gets database NAME and role NAME with the password in the environment variable
# <NAME in upper case>_DB_PASSWORD (kommun_1880 -> KOMMUN_1880_DB_PASSWORD). docker-compose.yml passes
# these variables to the postgres container and uses the same ones in each service's DATABASE_URL,
# so a password is defined in one place. test/deployment/ parses INSTANCES below and
# checks it against docker-compose.yml.
#
# The body runs in a subshell: the image sources init scripts that are not executable (a checkout
# that lost the mode bit), and these shell options must not leak into its entrypoint then.
(
set -euo pipefail

INSTANCES=(
  samverkan
  region
  kommun_1814
  kommun_1860
  kommun_1861
  kommun_1862
  kommun_1863
  kommun_1864
  kommun_1880
  kommun_1881
  kommun_1882
  kommun_1883
  kommun_1884
  kommun_1885
)

for instance in "${INSTANCES[@]}"; do
  password_var="${instance^^}_DB_PASSWORD"
  if [[ -z "${!password_var:-}" ]]; then
    echo "01-instances.sh: ${password_var} is not set: pass it to the postgres container (see docker-compose.yml)." >&2
    exit 1
  fi
  echo "01-instances.sh: database and role ${instance}"
  # The password goes to psql through the environment (\getenv), not on a command line.
  INSTANCE_DB_PASSWORD="${!password_var}" psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet \
    --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    --set=name="${instance}" <<'EOSQL'
\getenv password INSTANCE_DB_PASSWORD
SELECT format('CREATE ROLE %I', :'name') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
ALTER ROLE :"name" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
ALTER DATABASE :"name" OWNER TO :"name";
REVOKE CONNECT, TEMPORARY ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"name" TO :"name";
EOSQL
done
)
