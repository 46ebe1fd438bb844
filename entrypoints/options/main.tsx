import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsActions } from '../../components/OptionsApp';
import { downloadJson } from '../../lib/download';
import {
  appearance,
  disabledSites,
  enabledSites,
  feedback,
  mutedClaims,
  showSupported,
  unmuteClaim,
} from '../../lib/settings';
import {
  originPattern,
  setKnownForumEnabled,
  turnSiteOff,
  turnSiteOn,
} from '../../lib/site-access';
import { KNOWN_FORUM_MATCHES } from '../../lib/sites';
import '../../components/options.css';

const knownOrigins = [
  ...new Set(KNOWN_FORUM_MATCHES.map((p) => new URL(p.replace('*', '')).origin)),
];

const actions: OptionsActions = {
  async load() {
    const off = await disabledSites.getValue();
    return {
      knownForums: knownOrigins.map((origin) => ({ origin, on: !off.includes(origin) })),
      userSites: await enabledSites.getValue(),
      muted: await mutedClaims.getValue(),
      showSupported: await showSupported.getValue(),
      appearance: await appearance.getValue(),
      feedback: await feedback.getValue(),
    };
  },
  setKnownForum: (origin, on) => setKnownForumEnabled(origin, on),
  async addSite(origin) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return 'Backcheck needs permission to read that site to check it.';
    await turnSiteOn(browser, origin);
    return `Backcheck now checks ${new URL(origin).host}.`;
  },
  removeSite: (origin) => turnSiteOff(browser, origin),
  unmute: (origin, claimId) => unmuteClaim(origin, claimId),
  setShowSupported: (on) => showSupported.setValue(on),
  setAppearance: (value) => appearance.setValue(value),
  exportFeedback: (entries) => downloadJson('backcheck-not-this-claim.json', entries),
  clearFeedback: () => feedback.setValue([]),
};

render(<OptionsApp actions={actions} />, document.getElementById('app')!);
