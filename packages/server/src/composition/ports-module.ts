import type { Ports } from '@campus/adapters/composition';
import { ContainerModule } from 'inversify';

/** Binds every port a storage provides (the cache around it included) to what serves it. */
export function portsModule(ports: Ports): ContainerModule {
  return new ContainerModule(({ bind }) => {
    for (const { token, value } of ports.list()) bind(token).toConstantValue(value);
  });
}
