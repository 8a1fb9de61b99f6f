// The window's width as the app's layout reads it (src/common/wide.ts asks window.matchMedia, which jsdom lacks):
// a test sets a desk's 1440 or a phone's 375 CSS px. Without it, jsdom is a phone.
export function setViewport(width: number): void {
  const matches = (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    return min ? width >= Number(min[1]) : false;
  };
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: matches(query),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

/** Back to jsdom's own window (no matchMedia: a phone). */
export function resetViewport(): void {
  delete (window as { matchMedia?: unknown }).matchMedia;
}
