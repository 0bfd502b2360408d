import type { Operation } from '../context.js';

export const libraryOperations: Operation[] = [];
