-- Sessions (token version, rotated refresh tokens), login throttling, audit hardening, enrolment leases (issue 12).

-- Bumped on deactivation (and any change that must end open sessions): access tokens carry it, so an older one is refused
-- at once instead of living until it expires.
ALTER TABLE "User" ADD COLUMN "tokenVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "LoginThrottle_updatedAt_idx" ON "LoginThrottle"("updatedAt");

-- The request id a client sent, kept apart from the one the server generated.
ALTER TABLE "AuditEvent" ADD COLUMN "clientRequestId" TEXT;

-- Enrolment jobs hold a lease renewed by their process; another process takes the job once it lapses.
ALTER TABLE "Enrolment" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "Enrolment" ADD COLUMN "leaseExpiresAt" TIMESTAMPTZ(3);
CREATE INDEX "Enrolment_status_leaseExpiresAt_idx" ON "Enrolment"("status", "leaseExpiresAt");

-- TRUNCATE skips row triggers: a statement trigger refuses it, for every role, superuser included.
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- The application's privileges, held by a group role the API and worker log in through (docker-compose creates the
-- login role; see scripts/db/app-login-role.mjs). Only the table owner (the migrating role) can drop or disable the
-- triggers above; the app may only add to and read the audit trail. Where one role runs everything (npm start, tests)
-- the grants change nothing and the triggers still hold.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parcours_app') THEN
    CREATE ROLE parcours_app NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO parcours_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO parcours_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO parcours_app;
REVOKE ALL ON "AuditEvent" FROM parcours_app;
GRANT SELECT, INSERT ON "AuditEvent" TO parcours_app;
REVOKE ALL ON "_prisma_migrations" FROM parcours_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM PUBLIC;
-- Tables of later migrations get the same application privileges (the audit table keeps its own, set above).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO parcours_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO parcours_app;
