-- Assignment rules (issue 14): named pools of the CPTS, and the Task columns an assignment rule resolves to.

CREATE TABLE "Pool" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Pool_pkey" PRIMARY KEY ("key"),
    CONSTRAINT "Pool_key_check" CHECK ("key" ~ '^[a-z0-9][a-z0-9-]*$')
);

CREATE TABLE "PoolMember" (
    "poolKey" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    CONSTRAINT "PoolMember_pkey" PRIMARY KEY ("poolKey", "userId"),
    CONSTRAINT "PoolMember_poolKey_fkey" FOREIGN KEY ("poolKey") REFERENCES "Pool"("key") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PoolMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PoolMember_userId_idx" ON "PoolMember"("userId");

ALTER TABLE "Task" ADD COLUMN "assigneePoolKey" TEXT;
ALTER TABLE "Task" ADD COLUMN "assigneeCommuneCode" CHAR(5);
ALTER TABLE "Task" ADD COLUMN "assignment" JSONB;
-- A pool that still has tasks cannot be deleted (RESTRICT): its tasks would be seen by nobody.
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneePoolKey_fkey" FOREIGN KEY ("assigneePoolKey") REFERENCES "Pool"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
-- The worklist's pool branch, read in due order straight from the index like the profession branch.
CREATE INDEX "Task_assigneePoolKey_dueAt_id_assigneeUserId_idx" ON "Task"("assigneePoolKey", "dueAt", "id", "assigneeUserId");
