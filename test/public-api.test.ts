import { expect, test } from 'vitest';
import * as parley from '../src/index.js';

test('public API: what `import … from "parley"` offers', () => {
  expect(Object.keys(parley).sort()).toMatchInlineSnapshot(`
    [
      "EXIT_CODES",
      "ParleyError",
      "SCHEMA",
      "TECHNIQUES",
      "analyze",
      "analyzeBytes",
      "checkDoc",
      "claims",
      "defaultStages",
      "detectConvention",
      "entities",
      "formatDiagnostic",
      "judge",
      "loadLexicon",
      "loadTaxonomy",
      "matchQuantity",
      "narratives",
      "quantities",
      "runStages",
      "sentences",
      "techniques",
      "turnAt",
      "turns",
    ]
  `);
});

test('public API: analyze on text in memory returns every layer', async () => {
  const doc = await parley.analyze({ text: 'Q: Did exports grow?\n\nA: Exports grew by 12% to €4.1 billion in 2024, and NATO knows it.' });
  expect(doc.schema).toBe('parley.analysis/1');
  expect(doc.turns?.map((t) => t.role)).toEqual(['question', 'answer']);
  expect(doc.quantities?.map((q) => [doc.text.slice(q.start, q.end), q.value, q.unit, q.kind])).toEqual([
    ['12%', 12, 'percent', 'change'],
    ['€4.1 billion', 4_100_000_000, 'EUR', 'level'],
  ]);
  expect(doc.entities?.map((e) => e.name)).toContain('NATO');
  expect(doc.claims?.length).toBe(1);
});
