import type { Operation } from '../context.js';

export const playerOperations: Operation[] = [];
