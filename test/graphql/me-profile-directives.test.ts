import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';

/**
 * `me` reads the profile (`GET /me`) only when a profile field runs: a field @skip/@include leaves out
 * (a literal or a variable, on the field, an inline fragment or a spread) reads nothing, and the call
 * estimate counts `GET /me` exactly when it is read (v16 re-attack C, F3: `me { displayName @skip(if:
 * true) }` read `GET /me`). As alice, read from the emulator's request log, both app modes.
 */

const SKIPPED_FIELD = graphql(`
  query MeProfileSkippedField {
    me { displayName @skip(if: true) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }
  }
`);
const EXCLUDED_FRAGMENT = graphql(`
  query MeProfileExcludedFragment {
    me { ... @include(if: false) { country } topArtists(first: 1) { totalCount } savedTracks(first: 1) { totalCount } }
  }
`);
const SKIPPED_SPREAD = graphql(`
  query MeProfileSkippedSpread {
    me { ...MeProfileProduct @skip(if: true) savedAlbums(first: 1) { totalCount } topTracks(first: 1) { totalCount } }
  }
  fragment MeProfileProduct on Me { product }
`);
const BY_VARIABLE = graphql(`
  query MeProfileByVariable($skip: Boolean = true) {
    me { displayName @skip(if: $skip) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }
  }
`);
const SECOND_NODE = graphql(`
  query MeProfileSecondNode {
    me { savedTracks(first: 1) { totalCount } }
    me { displayName topTracks(first: 1) { totalCount } }
  }
`);
const EXTERNAL_URL = graphql(`
  query MeProfileExternalUrl {
    me { externalUrl savedAlbums(first: 1) { totalCount } }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`me's profile read under @skip and @include, ${mode}`, () => {
    const { estimateOf, callsOf } = useCostProbe(mode);

    it('a profile field left out by a literal @skip, @include or skipped spread: no GET /me, estimated so', async () => {
      for (const document of [SKIPPED_FIELD, EXCLUDED_FRAGMENT, SKIPPED_SPREAD] as const) {
        const calls = await callsOf(document as typeof SKIPPED_FIELD);
        expect(calls['GET /v1/me']).toBeUndefined();
        expect(totalCalls(calls)).toBe(2);
        expect(await estimateOf(document as typeof SKIPPED_FIELD)).toBe(2);
      }
    });

    it('GET /me is read and estimated once a profile field runs: by a variable, under a second `me`, externalUrl', async () => {
      const skipped = await callsOf(BY_VARIABLE, {});
      expect(skipped['GET /v1/me']).toBeUndefined();
      expect(await estimateOf(BY_VARIABLE, {})).toBe(totalCalls(skipped));
      const run = await callsOf(BY_VARIABLE, { skip: false });
      expect(run['GET /v1/me']).toBe(1);
      expect(await estimateOf(BY_VARIABLE, { skip: false })).toBe(totalCalls(run));
      for (const document of [SECOND_NODE, EXTERNAL_URL] as const) {
        const calls = await callsOf(document as typeof SECOND_NODE);
        expect(calls['GET /v1/me']).toBe(1);
        expect(await estimateOf(document as typeof SECOND_NODE)).toBeGreaterThanOrEqual(totalCalls(calls));
      }
    });
  });
}
