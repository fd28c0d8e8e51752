export { resetDatabase } from './migrate-database.js';
