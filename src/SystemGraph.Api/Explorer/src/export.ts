// Exports of the drawn chart: SVG (self-contained: styles are attributes), PNG (the SVG drawn on a canvas), and CSV of
// the chart's nodes and lines with every source of each line.
import { download } from './dom';
import { visibleNodes } from './orgChart';
import { shows, type Line, type LineFilter, type OrgChart } from './model';

export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const canvas = copy.querySelector('g.canvas');
  canvas?.removeAttribute('transform');
  const box = (svg.querySelector('g.canvas') as SVGGraphicsElement).getBBox();
  copy.setAttribute('viewBox', `${box.x - 20} ${box.y - 20} ${box.width + 40} ${box.height + 40}`);
  copy.setAttribute('width', String(Math.ceil(box.width + 40)));
  copy.setAttribute('height', String(Math.ceil(box.height + 40)));
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  copy.querySelectorAll('path.hit').forEach((p) => p.remove());
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  copy.insertBefore(background, copy.firstChild);
  background.setAttribute('x', String(box.x - 20));
  background.setAttribute('y', String(box.y - 20));
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function exportSvg(svg: SVGSVGElement, name: string): void {
  download(`${name}.svg`, 'image/svg+xml', svgText(svg));
}

export async function exportPng(svg: SVGSVGElement, name: string): Promise<void> {
  const text = svgText(svg);
  const box = (svg.querySelector('g.canvas') as SVGGraphicsElement).getBBox();
  const width = box.width + 40;
  const height = box.height + 40;
  // Browsers refuse canvases past about 16k pixels a side; big charts are scaled down to fit.
  const scale = Math.min(2, 16000 / width, 16000 / height);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => { image.onload = () => resolve(); image.onerror = () => reject(new Error('The chart could not be drawn as an image.')); image.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be drawn as an image.');
    download(`${name}.png`, 'image/png', blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

const header = ['record', 'id', 'name_or_type', 'kind', 'parent_or_from', 'to', 'status', 'basis', 'valid_from', 'valid_to', 'document', 'document_file', 'published_on', 'section', 'quote'];

/** CSV (RFC 4180) of the chart's nodes, then its lines with one row per source. */
export function chartCsv(chart: OrgChart, filter: LineFilter): string {
  const nodes = visibleNodes(chart, filter);
  const ids = new Set(nodes.map((n) => n.id));
  const lines = new Map<string, Line>();
  for (const n of nodes) if (n.via) lines.set(n.via.id, n.via);
  for (const e of chart.edges) if (ids.has(e.from.id) && ids.has(e.to.id) && !lines.has(e.id) && shows(e, filter)) lines.set(e.id, e);
  const rows: (string | null)[][] = [header];
  for (const n of nodes) rows.push(['node', n.id, n.entity.name, n.entity.kind, n.parentId, null, null, null, null, null, null, null, null, null, null]);
  for (const l of lines.values()) {
    const base = ['line', l.id, l.type, null, l.from.id, l.to.id, l.status, l.basis ?? null, l.validFrom, l.validTo];
    if (!l.sources.length) rows.push([...base, null, null, null, null, null]);
    for (const src of l.sources) rows.push([...base, src.document.name, src.document.file, src.document.publishedOn, src.section, src.quote]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | null): string {
  if (value === null) return '';
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(chart: OrgChart, filter: LineFilter, name: string): void {
  download(`${name}.csv`, 'text/csv', chartCsv(chart, filter));
}
