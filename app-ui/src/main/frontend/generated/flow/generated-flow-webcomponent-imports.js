import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '817ed0218aa8ffb5933e100ad4492c5c17580b5c95637e6b74b90b5d9250dd70') {
    pending.push(import('./chunks/chunk-69c685a277adffacaaf62e8c98cf64858b53832d3f8a7e496f860936e5f7cca1.js'));
  }
  if (key === '3d33a3bf9db6db0e1aa96ffa299008b959767c593fc214efc810f007211e024d') {
    pending.push(import('./chunks/chunk-9773c274c5fcd5da10c35a378c3aea2b4f307d6326e91b015d02b50c8ab65876.js'));
  }
  if (key === 'c409529dac6f522cb29f8c2a514300bef4b5cee9d97adeff2c9ca0eb3071f0dc') {
    pending.push(import('./chunks/chunk-f71204d85187a5b253b7ba363ddcf6a6185a95923bbe08001a2a7fc24c197e2a.js'));
  }
  if (key === '5f763ac966a0b9353fd1049f7fd7e4950ff3cceb53920bf1b519df29ff9b7646') {
    pending.push(import('./chunks/chunk-2052864879a0b2aa8c924b423196e00ad715fcc3de2a7622810367af0b485d80.js'));
  }
  if (key === 'e7ca635f5b190aa61e8a380dd81a5c85a7699ecb9958f21e435ae257709e0eeb') {
    pending.push(import('./chunks/chunk-69c685a277adffacaaf62e8c98cf64858b53832d3f8a7e496f860936e5f7cca1.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}