import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/*
 * zod with `.openapi()`: schema modules import `z` from here, so the method exists before they
 * name their schemas for the OpenAPI document. Naming a schema copies it with its checks intact.
 */
extendZodWithOpenApi(z);

export { z };
