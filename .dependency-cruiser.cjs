/** Enforces the dependency rule of docs/architecture.md. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing outside itself: no packages, no node: modules.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { pathNot: '^packages/domain/src' },
    },
    {
      name: 'application-depends-on-domain-only',
      severity: 'error',
      from: { path: '^packages/application/src' },
      to: { pathNot: '^packages/(application|domain)/src' },
    },
    {
      name: 'adapters-never-see-application-or-server',
      severity: 'error',
      from: { path: '^packages/adapters/(src|test)' },
      to: { path: '^packages/(application|server)/' },
    },
    {
      name: 'application-tests-use-no-sql-or-server',
      severity: 'error',
      from: { path: '^packages/application/test' },
      to: { path: '^packages/server/|node_modules/(sequelize|koa|redis|inversify)' },
    },
    {
      name: 'light-adapters-load-no-driver',
      comment:
        'The memory, system, cache and idempotency adapters (what an embedding on memory imports) reach no SQL, Redis or bcrypt code, not even for a type (the scrypt hasher and the token services of security/ are plain Node).',
      severity: 'error',
      from: { path: '^packages/adapters/src/(memory|system|cache|idempotency)/' },
      to: {
        path: '^packages/adapters/src/(sequelize|redis|testing)/|^packages/adapters/src/security/(index|bcrypt-password-hasher)\\.ts$|node_modules/(sequelize|umzug|mysql2|sqlite3|redis|@redis|bcrypt)/',
      },
    },
    {
      name: 'adapters-imported-by-subpath',
      comment:
        'Other packages reach @campus/adapters through its subpath exports (/memory, /sequelize, ...) only.',
      severity: 'error',
      from: { path: '^packages/(application|server)/' },
      to: { path: '^packages/adapters/src/', pathNot: '^packages/adapters/src/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Runtime import cycles; type-only cycles vanish at compile time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      conditionNames: ['campus-source', 'import', 'require', 'node', 'default'],
      exportsFields: ['exports'],
    },
  },
};
