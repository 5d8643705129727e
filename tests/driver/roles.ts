// Finding elements as a reader of the page would name them (role and accessible name), in the
// page's own world, open shadow roots included. It runs in both browsers the same way, where
// the protocols' own accessibility queries do not (WebDriver BiDi's does not reach into the
// card's shadow root). The name follows the accessible-name rules as far as our pages need:
// aria-labelledby, aria-label, a label, then the content for roles that take it.

export interface RoleQuery {
  role: string;
  /** By default a case-insensitive part of the name, white space collapsed (as Playwright's). */
  name?: string;
  /** The whole name must be `name`. */
  exact?: boolean;
  /** A regular expression (source) the name must match, in place of `name`. */
  pattern?: string;
  /** For headings. */
  level?: number;
  /** A CSS selector of a shadow host: search only its shadow root (the card: 'd3k2-card'). */
  within?: string;
  /** Only inside an element that matches this (a list's buttons). */
  inside?: RoleQuery;
}

/** Runs in the page: the visible elements that match, in document order. Stands alone. */
export function queryRole(q: RoleQuery): Element[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const hidden = (el: Element) =>
    el.closest('[aria-hidden="true"]') !== null ||
    !(el as HTMLElement).checkVisibility({ visibilityProperty: true });
  const implicitRole = (el: Element): string | null => {
    const tag = el.localName;
    if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
    if (tag === 'button') return 'button';
    if (tag === 'input') {
      const type = (el as HTMLInputElement).type;
      const byType: Record<string, string> = {
        checkbox: 'checkbox',
        radio: 'radio',
        number: 'spinbutton',
        range: 'slider',
        button: 'button',
        submit: 'button',
        reset: 'button',
        search: 'searchbox',
        text: 'textbox',
        email: 'textbox',
        url: 'textbox',
        tel: 'textbox',
      };
      return byType[type] ?? null;
    }
    if (tag === 'textarea') return 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'ul' || tag === 'ol' || tag === 'menu') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'dialog') return 'dialog';
    if (tag === 'select') return 'combobox';
    if (tag === 'output') return 'status';
    if (tag === 'main') return 'main';
    if (tag === 'nav') return 'navigation';
    if (tag === 'section') {
      return el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label') ? 'region' : null;
    }
    if (tag === 'fieldset') return 'group';
    if (tag === 'img') return 'img';
    return null;
  };
  const roleOf = (el: Element) => el.getAttribute('role')?.split(/\s+/)[0] || implicitRole(el);
  const FROM_CONTENT = new Set([
    'button',
    'link',
    'heading',
    'checkbox',
    'radio',
    'switch',
    'listitem',
    'option',
    'tab',
    'menuitem',
    'cell',
    'row',
  ]);
  const textOf = (node: Node): string => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += (child as Text).data;
      else if (child instanceof Element) {
        if (['script', 'style', 'input', 'select', 'textarea'].includes(child.localName)) continue;
        if (child.getAttribute('aria-hidden') === 'true') continue;
        if (!child.checkVisibility({ visibilityProperty: true })) continue;
        out += child.getAttribute('aria-label') ?? textOf(child);
      }
    }
    return out;
  };
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return norm(
        labelledBy
          .split(/\s+/)
          .map((id) => {
            const target = root.getElementById(id);
            return target ? textOf(target) : '';
          })
          .join(' '),
      );
    }
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm([...labels].map(textOf).join(' '));
    const role = roleOf(el);
    if (role && FROM_CONTENT.has(role)) {
      const text = norm(textOf(el));
      if (text) return text;
    }
    return norm(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
  };
  const nameMatches = (name: string) => {
    if (q.pattern !== undefined) return new RegExp(q.pattern).test(name);
    if (q.name === undefined) return true;
    const wanted = norm(q.name);
    return q.exact ? name === wanted : name.toLowerCase().includes(wanted.toLowerCase());
  };
  const levelOf = (el: Element) =>
    Number(el.getAttribute('aria-level') ?? /^h([1-6])$/.exec(el.localName)?.[1] ?? 0);

  const host = q.within ? document.querySelector(q.within) : null;
  if (q.within && !host) return [];
  const start: Document | ShadowRoot | Element = host ? (host.shadowRoot ?? host) : document;
  const found: Element[] = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      if (roleOf(el) === q.role && !hidden(el)) {
        if ((q.level === undefined || levelOf(el) === q.level) && nameMatches(nameOf(el))) {
          found.push(el);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(start);
  if (!q.inside) return found;
  const containers = queryRole(q.inside);
  return found.filter((el) => containers.some((c) => c !== el && c.contains(el)));
}
