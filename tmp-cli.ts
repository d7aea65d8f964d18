import { runCliInProcess } from './test/cli/runCliInProcess.js';
const r = await runCliInProcess(['check', 'm15-payment', '--input', '-', '--jsonl'], { stdin: '{"start":"2026-12-01","asOf":"2027-01-04"}\n' });
console.log(r.code, r.stdout, r.stderr);
const r2 = await runCliInProcess(['check', 'm15-payment', '--input', '-'], { stdin: '{"start":"2026-12-01","asOf":"2027-01-04"}\n' });
console.log(r2.code, r2.stdout, r2.stderr);
const r3 = await runCliInProcess(['procurement', '--input', '-', '--jsonl', '--as-of', '2027-01-04'], { stdin: '{"awardNoticeIssuedOn":"2026-11-01","contractSignedOn":"2026-11-10","contractAmount":"100","supplierIsSme":true,"invoiceReceivedOn":"2026-12-01"}\n' });
console.log(r3.code, r3.stdout.slice(0, 1500), r3.stderr);
const r4 = await runCliInProcess(['connections', '--input', '-', '--jsonl', '--as-of', '2027-01-04'], { stdin: '{"utility":"water","category":"general","acceptedOn":"2026-12-18"}\n' });
console.log(r4.code, r4.stdout.slice(0, 1500), r4.stderr);
