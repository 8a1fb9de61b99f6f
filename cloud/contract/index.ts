// The cloud API's contract: one zod schema for the input and output of every call, grouped by noun,
// and its zod-free rules (rules/) that the app imports. Which call runs which handler: core/registry.ts.
export * from './common';
export * from './rules';
export * from './identity';
export * from './survey';
export * from './indicators';
export * from './assessment';
export * from './projects';
export * from './participation';
export * from './registry';
export * from './staff';
export * from './poster';
export * from './audit';
export * from './stages';
export * from './console';
export * from './mydata';
export * from './evidence';
export * from './activities';
export * from './fieldwork';
