import { z } from 'zod';
import { PlanDocumentSchema } from './document.js';

export function planDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
