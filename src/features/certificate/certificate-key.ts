/**
 * Where the certificate's remembered name is stored: its own module, so that "Rensa allt" in the
 * progress store (part of every page's script) can remove it without carrying the name's code.
 */
export const CERTIFICATE_NAME_KEY = 'digidel:certificate-name';
