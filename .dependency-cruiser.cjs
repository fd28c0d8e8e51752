/**
 * The import rule of ARCHITECTURE.md, checked inside `npm test`.
 * core is pure; shells depend inward; nothing imports server, cli or web.
 */
const IO_MODULES =
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|cluster|os|process)$';
// Resolved paths, since npm packages are leaves of the graph (node_modules/<name>/...).
const DRIVERS =
  '(^|/)node_modules/(kysely|better-sqlite3|pg|fastify|@fastify/[^/]+|react|react-dom|exceljs|pdfkit|commander|csv-parse)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core may import nothing outside src/core',
      from: { path: '^src/core' },
      to: { pathNot: '^src/core', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-no-io',
      severity: 'error',
      comment: 'src/core must not do I/O or use drivers/frameworks',
      from: { path: '^src/core' },
      to: { path: [IO_MODULES, DRIVERS] },
    },
    {
      name: 'core-no-io-builtin',
      severity: 'error',
      from: { path: '^src/core' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contract-only-core',
      severity: 'error',
      from: { path: '^src/contract' },
      to: { path: '^src/(store|services|server|cli|documents|demo)' },
    },
    {
      name: 'store-only-core',
      severity: 'error',
      from: { path: '^src/store' },
      to: { path: '^src/(contract|services|server|cli|documents|demo)' },
    },
    {
      name: 'documents-only-core',
      severity: 'error',
      from: { path: '^src/documents' },
      to: { path: '^src/(contract|store|services|server|cli|demo)' },
    },
    {
      name: 'demo-only-core',
      severity: 'error',
      from: { path: '^src/demo' },
      to: { path: '^src/(contract|store|services|server|cli|documents)' },
    },
    {
      name: 'services-inward',
      severity: 'error',
      from: { path: '^src/services' },
      to: { path: '^src/(contract|server|cli)' },
    },
    {
      name: 'services-no-kysely-values',
      severity: 'error',
      comment: 'only src/store queries the database; services may import kysely types (Transaction) only',
      from: { path: '^src/services', pathNot: '\\.test\\.ts$' },
      to: { path: '(^|/)node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-no-store',
      severity: 'error',
      comment: 'server talks to services, never to the store directly',
      from: { path: '^src/server' },
      to: { path: '^src/(store|cli|documents)' },
    },
    {
      name: 'cli-no-server',
      severity: 'error',
      from: { path: '^src/cli' },
      to: { path: '^src/(server|contract)' },
    },
    {
      name: 'nothing-imports-shells',
      severity: 'error',
      from: { pathNot: '^(src/server|src/cli|web|test|bench|scripts)' },
      to: { path: '^(src/server|src/cli|web)/' },
    },
    {
      name: 'web-only-contract-and-core',
      severity: 'error',
      from: { path: '^web' },
      to: { path: '^src/(store|services|server|cli|documents|demo)' },
    },
    { name: 'web-no-io', severity: 'error', from: { path: '^web/src' }, to: { dependencyTypes: ['core'] } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stays in the graph as leaves (doNotFollow): excluding it would hide every npm
    // dependency from the rules (services-no-kysely-values could never fire).
    exclude: { path: '(\\.test\\.tsx?$|web/dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
