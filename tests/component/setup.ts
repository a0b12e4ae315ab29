import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; LayerCake and our charts observe their container.
class ResizeObserverStub {
	observe() {}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
