import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { QueryCosts } from '../../src/server/query-cost.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';

/**
 * The costs of operations with variables are kept by the variables as the response cache and the
 * subscription cohorts key them (src/server/variables-key.ts): the same variables in another key order
 * (top level or inside an input object), or with an undeclared extra, are one entry; different ones are
 * never one, including values JSON writes alike but GraphQL runs differently (NaN and null, a Date and
 * its text). The entries are read through QueryCosts.size: a shared entry is not otherwise observable
 * over HTTP (the figure is the same either way, only computed again).
 */
// Parsed again from its text: the costs are kept by the document's source text, which the generated
// document does not carry.
const DOCUMENT = parse(
  documentText(
    graphql(`query CostKey($id: ID!, $n: Int, $limit: Int, $tunables: RecommendationTunables) {
  artist(id: $id) { albums(first: $n) { nodes { name } } }
  recommendations(limit: $limit, seedArtists: [$id], tunables: $tunables) { tracks { name } }
}`),
  ),
);
const ID = '0TnOYISbd1XYRBk9myaseg';

function costsOf(...variables: Record<string, unknown>[]): { costs: QueryCosts; figures: number[] } {
  const costs = new QueryCosts(1_000_000);
  const figures = variables.map(
    (values) => costs.costOf(schema, DOCUMENT, 'CostKey', values, 'extended')?.complexity ?? Number.NaN,
  );
  return { costs, figures };
}

describe('the cost of an operation with variables is kept by its variables key', () => {
  it('shares one entry for the same variables in another key order, at the top and inside an input object', () => {
    const { costs } = costsOf(
      { id: ID, n: 30, limit: 5, tunables: { energy: { min: 0.2, max: 0.8 }, tempo: { target: 120 } } },
      { tunables: { tempo: { target: 120 }, energy: { max: 0.8, min: 0.2 } }, limit: 5, n: 30, id: ID },
      { n: 30, id: ID, limit: 5, tunables: { energy: { max: 0.8, min: 0.2 }, tempo: { target: 120 } } },
    );
    expect(costs.size).toBe(1);
  });

  it('shares one entry when only an undeclared variable differs (it runs nothing)', () => {
    const { costs } = costsOf(
      { id: ID, n: 30 },
      { id: ID, n: 30, unused: 1 },
      { unused: [2], n: 30, id: ID },
    );
    expect(costs.size).toBe(1);
  });

  it('keeps different variables apart, and their figures differ where the run does', () => {
    const { costs, figures } = costsOf(
      { id: ID, n: 10 },
      { id: ID, n: 200 },
      { id: ID },
      { id: ID, n: null },
    );
    expect(costs.size).toBe(4);
    expect(figures[1]).toBeGreaterThan(figures[0] ?? 0);
  });

  it('never answers the kept figure of null for NaN, nor the kept figure of a text for a Date', () => {
    const costs = new QueryCosts(1_000_000);
    const cost = (values: Record<string, unknown>) =>
      costs.costOf(schema, DOCUMENT, 'CostKey', values, 'extended');
    expect(cost({ id: ID, n: null })).toBeDefined();
    // NaN does not coerce to an Int: nothing to estimate (execution refuses it), not null's figure.
    expect(cost({ id: ID, n: Number.NaN })).toBeUndefined();
    const when = new Date(0);
    expect(cost({ id: when.toJSON() })).toBeDefined();
    expect(cost({ id: when })).toBeUndefined();
    expect(costs.size).toBe(2);
  });
});
