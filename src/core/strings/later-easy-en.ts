import type { CoreLaterStrings } from './index.js';

/** Shared texts after sending in Easy Read English: the same content as later-en.ts, in shorter sentences. */
export const en: CoreLaterStrings = {
  errorSummaryTitle: 'Fix these things first',
  errorSummaryIntro: { one: 'There is 1 mistake:', other: 'There are {count} mistakes:' },
  sending: 'Sending…',
  retrying: { one: 'The internet is slow. We try again in 1 second.', other: 'The internet is slow. We try again in {count} seconds.' },
  retryingBusy: { one: 'Many people use the service now. We try again in 1 second.', other: 'Many people use the service now. We try again in {count} seconds.' },
  retryingServer: { one: 'The service has a fault. We try again in 1 second.', other: 'The service has a fault. We try again in {count} seconds.' },
  offline: 'You have no internet connection right now. What you wrote is still here. We send it when the internet works again. Keep this page open.',
  failedServer: 'Something is wrong with the service right now. Wait a moment. Then try again.',
  failedBusy: 'Many people are using the service right now. Wait a moment. Then try again.',
  failedTimeout: 'The service did not answer in time. Wait a moment. Then try again.',
  failedRejected: 'The service could not take this. Check what you wrote. Or contact us in another way.',
  failedMoved: 'The service tried to send us to another address. So we did not send your text. Try again later. Or contact us in another way.',
  failedUnconfirmed: 'We do not know if your text arrived. The service did not say so. Try again later. Or contact us in another way.',
  failedChanged: 'You changed the form while we waited to send it. So we did not send the old version. Check your text. Then send it again.',
  sentBeforeChange: 'You changed the form while we sent it. We got it as it was when you sent it. Your later changes did not come to us.',
  copyText: 'Copy your text',
  copied: 'We copied your text. Now you can paste it into an email or another form.',
  detailsFromService: 'The service says:',
};
