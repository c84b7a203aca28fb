// The committed JSON Schema is the generated one (regenerate with `npm run schema`), and every
// bundled criteria file points editors at it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criteriaJsonSchema } from '../../src/schema/json-schema.js';
import { schemaJson } from '../../src/render/criteria/criteria-schema-json.js';

const criteriaJsonSchemaText = () => schemaJson(criteriaJsonSchema());
import { ROOT, runCli } from '../helpers/cli.js';

describe('criteria schema', () => {
  it('the committed schema/criteria.schema.json has not drifted from the zod schema (run npm run schema)', () => {
    expect(readFileSync(`${ROOT}/schema/criteria.schema.json`, 'utf8')).toBe(criteriaJsonSchemaText());
  });

  it('is draft 2020-12, strict, with a description on every key', () => {
    const schema = criteriaJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'title', 'report', 'criteria']);
    for (const [key, value] of Object.entries(schema.properties)) expect([key, typeof value.description]).toEqual([key, 'string']);
  });

  it('the CLI prints it', async () => {
    const { code, stdout } = await runCli(['criteria', 'schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(criteriaJsonSchemaText());
  });

  it.each(readdirSync(`${ROOT}/criteria`).filter((n) => n.endsWith('.yaml') && n !== 'programme.yaml'))('criteria/%s points at the schema', (name) => {
    expect(readFileSync(`${ROOT}/criteria/${name}`, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/criteria.schema.json');
  });
});
