/**
 * Loads a file of the site's own into the page through an element, and resolves when it has
 * loaded. Scripts go through <script type="module"> rather than import(): for a URL the bundler
 * would otherwise wrap import() in a preload helper that every page would download with it.
 */

function whenLoaded(element: HTMLScriptElement | HTMLLinkElement, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    element.onload = () => resolve();
    element.onerror = () => reject(new Error(`Could not load ${url}`));
    document.head.append(element);
  });
}

/** Runs `src` as a module script. */
export function loadScript(src: string): Promise<void> {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  return whenLoaded(script, src);
}

/** Applies the stylesheet at `href`. */
export function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return whenLoaded(link, href);
}
