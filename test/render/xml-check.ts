/**
 * A small XML well-formedness checker and element lister for the SVG tests (no dependencies).
 * It checks tag balance, a single root, attribute syntax (quoted, no '<', no duplicates),
 * and that '&' only starts a valid entity and '<' never appears in text.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Names of the enclosing elements, outermost first. */
  readonly ancestors: readonly string[];
  /** Classes of the enclosing elements, outermost first. */
  readonly ancestorClasses: readonly string[];
  /** Concatenated character data inside the element (entities decoded, tags removed). */
  readonly text: string;
  /** The element's raw source from its start tag to its end tag. */
  readonly source: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g, (_, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10));
    }
  });
}

function checkAmpersands(text: string, where: string, errors: string[]): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) errors.push(`bare '&' in ${where} at ${JSON.stringify(text.slice(i, i + 12))}`);
  }
}

interface Tag {
  readonly kind: 'open' | 'close' | 'self';
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly start: number;
  readonly end: number;
}

function parseTag(source: string, start: number, errors: string[]): Tag | null {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const nameMatch = /^[^\s/>]+/.exec(source.slice(i));
  if (nameMatch === null || !NAME.test(nameMatch[0])) {
    errors.push(`bad tag name at ${start}`);
    return null;
  }
  const name = nameMatch[0];
  i += name.length;
  const attributes = new Map<string, string>();
  for (;;) {
    const space = /^\s*/.exec(source.slice(i))![0];
    i += space.length;
    if (source.startsWith('/>', i)) return { kind: 'self', name, attributes, start, end: i + 2 };
    if (source[i] === '>') return { kind: closing ? 'close' : 'open', name, attributes, start, end: i + 1 };
    if (closing || space.length === 0) {
      errors.push(`malformed tag <${name}> at ${start}`);
      return null;
    }
    const attribute = /^([^\s=/>]+)="([^"]*)"/.exec(source.slice(i)) ?? /^([^\s=/>]+)='([^']*)'/.exec(source.slice(i));
    if (attribute === null) {
      errors.push(`malformed attribute in <${name}> at ${i}`);
      return null;
    }
    const [all, attributeName, value] = attribute as unknown as [string, string, string];
    if (!NAME.test(attributeName)) errors.push(`bad attribute name ${attributeName}`);
    if (attributes.has(attributeName)) errors.push(`duplicate attribute ${attributeName} in <${name}>`);
    if (value.includes('<')) errors.push(`'<' in attribute ${attributeName}`);
    checkAmpersands(value, `attribute ${attributeName}`, errors);
    attributes.set(attributeName, decodeEntities(value));
    i += all.length;
  }
}

interface Parsed {
  readonly errors: string[];
  readonly elements: XmlElement[];
}

function parse(source: string): Parsed {
  const errors: string[] = [];
  const elements: XmlElement[] = [];
  const stack: Array<{ tag: Tag; text: string[]; className: string }> = [];
  let roots = 0;
  let i = 0;
  const addText = (text: string): void => {
    if (text.length === 0) return;
    if (stack.length === 0) {
      if (text.trim().length > 0) errors.push(`text outside the root: ${JSON.stringify(text.slice(0, 20))}`);
      return;
    }
    checkAmpersands(text, 'text', errors);
    if (text.includes('>') && text.includes(']]>')) errors.push("']]>' in text");
    for (const open of stack) open.text.push(decodeEntities(text));
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      addText(source.slice(i));
      break;
    }
    addText(source.slice(i, lt));
    if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt);
      if (end < 0 || lt !== 0) errors.push('bad processing instruction');
      i = end < 0 ? source.length : end + 2;
      continue;
    }
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt);
      if (end < 0) errors.push('unterminated comment');
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const tag = parseTag(source, lt, errors);
    if (tag === null) return { errors, elements };
    i = tag.end;
    const ancestors = stack.map((s) => s.tag.name);
    const ancestorClasses = stack.map((s) => s.className);
    switch (tag.kind) {
      case 'open':
        if (stack.length === 0) roots++;
        stack.push({ tag, text: [], className: tag.attributes.get('class') ?? '' });
        break;
      case 'self':
        if (stack.length === 0) roots++;
        elements.push({ name: tag.name, attributes: tag.attributes, ancestors, ancestorClasses, text: '', source: source.slice(tag.start, tag.end) });
        break;
      case 'close': {
        const open = stack.pop();
        if (open === undefined || open.tag.name !== tag.name) {
          errors.push(`</${tag.name}> closes ${open === undefined ? 'nothing' : `<${open.tag.name}>`}`);
          return { errors, elements };
        }
        elements.push({
          name: open.tag.name, attributes: open.tag.attributes, ancestors: stack.map((s) => s.tag.name),
          ancestorClasses: stack.map((s) => s.className), text: open.text.join(''), source: source.slice(open.tag.start, tag.end),
        });
        break;
      }
    }
  }
  if (stack.length > 0) errors.push(`unclosed <${stack[stack.length - 1]!.tag.name}>`);
  if (roots !== 1) errors.push(`expected one root element, found ${roots}`);
  return { errors, elements };
}

/** Problems that make the document not well-formed XML (empty when it is). */
export function checkWellFormedXml(source: string): string[] {
  return parse(source).errors;
}

/** Every element of a well-formed document, in document order of their end tags. */
export function xmlElements(source: string): XmlElement[] {
  const { errors, elements } = parse(source);
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  return elements;
}

/** Elements with the given name and (optionally) class. */
export function elementsOf(source: string, name: string, className?: string): XmlElement[] {
  return xmlElements(source).filter((e) => e.name === name && (className === undefined || e.attributes.get('class') === className));
}
