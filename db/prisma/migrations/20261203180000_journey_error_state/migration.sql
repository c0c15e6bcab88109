-- A journey held in error: an activity failed permanently and waits for a coordinator's retry.
ALTER TYPE "JourneyStatus" ADD VALUE IF NOT EXISTS 'error';

ALTER TABLE "Journey" ADD COLUMN "errorDetail" JSONB;
