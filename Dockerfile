# syntax=docker/dockerfile:1
# One image for the Parcours backend, built in stages:
#   build    all dependencies, admin bundle (admin/dist), Prisma client and schema engine
#   migrate  = build, for the one-shot `prisma migrate deploy` (the Prisma CLI is a dev dependency)
#   runtime  production dependencies only; runs the api (default CMD) or the worker (compose overrides the command)
# The backend runs from its TypeScript sources through tsx (no compile step to drift from the tests).

ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS base
# openssl: Prisma's engine needs libssl and probes `openssl version` to choose its build. ca-certificates: SMTP over TLS.
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# No update notices or telemetry calls from npm and Prisma in builds and containers.
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1

FROM base AS build
# Manifests first so the dependency layer is reused while only sources change. The postinstall hook generates the Prisma
# client from db/prisma/ with scripts/prisma-generate.mjs, and rules/ is a workspace whose bin must exist when linked.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY db/package.json db/
COPY db/prisma db/prisma
COPY rules rules
COPY worker/package.json worker/
COPY api/package.json api/
COPY admin/package.json admin/
# With internet, @prisma/engines' postinstall downloads the schema engine into node_modules (the offline dev machines
# cannot: see shared/design/engineering-notes.md), so `migrate deploy` needs no download at run time.
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
# db:generate again: the sources may carry a schema newer than the manifest layer's cache.
RUN npm run db:generate && npm run build && npx --no-install prisma --version

FROM build AS migrate
USER node
CMD ["npx", "--no-install", "prisma", "migrate", "deploy"]

FROM build AS prod-deps
RUN npm prune --omit=dev

FROM base AS runtime
ENV NODE_ENV=production PORT=3000
# Owned by root and not writable by the app user: a compromised process cannot rewrite its own code.
COPY --from=prod-deps /app /app
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "api/src/main.ts"]
