// Types of model-types.mjs (the test of the static Storybook reads the model with it too).
import type { Plugin } from 'vite';

export interface ModelField {
  name: string;
  /** As written in the source, e.g. `AwardRecipient[]`. */
  type: string;
  optional: boolean;
  /** The field's JSDoc. */
  doc: string;
}

export interface ModelType {
  name: string;
  /** Type parameters as written, e.g. `<T>`; empty when none. */
  params: string;
  kind: 'interface' | 'type';
  doc: string;
  /** A type alias's type as written (a `(typeof LIST)[number]` spelled out); empty for interfaces. */
  text: string;
  /** What an interface extends or an alias intersects (`Place & Conditions`). */
  composedOf: string[];
  /** Own fields first, then those of `composedOf`. */
  fields: ModelField[];
}

export const MODEL_TYPES_MODULE: 'virtual:gov-model-types';
export function readModelTypes(path: string): ModelType[];
export function modelTypesPlugin(path: string): Plugin;
