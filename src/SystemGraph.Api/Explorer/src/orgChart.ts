// The org chart: orgChart's flat nodes (id, parentId) stratified by d3-hierarchy and laid out left to right as a
// tidy tree (names are long, so siblings stack vertically), drawn as plain SVG, with d3-zoom for pan and zoom.
// Lines are drawn by status (lineStyle.ts); links between charted nodes other than the tree's own (a node with
// several parents) are drawn as arcs and counted on the node.
import { stratify, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { s } from './dom';
import { lineStyles, markColours, markWords, type Mark } from './lineStyle';
import { isInferred, shows, statusLabel, type ChartNode, type Line, type LineFilter, type OrgChart } from './model';

export interface ChartOptions {
  filter: LineFilter;
  collapsed: ReadonlySet<string>;
  /** Compare view: marks by relationship id. */
  marks?: ReadonlyMap<string, Mark>;
  /** One line, or the several lines between a parent and its child. */
  onLines(lines: Line[]): void;
  onNode(node: ChartNode, otherLinks: Line[]): void;
  onToggle(id: string): void;
}

export interface DrawnChart {
  svg: SVGSVGElement;
  nodeCount: number;
  lineCount: number;
  /** Milliseconds from the data to the drawn, laid-out chart. */
  renderMs: number;
  fit(): void;
  zoomBy(factor: number): void;
}

const nodeWidth = 250;
const rowHeight = 34;
const columnWidth = 340;
/** Above this many nodes, lines carry no word labels (the legend and the evidence panel still say the status). */
const labelLimit = 250;
const legendWidth = 240;

/** The nodes to draw: unique by id, without the lines the toggles hide (and what hangs from them). */
export function visibleNodes(chart: OrgChart, filter: LineFilter): ChartNode[] {
  const byId = new Map<string, ChartNode>();
  for (const n of chart.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const kept = new Map<string, ChartNode>();
  const sorted = [...byId.values()].sort((a, b) => a.depth - b.depth);
  for (const n of sorted) {
    if (n.parentId === null) { kept.set(n.id, n); continue; }
    if (!kept.has(n.parentId)) continue;
    if (n.via && !shows(n.via, filter)) continue;
    kept.set(n.id, n);
  }
  return [...kept.values()];
}

export function drawOrgChart(host: HTMLElement, chart: OrgChart, options: ChartOptions, title: string): DrawnChart {
  const started = performance.now();
  const nodes = visibleNodes(chart, options.filter);
  const root = stratify<ChartNode>().id((d) => d.id).parentId((d) => d.parentId)(nodes);
  // Collapsed nodes keep their data but lose their drawn children.
  root.each((d) => {
    if (options.collapsed.has(d.id!) && d.children) {
      (d as unknown as { _children: unknown })._children = d.children;
      d.children = undefined;
    }
  });
  const laid = tree<ChartNode>().nodeSize([rowHeight, columnWidth])(root);
  const drawn = laid.descendants();
  const drawnIds = new Set(drawn.map((d) => d.id!));
  const parentOf = new Map(drawn.filter((d) => d.parent).map((d) => [d.id!, d.parent!.id!]));
  // Every line between two drawn nodes, grouped by the pair: the tree's own line first, then the chart's other edges.
  const groups = new Map<string, Line[]>();
  const seen = new Set<string>();
  const add = (line: Line): void => {
    if (seen.has(line.id)) return;
    seen.add(line.id);
    const key = [line.from.id, line.to.id].sort().join('\n');
    const group = groups.get(key);
    if (group) group.push(line); else groups.set(key, [line]);
  };
  for (const d of drawn) if (d.parent && d.data.via) add(d.data.via);
  for (const e of chart.edges) {
    if (drawnIds.has(e.from.id) && drawnIds.has(e.to.id) && e.from.id !== e.to.id && shows(e, options.filter)) add(e);
  }
  const isTreePair = (a: string, b: string): boolean => parentOf.get(a) === b || parentOf.get(b) === a;
  const withLabels = drawn.length <= labelLimit;
  const position = new Map(drawn.map((d) => [d.id!, d]));

  const svg = s('svg', {
    xmlns: 'http://www.w3.org/2000/svg', class: 'chart', role: 'group', 'aria-label': title,
    'font-family': 'system-ui, sans-serif', 'font-size': 12,
  }) as SVGSVGElement;
  svg.append(s('title', {}, title));
  const canvas = s('g', { class: 'canvas' });
  const linesLayer = s('g', { class: 'lines' });
  const nodesLayer = s('g', { class: 'nodes' });
  // Line labels sit above lines and nodes, so nothing covers the words one clicks for a line's evidence.
  const labelsLayer = s('g', { class: 'labels' });
  canvas.append(linesLayer, nodesLayer, labelsLayer);
  svg.append(canvas);

  let lineCount = 0;
  const crossLinks = new Map<string, Line[]>();
  for (const lines of groups.values()) {
    const a = position.get(lines[0].from.id)!;
    const b = position.get(lines[0].to.id)!;
    lineCount += lines.length;
    if (isTreePair(a.id!, b.id!)) {
      // Lines between a parent and its child run side by side, with one label for them all.
      const [p, c] = parentOf.get(a.id!) === b.id ? [b, a] : [a, b];
      lines.forEach((line, k) => {
        const dy = (k - (lines.length - 1) / 2) * 5;
        const path = `M${p.y + nodeWidth},${p.x + dy} C${p.y + nodeWidth + 30},${p.x + dy} ${c.y - 30},${c.x + dy} ${c.y},${c.x + dy}`;
        linesLayer.append(drawLine(line, path, options));
      });
      if (withLabels || lines.some((l) => options.marks?.has(l.id))) {
        // Just before the child's box, on the child's own row, so siblings' labels never pile up at the parent.
        labelsLayer.append(drawLabel(lines, c.y - 4, c.x - 3, 'end', options));
      }
    } else {
      // A second parent (or any link across the tree): arcs between the boxes' left edges, wider for each further line.
      lines.forEach((line, k) => {
        const bend = Math.max(40, Math.abs(a.x - b.x) / 3) + k * 36;
        const path = `M${a.y},${a.x} C${a.y - bend},${a.x} ${b.y - bend},${b.x} ${b.y},${b.x}`;
        const g = drawLine(line, path, options);
        g.setAttribute('class', 'line other-link');
        linesLayer.append(g);
        // Arcs carry words only when a compare mark needs them: their dash says the status, the panel the rest.
        if (options.marks?.has(line.id)) labelsLayer.append(drawLabel([line], Math.min(a.y, b.y) - bend * 0.75, (a.x + b.x) / 2, 'middle', options));
        for (const id of [a.id!, b.id!]) crossLinks.set(id, [...(crossLinks.get(id) ?? []), line]);
      });
    }
  }
  const linesOf = (d: HierarchyPointNode<ChartNode>): Line[] => {
    const out: Line[] = [];
    for (const lines of groups.values()) for (const l of lines) if ((l.from.id === d.id || l.to.id === d.id) && l.id !== d.data.via?.id) out.push(l);
    return out;
  };
  for (const d of drawn) nodesLayer.append(drawNode(d, crossLinks.get(d.id!)?.length ?? 0, () => linesOf(d), options));

  host.append(svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 4])
    .on('zoom', (event) => canvas.setAttribute('transform', event.transform.toString()));
  const selection = select(svg);
  selection.call(behaviour).on('dblclick.zoom', null);

  const fit = (): void => {
    const box = (canvas as SVGGraphicsElement).getBBox();
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 600;
    const scale = Math.min(1.2, 0.92 * Math.min(width / Math.max(box.width, 1), height / Math.max(box.height, 1)));
    const tx = width / 2 - scale * (box.x + box.width / 2);
    const ty = height / 2 - scale * (box.y + box.height / 2);
    selection.call(behaviour.transform, zoomIdentity.translate(tx, ty).scale(scale));
    // The exported SVG opens at the same framing.
    svg.setAttribute('viewBox', `${box.x - 20} ${box.y - 20} ${box.width + 40} ${box.height + 40}`);
    svg.setAttribute('data-width', String(Math.ceil(box.width + 40)));
    svg.setAttribute('data-height', String(Math.ceil(box.height + 40)));
  };
  svg.removeAttribute('viewBox');
  fit();
  svg.removeAttribute('viewBox');
  const renderMs = performance.now() - started;
  return { svg, nodeCount: drawn.length, lineCount, renderMs, fit, zoomBy: (k) => selection.call(behaviour.scaleBy, k) };
}

const describeLine = (line: Line): string =>
  `${line.from.name} ${line.type.replace(/_/g, ' ').toLowerCase()} ${line.to.name}: ${statusLabel[line.status]}${isInferred(line) ? ' (inferred)' : ''}`;

/** Inferred lines (our reading, not the papers' words) are drawn faded, and their labels say "inferred". */
const inferredOpacity = 0.45;

function drawLine(line: Line, path: string, options: ChartOptions): SVGElement {
  const style = lineStyles[line.status];
  const mark = options.marks?.get(line.id);
  const g = s('g', {
    class: 'line', 'data-line': line.id, 'data-status': line.status, ...(mark ? { 'data-mark': mark } : {}),
    ...(isInferred(line) ? { 'data-basis': 'INFERRED', opacity: inferredOpacity } : {}),
  });
  g.append(s('title', {}, `${describeLine(line)}${mark ? `, ${markWords[mark]} in the scenario` : ''}`));
  if (mark) {
    g.append(s('path', { d: path, fill: 'none', stroke: markColours[mark], 'stroke-width': style.width + 6, 'stroke-opacity': 0.35 }));
  }
  g.append(s('path', {
    d: path, fill: 'none', stroke: style.stroke, 'stroke-width': style.width,
    ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
  }));
  // A wide transparent stroke makes the line easy to click.
  const hit = s('path', { d: path, fill: 'none', stroke: 'transparent', 'stroke-width': 10, class: 'hit' });
  hit.addEventListener('click', () => options.onLines([line]));
  g.append(hit);
  return g;
}

/** The words on a line (or on the lines between one parent and child): status, or how many lines; keyboard operable. */
function drawLabel(lines: Line[], x: number, y: number, anchor: 'middle' | 'end', options: ChartOptions): SVGElement {
  const marks = lines.map((l) => options.marks?.get(l.id)).filter((m): m is Mark => Boolean(m));
  const first = lineStyles[lines[0].status];
  const inferred = lines.filter(isInferred).length;
  const word = lines.length === 1 ? `${first.word}${inferred ? ' · inferred' : ''}` : `${lines.length} lines${inferred ? ` (${inferred} inferred)` : ''}`;
  const text = marks.length ? `${markWords[marks[0]]} · ${word}` : word;
  const label = s('text', {
    x, y, 'text-anchor': anchor, fill: marks.length ? markColours[marks[0]] : lines.length === 1 ? first.stroke : '#37474f',
    'font-size': 10, tabindex: 0, role: 'button', class: 'line-label', 'data-lines': lines.map((l) => l.id).join(' '),
    'aria-label': `Evidence for ${lines.map(describeLine).join('; ')}`,
  }, text);
  label.addEventListener('click', () => options.onLines(lines));
  label.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') { e.preventDefault(); options.onLines(lines); }
  });
  return label;
}

function drawNode(d: HierarchyPointNode<ChartNode>, crossLinks: number, otherLines: () => Line[], options: ChartOptions): SVGElement {
  const n = d.data;
  const hidden = (d as unknown as { _children?: unknown[] })._children;
  const expandable = Boolean(d.children?.length || hidden?.length);
  // Room for the name: less when the box also holds the "+N links" badge or the ± button.
  const room = 38 - (crossLinks ? 8 : 0) - (expandable ? 3 : 0);
  const name = n.entity.name.length > room ? `${n.entity.name.slice(0, room - 1)}…` : n.entity.name;
  const via = n.via ? `, ${n.via.type.replace(/_/g, ' ').toLowerCase()} ${n.via.to.name} (${statusLabel[n.via.status]})` : '';
  const g = s('g', {
    class: 'node', transform: `translate(${d.y},${d.x})`, tabindex: 0, role: 'button', 'data-id': n.id,
    'aria-label': `${n.entity.name}, ${n.entity.kind.toLowerCase()}${via}${crossLinks ? `, ${crossLinks} link(s) to other parents` : ''}. Enter: evidence${expandable ? '; space: expand or collapse' : ''}`,
    ...(expandable ? { 'aria-expanded': String(!hidden) } : {}),
  });
  g.append(s('title', {}, n.entity.name));
  g.append(s('rect', { x: 0, y: -13, width: nodeWidth, height: 26, rx: 5, fill: n.depth === 0 ? '#fff8e1' : '#ffffff', stroke: '#37474f', 'stroke-width': 1, class: 'box' }));
  g.append(s('text', { x: 8, y: 4, fill: '#102027', class: 'name' }, name));
  if (crossLinks) {
    g.append(s('text', { x: nodeWidth - (expandable ? 26 : 6), y: 4, 'text-anchor': 'end', fill: '#4e342e', 'font-size': 10, class: 'others' }, `+${crossLinks} link${crossLinks > 1 ? 's' : ''}`));
  }
  if (expandable) {
    const toggle = s('g', { class: 'toggle', transform: `translate(${nodeWidth - 12},0)` });
    toggle.append(s('circle', { r: 8, fill: '#eceff1', stroke: '#37474f' }));
    toggle.append(s('text', { y: 4, 'text-anchor': 'middle', fill: '#102027', 'font-size': 12 }, hidden ? '+' : '−'));
    toggle.addEventListener('click', (e) => { e.stopPropagation(); options.onToggle(n.id); });
    g.append(toggle);
  }
  g.addEventListener('click', () => options.onNode(n, otherLines()));
  g.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter') { e.preventDefault(); options.onNode(n, otherLines()); }
    if (key === ' ' && expandable) { e.preventDefault(); options.onToggle(n.id); }
  });
  return g;
}

/** The legend: each status's line, its word, and the compare marks when they are in use. */
export function legend(withMarks: boolean): SVGElement {
  const entries = Object.values(lineStyles);
  const rows = entries.length + 1 + (withMarks ? 3 : 0);
  const svg = s('svg', { class: 'legend', width: legendWidth, height: rows * 20 + 6, role: 'img', 'aria-label': 'Legend: line styles by status' });
  entries.forEach((st, i) => {
    const y = 14 + i * 20;
    svg.append(s('line', { x1: 4, y1: y, x2: 54, y2: y, stroke: st.stroke, 'stroke-width': st.width, ...(st.dash ? { 'stroke-dasharray': st.dash } : {}) }));
    svg.append(s('text', { x: 62, y: y + 4, 'font-size': 12, fill: '#102027' }, st.word));
  });
  const inferredY = 14 + entries.length * 20;
  svg.append(s('line', { x1: 4, y1: inferredY, x2: 54, y2: inferredY, stroke: lineStyles.AGREED.stroke, 'stroke-width': 2, opacity: inferredOpacity }));
  svg.append(s('text', { x: 62, y: inferredY + 4, 'font-size': 12, fill: '#102027' }, 'Inferred (faded, labelled)'));
  if (withMarks) {
    (Object.keys(markWords) as Mark[]).forEach((m, i) => {
      const y = 14 + (entries.length + 1 + i) * 20;
      svg.append(s('line', { x1: 4, y1: y, x2: 54, y2: y, stroke: markColours[m], 'stroke-width': 8, 'stroke-opacity': 0.35 }));
      svg.append(s('text', { x: 62, y: y + 4, 'font-size': 12, fill: '#102027' }, `${markWords[m]} in the scenario`));
    });
  }
  return svg;
}
