import type { Operation } from '../context.js';
import { catalogOperations } from './catalog.js';
import { libraryOperations } from './library.js';
import { playerOperations } from './player.js';
import { playlistOperations } from './playlists.js';

/** Every Web API operation of the reference spec. */
export const operations: readonly Operation[] = [
  ...catalogOperations,
  ...libraryOperations,
  ...playlistOperations,
  ...playerOperations,
];
