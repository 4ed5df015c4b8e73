import { type BodyBlock, tableCells } from '../../body';

/** A final block with the image it captions, for rendering. */
export interface RenderBlock {
  kind: BodyBlock['kind'];
  text: string;
  image: { url: string | null; alt: string | null } | null;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? url : null;
}

/**
 * Renders the body as clean HTML built from the extracted blocks, never from the page's markup:
 * no scripts, attributes beyond src/alt, or non-http URLs can survive (010-sanitise-scripts).
 */
export function renderHtml(blocks: RenderBlock[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind === 'headline' || b.kind === 'dek') continue;
    if (b.kind !== 'list-item' && inList) {
      out.push('</ul>');
      inList = false;
    }
    const text = escapeHtml(b.text);
    switch (b.kind) {
      case 'list-item':
        if (!inList) out.push('<ul>');
        inList = true;
        out.push(`<li>${text}</li>`);
        break;
      case 'heading':
        out.push(`<h2>${text}</h2>`);
        break;
      case 'blockquote':
        out.push(`<blockquote><p>${text}</p></blockquote>`);
        break;
      case 'preformatted':
        out.push(`<pre>${text}</pre>`);
        break;
      case 'table': {
        const rows = tableCells(b.text, 0).map((cells) => {
          const tds = cells.map((c) => `<td>${escapeHtml(b.text.slice(c.start, c.end))}</td>`);
          return `<tr>${tds.join('')}</tr>`;
        });
        out.push(`<table><tbody>${rows.join('')}</tbody></table>`);
        break;
      }
      case 'caption': {
        const src = safeUrl(b.image?.url ?? null);
        const img = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(b.image?.alt ?? '')}">` : '';
        out.push(`<figure>${img}<figcaption>${text}</figcaption></figure>`);
        break;
      }
      default:
        out.push(`<p>${text}</p>`);
    }
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
