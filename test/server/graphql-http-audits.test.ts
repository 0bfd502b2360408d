import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit over a real port', async () => {
    const audits = serverAudits({ url: () => url, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failed = results.filter((result) => result.status !== 'ok');
    expect(failed.map((result) => `${result.id} ${result.name}: ${result.reason ?? ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(61);
  });
});
