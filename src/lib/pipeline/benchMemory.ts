/**
 * What the importers' benchmarks (`npm run bench:import`) share: a memory sampler and the rounding of the figures
 * they write. Node only.
 */

/** Bytes in a MiB. */
export const MB = 1024 * 1024;
/** Bytes → MiB, one decimal. */
export const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
/** One decimal. */
export const r1 = (x: number) => Math.round(x * 10) / 10;
/** Milliseconds → seconds, two decimals. */
export const sec = (ms: number) => Math.round(ms / 10) / 100;

/**
 * Samples process.memoryUsage() every `intervalMs` (and whenever {@link sample} is called), keeping the peaks of
 * rss and heapUsed since the last {@link reset}. Call {@link stop} at the end, or the timer keeps the process alive.
 */
export class MemorySampler {
	peakRss = 0;
	peakHeap = 0;
	private readonly timer: ReturnType<typeof setInterval>;

	constructor(intervalMs = 5) {
		this.timer = setInterval(() => this.sample(), intervalMs);
	}

	sample(): void {
		const m = process.memoryUsage();
		if (m.rss > this.peakRss) this.peakRss = m.rss;
		if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
	}

	reset(): void {
		this.peakRss = 0;
		this.peakHeap = 0;
		this.sample();
	}

	stop(): void {
		clearInterval(this.timer);
	}
}
