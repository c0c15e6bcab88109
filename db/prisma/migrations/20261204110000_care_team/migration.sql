-- The patient's care team (issue 14, first part): the CPTS's communes, the communes professionals cover, each
-- professional's RPPS number, and who is in which patient's team, when, declared by whom.

-- btree_gist lets one exclusion constraint compare the patient id (equality) and the period (overlap) together.
-- Trusted extension: the owner role that runs the migrations may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE "Commune" (
    "inseeCode" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Commune_pkey" PRIMARY KEY ("inseeCode"),
    CONSTRAINT "Commune_inseeCode_check" CHECK ("inseeCode" ~ '^[0-9][0-9AB][0-9]{3}$')
);

CREATE TABLE "UserCommune" (
    "userId" UUID NOT NULL,
    "communeCode" CHAR(5) NOT NULL,
    CONSTRAINT "UserCommune_pkey" PRIMARY KEY ("userId", "communeCode"),
    CONSTRAINT "UserCommune_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserCommune_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "UserCommune_communeCode_idx" ON "UserCommune"("communeCode");

-- RPPS: 11 digits, one account per number (NULLs stay distinct: not every account is a health professional).
ALTER TABLE "User" ADD CONSTRAINT "User_rpps_check" CHECK ("rpps" ~ '^[0-9]{11}$');
CREATE UNIQUE INDEX "User_rpps_key" ON "User"("rpps");
ALTER TABLE "User" ADD COLUMN "communeCode" CHAR(5);
ALTER TABLE "User" ADD CONSTRAINT "User_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("inseeCode") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Patient" ADD COLUMN "communeCode" CHAR(5);
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune"("inseeCode") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "CareTeamMember" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "profession" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "declaredById" UUID,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedById" UUID,
    "endedAt" TIMESTAMPTZ(3),
    CONSTRAINT "CareTeamMember_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CareTeamMember_role_check" CHECK ("role" IN ('medecin-traitant', 'intervenant')),
    CONSTRAINT "CareTeamMember_period_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate"),
    CONSTRAINT "CareTeamMember_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CareTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CareTeamMember_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CareTeamMember_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    -- At most one médecin traitant at any date: two médecin traitant periods of one patient never overlap (so at most
    -- one has no end date). Periods are [startDate, endDate): a GP ending on the day the next one starts is fine.
    CONSTRAINT "CareTeamMember_one_medecin_traitant" EXCLUDE USING gist (
        "patientId" WITH =,
        daterange("startDate", "endDate", '[)') WITH &&
    ) WHERE ("role" = 'medecin-traitant'),
    -- The same professional is not in one patient's team twice over the same days.
    CONSTRAINT "CareTeamMember_no_overlap_per_user" EXCLUDE USING gist (
        "patientId" WITH =,
        "userId" WITH =,
        daterange("startDate", "endDate", '[)') WITH &&
    )
);
CREATE INDEX "CareTeamMember_patientId_endDate_idx" ON "CareTeamMember"("patientId", "endDate");
CREATE INDEX "CareTeamMember_userId_endDate_idx" ON "CareTeamMember"("userId", "endDate");

-- hasMedecinTraitant is now derived from the care team, which starts empty: no patient has a declared médecin traitant
-- yet, so the flag is reset rather than left contradicting the team. Re-declare them (back office, CSV import with
-- medecinTraitantRpps); the demo seed does it for the demo patients.
UPDATE "Patient" p SET "hasMedecinTraitant" = EXISTS (
    SELECT 1 FROM "CareTeamMember" m WHERE m."patientId" = p."id" AND m."role" = 'medecin-traitant' AND m."endDate" IS NULL
);
