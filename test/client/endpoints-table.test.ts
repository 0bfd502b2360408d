import { describe, expect, it } from 'vitest';
import { endpointById, endpointList, endpoints, findEndpoint } from '../../src/spotify/endpoints/table.js';
import type { EndpointSpec, ParamSpec } from '../../src/spotify/endpoints/types.js';
import { loadSpec as loadReferenceSpec, resolveRef as resolve } from '../helpers/spec-shape.js';

type Json = Record<string, unknown>;

interface SpecParam {
  name: string;
  in: 'path' | 'query' | 'body';
  required: boolean;
  schema: Json;
  description: string;
}

interface SpecOperation {
  id: string;
  method: string;
  path: string;
  deprecated: boolean;
  scopes: string[];
  params: SpecParam[];
  bodyType: string | undefined;
  okSchema: Json | undefined;
}

// The reference spec is read at test time, so the table cannot drift from it unnoticed.
function loadSpec(): { root: Json; operations: SpecOperation[] } {
  const root = loadReferenceSpec();
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(root.paths as Record<string, Json>)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as Json;
      const params: SpecParam[] = ((op.parameters as unknown[] | undefined) ?? []).map((node) => {
        const p = resolve(node);
        const schema = resolve(p.schema);
        const description = `${String(p.description ?? '')} ${String(schema.description ?? '')}`;
        return {
          name: String(p.name),
          in: p.in as 'path' | 'query',
          required: p.required === true,
          schema,
          description,
        };
      });
      let bodyType: string | undefined;
      if (op.requestBody !== undefined) {
        const content = resolve(op.requestBody).content as Record<string, Json>;
        const [mediaType, media] = Object.entries(content)[0] ?? [];
        bodyType = mediaType;
        const schema = resolve(media?.schema);
        const required = (schema.required as string[] | undefined) ?? [];
        for (const [name, node] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) {
          const property = resolve(node);
          params.push({
            name,
            in: 'body',
            required: required.includes(name),
            schema: property,
            description: String(property.description ?? ''),
          });
        }
      }
      const responses = op.responses as Record<string, unknown>;
      const ok = responses['200'] === undefined ? undefined : resolve(responses['200']);
      const okJson = ok?.content as Record<string, Json> | undefined;
      const security = (op.security as Record<string, string[]>[] | undefined) ?? [];
      operations.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        deprecated: op.deprecated === true,
        scopes: security.flatMap((entry) => entry.oauth_2_0 ?? []),
        params,
        bodyType,
        okSchema: okJson?.['application/json'] ? resolve(okJson['application/json'].schema) : undefined,
      });
    }
  }
  return { root, operations };
}

const { operations } = loadSpec();

/** How many items a list parameter takes, as its description states it. */
function statedMaxItems(description: string): number | undefined {
  const match =
    /Maximum: (\d+) (?:IDs|URIs|id)\b|maximum of (\d+) (?:items|objects|IDs)\b|Up to (\d+) seed/i.exec(
      description,
    );
  return match ? Number(match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The table's types that may carry each spec type (comma-separated strings are lists to callers). */
function compatibleTypes(schema: Json): string[] {
  const items = schema.items as Json | undefined;
  switch (schema.type) {
    case 'array':
      return [items?.type === 'object' ? 'object[]' : 'string[]'];
    case 'string':
      return ['string', 'string[]'];
    default:
      return [String(schema.type)];
  }
}

/**
 * Bounds the spec states in prose, not as a schema minimum or maximum, which the table carries so the
 * client refuses a value before any call (integer options only: `after` is also a cursor): an index or a count of items or milliseconds is never
 * negative (QueryOffset: "The index of the first item to return. Default: 0 (the first item)"), a range
 * moves at least one item, and the volume is "a value from 0 to 100 inclusive".
 */
const PROSE_BOUNDS: Readonly<Record<string, { min?: number; max?: number }>> = {
  offset: { min: 0 },
  position: { min: 0 },
  position_ms: { min: 0 },
  after: { min: 0 },
  before: { min: 0 },
  range_start: { min: 0 },
  insert_before: { min: 0 },
  range_length: { min: 1 },
  volume_percent: { min: 0, max: 100 },
};

function tableParam(endpoint: EndpointSpec, param: SpecParam): ParamSpec | undefined {
  return endpoint.params.find((p) => p.name === param.name && p.in === param.in);
}

describe('the endpoint table', () => {
  it('has one entry for each of the 97 operations of the reference spec', () => {
    expect(operations).toHaveLength(97);
    expect(endpointList).toHaveLength(97);
    expect(new Set(endpointList.map((e) => e.id))).toEqual(new Set(operations.map((op) => op.id)));
  });

  it('keys each entry by the camelCase form of its operationId', () => {
    for (const [key, endpoint] of Object.entries(endpoints)) {
      expect(key).toBe(endpoint.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
    }
  });

  it('finds every operation by its id and rejects an unknown id', () => {
    for (const op of operations) expect(endpointById(op.id).id).toBe(op.id);
    expect(findEndpoint('no-such-operation')).toBeUndefined();
    expect(() => endpointById('no-such-operation')).toThrow(/no-such-operation/);
  });

  it('gives each operation the spec method and path', () => {
    for (const op of operations) {
      const endpoint = endpointById(op.id);
      expect({ id: op.id, method: endpoint.method, path: endpoint.path }).toEqual({
        id: op.id,
        method: op.method,
        path: op.path,
      });
    }
  });

  it('limits exactly the 48 deprecated operations to Extended Quota apps', () => {
    expect(operations.filter((op) => op.deprecated)).toHaveLength(48);
    for (const op of operations) {
      const expected = op.deprecated ? ['extended'] : ['extended', 'development'];
      expect({ id: op.id, modes: endpointById(op.id).modes }).toEqual({ id: op.id, modes: expected });
    }
  });

  it('lists every spec parameter in its location with its required flag and a matching type', () => {
    for (const op of operations) {
      const endpoint = endpointById(op.id);
      for (const param of op.params) {
        const at = `${op.id} ${param.in} ${param.name}`;
        const entry = tableParam(endpoint, param);
        expect(entry, at).toBeDefined();
        expect(compatibleTypes(param.schema), at).toContain(entry?.type);
        const places = endpoint.params.filter((p) => p.name === param.name);
        if (places.length === 1) {
          expect({ at, required: entry?.required === true }).toEqual({ at, required: param.required });
        }
      }
    }
  });

  it('sends a name Spotify takes in the query or the body to one place, required there as the spec says', () => {
    for (const op of operations) {
      const endpoint = endpointById(op.id);
      const names = new Set(op.params.map((p) => p.name));
      for (const name of names) {
        const places = endpoint.params.filter((p) => p.name === name);
        if (places.length < 2) continue;
        const at = `${op.id} ${name}`;
        expect(places.map((p) => p.in).sort(), at).toEqual(['body', 'query']);
        // The client routes the name to the last entry; only that one may be required.
        const [other, used] = places;
        expect({ at, otherRequired: other?.required === true }).toEqual({ at, otherRequired: false });
        const specRequired = op.params.some((p) => p.name === name && p.required);
        expect({ at, required: used?.required === true }).toEqual({ at, required: specRequired });
      }
    }
  });

  it('invents no parameter the spec lacks, apart from the raw JPEG body of the cover upload', () => {
    for (const endpoint of endpointList) {
      const op = operations.find((o) => o.id === endpoint.id);
      for (const p of endpoint.params) {
        const known = op?.params.some((s) => s.name === p.name && s.in === p.in);
        const isJpegBody = endpoint.body === 'jpeg' && p.in === 'body';
        expect(known || isJpegBody, `${endpoint.id}: ${p.in} ${p.name}`).toBe(true);
      }
    }
  });

  it('carries the spec bounds: minimum, maximum, list length and allowed values', () => {
    for (const op of operations) {
      const endpoint = endpointById(op.id);
      for (const param of op.params) {
        const entry = tableParam(endpoint, param);
        const at = `${op.id} ${param.in} ${param.name}`;
        const prose = entry?.type === 'integer' ? PROSE_BOUNDS[param.name] : undefined;
        expect({ at, min: entry?.min, max: entry?.max }).toEqual({
          at,
          min: param.schema.minimum ?? prose?.min,
          max: param.schema.maximum ?? prose?.max,
        });
        const isList = entry?.type === 'string[]' || entry?.type === 'object[]';
        expect({ at, maxItems: entry?.maxItems }).toEqual({
          at,
          maxItems: isList ? statedMaxItems(param.description) : undefined,
        });
        const specEnum = (param.schema.enum ?? (param.schema.items as Json | undefined)?.enum) as
          | string[]
          | undefined;
        if (specEnum !== undefined) {
          expect({ at, enum: entry?.enum }).toEqual({ at, enum: specEnum });
        } else {
          // Values the spec names only in prose must each appear in that prose.
          for (const value of entry?.enum ?? []) expect(param.description, at).toContain(value);
        }
      }
    }
  });

  it('requires the scopes of each operation security requirement', () => {
    for (const op of operations) {
      expect({ id: op.id, scopes: [...endpointById(op.id).scopes] }).toEqual({
        id: op.id,
        scopes: op.scopes,
      });
    }
  });

  it('marks every /me operation and every write as needing a user token', () => {
    for (const endpoint of endpointList) {
      const expected = endpoint.path.startsWith('/me') || endpoint.method !== 'GET';
      expect({ id: endpoint.id, userOnly: endpoint.userOnly === true }).toEqual({
        id: endpoint.id,
        userOnly: expected,
      });
    }
  });

  it('sends the cover upload, and only it, as a JPEG body', () => {
    for (const op of operations) {
      const expected = op.bodyType === 'image/jpeg' ? 'jpeg' : undefined;
      expect({ id: op.id, body: endpointById(op.id).body }).toEqual({ id: op.id, body: expected });
    }
  });

  it('describes each "get several" endpoint by its list limit, answer key and single-item endpoint', () => {
    const batches = endpointList.filter((e) => e.batch !== undefined);
    expect(Object.fromEntries(batches.map((e) => [e.path, e.batch?.max]))).toEqual({
      '/albums': 20,
      '/artists': 50,
      '/tracks': 50,
      '/shows': 50,
      '/episodes': 50,
      '/audiobooks': 50,
      '/chapters': 50,
      '/audio-features': 100,
    });
    for (const endpoint of batches) {
      const batch = endpoint.batch!;
      const op = operations.find((o) => o.id === endpoint.id);
      expect(Object.keys((op?.okSchema?.properties as Json | undefined) ?? {}), endpoint.id).toEqual([
        batch.key,
      ]);
      expect(endpoint.params.find((p) => p.name === batch.param)?.maxItems).toBe(batch.max);
      const single = endpointById(batch.single);
      expect(single.path).toBe(`${endpoint.path}/{id}`);
      // Development Mode apps fetch one by one where they still have the single-item endpoint.
      const singleInDevelopment = single.modes.includes('development');
      expect(endpoint.replacedBy).toBe(singleInDevelopment ? batch.single : undefined);
    }
  });

  it('replaces deprecated operations only with operations Development Mode apps have', () => {
    for (const endpoint of endpointList) {
      if (endpoint.replacedBy === undefined) continue;
      expect(endpoint.modes, endpoint.id).toEqual(['extended']);
      expect(endpointById(endpoint.replacedBy).modes, endpoint.id).toContain('development');
    }
    expect(endpoints.getPlaylistsTracks.replacedBy).toBe('get-playlists-items');
    expect(endpoints.createPlaylistForUser.replacedBy).toBe('create-playlist');
    expect(endpoints.saveTracksUser.replacedBy).toBe('save-library-items');
    expect(endpoints.checkUsersSavedTracks.replacedBy).toBe('check-library-contains');
    expect(endpoints.followArtistsUsers.replacedBy).toBe('save-library-items');
  });
});
