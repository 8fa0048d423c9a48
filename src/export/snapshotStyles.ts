/**
 * html-to-image copies every computed property (about 400) onto every cloned element when the
 * browser gives no `cssText` for computed styles, as Chromium does: for a 50-card view that is a
 * 9 MB SVG that takes seconds to write and seconds more to decode. It takes a style's `cssText`
 * when there is one, so while a snapshot runs, elements under the snapshot's root get a computed
 * style whose `cssText` holds only what differs from the element's defaults or from its parent
 * (so inheritance in the clone gives what the screen shows): a few dozen properties each.
 */

const defaultsByTag = new Map<string, Map<string, string>>();
let sandbox: HTMLIFrameElement | undefined;

/** The browser's own styles for a tag (or its ::before / ::after), read once in an empty same-origin frame and kept. */
function defaultsOf(el: Element, pseudo?: string | null): Map<string, string> {
  const key = `${el.namespaceURI}|${el.localName}|${pseudo ?? ''}`;
  let found = defaultsByTag.get(key);
  if (found) return found;
  if (!sandbox?.isConnected) {
    sandbox = document.createElement('iframe');
    sandbox.setAttribute('aria-hidden', 'true');
    sandbox.tabIndex = -1;
    sandbox.style.cssText = 'position:fixed;left:-10000px;top:0;width:10px;height:10px;visibility:hidden;border:0';
    document.body.appendChild(sandbox);
    const rule = sandbox.contentDocument!.createElement('style');
    rule.textContent = '.probe::before, .probe::after { content: ""; }';
    sandbox.contentDocument!.head.appendChild(rule);
  }
  const doc = sandbox.contentDocument!;
  const probe = doc.createElementNS(el.namespaceURI, el.localName);
  const host = el.namespaceURI === 'http://www.w3.org/2000/svg' && el.localName !== 'svg' ? doc.createElementNS(el.namespaceURI, 'svg') : doc.body;
  if (host !== doc.body) doc.body.appendChild(host);
  host.appendChild(probe);
  probe.setAttribute('class', 'probe');
  const style = sandbox.contentWindow!.getComputedStyle(probe, pseudo);
  found = new Map();
  for (let i = 0; i < style.length; i++) found.set(style[i], style.getPropertyValue(style[i]));
  (host === doc.body ? probe : host).remove();
  defaultsByTag.set(key, found);
  return found;
}

/**
 * The properties the page's style sheets and the subtree's style attributes set (as longhands): only
 * these can make an element differ from its tag's defaults or from what it inherits, so only these
 * are read, a third of all.
 */
function authorProperties(root: Element): string[] {
  const names = new Set<string>(['display']);
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) for (let i = 0; i < rule.style.length; i++) names.add(rule.style[i]);
      if ('cssRules' in rule && rule.cssRules) visit(rule.cssRules as CSSRuleList);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; the app has none.
    }
  }
  for (const el of [root, ...root.querySelectorAll('[style]')]) {
    const style = (el as HTMLElement).style;
    if (style) for (let i = 0; i < style.length; i++) names.add(style[i]);
  }
  return [...names].filter((n) => !n.startsWith('--'));
}

/**
 * What the clone needs of an element's (or pseudo-element's) computed style, as one declaration
 * list: what differs from the defaults, or from what it would inherit (a pseudo-element inherits
 * from its element). Never empty: html-to-image would take that for "no cssText" and copy all 400.
 */
function leanCssText(names: readonly string[], own: string[], inherited: string[] | undefined, el: Element, pseudo: string | null | undefined): string {
  const defaults = defaultsOf(el, pseudo);
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    let value = own[i];
    if (name !== 'display' && value === defaults.get(name) && (!inherited || value === inherited[i])) continue;
    // As html-to-image does for the full copy: a hair smaller, so text wraps in the clone as on screen.
    if (name === 'font-size' && value.endsWith('px')) value = `${Math.floor(parseFloat(value)) - 0.1}px`;
    out.push(`${name}: ${value};`);
  }
  return out.join(' ');
}

/**
 * Runs `draw` with lean computed styles for the elements under `root` (pseudo-elements included),
 * then puts the browser's getComputedStyle back. Elements elsewhere see the real one throughout.
 */
export async function withLeanStyles<T>(root: Element, draw: () => Promise<T>): Promise<T> {
  const real = window.getComputedStyle;
  const names = authorProperties(root);
  // Each element's values are read once: a parent's are compared with every child's.
  const read = new WeakMap<Element, string[]>();
  const values = (el: Element, style = real.call(window, el)) => {
    let found = read.get(el);
    if (!found) read.set(el, (found = names.map((n) => style.getPropertyValue(n))));
    return found;
  };
  const lean = new WeakMap<Element, CSSStyleDeclaration>();
  const leanPseudo = new WeakMap<Element, Map<string, CSSStyleDeclaration>>();
  const wrap = (style: CSSStyleDeclaration, cssText: () => string): CSSStyleDeclaration =>
    new Proxy(style, {
      get(target, prop) {
        if (prop === 'cssText') return cssText();
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const patched = function (this: Window, el: Element, pseudo?: string | null) {
    const style = real.call(window, el, pseudo);
    if (!(el instanceof Element) || !root.contains(el)) return style;
    if (pseudo) {
      let byPseudo = leanPseudo.get(el);
      if (!byPseudo) leanPseudo.set(el, (byPseudo = new Map()));
      let found = byPseudo.get(pseudo);
      if (!found) byPseudo.set(pseudo, (found = wrap(style, () => leanCssText(names, names.map((n) => style.getPropertyValue(n)), values(el), el, pseudo))));
      return found;
    }
    let found = lean.get(el);
    if (!found) lean.set(el, (found = wrap(style, () => leanCssText(names, values(el, style), el.parentElement ? values(el.parentElement) : undefined, el, undefined))));
    return found;
  } as typeof getComputedStyle;
  window.getComputedStyle = patched;
  try {
    return await draw();
  } finally {
    window.getComputedStyle = real;
  }
}
