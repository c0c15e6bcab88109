// Creates (or updates the password of) the login role the api and worker connect as, a member of the group role
// `parcours_app` whose privileges the migrations set: everything the app needs, but on the audit trail only INSERT and
// SELECT, and ownership of nothing (so it cannot drop or disable the audit triggers). Run by docker-compose's `migrate`
// one-shot, as the owner role, right after the migrations:
//   DATABASE_URL=<owner url> APP_DB_USER=parcours_api APP_DB_PASSWORD=… node scripts/db/app-login-role.mjs
import pg from 'pg';

const { DATABASE_URL, APP_DB_USER, APP_DB_PASSWORD } = process.env;
const problems = [
  !DATABASE_URL && 'DATABASE_URL is required (the owner role, which runs the migrations)',
  !APP_DB_USER && 'APP_DB_USER is required',
  APP_DB_USER && !/^[a-z_][a-z0-9_]{0,62}$/.test(APP_DB_USER) && 'APP_DB_USER: lower-case letters, digits and _',
  !APP_DB_PASSWORD && 'APP_DB_PASSWORD is required',
].filter(Boolean);
if (problems.length) {
  console.error(`[app-login-role] ${problems.join('; ')}`);
  process.exit(1);
}

const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
try {
  const { rows } = await client.query('SELECT current_user AS owner');
  if (rows[0].owner === APP_DB_USER) throw new Error('APP_DB_USER must not be the role that owns the tables');
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_DB_USER])).rowCount;
  const role = client.escapeIdentifier(APP_DB_USER);
  const password = client.escapeLiteral(APP_DB_PASSWORD);
  await client.query(
    `${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${password}`,
  );
  await client.query(`GRANT parcours_app TO ${role}`);
  console.log(`[app-login-role] ${APP_DB_USER} ${exists ? 'updated' : 'created'}, member of parcours_app`);
} finally {
  await client.end();
}
