import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Adds `.openapi()` to zod before any schema of the API is built: every API module imports z from here.
extendZodWithOpenApi(z);

export { z };
