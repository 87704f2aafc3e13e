export function browserBundle(options: { entry?: string; contents?: string; name?: string }): Promise<string>;
