import { createUseCases, declaredUseCases, keyOf, useCasesFrom, type UseCases } from '@campus/application';
import { WRITE_LIMIT_POLICY, WriteLimitPolicy, type Token } from '@campus/domain';
import { ContainerModule, type Container } from 'inversify';

/**
 * Every use case the application declares, each a singleton built from its declared ports: the
 * features' list lives in the application, so a new feature needs no line here.
 */
export const useCasesModule = new ContainerModule(({ bind }) => {
  for (const declared of declaredUseCases()) {
    bind(declared.token)
      .toResolvedValue((...args: unknown[]) => declared.build(args), declared.deps.map(keyOf))
      .inSingletonScope();
  }
});

/** Every use case, resolved once from the container: what the routes and the CLI call. */
export function resolveUseCases(container: Container): UseCases {
  return useCasesFrom((declared) => container.get(declared.token));
}

/**
 * Every use case anew on the container's ports, but with no write limits: for seeding, whose
 * writes are no user's and must neither be refused nor fill real users' windows. `replaced` swaps
 * ports of these use cases alone (the demo seed's own mailer and verification codes).
 */
export function unlimitedUseCases(
  container: Container,
  replaced: ReadonlyMap<Token<unknown>, unknown> = new Map(),
): UseCases {
  const none = WriteLimitPolicy.none();
  return createUseCases(<T>(token: Token<T>): T => {
    if (replaced.has(token)) return replaced.get(token) as T;
    return token === WRITE_LIMIT_POLICY ? (none as T) : container.get<T>(token);
  });
}
