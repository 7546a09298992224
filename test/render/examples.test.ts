/**
 * Renders example figures (Fig. 2-like heatmaps and Fig. 3-like line plots) as SVG and PNG
 * into <tmpdir>/figure-examples/ for visual inspection, and checks they are well formed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  heatmapPanelsPng, heatmapPanelsSvg, heatmapPng, heatmapSvg, linePlotPng, linePlotSvg, type LinePlotSpec,
} from '../../src/render/figures/index.js';
import { exampleHeatmap, exampleTransients } from './example-data.js';
import { readPng } from './png-reader.js';
import { checkWellFormedXml } from './xml-check.js';

const OUT = join(tmpdir(), 'figure-examples');

function heatCurrentsSpec(): LinePlotSpec {
  const { t, local, global, redfield, steady } = exampleTransients();
  return {
    panelLabel: 'c)',
    xLabel: 't',
    yLabel: '\\dot{Q}_h(t)',
    series: [
      { x: t, y: local, label: 'LME', colour: '#d62728', dash: 'solid' },
      { x: t, y: global, label: 'GME', colour: '#1f77b4', dash: 'dashed' },
      { x: t, y: redfield, label: 'Redfield', colour: '#2ca02c', dash: 'dotted', lineWidth: 2 },
    ],
    referenceLines: [{ kind: 'horizontal', y: steady, label: 'steady state' }],
    legend: 'lower right',
  };
}

function phaseRigiditySpec(): LinePlotSpec {
  const k = Array.from({ length: 300 }, (_, i) => 1e-5 + (i * 2e-3) / 299);
  const ep = 1e-3;
  return {
    panelLabel: 'b)',
    xLabel: 'k',
    yLabel: '\\phi_i',
    yScale: 'log',
    series: [
      { x: k, y: k.map((v) => Math.min(1, Math.abs(v - ep) / 1e-3 + 1e-3)), label: 'LME', colour: '#d62728', dash: 'dashed' },
      { x: k, y: k.map(() => 1 - 1e-5), label: 'GME', colour: '#000000' },
    ],
    referenceLines: [{ kind: 'vertical', x: ep, label: 'EP (37)' }],
    legend: 'lower left',
  };
}

describe('example figures', () => {
  it(`renders Fig. 2- and Fig. 3-like examples into ${OUT}`, () => {
    mkdirSync(OUT, { recursive: true });
    const single = exampleHeatmap('local', 60);
    const panels = (['local', 'global', 'redfield'] as const).map((e) => exampleHeatmap(e, 60));
    const files: Record<string, string | Uint8Array> = {
      'heatmap.svg': heatmapSvg(single),
      'heatmap.png': heatmapPng(single),
      'heatmap-panels.svg': heatmapPanelsSvg(panels),
      'heatmap-panels.png': heatmapPanelsPng(panels),
      'line-plot.svg': linePlotSvg(heatCurrentsSpec()),
      'line-plot.png': linePlotPng(heatCurrentsSpec()),
      'line-plot-log.svg': linePlotSvg(phaseRigiditySpec()),
      'line-plot-log.png': linePlotPng(phaseRigiditySpec()),
    };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(OUT, name), content);
      if (typeof content === 'string') expect(checkWellFormedXml(content)).toEqual([]);
      else expect(readPng(content).crcErrors).toEqual([]);
    }
  });
});
