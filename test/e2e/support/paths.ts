import { fileURLToPath } from 'node:url';

/** The repository root and where the journeys write screenshots and server logs (gitignored). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const RESULTS_DIR = `${REPO_ROOT}test-results/e2e`;
export const WEB_DIST = `${REPO_ROOT}web/dist`;
