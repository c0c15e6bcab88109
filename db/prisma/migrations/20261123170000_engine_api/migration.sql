-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

-- AlterTable
ALTER TABLE "ParcoursDefinition" ADD COLUMN "retiredAt" TIMESTAMPTZ(3),
ADD COLUMN "templateKey" TEXT;

-- AlterTable
ALTER TABLE "Journey" ADD COLUMN "endReason" TEXT,
ADD COLUMN "runIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "enrolmentId" UUID;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "claimedAt" TIMESTAMPTZ(3),
ADD COLUMN "cancelReason" TEXT;

-- CreateIndex
CREATE INDEX "Task_journeyId_idx" ON "Task"("journeyId");

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "parcoursKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'queued',
    "scanned" INTEGER NOT NULL DEFAULT 0,
    "eligible" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "alreadyEnrolled" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Enrolment_createdAt_idx" ON "Enrolment"("createdAt");

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("userId","key")
);

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");
