// Story args → element. An arg named like one of the element's observed attributes sets that
// attribute (removed when the arg is undefined, '' or false; `true` sets it empty); any other arg
// naming a property of the element (`article`, `report`…) sets the property when defined. So
// every row of the Controls table, which is keyed by attribute name, acts on the attribute of
// that name — and the docs' "Show code" prints the attributes the element really has.
import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

function observedAttributes(element: Element): readonly string[] {
  const definition = customElements.get(element.localName) as { observedAttributes?: string[] } | undefined;
  return definition?.observedAttributes ?? [];
}

class SpreadArgs extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('spread() goes on an element: <gov-x ${spread(args)}>');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element;
    const attributes = observedAttributes(element);
    for (const [name, value] of Object.entries(args)) {
      if (attributes.includes(name)) {
        if (value === undefined || value === null || value === '' || value === false)
          element.removeAttribute(name);
        else element.setAttribute(name, value === true ? '' : String(value));
      } else if (name in element && value !== undefined) {
        (element as unknown as Record<string, unknown>)[name] = value;
      }
    }
    return nothing;
  }
}

/** `<gov-article-card ${spread(args)}>`: the story's args as attributes and properties. */
export const spread = directive(SpreadArgs);
