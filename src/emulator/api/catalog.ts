import type { Operation } from '../context.js';

export const catalogOperations: Operation[] = [];
