export * from './audit.js';
export * from './auth.js';
export * from './common.js';
export * from './dashboard.js';
export * from './employees.js';
export * from './organisation.js';
