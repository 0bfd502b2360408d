/** Registers every type file (the import list is the schema's table of contents) and builds the schema. */
import './common.js';
import './node.js';
import './album.js';
import './artist.js';
import './track.js';
import './show.js';
import './audio-item-fields.js';
import './episode.js';
import './audiobook.js';
import './chapter.js';
import './category.js';
import './browse.js';
import './search.js';
import './recommendations.js';
import './user.js';
import './playlist.js';
import './me.js';
import './library.js';
import './follow.js';
import './player.js';
import './mutations/playlists.js';
import './mutations/library.js';
import './mutations/follow.js';
import './mutations/player.js';
import './subscriptions.js';
import { settleListItems } from '../resolvers/settled-lists.js';
import { strictScalarValues } from '../resolvers/strict-values.js';
import { builder } from './builder.js';

// Lists settled first, so that the scalar check sees each entry's value (never a promise).
export const schema = strictScalarValues(settleListItems(builder.toSchema({ sortSchema: false })));
