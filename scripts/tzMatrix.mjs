// Runs the calendar tests and the calendar fingerprint under several host time zones and requires identical results.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const digests = new Map();
for (const tz of zones) {
  const env = { ...process.env, TZ: tz };
  const tests = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/calendar', 'test/crosscheck', 'test/rules', 'test/provisional', 'test/export', 'test/procurement', 'test/utilities'], { env, stdio: 'inherit' });
  if (tests.status !== 0) {
    console.error(`calendar tests failed under TZ=${tz}`);
    process.exit(1);
  }
  const fingerprint = spawnSync('npx', ['tsx', 'scripts/calendarFingerprint.ts'], { env, encoding: 'utf8' });
  if (fingerprint.status !== 0) {
    console.error(fingerprint.stderr);
    process.exit(1);
  }
  digests.set(tz, fingerprint.stdout.trim());
  console.log(`TZ=${tz}: calendar tests passed, fingerprint ${digests.get(tz)}`);
}
if (new Set(digests.values()).size !== 1) {
  console.error('The calendar answered differently under different time zones:', Object.fromEntries(digests));
  process.exit(1);
}
console.log(`identical results under ${zones.join(', ')}`);
