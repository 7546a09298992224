import { describe, expect, it } from 'vitest';
import { checkWellFormedXml, xmlElements } from './xml-check.js';

describe('the test XML checker', () => {
  it('accepts well-formed documents and lists their elements', () => {
    const doc = '<?xml version="1.0"?>\n<svg a="1"><g class="x"><rect b=\'2\'/></g><text>a &amp; b</text></svg>';
    expect(checkWellFormedXml(doc)).toEqual([]);
    const elements = xmlElements(doc);
    expect(elements.map((e) => e.name)).toEqual(['rect', 'g', 'text', 'svg']);
    expect(elements[0]!.ancestorClasses).toEqual(['', 'x']);
    expect(elements[2]!.text).toBe('a & b');
  });

  it('rejects malformed documents', () => {
    for (const bad of [
      '<svg><g></svg>',
      '<svg></g>',
      '<svg>a & b</svg>',
      '<svg>a < b</svg>',
      '<svg a="1" a="2"/>',
      '<svg a=1/>',
      '<svg/><svg/>',
      '<svg a="<"/>',
      '<svg>',
    ]) {
      expect(checkWellFormedXml(bad), bad).not.toEqual([]);
    }
  });
});
