import { checkProcurement, evaluate } from './src/index.js';
const tryIt = (f: () => unknown) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log((e as Error).message); } };
tryIt(() => checkProcurement({ awardNoticeIssuedOn: '2021-09-08', invoiceReceivedOn: '2021-09-29', paymentProcessedOn: '2021-09-20', contractAmount: '100.00', supplierIsSme: true, asOf: '2021-10-08' }).status);
tryIt(() => evaluate('m15-payment', { start: '2021-09-29', end: '2021-09-20' }));
tryIt(() => evaluate('m15-payment', { start: '2021-09-29', end: new Date('2021-09-20') }));
