// The YAML nesting limit is a scan, not a stack overflow: the same depth is refused on every engine.
import { describe, expect, it } from 'vitest';
import { MAX_YAML_DEPTH, tooDeep } from '../../src/load/yaml/yaml-depth.js';
import { parseYaml } from '../../src/load/yaml/yaml-doc.js';

const flow = (n: number) => `cases:\n  - findings: ${'['.repeat(n)}${']'.repeat(n)}\n`;

describe('tooDeep', () => {
  it('allows MAX_YAML_DEPTH levels of brackets and refuses one more, at the bracket that goes over', () => {
    expect(tooDeep(flow(MAX_YAML_DEPTH))).toBeUndefined();
    expect(tooDeep(flow(MAX_YAML_DEPTH + 1))).toEqual({ line: 2, col: 15 + MAX_YAML_DEPTH });
  });

  it('counts brackets that close again, and none inside quotes', () => {
    expect(tooDeep(`a: ${'[]'.repeat(500)}\n`)).toBeUndefined();
    expect(tooDeep(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\n`)).toBeUndefined();
  });

  it('refuses compact block sequences and indentation past the limits, on their line', () => {
    expect(tooDeep(`a:\n  ${'- '.repeat(MAX_YAML_DEPTH)}x\n`)).toBeUndefined();
    expect(tooDeep(`a:\n  ${'- '.repeat(MAX_YAML_DEPTH + 1)}x\n`)).toEqual({ line: 2, col: 3 });
    expect(tooDeep(`a:\n${' '.repeat(1001)}b: 1\n`)).toEqual({ line: 2, col: 1 });
  });

  it('parseYaml reports it in words at that place, without parsing', () => {
    const parsed = parseYaml('deep.yaml', flow(150), { schema: 'failsafe' });
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.line, d.col, d.rule])).toEqual([[2, 15 + MAX_YAML_DEPTH, 'yaml-nesting']]);
    expect(parsed.diagnostics[0]!.message).toMatch(/^values nested too deeply to read \(more than 100 levels/);
  });
});
