import type { Operation } from '../context.js';

export const playlistOperations: Operation[] = [];
