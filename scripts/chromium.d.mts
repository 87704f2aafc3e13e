export const chromiumArgs: string[];
export function findChromium(options?: { install?: boolean }): string;
/** Java for the Nu HTML checker: true when `java` runs (installed with apt-get when missing and root). */
export function ensureJava(): boolean;
