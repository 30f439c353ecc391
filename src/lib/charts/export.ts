/**
 * "Download SVG / PNG", and the one download of the app: the only DOM-bound code of the charts. The markup carries its
 * colours and fonts as presentation attributes (resolved from the page's CSS variables and theme; never a `style`
 * attribute, which the page's Content Security Policy forbids), a background, and no tooltip, so the file stands alone.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties worth copying; the rest keep their SVG defaults. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** var(--name, fallback) replaced by the variable's value, for engines that leave it unresolved. */
function resolveVars(value: string, computed: CSSStyleDeclaration, depth = 0): string {
  if (depth > 5 || !value.includes('var(')) return value;
  const resolved = value.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
    (_, name: string, fallback?: string) => computed.getPropertyValue(name).trim() || (fallback ?? '').trim(),
  );
  return resolveVars(resolved, computed, depth + 1);
}

function presentation(el: Element, view: Window): (readonly [string, string])[] {
  const computed = view.getComputedStyle(el);
  return PROPS.map((p) => [p, resolveVars(computed.getPropertyValue(p).trim(), computed)] as const).filter(
    ([, v]) => v !== '' && !v.includes('var('),
  );
}

/** The first opaque background behind the chart, else white. */
function backgroundOf(el: Element, view: Window): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = view.getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The chart's size in user units, from its viewBox or its width and height. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) return { width: box[2], height: box[3] };
  return { width: Number(svg.getAttribute('width')) || 640, height: Number(svg.getAttribute('height')) || 240 };
}

/** Standalone SVG markup of a rendered chart, with its computed colours inline. */
export function svgMarkup(svg: SVGSVGElement): string {
  const view = svg.ownerDocument.defaultView ?? window;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    for (const [p, v] of presentation(el, view)) copies[i].setAttribute(p, v);
    copies[i].removeAttribute('style');
  });
  for (const tip of clone.querySelectorAll('.chart-tooltip')) tip.remove();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    el.removeAttribute('class');
    el.removeAttribute('tabindex');
  }
  const { width, height } = svgSize(svg);
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', backgroundOf(svg, view));
  const desc = clone.querySelector(':scope > desc');
  clone.insertBefore(background, desc ? desc.nextSibling : clone.firstChild);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The chart drawn on a canvas at `scale` times its size, as a PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file through the browser's download, by a temporary link; text is saved as a blob of `type`. */
export function download(fileName: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
