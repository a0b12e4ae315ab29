/**
 * The QR code for the board: which address it encodes, whether that address can be opened from a
 * phone, and the SVG path of its modules. The code itself is made in the browser by the `qrcode`
 * package (loaded only when shown); no service is asked.
 */

/** The quiet zone around the code, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrTarget {
	/** the address the code encodes */
	url: string;
	/** true when phones cannot open it: a file:// copy, or a server on this computer only */
	local: boolean;
}

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

/**
 * The address of the page with its view state (path, query, hash) at `location`, and whether it is
 * local. From a file:// copy the origin is "null", so the file address itself is used (and is local).
 */
export function qrTarget(
	location: { protocol: string; host: string; hostname: string; origin: string },
	path: string
): QrTarget {
	if (location.protocol === 'file:' || location.origin === 'null') return { url: `file://${path}`, local: true };
	return { url: `${location.origin}${path}`, local: LOCAL_HOSTS.test(location.hostname) };
}

/** QR modules as `qrcode`'s create() returns them: `size` × `size`, row by row, 1 = dark. */
export interface QrModules {
	size: number;
	data: ArrayLike<number | boolean>;
}

/**
 * One SVG path drawing every dark module as a 1 × 1 square, offset by the quiet zone (draw it in a
 * viewBox of size + 2 × QUIET_ZONE). Runs of dark modules in a row are merged into one rectangle.
 */
export function qrPath(modules: QrModules): string {
	const { size, data } = modules;
	const parts: string[] = [];
	for (let y = 0; y < size; y++) {
		let x = 0;
		while (x < size) {
			if (!data[y * size + x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && data[y * size + x]) x++;
			parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
		}
	}
	return parts.join('');
}

/** How many dark modules a path from qrPath() draws (its rectangles' total width). */
export function darkModules(path: string): number {
	return [...path.matchAll(/h(\d+)v1/g)].reduce((n, m) => n + Number(m[1]), 0);
}
