// Public surface of the demo seed for `npm start`, `npm run db:seed`, the demo-in-motion and the tests.
export { seedDemo } from './seed.ts';
export type { SeedDemoOptions } from './seed.ts';
export { DEMO_PASSWORD, demoLogins } from './people.ts';
export { DEMO_PARCOURS_KEY, demoShortDelaysParcours } from './demo-parcours.ts';
export { rng, stableUuid } from './random.ts';
