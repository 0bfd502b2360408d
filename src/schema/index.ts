/** Registers every type file (the import list is the schema's table of contents) and builds the schema. */
import './common.js';
import './node.js';
import './album.js';
import './artist.js';
import './track.js';
import { builder } from './builder.js';

export const schema = builder.toSchema({ sortSchema: false });
