/**
 * A value described for an error message or a log, whatever it is: `string "Hà Nội"`,
 * `number 21.4`, `bigint 5n`, `array(3)`, `object {id, name}`, `TypeError: …`, `symbol Symbol(x)`,
 * `function`, `null`, `undefined`.
 *
 * Made for hostile data, where JSON.stringify throws (BigInt, cycles, 10 000 levels of nesting) or
 * prints too much: it never throws (when a Proxy trap or a getter throws, the type is the
 * description), reads one level only (an array's length, an object's own keys, never what is
 * inside them) and is at most `maxLength` characters long.
 *
 * The sources use it for their issues. src/model/describe.ts is the smaller one (the type alone
 * for objects) that the elements use where every byte of their budget counts.
 */
export function describeValue(value: unknown, maxLength = 60): string {
  const type = value === null ? 'null' : typeof value;
  let text: string = type;
  try {
    if (type == 'string') text = 'string ' + JSON.stringify((value as string).slice(0, maxLength));
    else if (type == 'bigint') text = `bigint ${value}n`;
    else if (type == 'number' || type == 'boolean' || type == 'symbol') text = type + ' ' + String(value);
    else if (Array.isArray(value)) text = `array(${value.length})`;
    else if (value instanceof Error) text = String(value.name) + ': ' + String(value.message);
    else if (type == 'object') text = `object {${Object.keys(value as object).join(', ')}}`;
  } catch {
    // A trap or a getter threw: the type is all there is to say.
  }
  return text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
}
