/** The day 江津府办发〔2021〕113号 took effect (本方案自印发之日起施行; 印发 2021年8月1日): the start of every target's clock. */
export const PLAN_EFFECTIVE_ON = '2021-08-01';
