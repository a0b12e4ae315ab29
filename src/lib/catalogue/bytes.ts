/** A file size for people: 980 B, 12 KB, 1.3 MB (1 KB = 1,024 B). */
export function formatBytes(bytes: number, locale: 'zh' | 'en'): string {
	const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
	return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
