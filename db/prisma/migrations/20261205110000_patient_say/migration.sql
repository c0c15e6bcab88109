-- The patient's say over the sharing of their data (issue 14, item 5; Code de la santé publique L1110-4): each time the
-- patient was informed, objected, or withdrew an objection, with the day, the channel and who recorded it. The history
-- is append-only (a mistaken entry is answered by a later one, never erased); the Patient row carries the current state,
-- derived from it (db/src/patient-say.ts), for fast filters and for refusing enrolments.

CREATE TABLE "PatientSayEvent" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "note" TEXT,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PatientSayEvent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PatientSayEvent_kind_check" CHECK ("kind" IN ('information', 'objection', 'withdrawal')),
    CONSTRAINT "PatientSayEvent_channel_check" CHECK ("channel" IN ('consultation', 'courrier', 'email', 'telephone', 'portail')),
    -- RESTRICT: a patient with a recorded say is not deleted (the API refuses it with a 409 first); the record is proof.
    CONSTRAINT "PatientSayEvent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PatientSayEvent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "PatientSayEvent_patientId_occurredOn_idx" ON "PatientSayEvent"("patientId", "occurredOn");

-- Append-only, like the audit trail: no UPDATE or DELETE of a recorded event, for any role. (The recorder's account
-- being deleted would SET NULL recordedById: users are deactivated, not deleted, so that path stays closed as well.)
CREATE FUNCTION "patient_say_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PatientSayEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "PatientSayEvent_append_only" BEFORE UPDATE OR DELETE ON "PatientSayEvent"
  FOR EACH ROW EXECUTE FUNCTION "patient_say_event_append_only"();
CREATE TRIGGER "PatientSayEvent_no_truncate" BEFORE TRUNCATE ON "PatientSayEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "patient_say_event_append_only"();
-- The application may add to and read the history only (the default privileges gave it UPDATE and DELETE too).
REVOKE UPDATE, DELETE, TRUNCATE ON "PatientSayEvent" FROM parcours_app;

-- The current state, derived: the last day the patient was informed, and the day of the objection in force (null when
-- none, or withdrawn). Partial index: objecting patients are few, and the enrolment scan and filters look them up.
ALTER TABLE "Patient" ADD COLUMN "informedOn" DATE;
ALTER TABLE "Patient" ADD COLUMN "objectingSince" DATE;
CREATE INDEX "Patient_objectingSince_idx" ON "Patient"("objectingSince") WHERE "objectingSince" IS NOT NULL;

-- Cohort enrolments count the patients set apart because they object.
ALTER TABLE "Enrolment" ADD COLUMN "objecting" INTEGER NOT NULL DEFAULT 0;

-- Lists of patients, journeys and tasks name the patients they showed in details.patientIds: the right-of-access
-- report (GET /api/patients/:id/access-log) finds them through this index as well as by the patientId column.
CREATE INDEX "AuditEvent_details_patientIds_idx" ON "AuditEvent" USING gin (("details" -> 'patientIds'));
