/**
 * <digidel-offline-update-notice>: the behaviour of OfflineUpdateNotice.astro. When the saved copy has
 * fetched a new build, shows the notice; its button lets the new version take over and reloads.
 */
import { whenUpdateWaits } from './worker-registration.client';

class OfflineUpdateNotice extends HTMLElement {
  connectedCallback(): void {
    void whenUpdateWaits(this.dataset['base'] ?? '/', (showNewVersion) => {
      const notice = this.querySelector<HTMLElement>('[data-notice]');
      const button = this.querySelector<HTMLButtonElement>('[data-show]');
      if (!notice || !button) return;
      button.onclick = () => {
        button.disabled = true;
        showNewVersion();
      };
      notice.hidden = false;
    });
  }
}

customElements.define('digidel-offline-update-notice', OfflineUpdateNotice);
