export { ACTIONS, type Action, type Resource } from './actions.js';
export { allowedActions, authorize, can } from './policy.js';
export { ROLE_LABELS, ROLES, type Principal, type Role } from './roles.js';
