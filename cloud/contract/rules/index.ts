// The contract's rules without zod: ids, names, limits, the target, permissions, the calendar. The app imports these.
export * from './calendar';
export * from './ids';
export * from './limits';
export * from './permissions';
export * from './privacy';
export * from './projects';
export * from './rates';
export * from './roles';
export * from './standard';
export * from './survey';
export * from './registry';
export * from './staff';
export * from './console';
export * from './notifications';
export * from './evidence';
export * from './retention';
export * from './fieldwork';
