/**
 * <digidel-offline-update-notice>: the behaviour of OfflineUpdateNotice.astro. When the saved copy has
 * fetched a new build, shows the notice; its button lets the new version take over and reloads.
 * When the copy could not be updated, shows that instead, with a new try.
 */
import { ManagedElement } from '../../client/managed-element.client';
import { watchUpdates } from './worker-registration.client';

class OfflineUpdateNotice extends ManagedElement {
  connectedCallback(): void {
    const notice = this.requirePart('[data-notice]');
    const show = this.requirePart<HTMLButtonElement>('[data-show]');
    const failed = this.requirePart('[data-failed]');
    const retry = this.requirePart<HTMLButtonElement>('[data-retry]');
    void watchUpdates(this.dataset['base'] ?? '/', {
      waiting: (showNewVersion) => {
        show.onclick = () => {
          show.disabled = true;
          showNewVersion();
        };
        failed.hidden = true;
        notice.hidden = false;
      },
      failed: (again) => {
        retry.disabled = false;
        retry.onclick = () => {
          retry.disabled = true;
          void again().finally(() => (retry.disabled = false));
        };
        failed.hidden = false;
      },
      recovered: () => {
        failed.hidden = true;
      },
    });
  }
}

customElements.define('digidel-offline-update-notice', OfflineUpdateNotice);
