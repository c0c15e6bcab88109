-- Access scoping and break-the-glass (issue 14, items 3 and 4).

-- A professional outside a patient's care team opens the patient's file for a stated reason, for a limited time. The
-- grant is the access rule's third branch (care team, visible task, unexpired grant); the audit trail keeps the trace
-- even if the patient is later deleted.
CREATE TABLE "BreakGlassAccess" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "BreakGlassAccess_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BreakGlassAccess_reason_check" CHECK (char_length(btrim("reason")) >= 15),
    CONSTRAINT "BreakGlassAccess_expiry_check" CHECK ("expiresAt" > "createdAt"),
    CONSTRAINT "BreakGlassAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BreakGlassAccess_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The scope's lookup (this user, this patient, not expired) and the auditors' list (by patient, by date).
CREATE INDEX "BreakGlassAccess_userId_patientId_expiresAt_idx" ON "BreakGlassAccess"("userId", "patientId", "expiresAt");
CREATE INDEX "BreakGlassAccess_patientId_createdAt_idx" ON "BreakGlassAccess"("patientId", "createdAt");
CREATE INDEX "BreakGlassAccess_createdAt_idx" ON "BreakGlassAccess"("createdAt");

-- The médecin traitant is told of a break-the-glass access through the inbox and the relay, like a notify step; such a
-- message concerns a patient, not a journey.
ALTER TABLE "OutboxMessage" ALTER COLUMN "journeyId" DROP NOT NULL;
ALTER TABLE "OutboxMessage" ADD COLUMN "patientId" UUID;
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_subject_check" CHECK ("journeyId" IS NOT NULL OR "patientId" IS NOT NULL);

-- A commune-restricted task names one of the CPTS's communes: the scope reads who covers it through this relation.
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeCommuneCode_fkey" FOREIGN KEY ("assigneeCommuneCode") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The worklist's profession branch now reads open tasks only, and their commune: status is an equality just after the
-- profession (the scan stays in due order and never visits closed tasks), the commune is in the index, so the page is
-- an ordered index scan and the count an index-only scan.
DROP INDEX "Task_assigneeProfession_dueAt_id_assigneeUserId_idx";
CREATE INDEX "Task_assigneeProfession_status_dueAt_id_assigneeUserId_assigneeCommuneCode_idx" ON "Task"("assigneeProfession", "status", "dueAt", "id", "assigneeUserId", "assigneeCommuneCode");
