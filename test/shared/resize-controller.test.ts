import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ResizeController } from '../../src/shared/controllers/resize-controller.js';

/** A throwaway host that shows the size of its inner box. */
class ResizeHost extends LitElement {
  readonly resize = new ResizeController(this);
  renders = 0;

  override render() {
    this.renders += 1;
    return litHtml`<div class="box">${this.resize.size.width}×${this.resize.size.height}</div>`;
  }

  override firstUpdated() {
    const box = this.renderRoot.querySelector('.box');
    if (box) this.resize.observe(box);
  }
}
customElements.define('resize-host', ResizeHost);

describe('ResizeController', () => {
  it('reports the observed element size in whole pixels and re-renders on change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300.4px"><resize-host></resize-host></div>`);
    const host = wrapper.querySelector('resize-host') as ResizeHost;
    await waitUntil(() => host.resize.size.width === 300, 'first size');
    expect(host.shadowRoot?.textContent).to.contain('300×');
    wrapper.style.width = '180px';
    await waitUntil(() => host.resize.size.width === 180, 'resized');
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).to.contain('180×');
  });

  it('disconnects its observer when the host is removed, and observes again when it returns', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 200px"><resize-host></resize-host></div>`);
    const host = wrapper.querySelector('resize-host') as ResizeHost;
    await waitUntil(() => host.resize.size.width === 200, 'first size');
    const disconnect = ResizeObserver.prototype.disconnect;
    let disconnected = 0;
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      disconnected += 1;
      disconnect.call(this);
    };
    try {
      host.remove();
      expect(disconnected).to.equal(1);
    } finally {
      ResizeObserver.prototype.disconnect = disconnect;
    }
    wrapper.style.width = '120px';
    wrapper.append(host);
    await waitUntil(() => host.resize.size.width === 120, 'observed again');
  });
});
