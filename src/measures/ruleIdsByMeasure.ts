/**
 * The ids of the built-in rules that come from each measure, by measure number.
 * Owned by the rules module; a test (test/measures/rulesWiring.test.ts) checks it against the rule definitions both ways.
 * Measures not listed carry no quantitative rule.
 */
export const RULE_IDS_BY_MEASURE: Readonly<Record<number, readonly string[]>> = Object.freeze({
  6: Object.freeze([
    'm06-water-connection',
    'm06-electricity-low-voltage',
    'm06-electricity-10kv-average',
    'm06-gas-non-residential',
    'm06-gas-new-residential-community',
    'm06-gas-residential-ignition',
    'm06-gas-total',
  ]),
  7: Object.freeze(['m07-no-outside-redline-cost', 'm07-electricity-zero-investment']),
  13: Object.freeze(['m13-contract-signing']),
  14: Object.freeze(['m14-acceptance']),
  15: Object.freeze(['m15-payment', 'm15-prepayment-ratio']),
  21: Object.freeze(['m21-licensing-intermediary-services-online']),
  22: Object.freeze(['m22-intermediary-purchasers', 'm22-intermediary-transactions']),
  24: Object.freeze(['m24-chuanyu-same-standard', 'm24-chuanyu-online-items']),
  27: Object.freeze(['m27-low-risk-water-single-survey', 'm27-low-risk-water-single-connection']),
  28: Object.freeze(['m28-low-risk-inspections']),
  29: Object.freeze(['m29-single-survey-report']),
  46: Object.freeze(['m46-aaa-harmonious-enterprises']),
  47: Object.freeze(['m47-unemployment-benefit', 'm47-employment-matters-same-day']),
  51: Object.freeze(['m51-bankruptcy-clearance']),
});
