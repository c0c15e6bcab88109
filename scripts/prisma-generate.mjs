// Runs `prisma generate` offline. The Prisma CLI insists on locating its native schema engine at start-up even though
// `generate` never uses it (see shared/design/engineering-notes.md); pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing executable satisfies that check. Where the real engine is installed, the variable is left as the user set it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
if (!existsSync('db/prisma/schema.prisma')) process.exit(0);
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
