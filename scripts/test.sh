#!/usr/bin/env bash
# `npm test`: type check and every test, then one plain last line "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

[ -d node_modules ] || npm ci || exit 1

# The OCR tests render text into images with a TrueType font.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core; } >/dev/null 2>&1 || true
# The IMAP intake tests run private Dovecot instances (IMAP + LMTP) on free ports; stop the system one the install starts.
[ -x /usr/sbin/dovecot ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd dovecot-lmtpd; service dovecot stop; doveadm stop; } >/dev/null 2>&1 || true
# The review desk's browser tests drive Debian's chromium through playwright-core.
[ -x /usr/bin/chromium ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || true

status=0
npx tsc --noEmit || status=1

report=.vitest-report.json
rm -f "$report"
npx vitest run --reporter=default --reporter=json --outputFile="$report" || status=1

# Counts from vitest's JSON report. A test file that fails before any test runs (import error,
# failing beforeAll) counts as one failure, so the line never says "0 failed" for a red run.
node -e '
const fs = require("node:fs");
let r;
try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
catch { console.log("no test report (vitest did not finish)"); console.log("0 passed, 1 failed"); process.exit(0); }
const brokenFiles = (r.testResults ?? []).filter((f) => f.status === "failed" && !(f.assertionResults ?? []).some((t) => t.status === "failed")).length;
const failed = r.numFailedTests + brokenFiles;
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`${r.numPassedTests} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : ""));
' "$report"

exit "$status"
