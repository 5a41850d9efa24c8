#!/usr/bin/env bash
# Until the first production deployment, the schema lives in one initial migration: this
# rebuilds it from the current collections. After go-live, use `npm run migrate:create <name>`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f cms/migrations/*_initial.ts cms/migrations/*_initial.json
echo "export const migrations = []" > cms/migrations/index.ts
tmp=$(mktemp -d)
DATABASE_URL="file:$tmp/m.db" PAYLOAD_CONFIG_PATH=cms/payload.config.ts npx payload migrate:create initial
rm -rf "$tmp"
# The generator imports types as values; with verbatimModuleSyntax they must be marked as types.
sed -i -E 's/^import \{ MigrateUpArgs, MigrateDownArgs, sql \} from/import { type MigrateUpArgs, type MigrateDownArgs, sql } from/' cms/migrations/*_initial.ts
