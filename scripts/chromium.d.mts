export const chromiumArgs: string[];
export function findChromium(options?: { install?: boolean }): string;
/** findChromium() or, where there is none, its one-line reason and exit 1. */
export function chromiumOrExit(): string;
/** Java for the Nu HTML checker: true when `java` runs (installed with apt-get when missing and root). */
export function ensureJava(): boolean;
