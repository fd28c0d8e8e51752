/**
 * Time allowed for one test of the `penata` command. Each test spawns the CLI one or more times,
 * and every spawn loads TypeScript through tsx: a second or two on a quiet CI machine, several
 * on a busy one, which the suite-wide 30 s would turn into false failures.
 */
export const CLI_TEST_TIMEOUT = 120_000;
