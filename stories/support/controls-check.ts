// Play function for a hidden story in each element's file: the Controls table of the element is
// what its custom-elements.json says, every attribute has a control of the kind its type calls
// for, and setting that control sets that attribute on the rendered element.
import { render, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { getCustomElements, type StoryContext } from '@storybook/web-components-vite';
import { declarationOf, literalOptions, type Manifest } from '../../.storybook/manifest-arg-types.js';

/** The control an attribute of this type should have (written out again here, on purpose). */
function expectedControl(name: string, type = ''): { type: string; options?: string[] } {
  const bare = type.replace(/\s*\|\s*undefined\b/g, '');
  if (name === 'lang') return { type: 'select', options: ['vi', 'en'] };
  if (bare === 'boolean' || bare === 'number') return { type: bare };
  const options = literalOptions(bare);
  return options ? { type: 'select', options } : { type: 'text' };
}

/** A value to set through a control, and the attribute it should produce. */
function sample(control: { type: string; options?: string[] }): [unknown, string] {
  if (control.type === 'boolean') return [true, ''];
  if (control.type === 'number') return [7, '7'];
  if (control.type === 'select') return [control.options!.at(-1), control.options!.at(-1)!];
  return ['x', 'x'];
}

export async function checkControls<TArgs>(storyContext: StoryContext<TArgs>) {
  // Rows are looked up by name: the story's own Args type does not matter here.
  const context = storyContext as unknown as StoryContext;
  const { argTypes, component, args } = context;
  const declaration = declarationOf(getCustomElements() as Manifest, component!)!;
  expect(declaration, `${component} in custom-elements.json`).toBeDefined();
  const attributes = declaration.attributes ?? [];

  // The manifest's attributes are the element's: nothing missing, nothing invented.
  const definition = customElements.get(component!) as unknown as { observedAttributes: string[] };
  expect(attributes.map((a) => a.name).sort()).toEqual([...definition.observedAttributes].sort());

  for (const attribute of attributes) {
    const argType = argTypes[attribute.name];
    expect(argType?.table?.category, `${attribute.name} is listed under Attributes`).toBe('attributes');
    const control = expectedControl(attribute.name, attribute.type?.text);
    const actual = argType!.control as { type: string };
    expect({ type: actual.type, options: argType!.options }, `control of ${attribute.name}`).toEqual({
      type: control.type,
      options: control.options,
    });
    // Setting the control sets the attribute on the element the story renders.
    const [value, expected] = sample(control);
    const container = document.createElement('div');
    const story = context.originalStoryFn({ ...args, [attribute.name]: value }, context) as TemplateResult;
    render(story, container);
    const element = container.querySelector(component!);
    expect(element?.getAttribute(attribute.name), `attribute ${attribute.name} set from its control`).toBe(
      expected,
    );
    render(null, container);
  }

  // Properties: public ones without an attribute only (no `#private`, no second row per attribute).
  const propertyRows = Object.values(argTypes).filter((argType) => argType.table?.category === 'properties');
  for (const argType of propertyRows) {
    const member = declaration.members?.find((m) => m.name === argType.name);
    expect(member, `property ${argType.name} is in the manifest`).toBeDefined();
    expect(member!.attribute, `property ${argType.name} has no attribute`).toBeUndefined();
  }
  for (const argType of Object.values(argTypes)) expect(argType.name).not.toMatch(/^[#_]/);

  // Parts keep their own rows, beside attributes of the same name.
  for (const part of declaration.cssParts ?? []) {
    expect(argTypes[`part:${part.name}`]?.table?.category).toBe('css shadow parts');
  }
}
