-- The worklist reads tasks for a profession, or given to one person, in due order (bench/api measured the plans).
-- DropIndex
DROP INDEX "Task_assigneeUserId_status_idx";

-- CreateIndex
CREATE INDEX "Task_assigneeProfession_dueAt_id_assigneeUserId_idx" ON "Task"("assigneeProfession", "dueAt", "id", "assigneeUserId");

-- CreateIndex
CREATE INDEX "Task_assigneeUserId_dueAt_id_idx" ON "Task"("assigneeUserId", "dueAt", "id");
