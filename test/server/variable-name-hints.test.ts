import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

// A variable misspelled (v20 attack on issue 7): in the document (`$idd` declared, `$id` used) or in
// the JSON variables (`idd` given for `$id`), the error says the near name, never a value.

const ALBUM = graphql(`query VariableHintAlbum($id: ID!) { album(id: $id) { id } }`);
const MISSPELLED = invalidDocument(
  'a variable misspelled on purpose',
  'query VariableHintMisspelled($idd: ID!) { album(id: $id) { id } }',
);

const t = useTestServer();

/** Posts `query` with `variables` (an application/json client: a validation error is a 200) and reads the answer's error messages. */
async function messages(query: string, variables: unknown, status = 400): Promise<string[]> {
  const response = await t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(status);
  const body = (await response.json()) as { errors?: { message: string }[] };
  return (body.errors ?? []).map((error) => error.message);
}

describe('misspelled variables', () => {
  it('a variable used but declared under a near name is hinted with the declared name', async () => {
    const found = await messages(documentText(MISSPELLED), { idd: 'secret-value' }, 200);
    expect(found[0]).toBe(
      'Variable "$id" is not defined by operation "VariableHintMisspelled". Did you mean "$idd"?',
    );
    expect(found.join('\n')).not.toContain('secret-value');
  });

  it('JSON variables that hold a near name of a missing one are hinted, never with the value', async () => {
    const found = await messages(documentText(ALBUM), { idd: 'secret-value' });
    expect(found).toEqual([
      'Variable "$id" of required type "ID!" was not provided; the variables hold "idd": did you mean "id"?',
    ]);
  });

  it('an explicit null for a non-null variable names the variable', async () => {
    const found = await messages(documentText(ALBUM), { id: null });
    expect(found).toEqual(['Variable "$id" of non-null type "ID!" must not be null.']);
  });
});
