export { ACTIONS, type Action, type Resource } from './actions.js';
export { allowedActions, authorize, can } from './policy.js';
export { type Principal, ROLE_LABELS, ROLES, type Role } from './roles.js';
