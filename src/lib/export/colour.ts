/**
 * Computed CSS colours as plain SVG paint: `rgb(10, 92, 143)` → `#0a5c8f`; alpha goes into a separate
 * opacity (presentation software handles `#rrggbb` + `fill-opacity` more reliably than `rgba()`), and
 * fully transparent paint becomes `none`. Anything not understood is passed through unchanged.
 */
export function svgPaint(value: string): { paint: string; opacity: number } {
	const v = value.trim();
	if (v === '' || v === 'none' || v === 'transparent') return { paint: 'none', opacity: 1 };
	const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(v);
	if (!m) return { paint: v, opacity: 1 };
	const hex = (n: string) =>
		Math.max(0, Math.min(255, Math.round(Number(n))))
			.toString(16)
			.padStart(2, '0');
	let alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
	if (!Number.isFinite(alpha)) alpha = 1;
	if (alpha <= 0) return { paint: 'none', opacity: 1 };
	return { paint: `#${hex(m[1]!)}${hex(m[2]!)}${hex(m[3]!)}`, opacity: Math.min(1, alpha) };
}
