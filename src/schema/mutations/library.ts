import { saveOrRemove } from '../../resolvers/library.js';
import { ME } from '../../resolvers/users.js';
import { builder } from '../builder.js';
import { urisArg } from '../id-args.js';
import { MeRef } from '../refs.js';

interface LibraryChange {
  uris: string[];
}

const LibraryPayloadRef = builder.objectRef<LibraryChange>('LibraryPayload').implement({
  description: 'The URIs saved or removed, and the user to read the library back from.',
  fields: (t) => ({
    uris: t.exposeStringList('uris'),
    me: t.field({
      type: MeRef,
      description: 'The signed-in user, e.g. to read `savedTracks` or `libraryContains` after the change.',
      resolve: () => ME,
    }),
  }),
});

const uriArgs = builder.args((t) => ({
  uris: t.idList({
    required: true,
    description: `${urisArg('Track, album, show, episode or audiobook')} At most 1000.`,
  }),
}));

builder.mutationFields((t) => ({
  saveToLibrary: t.field({
    type: LibraryPayloadRef,
    nullable: true,
    description:
      "Saves items to the user's library: PUT /me/library in Development Mode, the type-specific routes otherwise.",
    args: uriArgs,
    resolve: (_root, args, ctx) => saveOrRemove(ctx, args.uris, true),
  }),
  removeFromLibrary: t.field({
    type: LibraryPayloadRef,
    nullable: true,
    description:
      "Removes items from the user's library: DELETE /me/library in Development Mode, the type-specific routes otherwise.",
    args: uriArgs,
    resolve: (_root, args, ctx) => saveOrRemove(ctx, args.uris, false),
  }),
}));
