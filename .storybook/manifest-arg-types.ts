// argTypes from custom-elements.json, replacing @storybook/web-components' own mapping, which keys
// every row by its bare name (a part named `headline` replaced the attribute `headline`), lists
// each attribute twice (as `image-src` and again as the property `imageSrc`) and gives controls
// from type strings it does not understand (`string | undefined` became a JSON editor).
//
// Here: one row per attribute, keyed by the attribute's name (the story's arg of that name sets
// that attribute), with the control its type calls for; properties only where no attribute
// exists; events, CSS properties and parts under keys of their own, documented, without controls.
import type { ArgTypes } from '@storybook/web-components-vite';

type InputType = NonNullable<ArgTypes[string]>;

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Attribute extends Item {
  fieldName?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  attribute?: string;
  static?: boolean;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** Languages the elements speak: `lang` gets a select of these (unset: the page's, i.e. the toolbar's). */
const LANGUAGES = ['vi', 'en'];

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when the type is not a union of string literals. */
export function literalOptions(type: string): string[] | undefined {
  const parts = withoutNullish(type)
    .split('|')
    .map((part) => part.trim());
  const literals = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
}

const withoutNullish = (type: string) =>
  type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null')
    .join(' | ');

/** The control and Storybook type an attribute's declared type calls for. */
export function attributeInput(
  name: string,
  typeText = 'string',
): Pick<InputType, 'control' | 'options' | 'type'> {
  const type = withoutNullish(typeText);
  if (name === 'lang') return { control: { type: 'select' }, options: LANGUAGES, type: { name: 'string' } };
  if (type === 'boolean') return { control: { type: 'boolean' }, type: { name: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' }, type: { name: 'number' } };
  const options = literalOptions(type);
  if (options) return { control: { type: 'select' }, options, type: { name: 'enum', value: options } };
  // `string`, and unions that accept a string (gov-weather's `source`: an object or a registered name).
  return { control: { type: 'text' }, type: { name: 'string' } };
}

const row = (item: Item, category: string, extra: InputType = {}): InputType => ({
  name: item.name,
  description: item.description ?? '',
  table: {
    category,
    type: item.type?.text ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
  control: false,
  ...extra,
});

export function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/**
 * argTypes of one element. `dataTypes` names the property types that are plain data (model
 * objects) and so get a JSON control; other properties are documented without one.
 */
export function manifestArgTypes(
  manifest: Manifest,
  tagName: string,
  dataTypes: readonly string[],
): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const field =
      attribute.fieldName && attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
    const description = [attribute.description, field && `Property: \`${field}\`.`]
      .filter(Boolean)
      .join('\n\n');
    argTypes[attribute.name] = row(attribute, 'attributes', {
      description,
      ...attributeInput(attribute.name, attribute.type?.text),
    });
  }
  const publicMembers = (declaration.members ?? []).filter(
    (member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public',
  );
  for (const member of publicMembers) {
    if (member.attribute) continue; // documented, and controlled, as its attribute
    if (member.kind === 'method') {
      argTypes[`method:${member.name}`] = row(member, 'methods');
      continue;
    }
    const type = withoutNullish(member.type?.text ?? '');
    const isData = dataTypes.includes(type);
    argTypes[member.name] = row(member, 'properties', isData ? { control: { type: 'object' } } : {});
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || '(default)'}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots');
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties');
  }
  for (const part of declaration.cssParts ?? [])
    argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  return argTypes;
}
