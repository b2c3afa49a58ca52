/**
 * Runs a script file from the site as a module, through a <script> element rather than
 * import(): for a URL the bundler would otherwise wrap import() in a preload helper that every
 * page would download with it. Resolves once the script has run.
 */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}
