import { describe, expect, it } from 'vitest';
import { libraryOperations } from '../../src/emulator/api/library.js';
import { specOperation } from '../helpers/spec-shape.js';

/** The scopes the spec's security requirement lists for an operation. */
function specScopes(operationId: string): string[] {
  const security = specOperation(operationId).operation.security;
  if (!Array.isArray(security)) return [];
  return security.flatMap((s: unknown) => {
    const scopes = (s as { oauth_2_0?: unknown }).oauth_2_0;
    return Array.isArray(scopes) ? (scopes as string[]) : [];
  });
}

describe('library operation table', () => {
  it('covers the 32 profile, library, follow and top-item operations once each', () => {
    const ids = libraryOperations.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(32);
  });

  it.each(libraryOperations.map((op) => [op.id, op] as const))('%s matches the spec', (id, op) => {
    const spec = specOperation(id);
    expect(op.method).toBe(spec.method);
    expect(op.path).toBe(spec.path);
    // Development Mode apps lost exactly the operations the spec marks deprecated.
    expect(op.developmentMode).toBe(!spec.deprecated);
    const required = [...(op.scopes ?? []), ...(op.anyScopes ?? [])];
    for (const scope of required) expect(specScopes(id)).toContain(scope);
  });

  it('requires every listed scope except where the spec lists alternatives or field-revealing scopes', () => {
    for (const op of libraryOperations) {
      if (op.anyScopes !== undefined || op.id === 'get-current-users-profile') continue;
      expect([...(op.scopes ?? [])].sort(), op.id).toEqual(specScopes(op.id).sort());
    }
  });
});
