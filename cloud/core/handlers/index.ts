// Every handler, for the registry.
export * from './assessment';
export * from './audit';
export * from './export';
export * from './feedback';
export * from './identity';
export * from './indicators';
export * from './needs';
export * from './projects';
export * from './stages';
export * from './survey';
export * from './poster';
export * from './registry';
export * from './staff';
export * from './fieldwork';
